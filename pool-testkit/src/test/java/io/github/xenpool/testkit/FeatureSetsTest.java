package io.github.xenpool.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import org.junit.jupiter.api.Test;

class FeatureSetsTest {

    private static final long SEED = Long.getLong("xenpool.seed", 20261125L);

    @Test
    void anySetStaysWithinItsWordBound() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(FeatureSets.any(3))
                .check(set -> set.wordCount() >= 1 && set.wordCount() <= 3);
    }

    @Test
    void catalogSetsHaveANameForEveryFeature() {
        qt().withFixedSeed(SEED).withExamples(500).forAll(FeatureSets.withinCatalog())
                .check(set -> FeatureCatalog.x86().names(set).stream().noneMatch(name -> name.startsWith("word")));
    }

    @Test
    void aWordBoundOutOfRangeFailsAtConstruction() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> FeatureSets.any(0));
        assertThrows(IllegalArgumentException.class, () -> FeatureSets.any(FeatureSet.MAX_WORDS + 1));
        assertTrue(zero.getMessage().contains("got 0"), zero.getMessage());
    }
}
