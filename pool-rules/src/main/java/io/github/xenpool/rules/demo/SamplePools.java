package io.github.xenpool.rules.demo;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.storage.StorageRepository;
import java.util.List;

/**
 * Pools built from real CPUs of the {@link CpuCatalog}, to try the library on and to show what
 * it does: the demo prints them, and tests use them as realistic fixtures.
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
                        "nfs01.example.com").name("NFS virtual disk storage").build())
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

    static Host intelHost(String hostname, String id, String ipAddress) {
        return Host.builder()
                .id(id)
                .hostname(hostname)
                .cpu(CpuCatalog.shipped().realHost("Xeon-E5-2650").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).sockets(2).coresPerSocket(8).build())
                .software(XENSERVER_56)
                .licence(LicenceEdition.ENTERPRISE)
                .managementInterface(ManagementInterface.builder().ipAddress(ipAddress).build())
                .build();
    }

    private static Host amdHost(String hostname, String id, String ipAddress) {
        return Host.builder()
                .id(id)
                .hostname(hostname)
                .cpu(CpuCatalog.shipped().realHost("EPYC-7601-32-Core").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).coresPerSocket(32).build())
                .software(Software.builder().productVersion("5.6.100").buildNumber("39265p").build())
                .licence(LicenceEdition.ADVANCED)
                .managementInterface(ManagementInterface.builder().ipAddress(ipAddress).build())
                .build();
    }
}
