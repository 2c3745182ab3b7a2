package io.github.xenpool.core.storage;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.validation.HostAddress;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The server that provides a network storage repository (an NFS filer, an iSCSI target).
 *
 * @param address its host name or IP address
 * @param addressing how the server gets its address, or empty when it is unknown (xapi does not
 *     know it); pool storage needs a stable one
 */
@API(status = MAINTAINED, since = "0.1.0")
public record StorageServer(@NotBlank @HostAddress String address, Optional<Addressing> addressing) {

    /**
     * Checks the components.
     *
     * @param address its host name or IP address
     * @param addressing how the server gets its address, or empty when it is unknown
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

    /**
     * A server whose address is known and whose addressing is not, as xapi records it.
     *
     * @param address its host name or IP address
     * @return the server
     * @throws InvalidModelException if the address is neither a host name nor an IP address
     */
    public static StorageServer at(String address) {
        return new StorageServer(address, Optional.empty());
    }

    /**
     * A server whose address and addressing are known.
     *
     * @param address its host name or IP address
     * @param addressing how it gets its address
     * @return the server
     * @throws InvalidModelException if the address is neither a host name nor an IP address
     */
    public static StorageServer of(String address, Addressing addressing) {
        return new StorageServer(address, Optional.of(Objects.requireNonNull(addressing, "addressing")));
    }
}
