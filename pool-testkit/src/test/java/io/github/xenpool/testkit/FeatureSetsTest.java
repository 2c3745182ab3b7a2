package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeatureSetsTest {

    @Test
    void anySetStaysWithinItsWordBound() {
        qt(500).forAll(FeatureSets.any(3)).check(set -> set.wordCount() >= 1 && set.wordCount() <= 3);
    }

    @Test
    void catalogSetsHaveANameForEveryFeature() {
        qt(500).forAll(FeatureSets.withinCatalog())
                .check(set -> FeatureCatalog.x86().names(set).stream().noneMatch(name -> name.startsWith("word")));
    }

    @Test
    void setsOfAGivenSizeHaveExactlyThatManyFeatures() {
        for (int size : new int[] {0, 1, 7, 232}) {
            qt(50).forAll(FeatureSets.ofSize(size)).check(set -> set.size() == size);
        }
    }

    @ParameterizedTest
    @EnumSource(FeatureSetRelation.class)
    void pairsStandInTheirRelation(FeatureSetRelation relation) {
        qt(500).forAll(FeatureSets.pairs(relation)).check(pair -> {
            FeatureSet a = pair.first();
            FeatureSet b = pair.second();
            switch (relation) {
                case EQUAL:
                    return a.equals(b);
                case STRICT_SUBSET:
                    return a.isStrictSubsetOf(b);
                case STRICT_SUPERSET:
                    return b.isStrictSubsetOf(a);
                default:
                    return !a.isSubsetOf(b) && !b.isSubsetOf(a);
            }
        });
    }

    @Test
    void boundsOutOfRangeFailAtConstruction() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> FeatureSets.any(0));
        assertThrows(IllegalArgumentException.class, () -> FeatureSets.any(FeatureSet.MAX_WORDS + 1));
        assertThrows(IllegalArgumentException.class, () -> FeatureSets.ofSize(-1));
        assertThrows(IllegalArgumentException.class, () -> FeatureSets.ofSize(233));
        assertTrue(zero.getMessage().contains("got 0"), zero.getMessage());
    }
}
