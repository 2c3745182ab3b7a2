package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a CPU feature mask hides, and when two masks are the same mask. */
class FeatureMaskTest {

    @Test
    void aParsedMaskHidesTheBitsItClears() {
        FeatureMask mask = FeatureMask.parse("ffffffff-ffffff7f");

        assertEquals(FeatureSet.of(32 + 7), mask.hidden());
        assertTrue(mask.hides(39));
        assertFalse(mask.hides(38));
        assertFalse(mask.hides(100), "words beyond the mask hide nothing");
        assertEquals("ffffffff-ffffff7f", mask.toString());
    }

    @Test
    void aLegacyMaskIsReadInTheOldWordOrder() {
        // 5.6 to 6.5 wrote CPUID 1.ecx first; Xen's layout has 1.edx first.
        FeatureMask legacy = FeatureMask.parseLegacy("ffffff7f-ffffffff-ffffffff-ffffffff");

        assertEquals(FeatureSet.of(32 + 7), legacy.hidden());
        assertEquals(FeatureMask.parse("ffffffff-ffffff7f-ffffffff-ffffffff"), legacy);
        assertEquals(FeatureMask.DEFAULT, legacy);
    }

    @Test
    void setsAreEqualUnderAMaskWhenTheyDifferOnlyInHiddenFeatures() {
        FeatureMask mask = FeatureMask.hiding(FeatureSet.of(4));

        assertTrue(mask.equalUnder(FeatureSet.of(1, 4), FeatureSet.of(1)));
        assertFalse(mask.equalUnder(FeatureSet.of(1, 5), FeatureSet.of(1)));
        assertEquals(FeatureSet.of(1), mask.apply(FeatureSet.of(1, 4)));
    }

    @Test
    void masksThatHideDifferentFeaturesDiffer() {
        FeatureMask hidesFour = FeatureMask.hiding(FeatureSet.of(4));
        FeatureMask hidesFive = FeatureMask.hiding(FeatureSet.of(5));

        assertNotEquals(hidesFour, hidesFive);
        assertNotEquals(hidesFour.hashCode(), hidesFive.hashCode());
        assertNotEquals(FeatureMask.NONE, FeatureMask.DEFAULT);
        assertNotEquals(hidesFour, FeatureSet.of(4));
    }

    @Test
    void masksThatHideTheSameFeaturesAreEqualWhateverTheirLength() {
        FeatureMask shortMask = FeatureMask.parse("fffffffe");
        FeatureMask longMask = FeatureMask.parse("fffffffe-ffffffff-ffffffff");

        assertEquals(shortMask, longMask);
        assertEquals(shortMask.hashCode(), longMask.hashCode());
        assertEquals(FeatureMask.hiding(FeatureSet.of(0)), shortMask);
    }
}
