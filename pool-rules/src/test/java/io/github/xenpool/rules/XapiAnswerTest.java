package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A report foresees xapi's own answer: xapi stops at its first failing check, so the first blocker
 * in rule order that stands for an xapi error is the error it raises, unless a check before it
 * could not run.
 */
class XapiAnswerTest {

    private static final Pool POOL = JoinFixtures.POOL;
    private static final Host HOST = JoinFixtures.candidate().build();

    private static JoinRule check(String id, XapiError error, Outcome outcome) {
        RuleDescriptor descriptor = RuleDescriptor.of(id, "checks " + id, Severity.BLOCKER).withXapiErrors(error)
                .withXapiReleases(XapiReleases.ALWAYS);
        return JoinRule.of(descriptor, (pool, host, context) -> outcome.violations(descriptor, host));
    }

    private static JoinRule recommendation(String id, Outcome outcome) {
        RuleDescriptor descriptor = RuleDescriptor.of(id, "recommends " + id, Severity.WARNING);
        return JoinRule.of(descriptor, (pool, host, context) -> outcome.violations(descriptor, host));
    }

    private enum Outcome {
        PASSES, FAILS, CANNOT_CHECK, THROWS;

        List<Violation> violations(RuleDescriptor descriptor, Host host) {
            switch (this) {
                case PASSES:
                    return List.of();
                case FAILS:
                    return List.of(Violation.of(descriptor, Subject.host(host)).message(descriptor.id() + " fails")
                            .xapiErrorParameters(descriptor.id()).build());
                case CANNOT_CHECK:
                    return List.of(Violation.cannotCheck(descriptor.id(), Subject.host(host), "a fact", "the fact"));
                default:
                    throw new IllegalStateException("broken");
            }
        }
    }

    private static XapiAnswer answer(JoinRule... rules) {
        return RuleSet.of("test", CpuLevelPolicy.LEVELLING, JoinContext.defaults(), List.of(rules))
                .evaluate(POOL, HOST).xapiAnswer();
    }

    @Test
    void whenEveryCheckPassesXapiAccepts() {
        XapiAnswer answer = answer(check("a", XapiError.HA_IS_ENABLED, Outcome.PASSES),
                check("b", XapiError.HOSTS_NOT_COMPATIBLE, Outcome.PASSES));

        assertFalse(answer.refuses());
        assertTrue(answer.isCertain());
        assertEquals("xapi accepts the join", answer.toString());
    }

    @Test
    void xapiRaisesTheErrorOfItsFirstFailingCheckWithItsParameters() {
        XapiAnswer answer = answer(check("a", XapiError.HA_IS_ENABLED, Outcome.PASSES),
                check("b", XapiError.HOSTS_NOT_COMPATIBLE, Outcome.FAILS),
                check("c", XapiError.HOSTS_NOT_HOMOGENEOUS, Outcome.FAILS));

        assertTrue(answer.refuses());
        assertTrue(answer.isCertain());
        assertEquals("b", answer.error().orElseThrow().ruleId());
        assertEquals("xapi refuses: HOSTS_NOT_COMPATIBLE [\"b\"]", answer.toString());
    }

    @Test
    void theFirstErrorFollowsRuleOrderNotTheReportsSeverityOrder() {
        JoinRule warnsFirst = JoinRule.of(RuleDescriptor.of("w", "warns", Severity.WARNING)
                        .withXapiErrors(XapiError.HA_IS_ENABLED).withXapiReleases(XapiReleases.ALWAYS),
                (pool, host, context) -> List.of(Violation.of("w", Severity.WARNING, Subject.host(host))
                        .message("only a warning").xapiError(XapiError.HA_IS_ENABLED).build()));
        XapiAnswer answer = answer(warnsFirst, check("b", XapiError.HOSTS_NOT_COMPATIBLE, Outcome.FAILS));

        assertEquals("b", answer.error().orElseThrow().ruleId());
    }

    @Test
    void aCheckBeforeTheFirstFailureThatCouldNotRunMakesTheErrorUncertain() {
        XapiAnswer answer = answer(check("a", XapiError.HA_IS_ENABLED, Outcome.CANNOT_CHECK),
                check("b", XapiError.HOSTS_NOT_COMPATIBLE, Outcome.FAILS),
                check("c", XapiError.HOSTS_NOT_HOMOGENEOUS, Outcome.CANNOT_CHECK));

        assertTrue(answer.refuses());
        assertFalse(answer.isCertain());
        assertEquals(List.of("a"), answer.unchecked().stream().map(Violation::ruleId).toList());
        assertEquals("xapi refuses: HOSTS_NOT_COMPATIBLE [\"b\"], unless the check before it that could not run"
                + " (a) fails first", answer.toString());
    }

    @Test
    void withoutAFailureAnyCheckThatCouldNotRunLeavesTheAnswerUnknown() {
        XapiAnswer answer = answer(check("a", XapiError.HA_IS_ENABLED, Outcome.CANNOT_CHECK),
                check("b", XapiError.HOSTS_NOT_COMPATIBLE, Outcome.PASSES),
                check("c", XapiError.HOSTS_NOT_HOMOGENEOUS, Outcome.CANNOT_CHECK));

        assertFalse(answer.refuses());
        assertFalse(answer.isCertain());
        assertEquals("xapi's answer is not known: 2 checks could not run (a, c)", answer.toString());
    }

    @Test
    void aRuleThatFailedCountsAsACheckThatCouldNotRun() {
        XapiAnswer answer = answer(check("a", XapiError.HA_IS_ENABLED, Outcome.THROWS),
                check("b", XapiError.HOSTS_NOT_COMPATIBLE, Outcome.FAILS));

        assertFalse(answer.isCertain());
        assertEquals(List.of(JoinRule.FAILED), answer.unchecked().stream().map(Violation::ruleId).toList());
    }

    @Test
    void rulesThatAreNotXapisChecksNeitherRefuseNorMakeTheAnswerUncertain() {
        JoinRule blocksWithoutXapi = JoinRule.of("site.rack", "in rack 7", (pool, host, context) -> List.of(
                Violation.of("site.rack", Severity.BLOCKER, Subject.host(host)).message("not in rack 7").build()));
        XapiAnswer answer = answer(recommendation("clock", Outcome.CANNOT_CHECK), blocksWithoutXapi,
                check("b", XapiError.HOSTS_NOT_COMPATIBLE, Outcome.PASSES));

        assertFalse(answer.refuses());
        assertTrue(answer.isCertain());
    }

    @Test
    void aReportMadeWithoutItsRuleSetCountsEveryCheckThatCouldNotRun() {
        Violation unknown = Violation.cannotCheck("clock", Subject.host(HOST), "a fact", "the fact");
        JoinReport report = JoinReport.of("test", POOL, HOST, List.of(unknown), CpuLevelPolicy.LEVELLING);
        JoinReport told = JoinReport.of("test", POOL, HOST, List.of(unknown), CpuLevelPolicy.LEVELLING, Set.of());

        assertFalse(report.xapiAnswer().isCertain());
        assertTrue(told.xapiAnswer().isCertain());
    }

    @Test
    void anAnswerRefusesOnlyWithABlockerThatStandsForAnXapiError() {
        Violation warning = Violation.cannotCheck("clock", Subject.host(HOST), "a fact", "the fact");
        assertThrows(IllegalArgumentException.class, () -> new XapiAnswer(Optional.of(warning), List.of()));
    }
}
