package io.github.xenpool.core.storage;

import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.validation.HostAddress;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * The server that provides a network storage repository (an NFS filer, an iSCSI target).
 *
 * @param address its host name or IP address
 * @param addressing how the server gets its address; pool storage needs a stable one
 */
public record StorageServer(@NotBlank @HostAddress String address, Addressing addressing) {

    /**
     * Checks the components.
     *
     * @param address its host name or IP address
     * @param addressing how the server gets its address; pool storage needs a stable one
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the address is neither a host name nor an IP address
     */
    public StorageServer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(addressing, "addressing");
        ModelCheck check = ModelCheck.of(StorageServer.class);
        check.constraints("address", address);
        check.throwIfAny();
    }
}
