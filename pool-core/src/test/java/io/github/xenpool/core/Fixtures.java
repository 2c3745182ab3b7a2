package io.github.xenpool.core;

import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.storage.StorageRepository;

/** Small, readable model values for this module's example tests. */
public final class Fixtures {

    /** The UUID of the shared NFS SR of {@link #nfs()}. */
    public static final String NFS_UUID = "5f1c2a9e-7d3b-4c1a-9e2f-0a1b2c3d4e5f";

    private Fixtures() {
    }

    /**
     * A standalone Enterprise host with a real CPU.
     *
     * @param hostname its host name
     * @param realHost the name of a real host of the CPU catalog
     * @return the host
     */
    public static Host host(String hostname, String realHost) {
        return Host.builder()
                .hostname(hostname)
                .cpu(CpuCatalog.shipped().realHost(realHost).toCpuBuilder().maskingSupport(MaskingSupport.FULL).build())
                .licence(LicenceEdition.ENTERPRISE)
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
