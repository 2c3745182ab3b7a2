package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.lifecycle.PoolLifecycle;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The CPU comparison of a join is one value: every rule of an evaluation reads the same one, and
 * the masking plan, the report's resulting level and the lifecycle's join agree with it.
 */
class CpuComparisonTest {

    private static final FeatureCatalog CATALOG = FeatureCatalog.x86();

    @Test
    void everyRuleOfOneEvaluationReadsTheSameComparison() {
        List<CpuComparison> seen = new ArrayList<>();
        JoinRule spy = JoinRule.of("test.spy", "remembers the CPU comparison", (pool, host, context) -> {
            seen.add(context.cpuComparison(pool, host));
            return List.of();
        });
        RuleSet rules = RuleSets.xenServer56().add(spy).add(JoinRule.of("test.spy-2", "again", spy::evaluate));

        JoinReport report = rules.evaluate(POOL, SamplePoolsAccess.newer());

        assertEquals(2, seen.size());
        assertSame(seen.get(0), seen.get(1));
        assertSame(seen.get(0), report.cpuComparison());
    }

    @Test
    void outsideAnEvaluationTheComparisonIsWorkedOutOnDemand() {
        Host newer = SamplePoolsAccess.newer();
        CpuComparison direct = JoinContext.defaults().cpuComparison(POOL, newer);

        assertEquals(MaskingPlan.Outcome.MASK, direct.masking().outcome());
        assertEquals(CpuComparison.of(POOL, newer).masking(), direct.masking());
    }

    @Test
    void theMaskingPlanTheReportAndTheLifecycleAgreeOnTheLevelAfterAJoin() {
        PoolLifecycle life = PoolLifecycle.xenServer56();
        qt(300).forAll(JoinCases.any()).check(c -> {
            JoinReport report = RuleSets.xenServer56().evaluate(c.pool(), c.host());
            if (report.verdict() == Verdict.BLOCKED) {
                return report.resultingCpuLevel().isEmpty() && report.removedFromCpuLevel().isEmpty();
            }
            FeatureSet resulting = report.resultingCpuLevel().orElseThrow().features();
            boolean planAgrees = report.maskingPlan().map(plan -> plan.resultingLevel().equals(resulting))
                    .orElse(true);
            FeatureSet before = c.pool().cpuLevel().orElseThrow().features();
            boolean removedAgrees = report.removedFromCpuLevel().equals(before.minus(resulting));
            Pool joined = life.join(c.pool(), c.host()).get();
            return planAgrees && removedAgrees && joined.cpuLevel().orElseThrow().features().equals(resulting);
        });
    }

    @Test
    void aJoinThatDropsAFeatureTheMaskDoesNotCompareSaysSo() {
        Cpu poolCpu = POOL.master().cpu();
        FeatureSet withoutEst = poolCpu.physicalFeatures().orElseThrow().minus(CATALOG.featureSet("est"));
        Host host = candidate().cpu(poolCpu.toBuilder().physicalFeatures(withoutEst).features(withoutEst).build())
                .build();

        JoinReport report = RuleSets.xenServer56().evaluate(POOL, host);

        assertEquals(Verdict.ALLOWED, report.verdict());
        assertEquals(List.of("est"), CATALOG.names(report.removedFromCpuLevel()));
        assertTrue(report.render().contains("The join removes from the pool's CPU level: est."), report.render());
    }

    @Test
    void aHostWhoseCpuIsUnknownIsNeverComparedAndEveryCpuRuleSaysWhy() {
        Host unknown = candidate().cpu(Cpu.unknown()).build();

        JoinReport report = RuleSets.xenServer56().evaluate(POOL, unknown);

        Violation vendor = only(report, CpuRules.VENDOR);
        Violation features = only(report, CpuRules.FEATURES);
        assertEquals(Severity.WARNING, vendor.severity());
        assertEquals("cannot check: the CPU vendor of xs-04 is unknown", vendor.message());
        assertEquals(Severity.WARNING, features.severity());
        assertEquals("cannot check: the CPU features of xs-04 is unknown", features.message());
        assertTrue(features.details() instanceof ViolationDetails.UnknownFact);
        assertTrue(report.maskingPlan().isEmpty());
        assertEquals(Optional.empty(), report.resultingCpuLevel());
        assertFalse(report.cpuComparison().isKnown());
        assertThrows(IllegalStateException.class, () -> report.cpuComparison().masking());
    }

    @Test
    void theTextOfAComparisonNamesTheHostAndEitherTheOutcomeAndLevelOrWhatIsUnknown() {
        CpuComparison masked = CpuComparison.of(POOL, SamplePoolsAccess.newer());
        CpuComparison unknown = CpuComparison.of(POOL, candidate().cpu(Cpu.unknown()).build());

        assertEquals("CpuComparison[xs-05: MASK, level " + POOL.cpuLevel().orElseThrow().describe() + "]",
                masked.toString());
        assertEquals("CpuComparison[xs-04: unknown: [the CPU features of xs-04]]", unknown.toString());
    }

    @Test
    void aPoolWithAMemberOfUnknownCpuHasNoLevelAndNamesTheMember() {
        Pool levelled = LevellingFixtures.POOL;
        Host master = levelled.master().withCpu(Cpu.builder().vendor(levelled.master().cpu().vendor().orElseThrow())
                .build());
        Pool pool = levelled.toBuilder().master(master).build();

        JoinReport report = RuleSets.levelling().evaluate(pool, LevellingFixtures.candidate().build());

        assertEquals(Optional.empty(), pool.cpuLevel());
        Violation features = only(report, CpuRules.FEATURES);
        assertEquals(List.of(features), report.violations(), report.render());
        assertEquals(Severity.WARNING, features.severity());
        assertTrue(features.message().contains("the CPU features of xs-01"), features.message());
    }

    @Test
    void aCpuWhoseMaskingSupportIsUnknownIsNotAssumedToMask() {
        Host newer = SamplePoolsAccess.newer();
        Cpu unsure = Cpu.builder().vendor(newer.cpu().vendor().orElseThrow()).modelName(newer.cpu().modelName())
                .physicalFeatures(newer.cpu().physicalFeatures().orElseThrow()).build();
        Pool advanced = POOL.toBuilder().master(POOL.master().withLicence(LicenceEdition.ADVANCED)).build();

        JoinReport report = RuleSets.xenServer56().evaluate(POOL, newer.withCpu(unsure));
        JoinReport inAdvanced = RuleSets.xenServer56().evaluate(advanced, newer.withCpu(unsure)
                .withLicence(LicenceEdition.ADVANCED));

        Violation features = only(report, CpuRules.FEATURES);
        assertEquals(Severity.WARNING, features.severity());
        assertTrue(features.message().startsWith("cannot check: whether the CPU of xs-05 can mask"),
                features.message());
        assertTrue(report.maskingPlan().isEmpty(), "no plan is made for a CPU that may not mask");
        assertEquals(Severity.WARNING, only(inAdvanced, CpuRules.MASKING_LICENCE).severity());
    }

    @Test
    void theLevelOfAPoolIsOneValueUnderItsMask() {
        CpuLevel level = POOL.cpuLevel().orElseThrow();

        assertEquals(POOL.cpuFeatureMask(), level.mask());
        assertEquals(POOL.cpuFeatureMask().apply(level.features()), level.compared());
        assertEquals(level, RuleSets.xenServer56().evaluate(POOL, candidate().build()).resultingCpuLevel()
                .orElseThrow());
    }

    /** The sample newer candidate, under a short name. */
    private static final class SamplePoolsAccess {
        static Host newer() {
            return SamplePools.newerIntelCandidate();
        }
    }
}
