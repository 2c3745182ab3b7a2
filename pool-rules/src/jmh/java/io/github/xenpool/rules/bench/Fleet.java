package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.storage.StorageRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A made-up fleet: standalone hosts and pools spread over 2 CPU vendors x 4 product versions x 3
 * licence editions x 6 CPU generations, drawn with a fixed seed.
 *
 * @param hosts the standalone hosts
 * @param pools the pools
 */
record Fleet(List<Host> hosts, List<Pool> pools) {

    private static final List<String> INTEL = List.of("Nehalem", "Westmere", "SandyBridge", "IvyBridge",
            "Haswell", "Skylake-Server");
    private static final List<String> AMD = List.of("Opteron_G3", "Opteron_G4", "Opteron_G5", "EPYC",
            "EPYC-Rome", "EPYC-Milan");
    private static final List<String> VERSIONS = List.of("5.6.0", "5.6.100", "6.0.0", "6.2.0");
    private static final List<LicenceEdition> EDITIONS = List.of(LicenceEdition.FREE, LicenceEdition.ADVANCED,
            LicenceEdition.ENTERPRISE);

    /** One combination of the four dimensions, with its shared CPU and software values. */
    private record Kind(Cpu cpu, Software software, LicenceEdition edition) {
    }

    static Fleet of(int hostCount, int poolCount, long seed) {
        List<Kind> kinds = new ArrayList<>();
        for (CpuVendor vendor : List.of(CpuVendor.INTEL, CpuVendor.AMD)) {
            for (String model : vendor == CpuVendor.INTEL ? INTEL : AMD) {
                Cpu cpu = CpuCatalog.shipped().model(model).toCpuBuilder().maskingSupport(MaskingSupport.FULL).build();
                for (String version : VERSIONS) {
                    Software software = Software.builder().productVersion(version).buildNumber("b" + version)
                            .build();
                    for (LicenceEdition edition : EDITIONS) {
                        kinds.add(new Kind(cpu, software, edition));
                    }
                }
            }
        }
        Random random = new Random(seed);
        StorageRepository nfs = StorageRepository.sharedNfs(uuid("sr"), "nfs01.example.com").build();
        List<Pool> pools = new ArrayList<>(poolCount);
        for (int p = 0; p < poolCount; p++) {
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            int size = 1 + random.nextInt(8);
            Pool.Builder pool = Pool.builder().id(uuid("pool-" + p)).name("pool-" + p).sharedStorageRepository(nfs);
            for (int h = 0; h < size; h++) {
                Host member = host(kind, "p" + p + "-h" + h, p * 8 + h);
                if (h == 0) {
                    pool.master(member);
                } else {
                    pool.secondary(member);
                }
            }
            pools.add(pool.build());
        }
        List<Host> hosts = new ArrayList<>(hostCount);
        for (int h = 0; h < hostCount; h++) {
            hosts.add(host(kinds.get(random.nextInt(kinds.size())), "host-" + h, poolCount * 8 + h));
        }
        return new Fleet(List.copyOf(hosts), List.copyOf(pools));
    }

    /** A host whose management address is the {@code n}th of 10.0.0.0/8. */
    private static Host host(Kind kind, String name, int n) {
        return Host.builder().id(uuid(name)).hostname(name).cpu(kind.cpu()).software(kind.software())
                .licence(kind.edition())
                .managementInterface(ManagementInterface.builder()
                        .ipAddress("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255)).build())
                .build();
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("fleet:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
