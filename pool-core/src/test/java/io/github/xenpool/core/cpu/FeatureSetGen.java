package io.github.xenpool.core.cpu;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Feature sets of mixed lengths for this module's property tests. */
final class FeatureSetGen {

    private FeatureSetGen() {
    }

    /** A word: often empty or full, often small, otherwise any 32 bits. */
    static Gen<Integer> words() {
        return Generate.frequency(List.of(
                Pair.of(4, integers().all()),
                Pair.of(2, Generate.constant(0)),
                Pair.of(1, Generate.constant(-1)),
                Pair.of(2, integers().between(0, 15))));
    }

    /** Sets of 1 to 8 words, so that comparisons across lengths are exercised. */
    static Gen<FeatureSet> featureSets() {
        return lists().of(words()).ofSizeBetween(1, 8).map(FeatureSetGen::toSet);
    }

    /** Sets of 1 to 20 words: up to one past the 19 words of today's featuresets. */
    static Gen<FeatureSet> longFeatureSets() {
        return lists().of(words()).ofSizeBetween(1, 20).map(FeatureSetGen::toSet);
    }

    static FeatureSet toSet(List<Integer> words) {
        int[] array = new int[words.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = words.get(i);
        }
        return FeatureSet.ofWords(array);
    }
}
