package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.demo.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import org.junit.jupiter.api.Test;

/** The test assertions pass exactly when the report says what they claim, and fail showing the report. */
class JoinAssertionsTest {

    private static final JoinReport ALLOWED = evaluate(SamplePools.compliantCandidate());
    private static final JoinReport MASKING = evaluate(SamplePools.newerIntelCandidate());
    private static final JoinReport BLOCKED = evaluate(SamplePools.troubledCandidate());

    private static JoinReport evaluate(io.github.xenpool.core.Host host) {
        return RuleSets.xenServer56().evaluate(SamplePools.enterpriseIntelPool(), host);
    }

    private static void failsShowingTheReport(JoinReport report, Runnable assertion, String expected) {
        AssertionError error = assertThrows(AssertionError.class, assertion::run);
        assertTrue(error.getMessage().startsWith(expected), error.getMessage());
        assertTrue(error.getMessage().endsWith(report.render()), error.getMessage());
    }

    @Test
    void assertAllowedPassesOnlyForAnAllowedJoin() {
        assertDoesNotThrow(() -> JoinAssertions.assertAllowed(ALLOWED));
        failsShowingTheReport(MASKING, () -> JoinAssertions.assertAllowed(MASKING), "expected ALLOWED, but");
        failsShowingTheReport(BLOCKED, () -> JoinAssertions.assertAllowed(BLOCKED), "expected ALLOWED, but");
    }

    @Test
    void assertAllowedWithMaskingPassesOnlyForAJoinByMasking() {
        assertDoesNotThrow(() -> JoinAssertions.assertAllowedWithMasking(MASKING));
        failsShowingTheReport(ALLOWED, () -> JoinAssertions.assertAllowedWithMasking(ALLOWED),
                "expected ALLOWED_WITH_MASKING, but");
        failsShowingTheReport(BLOCKED, () -> JoinAssertions.assertAllowedWithMasking(BLOCKED),
                "expected ALLOWED_WITH_MASKING, but");
    }

    @Test
    void assertBlockedByPassesOnlyWhenEveryNamedRuleBlocks() {
        assertDoesNotThrow(() -> JoinAssertions.assertBlockedBy(BLOCKED, "network.static-ip", "licence.edition"));
        failsShowingTheReport(BLOCKED, () -> JoinAssertions.assertBlockedBy(BLOCKED, "network.static-ip", "cpu.vendor"),
                "expected the join to be blocked by network.static-ip, cpu.vendor; no blocker from cpu.vendor, but");
        failsShowingTheReport(ALLOWED, () -> JoinAssertions.assertBlockedBy(ALLOWED),
                "expected the join to be blocked by , but");
    }

    @Test
    void assertNoViolationOfPassesOnlyWithoutThatRulesViolation() {
        assertDoesNotThrow(() -> JoinAssertions.assertNoViolationOf(BLOCKED, "cpu.vendor"));
        failsShowingTheReport(BLOCKED, () -> JoinAssertions.assertNoViolationOf(BLOCKED, "licence.edition"),
                "expected no violation of licence.edition, but");
    }
}
