package io.github.xenpool.core.cpu;

import static io.github.xenpool.core.Theories.qt;
import static io.github.xenpool.core.cpu.FeatureSetGen.featureSets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class MaskingTest {

    private static final FeatureCatalog CATALOG = FeatureCatalog.x86();
    private static final FeatureMask MASK = Pool.DEFAULT_CPU_FEATURE_MASK;
    private static final FeatureSet NEHALEM = CpuCatalog.shipped().model("Nehalem").features();
    private static final FeatureSet WESTMERE = CpuCatalog.shipped().model("Westmere").features();

    @Test
    void equalFeaturesNeedNoMaskWhateverTheSupport() {
        for (MaskingSupport support : MaskingSupport.values()) {
            MaskingPlan plan = Masking.plan(support, NEHALEM, NEHALEM, MASK);
            assertEquals(MaskingPlan.Outcome.NOT_NEEDED, plan.outcome());
            assertTrue(Masking.canMaskTo(support, NEHALEM, NEHALEM, MASK));
        }
    }

    @Test
    void aNewerCpuWithFullMaskingHidesExactlyItsExtraFeatures() {
        MaskingPlan plan = Masking.plan(MaskingSupport.FULL, WESTMERE, NEHALEM, MASK);

        assertEquals(MaskingPlan.Outcome.MASK, plan.outcome());
        assertEquals("aes", CATALOG.describe(plan.hidden()));
        assertTrue(plan.requiresMask());
    }

    @Test
    void baseMaskingHidesBaseLeafFeatures() {
        // aes is CPUID 1.ecx bit 25: word 1, the base leaf.
        assertTrue(Masking.canMaskTo(MaskingSupport.BASE, WESTMERE, NEHALEM, MASK));
    }

    @Test
    void baseMaskingCannotHideExtendedLeafFeatures() {
        FeatureSet withPdpe1gb = NEHALEM.union(CATALOG.featureSet("pdpe1gb")); // 0x80000001.edx, word 2

        MaskingPlan plan = Masking.plan(MaskingSupport.BASE, withPdpe1gb, NEHALEM, MASK);

        assertEquals(MaskingPlan.Outcome.CANNOT_HIDE, plan.outcome());
        assertEquals("pdpe1gb", CATALOG.describe(plan.unhideable()));
        assertTrue(Masking.canMaskTo(MaskingSupport.FULL, withPdpe1gb, NEHALEM, MASK));
    }

    @Test
    void noMaskingSupportHidesNothing() {
        MaskingPlan plan = Masking.plan(MaskingSupport.NONE, WESTMERE, NEHALEM, MASK);

        assertEquals(MaskingPlan.Outcome.MASKING_NOT_SUPPORTED, plan.outcome());
        assertFalse(plan.isPossible());
    }

    @Test
    void anOlderCpuCannotBeMaskedUpToANewerOne() {
        MaskingPlan plan = Masking.plan(MaskingSupport.FULL, NEHALEM, WESTMERE, MASK);

        assertEquals(MaskingPlan.Outcome.MISSING_FEATURES, plan.outcome());
        assertEquals("aes", CATALOG.describe(plan.missing()));
    }

    @Test
    void featuresOutsideThePoolMaskAreNotCompared() {
        FeatureSet withEst = NEHALEM.union(CATALOG.featureSet("est"));

        assertEquals(MaskingPlan.Outcome.NOT_NEEDED, Masking.plan(MaskingSupport.NONE, withEst, NEHALEM, MASK).outcome());
        assertEquals(MaskingPlan.Outcome.MISSING_FEATURES,
                Masking.plan(MaskingSupport.NONE, NEHALEM, withEst, FeatureMask.NONE).outcome());
    }

    @Test
    void fullMaskingWorksExactlyWhenTheMaskedCpuIsASuperset() {
        qt(2_000).forAll(featureSets(), featureSets(), featureSets())
                .check((from, to, shown) -> Masking.canMaskTo(MaskingSupport.FULL, from, to, FeatureMask.shown(shown))
                        == masked(to, shown).isSubsetOf(masked(from, shown)));
    }

    @Test
    void noMaskingWorksExactlyWhenTheMaskedSetsAreEqual() {
        qt(2_000).forAll(featureSets(), featureSets(), featureSets())
                .check((from, to, shown) -> Masking.canMaskTo(MaskingSupport.NONE, from, to, FeatureMask.shown(shown))
                        == masked(from, shown).equals(masked(to, shown)));
    }

    @Test
    void baseMaskingWorksExactlyWhenTheRestIsAlreadyEqual() {
        qt(2_000).forAll(featureSets(), featureSets(), featureSets())
                .check((from, to, shown) -> {
                    FeatureSet f = masked(from, shown);
                    FeatureSet t = masked(to, shown);
                    FeatureSet baseWords = FeatureSet.ofWords(-1, -1);
                    boolean expected = t.isSubsetOf(f) && f.minus(baseWords).equals(t.minus(baseWords));
                    return Masking.canMaskTo(MaskingSupport.BASE, from, to, FeatureMask.shown(shown)) == expected;
                });
    }

    @Test
    void moreSupportNeverMasksLess() {
        qt(2_000).forAll(featureSets(), featureSets(), Generate.enumValues(MaskingSupport.class))
                .check((from, to, support) -> {
                    boolean none = Masking.canMaskTo(MaskingSupport.NONE, from, to, MASK);
                    boolean base = Masking.canMaskTo(MaskingSupport.BASE, from, to, MASK);
                    boolean full = Masking.canMaskTo(MaskingSupport.FULL, from, to, MASK);
                    return (!none || base) && (!base || full);
                });
    }

    @Test
    void aPossiblePlanHidesExactlyTheMaskedDifference() {
        qt(2_000).forAll(featureSets(), featureSets(), featureSets())
                .check((from, extra, shown) -> {
                    FeatureSet superset = from.union(extra);
                    MaskingPlan plan = Masking.plan(MaskingSupport.FULL, superset, from, FeatureMask.shown(shown));
                    return plan.isPossible()
                            && plan.hidden().equals(masked(superset, shown).minus(masked(from, shown)));
                });
    }

    @Test
    void featuresBeyondTheFourWordsOfTheDefaultMaskAreCompared() {
        FeatureSet haswell = CpuCatalog.shipped().model("Haswell").features();
        FeatureSet noTsx = CpuCatalog.shipped().model("Haswell-noTSX").features();

        MaskingPlan plan = Masking.plan(MaskingSupport.FULL, noTsx, haswell, MASK);

        assertEquals(MaskingPlan.Outcome.MISSING_FEATURES, plan.outcome());
        assertEquals("hle, rtm", CATALOG.describe(plan.missing()));
    }

    @Test
    void unknownSupportNeverPlansAMask() {
        MaskingPlan plan = Masking.plan(java.util.Optional.empty(), WESTMERE, NEHALEM, MASK);

        assertEquals(MaskingPlan.Outcome.SUPPORT_UNKNOWN, plan.outcome());
        assertFalse(plan.isPossible());
        assertEquals("aes", CATALOG.describe(plan.hidden()));
        assertEquals(MaskingPlan.Outcome.NOT_NEEDED,
                Masking.plan(java.util.Optional.empty(), NEHALEM, NEHALEM, MASK).outcome());
        assertEquals(MaskingPlan.Outcome.MISSING_FEATURES,
                Masking.plan(java.util.Optional.empty(), NEHALEM, WESTMERE, MASK).outcome());
    }

    /** What a comparison under a mask of the given words sees, computed word by word. */
    private static FeatureSet masked(FeatureSet features, FeatureSet shownWords) {
        int[] words = features.withWordCount(Math.max(features.wordCount(), shownWords.wordCount())).words();
        for (int w = 0; w < shownWords.wordCount(); w++) {
            words[w] &= shownWords.word(w);
        }
        return FeatureSet.ofWords(words);
    }
}
