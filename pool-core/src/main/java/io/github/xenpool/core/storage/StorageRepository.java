package io.github.xenpool.core.storage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.ModelViolation;
import io.github.xenpool.core.validation.Uuid;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.core.validation.Validated;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A storage repository (SR): where VM disks live.
 *
 * @param uuid the SR's UUID
 * @param name its name label
 * @param type the SR driver, such as {@code nfs}, {@code lvmoiscsi}, {@code lvm} or {@code ext}
 * @param shared whether every pool member can reach it
 * @param server the storage server of a network SR, empty for local storage
 * @param tools whether it is xapi's tools SR, the ISO library of guest tools that every host has
 *     ({@code SR.is_tools_sr}; before xapi 1.9.81 an {@code other_config} key
 *     {@code xenserver_tools_sr} or {@code xensource_internal}). It is shared, yet xapi lets a host
 *     that has it join
 */
@API(status = MAINTAINED, since = "0.1.0")
public record StorageRepository(
        @Uuid String uuid,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Pattern(regexp = "^[a-z][a-z0-9_-]{0,31}$",
                message = "must be an SR type in lower case, such as nfs, lvmoiscsi, lvm or ext") String type,
        boolean shared,
        Optional<@Valid StorageServer> server,
        boolean tools) {

    /**
     * Checks the components.
     *
     * @param uuid the SR's UUID
     * @param name its name label
     * @param type the SR driver, such as {@code nfs}, {@code lvmoiscsi}, {@code lvm} or {@code ext}
     * @param shared whether every pool member can reach it
     * @param server the storage server of a network SR, empty for local storage
     * @param tools whether it is xapi's tools SR
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the UUID, the name or the type is invalid; every problem
     *     is listed
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public StorageRepository {
        uuid = Uuids.canonical(Objects.requireNonNull(uuid, "uuid"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(server, "server");
        ModelCheck check = ModelCheck.of(StorageRepository.class);
        check.constraints("uuid", uuid);
        check.constraints("name", name);
        check.constraints("type", type);
        check.throwIfAny();
    }

    /**
     * Makes an SR that is not xapi's tools SR.
     *
     * @param uuid the SR's UUID
     * @param name its name label
     * @param type the SR driver, such as {@code nfs}, {@code lvmoiscsi}, {@code lvm} or {@code ext}
     * @param shared whether every pool member can reach it
     * @param server the storage server of a network SR, empty for local storage
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the UUID, the name or the type is invalid; every problem
     *     is listed
     */
    public StorageRepository(String uuid, String name, String type, boolean shared, Optional<StorageServer> server) {
        this(uuid, name, type, shared, server, false);
    }

    /**
     * Starts a builder with defaults: a local {@code lvm} SR named {@code Local storage}; its
     * UUID must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder for a shared NFS SR served by {@code serverAddress}, whose addressing is
     * unknown until {@link Builder#server(String, Addressing)} says it.
     *
     * @param uuid the SR's UUID
     * @param serverAddress the NFS server
     * @return a builder to complete
     */
    public static Builder sharedNfs(String uuid, String serverAddress) {
        Objects.requireNonNull(serverAddress, "serverAddress");
        return new Builder().uuid(uuid).name("NFS storage").type("nfs").shared(true)
                .server(serverAddress);
    }

    /**
     * Starts a builder with this SR's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().uuid(uuid).name(name).type(type).shared(shared).tools(tools);
        server.ifPresent(s -> {
            builder.serverAddress = s.address();
            builder.serverAddressing = s.addressing().orElse(null);
        });
        return builder;
    }

    /** Builds a {@link StorageRepository}. */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {
        private String uuid;
        private String name = "Local storage";
        private String type = "lvm";
        private boolean shared;
        private String serverAddress;
        private Addressing serverAddressing;
        private boolean tools;

        private Builder() {
        }

        /**
         * Says whether the SR is xapi's tools SR, which xapi's join check leaves aside.
         *
         * @param isTools true for the tools SR
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder tools(boolean isTools) {
            this.tools = isTools;
            return this;
        }

        /**
         * Sets the UUID.
         *
         * @param uuid the UUID
         * @return this builder
         */
        public Builder uuid(String uuid) {
            this.uuid = Objects.requireNonNull(uuid, "uuid");
            return this;
        }

        /**
         * Sets the name label.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the SR type.
         *
         * @param type such as {@code nfs}
         * @return this builder
         */
        public Builder type(String type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets whether the SR is shared.
         *
         * @param shared true if shared
         * @return this builder
         */
        public Builder shared(boolean shared) {
            this.shared = shared;
            return this;
        }

        /**
         * Sets the storage server.
         *
         * @param address its host name or IP address
         * @param addressing how it gets its address
         * @return this builder
         */
        public Builder server(String address, Addressing addressing) {
            this.serverAddress = Objects.requireNonNull(address, "address");
            this.serverAddressing = Objects.requireNonNull(addressing, "addressing");
            return this;
        }

        /**
         * Sets the storage server of a network SR whose addressing is unknown, as xapi knows it.
         *
         * @param address its host name or IP address
         * @return this builder
         */
        public Builder server(String address) {
            this.serverAddress = Objects.requireNonNull(address, "address");
            this.serverAddressing = null;
            return this;
        }

        /**
         * Makes the SR local storage, with no server.
         *
         * @return this builder
         */
        public Builder local() {
            this.serverAddress = null;
            this.serverAddressing = null;
            this.shared = false;
            return this;
        }

        /**
         * Builds the SR and checks its constraints.
         *
         * @return the SR
         * @throws NullPointerException if no UUID was set
         * @throws InvalidModelException if a value is invalid; every problem is listed
         */
        public StorageRepository build() {
            Objects.requireNonNull(uuid, "uuid (a storage repository needs one; call uuid(...))");
            // The server is made here, not when it is set, so that its problems come with the SR's.
            List<ModelViolation> problems = new ArrayList<>();
            Optional<StorageServer> server = Optional.empty();
            if (serverAddress != null) {
                Validated<StorageServer> made = Validated.of(() -> new StorageServer(serverAddress, Optional.ofNullable(serverAddressing)));
                made.violations().forEach(v -> problems.add(new ModelViolation("server." + v.path(), v.message(),
                        v.invalidValue(), v.constraint())));
                server = made.toOptional();
            }
            Optional<StorageServer> theServer = server;
            Validated<StorageRepository> repository = Validated.of(
                    () -> new StorageRepository(uuid, name, type, shared, theServer, tools));
            problems.addAll(repository.violations());
            if (!problems.isEmpty()) {
                throw new InvalidModelException(StorageRepository.class.getSimpleName(), problems);
            }
            return repository.orElseThrow();
        }

        /**
         * Builds the SR, or gives every problem that kept it from being built, without
         * throwing.
         *
         * @return the SR, or its problems
         */
        public Validated<StorageRepository> tryBuild() {
            return Validated.of(this::build);
        }
    }
}
