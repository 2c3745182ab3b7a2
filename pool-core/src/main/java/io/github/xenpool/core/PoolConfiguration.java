package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.cpu.CpuInfo;
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
        Optional<List<Certificate>> certificates) {

    /** A pool of which none of these facts is known. */
    public static final PoolConfiguration UNKNOWN = new PoolConfiguration(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

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
     * @throws NullPointerException if a component or an element is null
     */
    public PoolConfiguration {
        Objects.requireNonNull(tlsVerificationEnabled, "tlsVerificationEnabled");
        Objects.requireNonNull(restrictions, "restrictions");
        currentOperations = sorted(currentOperations, "currentOperations");
        Objects.requireNonNull(cpuInfo, "cpuInfo");
        networkPurposes = sorted(networkPurposes, "networkPurposes");
        storageDrivers = Objects.requireNonNull(storageDrivers, "storageDrivers").map(List::copyOf);
        Objects.requireNonNull(clustered, "clustered");
        certificates = Objects.requireNonNull(certificates, "certificates").map(List::copyOf);
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
                storageDrivers, clustered, certificates);
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
                networkPurposes, storageDrivers, clustered, known);
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
                storageDrivers, clustered, certificates);
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
