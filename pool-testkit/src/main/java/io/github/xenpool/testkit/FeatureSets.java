package io.github.xenpool.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.cpu.Feature;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of CPU feature sets.
 *
 * <p>Sets shrink towards fewer words and fewer features: lists of words shrink to shorter lists,
 * and each word towards zero.
 */
public final class FeatureSets {

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
     * Sets of features the shipped {@link FeatureCatalog} knows, so that every feature has a name.
     *
     * @return the generator; shrinks towards fewer features
     */
    public static Gen<FeatureSet> withinCatalog() {
        List<Integer> indices = FeatureCatalog.x86().features().stream()
                .filter(Feature::inFeatureset)
                .map(f -> f.featuresetIndex().getAsInt())
                .toList();
        return lists().of(Generate.pick(indices)).ofSizeBetween(0, 40)
                .map(chosen -> FeatureSet.of(chosen.stream().mapToInt(Integer::intValue).toArray()));
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
