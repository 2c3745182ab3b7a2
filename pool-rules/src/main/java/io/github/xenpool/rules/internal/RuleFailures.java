package io.github.xenpool.rules.internal;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.List;

/**
 * Turns a rule that failed into a violation of its own, so that one broken rule never hides
 * what the others found.
 *
 * <p>Making that violation never throws: whatever a rule's exception says, or fails to say, ends
 * up as a short line of printable text, so a report cannot be flooded or forged by it.
 */
public final class RuleFailures {

    /** The id of the violation that stands for a rule that could not be evaluated. */
    public static final String RULE_FAILED = JoinRule.FAILED;

    /** The most characters of an exception's message a report carries. */
    public static final int MESSAGE_LIMIT = 300;

    private static final int NAME_LIMIT = 200;

    private RuleFailures() {
    }

    /**
     * Lets through only what a rule may fail with: rethrows the errors no program recovers from
     * ({@link VirtualMachineError}s other than {@link StackOverflowError}, whose stack is unwound
     * by now, and {@link ThreadDeath}), and restores the interrupt status of a thread whose
     * {@link InterruptedException} a rule threw instead of handling.
     *
     * @param failure what a rule threw
     */
    public static void requireContainable(Throwable failure) {
        if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)
                || failure instanceof ThreadDeath) {
            throw (Error) failure;
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes the {@code rule.failed} blocker for a rule that threw or answered nonsense.
     *
     * @param rule the failing rule
     * @param host the candidate host
     * @param failure what it threw, or an exception that says what was wrong with its answer
     * @return the violation
     */
    public static Violation violation(JoinRule rule, Host host, Throwable failure) {
        return violation(idOf(rule), host, failure);
    }

    private static Violation violation(String ruleId, Host host, Throwable failure) {
        String id = printable(ruleId, NAME_LIMIT);
        String type = printable(failure.getClass().getName(), NAME_LIMIT);
        String simpleType = failure.getClass().getSimpleName().isEmpty() ? type
                : printable(failure.getClass().getSimpleName(), NAME_LIMIT);
        String message = messageOf(failure);
        return Violation.of(RULE_FAILED, Severity.BLOCKER, new Subject(Subject.Kind.RULE,
                        List.of(Subject.Node.atKey("rule", id)), id))
                .message("rule " + id + " could not check host " + Text.name(host.hostname()) + ": " + type
                        + (message.isEmpty() ? "" : ": " + message)
                        + "; the join is blocked until the rule can answer")
                .expectedActual("rule " + id + " answers", simpleType)
                .details(new ViolationDetails.RuleFailure(id, type, message))
                .step("Report the failure of rule " + id + " to whoever maintains it, with the host and pool")
                .build();
    }

    /**
     * Reads a rule's id for a report, whatever the rule does.
     *
     * @param rule the rule
     * @return its id, or a description of the rule when it has no usable id
     */
    public static String idOf(JoinRule rule) {
        String id;
        try {
            id = rule.id();
        } catch (Throwable failure) {
            requireContainable(failure);
            id = null;
        }
        return id == null || id.isBlank() ? "(a rule of " + rule.getClass().getName() + " without an id)" : id;
    }

    /** The exception's message as printable text; never throws, even when the exception does. */
    private static String messageOf(Throwable failure) {
        String message;
        try {
            message = failure.getMessage();
        } catch (Throwable unreadable) {
            requireContainable(unreadable);
            return "(its message could not be read: " + printable(unreadable.getClass().getName(), NAME_LIMIT) + ")";
        }
        return message == null ? "" : printable(message, MESSAGE_LIMIT);
    }

    /**
     * Makes text safe to print on one line of a report, as {@link Text#printable(String, int)}
     * does.
     *
     * @param text the text
     * @param limit the most characters to keep, before the note of the cut
     * @return the printable text
     */
    public static String printable(String text, int limit) {
        return Text.printable(text, limit);
    }
}
