package io.github.xenpool.rules.internal;

import io.github.xenpool.core.Host;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;

/**
 * Turns a rule that failed into a violation of its own, so that one broken rule never hides
 * what the others found.
 */
public final class RuleFailures {

    /** The id of the violation that stands for a rule that could not be evaluated. */
    public static final String RULE_FAILED = "rule.failed";

    private RuleFailures() {
    }

    /**
     * Makes the {@code rule.failed} blocker for a rule that threw.
     *
     * @param ruleId the failing rule's id
     * @param host the candidate host
     * @param failure what it threw
     * @return the violation
     */
    public static Violation violation(String ruleId, Host host, Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return Violation.of(RULE_FAILED, Severity.BLOCKER, new Subject(Subject.Kind.RULE, "rule[" + ruleId + "]",
                        ruleId))
                .message("rule " + ruleId + " could not check host " + host.hostname() + ": "
                        + failure.getClass().getName() + (message.isEmpty() ? "" : ": " + message)
                        + "; the join is blocked until the rule can answer")
                .expectedActual("rule " + ruleId + " answers", failure.getClass().getSimpleName())
                .details(new ViolationDetails.RuleFailure(ruleId, failure.getClass().getName(), message))
                .step("Report the failure of rule " + ruleId + " to whoever maintains it, with the host and pool")
                .build();
    }
}
