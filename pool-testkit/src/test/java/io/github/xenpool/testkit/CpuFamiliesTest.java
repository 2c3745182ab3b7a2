package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.Masking;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.core.cpu.MaskingSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuFamiliesTest {

    private static final FeatureMask MASK = Pool.DEFAULT_CPU_FEATURE_MASK;

    @Test
    void eachGenerationOfAChainHasEveryFeatureOfTheOneBeforeAndMore() {
        qt(300).forAll(CpuFamilies.supersetChains(6)).check(chain -> {
            if (chain.size() < 2 || chain.size() > 6) {
                return false;
            }
            for (int i = 1; i < chain.size(); i++) {
                FeatureSet older = MASK.apply(chain.get(i - 1).physicalFeatures().orElseThrow());
                FeatureSet newer = MASK.apply(chain.get(i).physicalFeatures().orElseThrow());
                if (!older.isStrictSubsetOf(newer) || !chain.get(i).vendor().equals(chain.get(0).vendor())) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void theRealTrapsReallyLoseFeatures() {
        CpuCatalog catalog = CpuCatalog.shipped();
        List<String> notTraps = new ArrayList<>();
        for (String[] trap : CpuFamilies.REAL_TRAPS) {
            FeatureSet lost = catalog.model(trap[0]).features().minus(catalog.model(trap[1]).features());
            if (lost.isEmpty()) {
                notTraps.add(trap[0] + " -> " + trap[1]);
            }
        }
        assertEquals(List.of(), notTraps);
        qt(50).forAll(CpuFamilies.realTraps())
                .check(pair -> !pair.first().physicalFeatures().orElseThrow().isSubsetOf(pair.second().physicalFeatures().orElseThrow()));
    }

    @Test
    void theRealTrapsSayWhatTheyLose() {
        CpuCatalog catalog = CpuCatalog.shipped();
        FeatureCatalog names = FeatureCatalog.x86();
        assertTrue(names.names(catalog.model("Denverton").features().minus(catalog.model("Denverton-v2").features()))
                .contains("mpx"));
        assertTrue(names.names(catalog.model("Opteron_G5").features().minus(catalog.model("EPYC").features()))
                .containsAll(List.of("fma4", "tbm", "xop")));
        assertTrue(names.names(catalog.model("Haswell").features().minus(catalog.model("Haswell-noTSX").features()))
                .containsAll(List.of("hle", "rtm")));
    }

    @Test
    void vendorMixesMixVendors() {
        qt(200).forAll(CpuFamilies.vendorMixes()).check(pair -> !pair.first().vendor().equals(pair.second().vendor()));
    }

    @Test
    void maskingCasesHaveTheShapeTheySay() {
        qt(1000).forAll(CpuFamilies.maskingCases()).check(c -> {
            FeatureSet from = c.mask().apply(c.from());
            FeatureSet to = c.mask().apply(c.to());
            FeatureSet extra = from.minus(to);
            switch (c.difference()) {
                case NONE:
                    return from.equals(to);
                case EXTRA_IN_BASE_WORDS:
                    return to.isStrictSubsetOf(from) && extra.word(2) == 0 && extra.word(3) == 0;
                case EXTRA_IN_EXTENDED_WORDS:
                    return to.isStrictSubsetOf(from) && (extra.word(2) != 0 || extra.word(3) != 0);
                default:
                    return !to.isSubsetOf(from);
            }
        });
    }

    @Test
    void maskingAnswersEveryShapeAsTheSeedSays() {
        qt(1000).forAll(CpuFamilies.maskingCases()).check(c -> {
            MaskingPlan plan = Masking.plan(c.support(), c.from(), c.to(), c.mask());
            switch (c.difference()) {
                case NONE:
                    return plan.outcome() == MaskingPlan.Outcome.NOT_NEEDED;
                case MISSING:
                    return plan.outcome() == MaskingPlan.Outcome.MISSING_FEATURES;
                case EXTRA_IN_BASE_WORDS:
                    return plan.isPossible() == (c.support() != MaskingSupport.NONE);
                default:
                    return plan.isPossible() == (c.support() == MaskingSupport.FULL);
            }
        });
    }

    @Test
    void chainLengthsOutOfRangeFailAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> CpuFamilies.supersetChains(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CpuFamilies.supersetChains(17));
        assertFalse(e.getMessage().isEmpty());
    }
}
