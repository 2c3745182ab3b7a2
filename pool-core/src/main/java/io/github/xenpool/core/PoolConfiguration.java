package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.network.SdnController;
import io.github.xenpool.core.storage.StorageDriver;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * What xapi knows of a pool as a whole, beyond its hosts: the settings of its {@code pool} record
 * and the pool-wide objects xapi's join checks read. Every host heads a pool in xapi, a
 * standalone one a pool of one, so a join candidate has one too ({@link Host#ownPool()}).
 *
 * <p>Each fact is empty when it is unknown; nothing is filled in. {@link #UNKNOWN} knows nothing.
 *
 * @param tlsVerificationEnabled {@code pool.tls_verification_enabled} (xapi 1.297 on)
 * @param restrictions {@code pool.restrictions}, the {@code restrict_*} flags of the pool's
 *     licences, in the form of {@link LicenceParams}
 * @param currentOperations {@code pool.current_operations}, such as {@code apply_updates}
 * @param cpuInfo {@code pool.cpu_info}: the pool's levelled CPU, whose vendor xapi compares
 * @param networkPurposes the purposes of the pool's networks, such as {@code nbd}
 * @param storageDrivers the pool's {@code SM} records
 * @param clustered whether a {@code Cluster_host} of the pool is enabled
 * @param certificates every {@code Certificate} record of the pool's database (the hosts' own,
 *     the CAs and the trusted ones), in the order xapi lists them
 * @param haEnabled {@code pool.ha_enabled}: whether high availability is on. The join checks read
 *     it of the pool a joining host heads ({@link Host#ownPool()}); a {@link Pool} keeps it in
 *     line with {@link Pool#haEnabled()}
 * @param enabledClusterHosts the pool's enabled {@code Cluster_host} records, each as its
 *     reference ({@code OpaqueRef:...}) when the source holds references, else as its UUID; an
 *     empty set when none is enabled. When both are known, {@code clustered} says whether this set
 *     has a member
 * @param clusterHosts the pool's {@code Cluster_host} records, enabled or not, in order, each with
 *     its cluster's {@code pool_auto_join} and its PIF (xapi reads the first when a host joins);
 *     an empty list when the pool has none
 * @param sdnControllers the pool's {@code SDN_controller} records, in order (xapi reads the
 *     first); an empty list when it has none
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record PoolConfiguration(
        Optional<Boolean> tlsVerificationEnabled,
        Optional<LicenceParams> restrictions,
        Optional<Set<String>> currentOperations,
        Optional<CpuInfo> cpuInfo,
        Optional<Set<String>> networkPurposes,
        Optional<List<StorageDriver>> storageDrivers,
        Optional<Boolean> clustered,
        Optional<List<Certificate>> certificates,
        Optional<Boolean> haEnabled,
        Optional<Set<String>> enabledClusterHosts,
        Optional<List<ClusterHost>> clusterHosts,
        Optional<List<SdnController>> sdnControllers) {

    /** A pool of which none of these facts is known. */
    public static final PoolConfiguration UNKNOWN = new PoolConfiguration(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks and copies the components.
     *
     * @param tlsVerificationEnabled {@code pool.tls_verification_enabled}
     * @param restrictions {@code pool.restrictions}
     * @param currentOperations {@code pool.current_operations}
     * @param cpuInfo {@code pool.cpu_info}
     * @param networkPurposes the purposes of the pool's networks
     * @param storageDrivers the pool's storage drivers
     * @param clustered whether clustering is enabled
     * @param certificates the pool's certificates
     * @param haEnabled {@code pool.ha_enabled}
     * @param enabledClusterHosts the references (or UUIDs) of the pool's enabled
     *     {@code Cluster_host} records
     * @param clusterHosts the pool's {@code Cluster_host} records
     * @param sdnControllers the pool's SDN controllers
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if {@code clustered} and {@code enabledClusterHosts} are
     *     both known and disagree, or an enabled {@code Cluster_host} is blank
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration {
        Objects.requireNonNull(tlsVerificationEnabled, "tlsVerificationEnabled");
        Objects.requireNonNull(restrictions, "restrictions");
        currentOperations = sorted(currentOperations, "currentOperations");
        Objects.requireNonNull(cpuInfo, "cpuInfo");
        networkPurposes = sorted(networkPurposes, "networkPurposes");
        storageDrivers = Objects.requireNonNull(storageDrivers, "storageDrivers").map(List::copyOf);
        Objects.requireNonNull(clustered, "clustered");
        certificates = Objects.requireNonNull(certificates, "certificates").map(List::copyOf);
        Objects.requireNonNull(haEnabled, "haEnabled");
        enabledClusterHosts = sorted(enabledClusterHosts, "enabledClusterHosts");
        if (enabledClusterHosts.isPresent() && enabledClusterHosts.get().stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an enabled Cluster_host is named by its reference or UUID, got a"
                    + " blank one in " + enabledClusterHosts.get());
        }
        if (clustered.isPresent() && enabledClusterHosts.isPresent()
                && clustered.get() == enabledClusterHosts.get().isEmpty()) {
            throw new IllegalArgumentException("clustered is " + clustered.get() + " but the enabled Cluster_host"
                    + " records are " + enabledClusterHosts.get() + "; a pool is clustered when one is enabled");
        }
        clusterHosts = Objects.requireNonNull(clusterHosts, "clusterHosts").map(List::copyOf);
        sdnControllers = Objects.requireNonNull(sdnControllers, "sdnControllers").map(List::copyOf);
    }

    /**
     * Makes a configuration that leaves the {@code Cluster_host} records and the SDN controllers
     * unknown.
     *
     * @param tlsVerificationEnabled {@code pool.tls_verification_enabled}
     * @param restrictions {@code pool.restrictions}
     * @param currentOperations {@code pool.current_operations}
     * @param cpuInfo {@code pool.cpu_info}
     * @param networkPurposes the purposes of the pool's networks
     * @param storageDrivers the pool's storage drivers
     * @param clustered whether clustering is enabled
     * @param certificates the pool's certificates
     * @param haEnabled {@code pool.ha_enabled}
     * @param enabledClusterHosts the references (or UUIDs) of the pool's enabled
     *     {@code Cluster_host} records
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if {@code clustered} and {@code enabledClusterHosts} are
     *     both known and disagree, or an enabled {@code Cluster_host} is blank
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration(Optional<Boolean> tlsVerificationEnabled, Optional<LicenceParams> restrictions,
            Optional<Set<String>> currentOperations, Optional<CpuInfo> cpuInfo, Optional<Set<String>> networkPurposes,
            Optional<List<StorageDriver>> storageDrivers, Optional<Boolean> clustered,
            Optional<List<Certificate>> certificates, Optional<Boolean> haEnabled,
            Optional<Set<String>> enabledClusterHosts) {
        this(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo, networkPurposes, storageDrivers,
                clustered, certificates, haEnabled, enabledClusterHosts, Optional.empty(), Optional.empty());
    }

    /**
     * Makes a configuration that leaves HA, the {@code Cluster_host} records and the SDN controllers
     * unknown.
     *
     * @param tlsVerificationEnabled {@code pool.tls_verification_enabled}
     * @param restrictions {@code pool.restrictions}
     * @param currentOperations {@code pool.current_operations}
     * @param cpuInfo {@code pool.cpu_info}
     * @param networkPurposes the purposes of the pool's networks
     * @param storageDrivers the pool's storage drivers
     * @param clustered whether clustering is enabled
     * @param certificates the certificates the pool trusts
     * @throws NullPointerException if a component or an element is null
     */
    public PoolConfiguration(Optional<Boolean> tlsVerificationEnabled, Optional<LicenceParams> restrictions,
            Optional<Set<String>> currentOperations, Optional<CpuInfo> cpuInfo, Optional<Set<String>> networkPurposes,
            Optional<List<StorageDriver>> storageDrivers, Optional<Boolean> clustered,
            Optional<List<Certificate>> certificates) {
        this(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo, networkPurposes, storageDrivers,
                clustered, certificates, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Starts a builder of a configuration of which nothing is known.
     *
     * @return a new builder
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static Builder builder() {
        return new Builder(UNKNOWN);
    }

    /**
     * Starts a builder with this configuration's facts.
     *
     * @return a new builder
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns this configuration with {@code pool.tls_verification_enabled} known.
     *
     * @param enabled whether the pool verifies TLS certificates
     * @return the same configuration with that setting
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withTlsVerificationEnabled(boolean enabled) {
        return withTlsVerificationEnabled(Optional.of(enabled));
    }

    /**
     * Returns this configuration with {@code pool.tls_verification_enabled} known or unknown.
     *
     * @param enabled whether the pool verifies TLS certificates, or empty when it is unknown
     * @return the same configuration with that setting
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withTlsVerificationEnabled(Optional<Boolean> enabled) {
        return new PoolConfiguration(enabled, restrictions, currentOperations, cpuInfo, networkPurposes,
                storageDrivers, clustered, certificates, haEnabled, enabledClusterHosts, clusterHosts, sdnControllers);
    }

    /**
     * Returns this configuration with its certificates known: every {@code Certificate} record of
     * the pool's database.
     *
     * @param known the certificates, in the order xapi lists them
     * @return the same configuration with those certificates
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withCertificates(List<Certificate> known) {
        return withCertificates(Optional.of(Objects.requireNonNull(known, "known")));
    }

    /**
     * Returns this configuration with its certificates known or unknown.
     *
     * @param known the certificates, or empty when they are unknown
     * @return the same configuration with those certificates
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withCertificates(Optional<List<Certificate>> known) {
        return new PoolConfiguration(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo,
                networkPurposes, storageDrivers, clustered, known, haEnabled, enabledClusterHosts, clusterHosts,
                sdnControllers);
    }

    /**
     * Returns this configuration with the purposes of the pool's networks known.
     *
     * @param purposes such as {@code nbd}; empty when no network has a purpose
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withNetworkPurposes(Set<String> purposes) {
        return withNetworkPurposes(Optional.of(Objects.requireNonNull(purposes, "purposes")));
    }

    /**
     * Returns this configuration with the purposes of the pool's networks known or unknown.
     *
     * @param purposes such as {@code nbd}, or empty when they are unknown
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withNetworkPurposes(Optional<Set<String>> purposes) {
        return new PoolConfiguration(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo, purposes,
                storageDrivers, clustered, certificates, haEnabled, enabledClusterHosts, clusterHosts, sdnControllers);
    }

    /**
     * Returns this configuration with the pool's storage drivers known.
     *
     * @param drivers the pool's {@code SM} records, in order
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withStorageDrivers(List<StorageDriver> drivers) {
        return withStorageDrivers(Optional.of(Objects.requireNonNull(drivers, "drivers")));
    }

    /**
     * Returns this configuration with the pool's storage drivers known or unknown.
     *
     * @param drivers the pool's {@code SM} records, in order, or empty when they are unknown
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withStorageDrivers(Optional<List<StorageDriver>> drivers) {
        return new PoolConfiguration(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo,
                networkPurposes, drivers, clustered, certificates, haEnabled, enabledClusterHosts, clusterHosts,
                sdnControllers);
    }

    /**
     * Returns this configuration with the pool's {@code Cluster_host} records known.
     *
     * @param known the records, in order; empty when the pool has none
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withClusterHosts(List<ClusterHost> known) {
        return withClusterHosts(Optional.of(Objects.requireNonNull(known, "known")));
    }

    /**
     * Returns this configuration with the pool's {@code Cluster_host} records known or unknown.
     *
     * @param known the records, in order, or empty when they are unknown
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withClusterHosts(Optional<List<ClusterHost>> known) {
        return new PoolConfiguration(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo,
                networkPurposes, storageDrivers, clustered, certificates, haEnabled, enabledClusterHosts, known,
                sdnControllers);
    }

    /**
     * Returns this configuration with the pool's SDN controllers known.
     *
     * @param controllers the pool's {@code SDN_controller} records, in order; empty when it has none
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withSdnControllers(List<SdnController> controllers) {
        return withSdnControllers(Optional.of(Objects.requireNonNull(controllers, "controllers")));
    }

    /**
     * Returns this configuration with the pool's SDN controllers known or unknown.
     *
     * @param controllers the pool's {@code SDN_controller} records, in order, or empty when they
     *     are unknown
     * @return the new configuration
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withSdnControllers(Optional<List<SdnController>> controllers) {
        return new PoolConfiguration(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo,
                networkPurposes, storageDrivers, clustered, certificates, haEnabled, enabledClusterHosts, clusterHosts,
                controllers);
    }

    /**
     * Returns this configuration with high availability on or off, as a {@link Pool} with this
     * configuration says.
     *
     * @param enabled whether HA is on
     * @return the configuration with that HA setting
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withHaEnabled(boolean enabled) {
        return haEnabled.equals(Optional.of(enabled)) ? this : toBuilder().haEnabled(enabled).build();
    }

    /**
     * Builds a {@link PoolConfiguration}: a fact not given is unknown. Setting the enabled
     * {@code Cluster_host} records sets {@code clustered} too.
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final class Builder {
        private Optional<Boolean> tlsVerificationEnabled;
        private Optional<LicenceParams> restrictions;
        private Optional<Set<String>> currentOperations;
        private Optional<CpuInfo> cpuInfo;
        private Optional<Set<String>> networkPurposes;
        private Optional<List<StorageDriver>> storageDrivers;
        private Optional<Boolean> clustered;
        private Optional<List<Certificate>> certificates;
        private Optional<Boolean> haEnabled;
        private Optional<Set<String>> enabledClusterHosts;
        private Optional<List<ClusterHost>> clusterHosts;
        private Optional<List<SdnController>> sdnControllers;

        private Builder(PoolConfiguration from) {
            tlsVerificationEnabled = from.tlsVerificationEnabled;
            restrictions = from.restrictions;
            currentOperations = from.currentOperations;
            cpuInfo = from.cpuInfo;
            networkPurposes = from.networkPurposes;
            storageDrivers = from.storageDrivers;
            clustered = from.clustered;
            certificates = from.certificates;
            haEnabled = from.haEnabled;
            enabledClusterHosts = from.enabledClusterHosts;
            clusterHosts = from.clusterHosts;
            sdnControllers = from.sdnControllers;
        }

        /**
         * Sets {@code pool.tls_verification_enabled}.
         *
         * @param enabled whether TLS verification is on
         * @return this builder
         */
        public Builder tlsVerificationEnabled(boolean enabled) {
            tlsVerificationEnabled = Optional.of(enabled);
            return this;
        }

        /**
         * Sets {@code pool.restrictions}.
         *
         * @param flags the {@code restrict_*} flags
         * @return this builder
         */
        public Builder restrictions(LicenceParams flags) {
            restrictions = Optional.of(Objects.requireNonNull(flags, "flags"));
            return this;
        }

        /**
         * Sets {@code pool.current_operations}.
         *
         * @param operations such as {@code apply_updates}; none for an idle pool
         * @return this builder
         */
        public Builder currentOperations(Set<String> operations) {
            currentOperations = Optional.of(Objects.requireNonNull(operations, "operations"));
            return this;
        }

        /**
         * Sets {@code pool.cpu_info}.
         *
         * @param info the pool's levelled CPU
         * @return this builder
         */
        public Builder cpuInfo(CpuInfo info) {
            cpuInfo = Optional.of(Objects.requireNonNull(info, "info"));
            return this;
        }

        /**
         * Sets the purposes of the pool's networks.
         *
         * @param purposes such as {@code nbd}
         * @return this builder
         */
        public Builder networkPurposes(Set<String> purposes) {
            networkPurposes = Optional.of(Objects.requireNonNull(purposes, "purposes"));
            return this;
        }

        /**
         * Sets the pool's {@code SM} records.
         *
         * @param drivers the storage drivers
         * @return this builder
         */
        public Builder storageDrivers(List<StorageDriver> drivers) {
            storageDrivers = Optional.of(Objects.requireNonNull(drivers, "drivers"));
            return this;
        }

        /**
         * Sets whether a {@code Cluster_host} of the pool is enabled, and forgets which ones are.
         *
         * @param enabled whether clustering is enabled
         * @return this builder
         */
        public Builder clustered(boolean enabled) {
            clustered = Optional.of(enabled);
            enabledClusterHosts = Optional.empty();
            return this;
        }

        /**
         * Sets the pool's certificates: every {@code Certificate} record of its database.
         *
         * @param known the certificates, in the order xapi lists them
         * @return this builder
         */
        public Builder certificates(List<Certificate> known) {
            certificates = Optional.of(Objects.requireNonNull(known, "known"));
            return this;
        }

        /**
         * Sets {@code pool.ha_enabled}.
         *
         * @param enabled whether HA is on
         * @return this builder
         */
        public Builder haEnabled(boolean enabled) {
            haEnabled = Optional.of(enabled);
            return this;
        }

        /**
         * Sets the pool's enabled {@code Cluster_host} records, and with them whether the pool is
         * clustered.
         *
         * @param clusterHosts each as its reference ({@code OpaqueRef:...}), or its UUID when the
         *     reference is not known; none when clustering is off
         * @return this builder
         */
        public Builder enabledClusterHosts(Set<String> clusterHosts) {
            enabledClusterHosts = Optional.of(Objects.requireNonNull(clusterHosts, "clusterHosts"));
            clustered = Optional.of(!clusterHosts.isEmpty());
            return this;
        }

        /**
         * Sets the pool's {@code Cluster_host} records, enabled or not.
         *
         * @param records the records, in order; none when the pool has none
         * @return this builder
         */
        public Builder clusterHosts(List<ClusterHost> records) {
            clusterHosts = Optional.of(Objects.requireNonNull(records, "records"));
            return this;
        }

        /**
         * Sets the pool's SDN controllers.
         *
         * @param controllers the {@code SDN_controller} records, in order; none when it has none
         * @return this builder
         */
        public Builder sdnControllers(List<SdnController> controllers) {
            sdnControllers = Optional.of(Objects.requireNonNull(controllers, "controllers"));
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws NullPointerException if an element is null
         * @throws IllegalArgumentException if an enabled {@code Cluster_host} is blank
         */
        public PoolConfiguration build() {
            return new PoolConfiguration(tlsVerificationEnabled, restrictions, currentOperations, cpuInfo,
                    networkPurposes, storageDrivers, clustered, certificates, haEnabled, enabledClusterHosts,
                    clusterHosts, sdnControllers);
        }
    }

    /**
     * Returns this configuration with {@code pool.cpu_info} known or unknown.
     *
     * @param known the pool's levelled CPU, whose vendor xapi compares, or empty when it is unknown
     * @return the same configuration with that CPU
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public PoolConfiguration withCpuInfo(Optional<CpuInfo> known) {
        return new PoolConfiguration(tlsVerificationEnabled, restrictions, currentOperations, known, networkPurposes,
                storageDrivers, clustered, certificates, haEnabled, enabledClusterHosts, clusterHosts, sdnControllers);
    }

    private static Optional<Set<String>> sorted(Optional<Set<String>> values, String name) {
        return Objects.requireNonNull(values, name).map(known -> {
            TreeSet<String> copy = new TreeSet<>();
            for (String value : known) {
                copy.add(Objects.requireNonNull(value, name + " contains null"));
            }
            return Collections.unmodifiableSortedSet(copy);
        });
    }
}
