package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.sets.RuleSets;
import org.junit.jupiter.api.Test;

/** The test assertions pass exactly when the report says what they claim, and fail showing the report. */
class JoinAssertionsTest {

    private final JoinReport allowed = evaluate(SamplePools.compliantCandidate());
    private final JoinReport masking = evaluate(SamplePools.newerIntelCandidate());
    private final JoinReport blocked = evaluate(SamplePools.troubledCandidate());

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
        assertDoesNotThrow(() -> JoinAssertions.assertAllowed(allowed));
        failsShowingTheReport(masking, () -> JoinAssertions.assertAllowed(masking), "expected ALLOWED, but");
        failsShowingTheReport(blocked, () -> JoinAssertions.assertAllowed(blocked), "expected ALLOWED, but");
    }

    @Test
    void assertAllowedWithMaskingPassesOnlyForAJoinByMasking() {
        assertDoesNotThrow(() -> JoinAssertions.assertAllowedWithMasking(masking));
        failsShowingTheReport(allowed, () -> JoinAssertions.assertAllowedWithMasking(allowed),
                "expected ALLOWED_WITH_MASKING, but");
        failsShowingTheReport(blocked, () -> JoinAssertions.assertAllowedWithMasking(blocked),
                "expected ALLOWED_WITH_MASKING, but");
    }

    @Test
    void assertBlockedByPassesOnlyWhenEveryNamedRuleBlocks() {
        assertDoesNotThrow(() -> JoinAssertions.assertBlockedBy(blocked, "network.static-ip", "licence.edition"));
        failsShowingTheReport(blocked, () -> JoinAssertions.assertBlockedBy(blocked, "network.static-ip", "cpu.vendor"),
                "expected the join to be blocked by network.static-ip, cpu.vendor; no blocker from cpu.vendor, but");
        failsShowingTheReport(allowed, () -> JoinAssertions.assertBlockedBy(allowed),
                "expected the join to be blocked by , but");
    }

    @Test
    void assertNoViolationOfPassesOnlyWithoutThatRulesViolation() {
        assertDoesNotThrow(() -> JoinAssertions.assertNoViolationOf(blocked, "cpu.vendor"));
        failsShowingTheReport(blocked, () -> JoinAssertions.assertNoViolationOf(blocked, "licence.edition"),
                "expected no violation of licence.edition, but");
    }
}
