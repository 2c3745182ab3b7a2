package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every violation says whether changing configuration can resolve it. */
class FixabilityTest {

    /** What no configuration resolves: other hardware or another pool is needed. */
    private static final Set<String> NEVER_FIXABLE = Set.of("cpu.vendor", "pool.size");

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void onlyVendorsSizeUnbridgeableCpuFeaturesAndAHostInThePoolAreBeyondConfiguration(Mutation mutation) {
        RuleSet rules = RuleSets.xenServer56();
        qt(20).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            // A host with the UUID of a member (joining-itself) has no join to make.
            boolean noJoin = c.pool().member(c.host().id()).isPresent();
            for (Violation v : rules.evaluate(c.pool(), c.host()).violations()) {
                boolean hardware = NEVER_FIXABLE.contains(v.ruleId()) || v.ruleId().equals("cpu.features") && v.isBlocker();
                boolean alreadyIn = noJoin && v.ruleId().equals("host.standalone");
                assertEquals(!hardware && !alreadyIn, v.fixableByConfiguration(), v.toString());
            }
        });
    }

    @Test
    void aMaskingPlanIsConfigurationAndALessCapableCpuIsNot() {
        Pool pool = SamplePools.enterpriseIntelPool();
        Violation plan = JoinFixtures.only(RuleSets.xenServer56().evaluate(pool, SamplePools.newerIntelCandidate()),
                "cpu.features");
        Violation older = JoinFixtures.only(RuleSets.xenServer56().evaluate(pool, SamplePools.olderIntelCandidate()),
                "cpu.features");

        assertTrue(plan.fixableByConfiguration(), plan.message());
        assertTrue(older.isBlocker());
        assertFalse(older.fixableByConfiguration(), older.message());
    }

    @Test
    void levellingHaIsConfigurationAndALostCpuLevelIsNot() {
        Pool pool = LevellingFixtures.POOL.toBuilder().haEnabled(true).build();
        JoinReport report = RuleSets.levelling().evaluate(pool, LevellingFixtures.levelled(
                SamplePools.olderIntelCandidate()));

        assertTrue(JoinFixtures.only(report, "pool.ha-disabled").fixableByConfiguration());
        assertFalse(report.violationsOf("cpu.features").isEmpty(), report.render());
        report.violationsOf("cpu.features").forEach(v -> assertFalse(v.fixableByConfiguration(), v.message()));
    }

    @Test
    void aHostAlreadyInThePoolHasNoJoinToFix() {
        Pool pool = SamplePools.enterpriseIntelPool();
        Host member = pool.secondaries().get(0);

        Violation already = JoinFixtures.only(RuleSets.xenServer56().evaluate(pool, member), "host.standalone");

        assertFalse(already.fixableByConfiguration(), already.message());
    }

    @Test
    void aFailedRuleIsNotFixableByConfigurationAndCustomRulesAreNotUnlessTheySaySo() {
        JoinRule broken = JoinRule.of("test.broken", "throws", (pool, host, context) -> {
            throw new IllegalStateException("inventory unreachable");
        });
        JoinRule silent = JoinRule.of("test.silent", "says nothing of fixes", (pool, host, context) -> List.of(
                Violation.of("test.silent", Severity.BLOCKER, Subject.host(host)).message("no").build()));
        JoinRule fixable = JoinRule.of("test.fixable", "says it is fixable", (pool, host, context) -> List.of(
                Violation.of("test.fixable", Severity.BLOCKER, Subject.host(host)).message("no")
                        .fixableByConfiguration(true).build()));
        RuleSet rules = RuleSets.xenServer56().add(broken).add(silent).add(fixable.withSeverity(Severity.WARNING)
                .because("lab"));

        JoinReport report = rules.evaluate(SamplePools.enterpriseIntelPool(), SamplePools.compliantCandidate());

        assertFalse(JoinFixtures.only(report, "rule.failed").fixableByConfiguration());
        assertFalse(JoinFixtures.only(report, "test.silent").fixableByConfiguration());
        assertTrue(JoinFixtures.only(report, "test.fixable").fixableByConfiguration(),
                "severity and reason keep what the rule said");
    }
}
