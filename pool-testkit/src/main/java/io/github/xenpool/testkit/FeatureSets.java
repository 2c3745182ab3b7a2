package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.cpu.Feature;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of CPU feature sets.
 *
 * <p>Sets shrink towards fewer words and fewer features: lists of words shrink to shorter lists,
 * each word towards zero, and lists of catalog features towards fewer, earlier features.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class FeatureSets {

    /** Catalog features that have a place in a featureset, by featureset index. */
    static final List<Integer> CATALOG_INDICES = FeatureCatalog.x86().features().stream()
            .filter(Feature::inFeatureset)
            .map(f -> f.featuresetIndex().getAsInt())
            .sorted()
            .toList();

    private FeatureSets() {
    }

    /**
     * Any feature set of 1 to {@code maxWords} words. Words are often empty, full or sparse, so
     * that equal sets and subsets turn up as well as unrelated sets.
     *
     * @param maxWords the most words a set may have, 1 to {@link FeatureSet#MAX_WORDS}
     * @return the generator
     * @throws IllegalArgumentException if {@code maxWords} is out of range
     */
    public static Gen<FeatureSet> any(int maxWords) {
        if (maxWords < 1 || maxWords > FeatureSet.MAX_WORDS) {
            throw new IllegalArgumentException("maxWords must be 1 to " + FeatureSet.MAX_WORDS + ", got " + maxWords);
        }
        return lists().of(words()).ofSizeBetween(1, maxWords).map(FeatureSets::toSet);
    }

    /**
     * Any feature set of 1 to 19 words, the length of today's Xen featuresets.
     *
     * @return the generator
     */
    public static Gen<FeatureSet> any() {
        return any(19);
    }

    /**
     * Sets of 0 to 40 features the shipped {@link FeatureCatalog} knows, so that every feature
     * has a name.
     *
     * @return the generator; shrinks towards fewer features
     */
    public static Gen<FeatureSet> withinCatalog() {
        return lists().of(Generate.pick(CATALOG_INDICES)).ofSizeBetween(0, 40).map(FeatureSets::ofIndices);
    }

    /**
     * Sets of exactly {@code size} distinct catalog features.
     *
     * @param size the number of features, 0 to the number of catalog features with a featureset
     *     place (232)
     * @return the generator
     * @throws IllegalArgumentException if {@code size} is out of range
     */
    public static Gen<FeatureSet> ofSize(int size) {
        if (size < 0 || size > CATALOG_INDICES.size()) {
            throw new IllegalArgumentException("size must be 0 to " + CATALOG_INDICES.size() + ", got " + size);
        }
        // Choose `size` distinct positions by drawing an offset into the features not yet taken.
        Gen<List<Integer>> draws = lists().of(integers().between(0, CATALOG_INDICES.size() - 1)).ofSize(size);
        return draws.map(offsets -> {
            List<Integer> remaining = new ArrayList<>(CATALOG_INDICES);
            int[] chosen = new int[offsets.size()];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = remaining.remove(offsets.get(i) % remaining.size());
            }
            return FeatureSet.of(chosen);
        });
    }

    /**
     * Pairs of catalog feature sets in a chosen relation.
     *
     * @param relation how the second set relates to the first
     * @return the generator
     */
    public static Gen<FeatureSetPair> pairs(FeatureSetRelation relation) {
        Objects.requireNonNull(relation, "relation");
        Gen<FeatureSet> base = withinCatalog();
        Gen<FeatureSet> extra = ofSize(1).zip(withinCatalog(), FeatureSet::union);
        switch (relation) {
            case EQUAL:
                return base.map(a -> new FeatureSetPair(a, FeatureSet.parse(a.toString()), relation));
            case STRICT_SUBSET:
                // first ⊂ second: second has everything of first and at least one feature more.
                return base.zip(extra, (a, more) -> new FeatureSetPair(a.minus(more), a.union(more), relation));
            case STRICT_SUPERSET:
                return base.zip(extra, (a, more) -> new FeatureSetPair(a.union(more), a.minus(more), relation));
            case INCOMPARABLE:
                return base.zip(ofSize(2), (a, two) -> {
                    int[] both = two.indices().toArray();
                    FeatureSet first = a.with(both[0]).without(both[1]);
                    FeatureSet second = a.with(both[1]).without(both[0]);
                    return new FeatureSetPair(first, second, relation);
                });
            default:
                throw new IllegalArgumentException("unknown relation " + relation);
        }
    }

    static FeatureSet ofIndices(List<Integer> indices) {
        return FeatureSet.of(indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Gen<Integer> words() {
        return Generate.frequency(List.of(
                Pair.of(4, integers().all()),
                Pair.of(2, Generate.constant(0)),
                Pair.of(1, Generate.constant(-1)),
                Pair.of(2, integers().between(0, 15))));
    }

    private static FeatureSet toSet(List<Integer> words) {
        int[] array = new int[words.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = words.get(i);
        }
        return FeatureSet.ofWords(array);
    }
}
