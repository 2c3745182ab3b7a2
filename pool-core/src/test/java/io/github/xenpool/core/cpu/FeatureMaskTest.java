package io.github.xenpool.core.cpu;

import static io.github.xenpool.core.Theories.qt;
import static io.github.xenpool.core.cpu.FeatureSetGen.featureSets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import org.junit.jupiter.api.Test;

class FeatureMaskTest {

    private static final FeatureCatalog CATALOG = FeatureCatalog.x86();

    @Test
    void theDefaultMaskHidesEstAndNothingElse() {
        assertEquals(CATALOG.featureSet("est"), FeatureMask.DEFAULT.hidden());
        assertEquals(FeatureMask.DEFAULT, Pool.DEFAULT_CPU_FEATURE_MASK);
        assertTrue(FeatureMask.DEFAULT.hides(CATALOG.feature("est").featuresetIndex().getAsInt()));
        assertFalse(FeatureMask.DEFAULT.hides(CATALOG.feature("avx2").featuresetIndex().getAsInt()));
    }

    @Test
    void aMaskIsExtendedWithOnesSoFeaturesBeyondItsWordsAreCompared() {
        FeatureSet leaf7 = CATALOG.featureSet("avx2", "hle", "rtm", "spec-ctrl", "stibp", "avx512f");

        assertEquals(leaf7, FeatureMask.DEFAULT.apply(leaf7));
        assertFalse(FeatureMask.DEFAULT.equalUnder(leaf7, FeatureSet.EMPTY));
        assertFalse(FeatureSet.EMPTY.equalsUnderMask(leaf7, FeatureMask.DEFAULT));
    }

    @Test
    void theXenServer56MaskReadsTheSameInBothLayouts() {
        FeatureMask legacy = FeatureMask.parseLegacy("ffffff7f-ffffffff-ffffffff-ffffffff");
        FeatureMask xen = FeatureMask.parse("ffffffff-ffffff7f-ffffffff-ffffffff");

        assertEquals(legacy, xen);
        assertEquals(FeatureMask.DEFAULT, xen);
        assertEquals("ffffffff-ffffff7f-ffffffff-ffffffff", legacy.toString());
    }

    @Test
    void masksThatHideTheSameBitsAreEqualWhateverTheirLength() {
        FeatureMask two = FeatureMask.parse("ffffffff-ffffff7f");
        FeatureMask five = FeatureMask.parse("ffffffff-ffffff7f-ffffffff-ffffffff-ffffffff");

        assertEquals(two, five);
        assertEquals(two.hashCode(), five.hashCode());
        assertEquals(FeatureMask.NONE, FeatureMask.parse("ffffffff"));
        assertNotEquals(FeatureMask.NONE, FeatureMask.DEFAULT);
        assertNotEquals(FeatureMask.DEFAULT, "ffffffff-ffffff7f");
    }

    @Test
    void masksThatHideDifferentFeaturesDifferAndHashApart() {
        FeatureMask hidesFour = FeatureMask.hiding(FeatureSet.of(4));
        FeatureMask hidesFive = FeatureMask.hiding(FeatureSet.of(5));

        assertNotEquals(hidesFour, hidesFive);
        assertNotEquals(hidesFour.hashCode(), hidesFive.hashCode());
        assertNotEquals(hidesFour, FeatureSet.of(4));
    }

    @Test
    void aMaskPrintsAsItWasReadAndReadsBackEqual() {
        qt(1_000).forAll(featureSets()).check(shown -> {
            FeatureMask mask = FeatureMask.shown(shown);
            return mask.toString().equals(shown.toString()) && FeatureMask.parse(mask.toString()).equals(mask);
        });
    }

    @Test
    void aMaskHidesExactlyTheBitsItClearsWithinItsWords() {
        qt(2_000).forAll(featureSets(), featureSets()).check((features, shown) -> {
            FeatureSet masked = FeatureMask.shown(shown).apply(features);
            for (int i = 0; i < FeatureSet.MAX_WORDS * FeatureSet.BITS_PER_WORD; i++) {
                boolean hidden = i < shown.wordCount() * FeatureSet.BITS_PER_WORD && !shown.contains(i);
                if (masked.contains(i) != (features.contains(i) && !hidden)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void equalityUnderAMaskIsEqualityOfWhatItShows() {
        qt(2_000).forAll(featureSets(), featureSets(), featureSets()).check((a, b, hidden) -> {
            FeatureMask mask = FeatureMask.hiding(hidden);
            return mask.equalUnder(a, b) == mask.apply(a).equals(mask.apply(b))
                    && mask.equalUnder(a, b) == mask.equalUnder(b, a)
                    && mask.hidden().equals(hidden);
        });
    }

    @Test
    void aMaskThatHidesNothingComparesEverything() {
        qt(1_000).forAll(featureSets(), featureSets())
                .check((a, b) -> FeatureMask.NONE.equalUnder(a, b) == a.equals(b)
                        && FeatureMask.NONE.apply(a) == a);
    }

    @Test
    void malformedMasksAreRefusedLikeFeatureSets() {
        assertThrows(FeatureSetFormatException.class, () -> FeatureMask.parse("ffffffff-xyz"));
        assertThrows(FeatureSetFormatException.class, () -> FeatureMask.parseLegacy("ffffffff-ffffffff"));
        assertThrows(NullPointerException.class, () -> FeatureMask.parse(null));
        assertThrows(NullPointerException.class, () -> FeatureMask.hiding(null));
        assertThrows(NullPointerException.class, () -> FeatureMask.DEFAULT.apply(null));
    }

    @Test
    void aLevelKnowsWhatIsThereInAllAndWhatIsCompared() {
        FeatureSet features = CATALOG.featureSet("est", "sse3", "avx2");
        CpuLevel level = new CpuLevel(features, FeatureMask.DEFAULT);

        assertEquals(features, level.features());
        assertEquals(CATALOG.featureSet("sse3", "avx2"), level.compared());
        assertEquals(CATALOG.featureSet("est"), level.uncompared());
        assertEquals("3 features in every member, 2 compared (the mask leaves out est)", level.describe());
        assertEquals("1 feature in every member, 1 compared",
                level.withFeatures(CATALOG.featureSet("sse3")).describe());
    }
}
