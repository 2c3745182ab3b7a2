package io.github.xenpool.rules;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import java.util.List;

/**
 * Pools built from real CPUs of the {@link CpuCatalog}: realistic fixtures of the tests, the same
 * on every run.
 */
public final class SamplePools {

    /** The software of every host of the Intel pool: XenServer 5.6 FP1 with two hotfixes and a pack. */
    static final Software XENSERVER_56 = Software.builder()
            .productVersion("5.6.100")
            .buildNumber("39265p")
            .hotfix("XS56EFP1001")
            .hotfix("XS56EFP1002")
            .supplementalPack("hp-insight-manager", "8.4.0-1")
            .build();

    private SamplePools() {
    }

    /**
     * A three-host Enterprise pool of Intel Xeon E5-2650 (Sandy Bridge-EP) servers with a shared
     * NFS storage repository: the pool the demo checks candidates against.
     *
     * @return the pool {@code prod-intel}
     */
    public static Pool enterpriseIntelPool() {
        return Pool.builder()
                .id("d6a2b7c4-5e1f-4a3b-9c8d-1e2f3a4b5c6d")
                .name("prod-intel")
                .master(intelHost("xs-01", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a51", "192.0.2.11"))
                .secondary(intelHost("xs-02", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a52", "192.0.2.12"))
                .secondary(intelHost("xs-03", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a53", "192.0.2.13"))
                .sharedStorageRepository(StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
                        "nfs01.example.com").server("nfs01.example.com", Addressing.STATIC)
                        .name("NFS virtual disk storage").build())
                .build();
    }

    /**
     * A two-host Advanced pool of AMD EPYC 7601 servers without shared storage.
     *
     * @return the pool {@code lab-amd}
     */
    public static Pool advancedAmdPool() {
        return Pool.builder()
                .id("a81c3e5f-7b9d-4f1a-8c3e-5f7a9b1d3e5f")
                .name("lab-amd")
                .master(amdHost("lab-01", "2a1b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c61", "198.51.100.21"))
                .secondary(amdHost("lab-02", "2a1b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c62", "198.51.100.22"))
                .build();
    }

    /**
     * Every sample pool.
     *
     * @return the pools, the Intel pool first
     */
    public static List<Pool> all() {
        return List.of(enterpriseIntelPool(), advancedAmdPool());
    }

    /**
     * The licence server of the demo: it has four Enterprise licences to hand out.
     *
     * @return the licence server {@code licence.example.com}
     */
    public static LicenceServer licenceServer() {
        return LicenceServer.offering("licence.example.com", LicenceEdition.ENTERPRISE, 4);
    }

    /**
     * A standalone host that meets every requirement of {@link #enterpriseIntelPool()}: the same
     * Xeon E5-2650, software, licence and a static address.
     *
     * @return the host {@code xs-04}
     */
    public static Host compliantCandidate() {
        return intelHost("xs-04", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a54", "192.0.2.14");
    }

    /**
     * A newer Intel server (Xeon E5-2650 v3, Haswell-EP) that can join by masking the features
     * the pool lacks.
     *
     * @return the host {@code xs-05}
     */
    public static Host newerIntelCandidate() {
        return intelHost("xs-05", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a55", "192.0.2.15").toBuilder()
                .cpu(CpuCatalog.shipped().realHost("Xeon-E5-2650-v4").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).sockets(2).cpuCount(48).virtualizationEnabled(true).build())
                .build();
    }

    /**
     * An older Intel server (Xeon E7540, Nehalem-EX) that lacks features of the pool.
     *
     * @return the host {@code xs-old}
     */
    public static Host olderIntelCandidate() {
        return intelHost("xs-old", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a56", "192.0.2.16").toBuilder()
                .cpu(CpuCatalog.shipped().realHost("Xeon-E5-2650").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).sockets(2).cpuCount(32).virtualizationEnabled(true).build())
                .build();
    }

    /**
     * An AMD server (EPYC 7601), which cannot join an Intel pool.
     *
     * @return the host {@code xs-amd}
     */
    public static Host amdCandidate() {
        return intelHost("xs-amd", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a57", "192.0.2.17").toBuilder()
                .cpu(CpuCatalog.shipped().realHost("EPYC-7601-32-Core").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).sockets(1).cpuCount(64).virtualizationEnabled(true)
                        .build())
                .build();
    }

    /**
     * A server with the pool's CPU and many other problems at once: a running VM and a
     * suspended one, a bonded management interface on dynamic DHCP, the free edition, a missing
     * hotfix and another revision of the supplemental pack.
     *
     * @return the host {@code xs-07}
     */
    public static Host troubledCandidate() {
        Software behind = XENSERVER_56.toBuilder()
                .hotfixes(List.of("XS56EFP1001"))
                .supplementalPacks(List.of())
                .supplementalPack("hp-insight-manager", "8.3.1-4")
                .build();
        return intelHost("xs-07", "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a58", "192.0.2.18").toBuilder()
                .software(behind)
                .licence(LicenceEdition.FREE)
                .managementInterface(ManagementInterface.builder().device("bond0").bonded(true)
                        .addressing(Addressing.DHCP).ipAddress("192.0.2.118").build())
                .vm(Vm.builder().uuid("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70").name("win2008-sql")
                        .powerState(PowerState.RUNNING).mode(VirtualizationMode.HVM).build())
                .vm(Vm.builder().uuid("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f71").name("build-agent")
                        .powerState(PowerState.SUSPENDED).mode(VirtualizationMode.PV).build())
                .build();
    }

    /**
     * The candidates the demo checks against {@link #enterpriseIntelPool()}, one per verdict and
     * one with many problems.
     *
     * @return the hosts, the compliant one first
     */
    public static List<Host> candidates() {
        return List.of(compliantCandidate(), newerIntelCandidate(), amdCandidate(), olderIntelCandidate(),
                troubledCandidate());
    }

    static Host intelHost(String hostname, String id, String ipAddress) {
        return Host.builder()
                .id(id)
                .hostname(hostname)
                .cpu(CpuCatalog.shipped().realHost("Xeon-E5-2650-v3").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).sockets(2).cpuCount(40).virtualizationEnabled(true).build())
                .software(XENSERVER_56)
                .licence(LicenceEdition.ENTERPRISE)
                .managementInterface(ManagementInterface.builder().ipAddress(ipAddress).addressing(Addressing.STATIC)
                        .bonded(false).build())
                .clock(HostClock.SYNCHRONIZED)
                .build();
    }

    private static Host amdHost(String hostname, String id, String ipAddress) {
        return Host.builder()
                .id(id)
                .hostname(hostname)
                .cpu(CpuCatalog.shipped().realHost("EPYC-7601-32-Core").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).sockets(1).cpuCount(64).virtualizationEnabled(true)
                        .build())
                .software(Software.builder().productVersion("5.6.100").buildNumber("39265p").build())
                .licence(LicenceEdition.ADVANCED)
                .managementInterface(ManagementInterface.builder().ipAddress(ipAddress).addressing(Addressing.STATIC)
                        .bonded(false).build())
                .clock(HostClock.SYNCHRONIZED)
                .build();
    }
}
