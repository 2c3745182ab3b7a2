package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuModel;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of heterogeneous CPU families: generations that grow, the real cases where a newer
 * generation is not a superset of an older one, vendor mixes, and masking questions of every
 * shape.
 *
 * <p>Chains shrink towards two generations of the first catalog models with few added features;
 * picks among real pairs shrink towards the first pair listed.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class CpuFamilies {

    /** Catalog features in the base CPUID leaf (words 0 and 1) that the default pool mask compares. */
    static final List<Integer> BASE_WORD_FEATURES = inWords(0, 1);
    /** Catalog features in the extended leaf (words 2 and 3). */
    static final List<Integer> EXTENDED_WORD_FEATURES = inWords(2, 3);
    private static final List<Integer> BASE_WORD_FEATURES_AND_EXTENDED = concat(BASE_WORD_FEATURES,
            EXTENDED_WORD_FEATURES);

    /**
     * Real pairs where the newer generation lacks features of the older, as libvirt defines
     * them; each is checked against the data by pool-testkit's tests.
     */
    static final List<String[]> REAL_TRAPS = List.of(
            new String[] {"IvyBridge", "Haswell", "loses f16c, rdrand, vme in libvirt's definitions"},
            new String[] {"Opteron_G5", "EPYC", "Zen dropped fma4, tbm, xop"},
            new String[] {"Haswell", "Haswell-noTSX", "the noTSX variant drops hle, rtm"},
            new String[] {"Broadwell", "Broadwell-noTSX", "the noTSX variant drops hle, rtm"},
            new String[] {"Denverton", "Denverton-v2", "the v2 definition drops mpx"},
            new String[] {"Cooperlake", "Icelake-Server", "parallel branches: Ice Lake lacks avx512-bf16"},
            new String[] {"Cascadelake-Server", "Cascadelake-Server-noTSX", "the noTSX variant drops hle, rtm"});

    private CpuFamilies() {
    }

    private static List<Integer> inWords(int first, int last) {
        int est = FeatureCatalog.x86().feature("est").featuresetIndex().getAsInt();
        return FeatureSets.CATALOG_INDICES.stream()
                .filter(i -> i / 32 >= first && i / 32 <= last && i != est)
                .toList();
    }

    /**
     * Ordered chains of 2 to {@code maxLength} generations of one vendor: each newer CPU has every
     * feature of the one before and more (within the default pool mask), and full masking
     * support, so a pool of the oldest plus any newer host is maskable.
     *
     * @param maxLength the longest chain, 2 to 16
     * @return the generator; chains shrink towards 2 generations and fewer added features
     * @throws IllegalArgumentException if {@code maxLength} is out of range
     */
    public static Gen<List<Cpu>> supersetChains(int maxLength) {
        if (maxLength < 2 || maxLength > 16) {
            throw new IllegalArgumentException("maxLength must be 2 to 16, got " + maxLength);
        }
        Gen<List<List<Integer>>> additions = lists().of(lists().of(Generate.pick(BASE_WORD_FEATURES_AND_EXTENDED))
                .ofSizeBetween(1, 3)).ofSizeBetween(1, maxLength - 1);
        return Cpus.models().zip(additions, (model, steps) -> {
            List<Cpu> chain = new ArrayList<>(steps.size() + 1);
            Cpu oldest = model.toCpuBuilder().maskingSupport(MaskingSupport.FULL).build();
            chain.add(oldest);
            FeatureSet features = oldest.physicalFeatures().orElseThrow();
            for (List<Integer> step : steps) {
                FeatureSet added = FeatureSets.ofIndices(step).minus(features);
                if (added.isEmpty()) {
                    // Every drawn feature was there already: take the first absent one instead.
                    added = firstAbsent(features);
                }
                features = features.union(added);
                chain.add(oldest.toBuilder().physicalFeatures(features).features(features)
                        .modelName(model.name() + " +" + (chain.size())).build());
            }
            return List.copyOf(chain);
        });
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static FeatureSet firstAbsent(FeatureSet features) {
        for (int index : BASE_WORD_FEATURES_AND_EXTENDED) {
            if (!features.contains(index)) {
                return FeatureSet.of(index);
            }
        }
        throw new IllegalStateException("a CPU with every base and extended feature: " + features);
    }

    /**
     * The real traps: pairs of libvirt models where the second, newer one lacks features of the
     * first (TSX removed, fma4/xop dropped by Zen, mpx dropped, parallel branches).
     * Both CPUs have full masking support.
     *
     * @return the generator
     */
    public static Gen<CpuPair> realTraps() {
        CpuCatalog catalog = CpuCatalog.shipped();
        List<CpuPair> pairs = REAL_TRAPS.stream().map(t -> new CpuPair(
                catalog.model(t[0]).toCpuBuilder().maskingSupport(MaskingSupport.FULL).build(),
                catalog.model(t[1]).toCpuBuilder().maskingSupport(MaskingSupport.FULL).build(),
                t[0] + " -> " + t[1] + ": " + t[2])).toList();
        return Generate.pick(pairs);
    }

    /**
     * Pairs of real CPUs of different vendors (Intel, AMD, Hygon).
     *
     * @return the generator
     */
    public static Gen<CpuPair> vendorMixes() {
        return Generate.enumValues(CpuVendor.class).flatMap(first -> Generate.enumValues(CpuVendor.class)
                .assuming(second -> second != first)
                .flatMap(second -> Cpus.cpus(first).zip(Cpus.cpus(second),
                        (a, b) -> new CpuPair(a, b, first.displayName() + " and " + second.displayName()))));
    }

    /**
     * Masking questions of every shape, on real CPU models under the default pool mask: equal
     * features, extra features in the base leaf only, extra features in the extended leaf,
     * missing features; each with NONE, BASE or FULL support.
     *
     * @return the generator
     */
    public static Gen<MaskingCase> maskingCases() {
        Gen<MaskingCase.Difference> differences = Generate.enumValues(MaskingCase.Difference.class);
        Gen<MaskingSupport> supports = Generate.enumValues(MaskingSupport.class);
        Gen<Integer> count = integers().between(1, 3);
        return Cpus.models().zip(differences, supports, count,
                (model, difference, support, n) -> maskingCase(model, difference, support, n));
    }

    private static MaskingCase maskingCase(CpuModel model, MaskingCase.Difference difference,
            MaskingSupport support, int count) {
        FeatureMask mask = Pool.DEFAULT_CPU_FEATURE_MASK;
        FeatureSet target = model.features();
        FeatureSet from;
        switch (difference) {
            case EXTRA_IN_BASE_WORDS:
                from = target.union(absent(target, BASE_WORD_FEATURES, count));
                break;
            case EXTRA_IN_EXTENDED_WORDS:
                from = target.union(absent(target, EXTENDED_WORD_FEATURES, 1))
                        .union(absent(target, BASE_WORD_FEATURES, count - 1));
                break;
            case MISSING:
                from = target.minus(present(mask.apply(target), count));
                break;
            default:
                from = target;
                break;
        }
        return new MaskingCase(support, from, target, mask, difference);
    }

    /** The first {@code count} features of {@code candidates} that {@code set} lacks. */
    private static FeatureSet absent(FeatureSet set, List<Integer> candidates, int count) {
        List<Integer> chosen = new ArrayList<>();
        for (int index : candidates) {
            if (chosen.size() == count) {
                break;
            }
            if (!set.contains(index)) {
                chosen.add(index);
            }
        }
        return FeatureSets.ofIndices(chosen);
    }

    /** The last {@code count} features of {@code set}. */
    private static FeatureSet present(FeatureSet set, int count) {
        int[] indices = set.indices().toArray();
        int[] chosen = new int[Math.min(count, indices.length)];
        System.arraycopy(indices, indices.length - chosen.length, chosen, 0, chosen.length);
        return FeatureSet.of(chosen);
    }
}
