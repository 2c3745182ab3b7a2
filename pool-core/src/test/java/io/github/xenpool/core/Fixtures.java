package io.github.xenpool.core;

import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.storage.StorageRepository;

/** Small, readable model values for this module's example tests; every fact of a join is given. */
public final class Fixtures {

    /** The UUID of the shared NFS SR of {@link #nfs()}. */
    public static final String NFS_UUID = "5f1c2a9e-7d3b-4c1a-9e2f-0a1b2c3d4e5f";

    /** XenServer 5.6 FP1, build 39265p, without hotfixes or packs. */
    public static final Software XENSERVER_56 = Software.builder().productVersion("5.6.100").buildNumber("39265p")
            .build();

    private Fixtures() {
    }

    /**
     * A standalone Enterprise host with a real CPU, XenServer 5.6 FP1 and a static management
     * address.
     *
     * @param hostname its host name
     * @param realHost the name of a real host of the CPU catalog
     * @param address its management address
     * @return the host
     */
    public static Host host(String hostname, String realHost, String address) {
        return Host.builder()
                .hostname(hostname)
                .cpu(CpuCatalog.shipped().realHost(realHost).toCpuBuilder().maskingSupport(MaskingSupport.FULL).build())
                .software(XENSERVER_56)
                .licence(LicenceEdition.ENTERPRISE)
                .managementInterface(ManagementInterface.builder().ipAddress(address).build())
                .build();
    }

    /**
     * A shared NFS SR.
     *
     * @return the SR
     */
    public static StorageRepository nfs() {
        return StorageRepository.sharedNfs(NFS_UUID, "nfs01.example.com").build();
    }
}
