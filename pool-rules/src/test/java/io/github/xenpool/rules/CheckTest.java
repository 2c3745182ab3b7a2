package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code evaluate} answers with a report; {@code check} throws when the join is blocked. */
class CheckTest {

    private static final RuleSet RULES = RuleSets.xenServer56();

    @Test
    void aBlockedJoinNamesEachBlockingRuleOnceInReportOrder() {
        JoinReport report = RULES.evaluate(POOL, SamplePools.troubledCandidate());

        assertEquals(List.of("network.static-ip", "network.bonded-management", "vm.running-or-suspended",
                "software.patch-level", "software.supplemental-packs", "licence.edition"), report.blockingRuleIds());
        assertEquals(report.blockers().size() - 1, report.blockingRuleIds().size(),
                "two VMs block under one rule");
    }

    @Test
    void aJoinThatMayGoAheadHasNoBlockingRules() {
        assertEquals(List.of(), RULES.evaluate(POOL, candidate().build()).blockingRuleIds());
        assertEquals(List.of(), RULES.evaluate(POOL, SamplePools.newerIntelCandidate()).blockingRuleIds());
    }

    @Test
    void checkThrowsWithTheReportOfABlockedJoin() {
        JoinBlockedException e = assertThrows(JoinBlockedException.class,
                () -> RULES.check(POOL, SamplePools.amdCandidate()));

        assertEquals(Verdict.BLOCKED, e.report().verdict());
        assertEquals(List.of("cpu.vendor"), e.report().blockingRuleIds());
        assertTrue(e.getMessage().startsWith("join blocked by cpu.vendor\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith(e.report().render()), e.getMessage());
    }

    @Test
    void checkReturnsTheReportOfAJoinThatMayGoAhead() {
        JoinReport report = RULES.check(POOL, SamplePools.newerIntelCandidate());

        assertEquals(Verdict.ALLOWED_WITH_MASKING, report.verdict());
        assertEquals(RULES.evaluate(POOL, SamplePools.newerIntelCandidate()), report);
        JoinContext tight = JoinContext.defaults().withMaxPoolSize(3);
        assertSame(Verdict.BLOCKED, assertThrows(JoinBlockedException.class,
                () -> RULES.check(POOL, candidate().build(), tight)).report().verdict());
    }

    @Test
    void onlyABlockedReportMakesTheException() {
        JoinReport allowed = RULES.evaluate(POOL, candidate().build());

        assertThrows(IllegalArgumentException.class, () -> new JoinBlockedException(allowed));
        assertThrows(NullPointerException.class, () -> new JoinBlockedException(null));
    }
}
