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
 * @param clusterHosts the pool's {@code Cluster_host} records, in order (xapi reads the first);
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
        Optional<List<ClusterHost>> clusterHosts,
        Optional<List<SdnController>> sdnControllers) {

    /** A pool of which none of these facts is known. */
    public static final PoolConfiguration UNKNOWN = new PoolConfiguration(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

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
     * @param certificates the certificates the pool trusts
     * @param clusterHosts the pool's {@code Cluster_host} records
     * @param sdnControllers the pool's SDN controllers
     * @throws NullPointerException if a component or an element is null
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
        clusterHosts = Objects.requireNonNull(clusterHosts, "clusterHosts").map(List::copyOf);
        sdnControllers = Objects.requireNonNull(sdnControllers, "sdnControllers").map(List::copyOf);
    }

    /**
     * Makes a configuration whose {@code Cluster_host} records and SDN controllers are unknown.
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
                clustered, certificates, Optional.empty(), Optional.empty());
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
                storageDrivers, clustered, certificates, clusterHosts, sdnControllers);
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
                networkPurposes, drivers, clustered, certificates, clusterHosts, sdnControllers);
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
                networkPurposes, storageDrivers, clustered, certificates, known, sdnControllers);
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
                networkPurposes, storageDrivers, clustered, certificates, clusterHosts, controllers);
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
                storageDrivers, clustered, certificates, clusterHosts, sdnControllers);
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
                networkPurposes, storageDrivers, clustered, known, clusterHosts, sdnControllers);
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
