package io.github.xenpool.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assertions on join reports for tests: each throws an {@link AssertionError} whose message
 * carries the whole rendered report, so a failing test shows every problem.
 *
 * <pre>{@code
 * JoinAssertions.assertBlockedBy(RuleSets.xenServer56().evaluate(pool, amdHost), "cpu.vendor");
 * }</pre>
 */
public final class JoinAssertions {

    private JoinAssertions() {
    }

    /**
     * Asserts that the host may join as it is.
     *
     * @param report the report
     * @throws AssertionError if the verdict is not ALLOWED
     */
    public static void assertAllowed(JoinReport report) {
        assertVerdict(report, Verdict.ALLOWED);
    }

    /**
     * Asserts that the host may join once masked.
     *
     * @param report the report
     * @throws AssertionError if the verdict is not ALLOWED_WITH_MASKING
     */
    public static void assertAllowedWithMasking(JoinReport report) {
        assertVerdict(report, Verdict.ALLOWED_WITH_MASKING);
    }

    /**
     * Asserts that the join is blocked, and by each of the given rules among others.
     *
     * @param report the report
     * @param ruleIds rules that must have found a blocker
     * @throws AssertionError if the join is not blocked or one of the rules found no blocker
     */
    public static void assertBlockedBy(JoinReport report, String... ruleIds) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(ruleIds, "ruleIds");
        List<String> blocking = report.blockingRuleIds();
        Set<String> absent = new TreeSet<>();
        for (String id : ruleIds) {
            if (!blocking.contains(id)) {
                absent.add(id);
            }
        }
        if (report.verdict() != Verdict.BLOCKED || !absent.isEmpty()) {
            throw new AssertionError("expected the join to be blocked by " + String.join(", ", ruleIds)
                    + (absent.isEmpty() ? "" : "; no blocker from " + String.join(", ", absent))
                    + ", but the report says:\n" + report.render());
        }
    }

    /**
     * Asserts that a rule found nothing.
     *
     * @param report the report
     * @param ruleId the rule
     * @throws AssertionError if the rule found a violation
     */
    public static void assertNoViolationOf(JoinReport report, String ruleId) {
        Objects.requireNonNull(report, "report");
        if (report.hasViolation(ruleId)) {
            throw new AssertionError("expected no violation of " + ruleId + ", but the report says:\n"
                    + report.render());
        }
    }

    private static void assertVerdict(JoinReport report, Verdict expected) {
        Objects.requireNonNull(report, "report");
        if (report.verdict() != expected) {
            throw new AssertionError("expected " + expected + ", but the report says:\n" + report.render());
        }
    }
}
