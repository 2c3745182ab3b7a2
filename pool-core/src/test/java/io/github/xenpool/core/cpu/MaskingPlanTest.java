package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan requires a mask only when masking is both needed and possible. */
class MaskingPlanTest {

    private static final FeatureSet LEVEL = FeatureSet.of(1, 2);

    @Test
    void onlyAMaskPlanRequiresAMask() {
        MaskingPlan equal = Masking.plan(MaskingSupport.FULL, LEVEL, LEVEL, FeatureMask.NONE);
        MaskingPlan newer = Masking.plan(MaskingSupport.FULL, FeatureSet.of(1, 2, 3), LEVEL, FeatureMask.NONE);
        MaskingPlan older = Masking.plan(MaskingSupport.FULL, FeatureSet.of(1), LEVEL, FeatureMask.NONE);
        MaskingPlan unknown = Masking.plan(Optional.empty(), FeatureSet.of(1, 2, 3), LEVEL, FeatureMask.NONE);

        assertEquals(MaskingPlan.Outcome.NOT_NEEDED, equal.outcome());
        assertFalse(equal.requiresMask());
        assertTrue(equal.isPossible());
        assertTrue(newer.requiresMask());
        assertFalse(older.requiresMask());
        assertFalse(older.isPossible());
        assertFalse(unknown.requiresMask());
    }
}
