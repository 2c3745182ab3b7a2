package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuModel;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.storage.StorageRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A made-up fleet in which no two pools look alike, drawn from a seed: the same seed and sizes
 * always give the same fleet.
 *
 * <p><b>Pools.</b> Every pool is its own combination of CPU vendor, CPU level (the features of a
 * libvirt model of {@link CpuCatalog#shipped()}, one model per feature set), product version (six
 * of XenServer 5.6 to 6.2), patch level (a rollup of its version and the hotfixes since it, at most
 * 10; one level per 50 pools and at least 4), licence edition (the four of XenServer 5) and
 * supplemental packs (any of two), so that none of them is told apart from the others by its name
 * alone. Pools
 * hold 1 to 8 members; one in 32 is full (16 members); every member masks with full support.
 *
 * <p><b>Hosts.</b> Half the hosts are copies of a pool's master in software, edition and vendor:
 * with the master's CPU model (they can join it, and only pools of its key), or with another model
 * of its vendor (more features, joined by masking, or fewer, blocked under masking and lowering
 * the level under levelling). The other half are a random combination of their own, which rarely
 * meets a pool: they join none, and their answer is their closest pools. One host in ten can mask
 * only the base CPUID leaf. So a host mostly matches few pools, and one in three or so joins one.
 *
 * @param hosts the standalone hosts, each with its own id and management address
 * @param pools the pools, each with its own id and member addresses
 */
public record DistinctFleet(List<Host> hosts, List<Pool> pools) {

    private static final List<String> VERSIONS = List.of("5.6.0", "5.6.100", "5.6.200", "6.0.0", "6.1.0", "6.2.0");
    private static final List<LicenceEdition> EDITIONS = LicenceEdition.XENSERVER_5_EDITIONS;
    private static final List<SupplementalPack> PACKS = List.of(new SupplementalPack("xenserver-linux-pack", "1.0"),
            new SupplementalPack("xs-tools-pack", "2.1"));
    private static final int FULL_POOL = 16;
    private static final int HOTFIXES_PER_ROLLUP = 10;

    /**
     * Copies the lists.
     *
     * @param hosts the hosts
     * @param pools the pools
     */
    public DistinctFleet {
        hosts = List.copyOf(hosts);
        pools = List.copyOf(pools);
    }

    /** One point of the space of pools: each component an index into its dimension. */
    private record Combination(int vendor, int model, int version, int patchLevel, int edition, int packs) {
    }

    /**
     * Draws a fleet.
     *
     * @param hostCount how many standalone hosts
     * @param poolCount how many pools, at most a few tens of thousands
     * @param seed the seed
     * @return the fleet
     */
    public static DistinctFleet of(int hostCount, int poolCount, long seed) {
        Space space = new Space(Math.max(4, poolCount / 50));
        Random random = new Random(seed);
        StorageRepository nfs = StorageRepository.sharedNfs(uuid("sr"), "nfs01.example.com").build();
        Set<Combination> taken = new HashSet<>();
        List<Combination> combinations = new ArrayList<>(poolCount);
        List<Pool> pools = new ArrayList<>(poolCount);
        for (int p = 0; p < poolCount; p++) {
            Combination combination = space.draw(random);
            while (!taken.add(combination)) {
                combination = space.draw(random);
            }
            combinations.add(combination);
            int size = random.nextInt(32) == 0 ? FULL_POOL : 1 + random.nextInt(8);
            Pool.Builder pool = Pool.builder().id(uuid("pool-" + p)).name("pool-" + p).sharedStorageRepository(nfs);
            for (int h = 0; h < size; h++) {
                Host member = space.host(combination, MaskingSupport.FULL, "p" + p + "-h" + h, p * FULL_POOL + h);
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
            Combination combination;
            if (random.nextBoolean()) {
                Combination pool = combinations.get(random.nextInt(poolCount));
                combination = random.nextBoolean() ? pool : new Combination(pool.vendor(),
                        random.nextInt(space.models.get(pool.vendor()).size()), pool.version(), pool.patchLevel(),
                        pool.edition(), pool.packs());
            } else {
                combination = space.draw(random);
            }
            MaskingSupport support = random.nextInt(10) == 0 ? MaskingSupport.BASE : MaskingSupport.FULL;
            hosts.add(space.host(combination, support, "host-" + h, poolCount * FULL_POOL + h));
        }
        return new DistinctFleet(hosts, pools);
    }

    /** The dimensions, with the CPU and software values hosts share rather than copy. */
    private static final class Space {
        private final int patchLevels;
        private final List<CpuVendor> vendors = List.of(CpuVendor.INTEL, CpuVendor.AMD);
        private final List<List<CpuModel>> models = new ArrayList<>();
        private final Map<List<Object>, Cpu> cpus = new HashMap<>();
        private final Map<List<Integer>, Software> softwares = new HashMap<>();

        Space(int patchLevels) {
            this.patchLevels = patchLevels;
            for (CpuVendor vendor : vendors) {
                // Some models are other names of one feature set (Nehalem, Nehalem-v1): one level each.
                Map<FeatureSet, CpuModel> byLevel = new LinkedHashMap<>();
                for (CpuModel model : CpuCatalog.shipped().models(vendor)) {
                    byLevel.putIfAbsent(model.features(), model);
                }
                models.add(List.copyOf(byLevel.values()));
            }
        }

        Combination draw(Random random) {
            int vendor = random.nextInt(vendors.size());
            return new Combination(vendor, random.nextInt(models.get(vendor).size()), random.nextInt(VERSIONS.size()),
                    random.nextInt(patchLevels), random.nextInt(EDITIONS.size()), random.nextInt(1 << PACKS.size()));
        }

        /** A host whose management address is the {@code n}th of 10.0.0.0/8. */
        Host host(Combination c, MaskingSupport support, String name, int n) {
            Cpu cpu = cpus.computeIfAbsent(List.of(c.vendor(), c.model(), support), k -> models.get(c.vendor())
                    .get(c.model()).toCpuBuilder().maskingSupport(support).build());
            Software software = softwares.computeIfAbsent(List.of(c.version(), c.patchLevel(), c.packs()),
                    k -> software(c));
            return Host.builder().id(uuid(name)).hostname(name).cpu(cpu).software(software)
                    .licence(EDITIONS.get(c.edition()))
                    .managementInterface(ManagementInterface.builder()
                            .ipAddress("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255)).build())
                    .build();
        }

        private static Software software(Combination c) {
            String version = VERSIONS.get(c.version());
            Software.Builder software = Software.builder().productVersion(version).buildNumber("b" + version);
            String series = "XS" + version.replace(".", "");
            List<String> hotfixes = new ArrayList<>();
            for (int i = 1; i <= c.patchLevel() % HOTFIXES_PER_ROLLUP; i++) {
                hotfixes.add(series + "E" + String.format("%03d", i));
            }
            if (c.patchLevel() >= HOTFIXES_PER_ROLLUP) {
                hotfixes.add(series + "SP" + c.patchLevel() / HOTFIXES_PER_ROLLUP);
            }
            software.hotfixes(hotfixes);
            List<SupplementalPack> packs = new ArrayList<>();
            for (int i = 0; i < PACKS.size(); i++) {
                if ((c.packs() & 1 << i) != 0) {
                    packs.add(PACKS.get(i));
                }
            }
            return software.supplementalPacks(packs).build();
        }
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("distinct-fleet:" + Objects.requireNonNull(name)).getBytes(
                StandardCharsets.UTF_8)).toString();
    }
}
