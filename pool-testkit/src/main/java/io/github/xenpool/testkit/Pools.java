package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.core.storage.StorageRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of pools: homogeneous (every member has the same CPU) and heterogeneous (newer
 * members masked down to the oldest), with and without shared storage and HA. Every fact a join
 * rule reads is given: product version and build, the Open vSwitch network backend, licence
 * edition, a management address used IPv4 first, the external authentication (none or an AD
 * domain) and the reference of its host record per member, the pool's TLS verification setting
 * and the certificates it trusts (a named CA, and an unnamed one trusted for LDAPS), no operation
 * in progress, the CPU vendor of {@code pool.cpu_info}. Pool and host ids are derived from the random choices behind them.
 *
 * <p>Sizes shrink towards the smallest allowed, so a failing property reports a small pool.
 *
 * <pre>{@code
 * qt().withFixedSeed(7).forAll(Pools.heterogeneous(2, 8))
 *         .check(pool -> pool.cpuLevel().isPresent() && pool.size() >= 2);
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Pools {

    /** The largest pool XenServer 5.6 supports. */
    public static final int MAX_SIZE = 16;

    /** The bridge of the network a join case's pool clusters its hosts on: the management network's. */
    static final String CLUSTER_BRIDGE = "xenbr0";
    /** The purpose of a join case's pool's network for NBD. */
    static final String NBD = "nbd";
    /** The storage drivers of a join case's pool, as the SM records of XenServer 8 name their features. */
    static final List<StorageDriver> STORAGE_DRIVERS = List.of(
            StorageDriver.of("nfs", Map.of("SR_PROBE", 1L, "VDI_CREATE", 1L, "VDI_MIRROR", 1L, "VDI_SNAPSHOT", 1L))
                    .identifiedBy(Optional.of("OpaqueRef:5e0b5f4c-62d4-4c5e-9a8e-6a0b0e7e6f01"), Optional.empty()),
            StorageDriver.of("lvm", Map.of("SR_PROBE", 1L, "VDI_CREATE", 1L, "VDI_SNAPSHOT", 2L))
                    .identifiedBy(Optional.of("OpaqueRef:5e0b5f4c-62d4-4c5e-9a8e-6a0b0e7e6f02"), Optional.empty()));

    private Pools() {
    }

    /** What a generated pool has around its members. */
    record Setting(String name, Software software, LicenceEdition edition, boolean sharedStorage, boolean ha) {
    }

    static Gen<Setting> settings(boolean sharedStorage, Gen<Software> softwares) {
        Gen<Boolean> shared = sharedStorage ? Generate.constant(true) : Generate.booleans();
        return integers().between(0, 999).zip(softwares, Generate.pick(LicenceEdition.XENSERVER_5_EDITIONS),
                shared, (n, software, edition, hasShared) -> new Setting("pool-" + n, software, edition, hasShared,
                        false))
                .zip(Generate.booleans(), (s, ha) -> new Setting(s.name(), s.software(), s.edition(),
                        s.sharedStorage(), s.sharedStorage() && ha));
    }

    /**
     * Pools of {@code minSize} to {@code maxSize} hosts that all have the same real CPU.
     *
     * @param minSize the fewest hosts, at least 1
     * @param maxSize the most hosts, at most {@value #MAX_SIZE}
     * @return the generator
     * @throws IllegalArgumentException if the bounds are out of range or crossed
     */
    public static Gen<Pool> homogeneous(int minSize, int maxSize) {
        return homogeneous(minSize, maxSize, false, Softwares.software());
    }

    /**
     * Homogeneous pools that always have a shared SR whose server has a static address.
     *
     * @param minSize the fewest hosts, at least 1
     * @param maxSize the most hosts, at most {@value #MAX_SIZE}
     * @return the generator
     */
    public static Gen<Pool> homogeneousWithSharedStorage(int minSize, int maxSize) {
        return homogeneous(minSize, maxSize, true, Softwares.software());
    }

    /** Homogeneous pools whose members run software of {@code softwares}. */
    static Gen<Pool> homogeneous(int minSize, int maxSize, boolean sharedStorage, Gen<Software> softwares) {
        checkSizes(minSize, maxSize);
        return integers().between(minSize, maxSize).zip(Cpus.cpus(), settings(sharedStorage, softwares),
                (size, cpu, setting) -> build(setting, java.util.Collections.nCopies(size, cpu)));
    }

    /**
     * Pools of {@code minSize} to {@code maxSize} hosts whose CPUs form a superset chain: the
     * master has the oldest CPU, and every newer member is masked down to it, as CPU masking
     * does in XenServer 5.6. The members' physical features differ; what they expose under the
     * pool mask does not.
     *
     * @param minSize the fewest hosts, at least 2
     * @param maxSize the most hosts, at most {@value #MAX_SIZE}
     * @return the generator
     * @throws IllegalArgumentException if the bounds are out of range or crossed
     */
    public static Gen<Pool> heterogeneous(int minSize, int maxSize) {
        return heterogeneous(minSize, maxSize, Softwares.software());
    }

    /** Heterogeneous pools whose members run software of {@code softwares}. */
    static Gen<Pool> heterogeneous(int minSize, int maxSize, Gen<Software> softwares) {
        checkSizes(minSize, maxSize);
        if (minSize < 2) {
            throw new IllegalArgumentException("a heterogeneous pool has at least 2 hosts, got minSize " + minSize);
        }
        return CpuFamilies.supersetChains(maxSize).zip(integers().between(minSize, maxSize), settings(false, softwares),
                (chain, size, setting) -> {
                    Cpu oldest = chain.get(0);
                    List<Cpu> cpus = new java.util.ArrayList<>(size);
                    cpus.add(oldest);
                    for (int i = 1; i < size; i++) {
                        // Hosts beyond the chain's length repeat its newest generation.
                        Cpu newer = chain.get(Math.min(i, chain.size() - 1));
                        cpus.add(newer.maskedTo(oldest.physicalFeatures().orElseThrow(), Pool.DEFAULT_CPU_FEATURE_MASK));
                    }
                    return build(setting, cpus);
                });
    }

    /**
     * Homogeneous or heterogeneous pools of {@code minSize} to {@code maxSize} hosts.
     *
     * @param minSize the fewest hosts, at least 1
     * @param maxSize the most hosts, at most {@value #MAX_SIZE}
     * @return the generator
     */
    public static Gen<Pool> any(int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        return maxSize < 2 ? homogeneous(minSize, maxSize)
                : Generate.oneOf(homogeneous(minSize, maxSize), heterogeneous(Math.max(2, minSize), maxSize));
    }

    static void checkSizes(int minSize, int maxSize) {
        if (minSize < 1 || maxSize > MAX_SIZE || minSize > maxSize) {
            throw new IllegalArgumentException("pool sizes must satisfy 1 <= minSize <= maxSize <= " + MAX_SIZE
                    + ", got minSize " + minSize + " and maxSize " + maxSize);
        }
    }

    static Pool build(Setting setting, List<Cpu> cpus) {
        Pool.Builder builder = Pool.builder().id(Ids.uuid("pool", setting.name())).name(setting.name());
        for (int i = 0; i < cpus.size(); i++) {
            Host host = member(setting, cpus.get(i), i);
            if (i == 0) {
                builder.master(host);
            } else {
                builder.secondary(host);
            }
        }
        if (setting.sharedStorage()) {
            builder.sharedStorageRepository(sharedNfs(setting.name()));
        }
        // Nothing in progress: xapi refuses a join into a pool applying updates. pool.cpu_info has the
        // vendor of the host xapi folded in last: all members have one.
        String vendor = cpus.get(cpus.size() - 1).vendor().orElseThrow().cpuidString();
        return builder.haEnabled(setting.ha()).configuration(Trust.configuration(setting.name()).toBuilder()
                .currentOperations(Set.of()).cpuInfo(CpuInfo.of(Map.of("vendor", vendor))).build()).build();
    }

    /** The shared NFS SR of the pool of the given name, on a statically addressed server. */
    static StorageRepository sharedNfs(String poolName) {
        return StorageRepository.sharedNfs(Ids.uuid("sr", poolName), "nfs-" + poolName + ".example.com")
                .server("nfs-" + poolName + ".example.com", Addressing.STATIC).build();
    }

    static Host member(Setting setting, Cpu cpu, int index) {
        String hostname = setting.name() + "-h" + index;
        return Host.builder()
                .id(Ids.uuid("host", hostname))
                .xapiReference(reference(hostname))
                .hostname(hostname)
                .cpu(cpu)
                .software(setting.software())
                .licence(setting.edition())
                .managementInterface(ManagementInterface.builder().ipAddress(memberAddress(index))
                        .primaryAddressType(PrimaryAddressType.IPV4).build())
                .externalAuth(Trust.externalAuth(setting.name()))
                .build();
    }

    /**
     * The pool with what xapi's later join checks read of it known: a cluster that adds joining
     * hosts, on the management network; no SDN controller; a network for NBD; the storage
     * drivers {@link #STORAGE_DRIVERS}.
     */
    static Pool withJoinFacts(Pool pool) {
        return pool.toBuilder().configuration(pool.configuration()
                .withClusterHosts(List.of(new ClusterHost(true, Optional.of(new ClusterHost.Pif(-1, true,
                        List.of(CLUSTER_BRIDGE))))))
                .withSdnControllers(List.of())
                .withNetworkPurposes(Set.of(NBD))
                .withStorageDrivers(STORAGE_DRIVERS)).build();
    }

    /** The reference of a generated host's record in its pool's database, as xapi's errors name it. */
    static String reference(String hostname) {
        return "OpaqueRef:" + Ids.uuid("host-ref", hostname);
    }

    /** The management address of the member at an index of a generated pool. */
    static String memberAddress(int index) {
        return "198.51.100." + (index + 1);
    }
}
