package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.internal.ComposedRules;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One check of whether a host may join a pool. A rule is a small stateless object with a stable
 * id; given the pool, the candidate host and the context, it returns the violations it finds,
 * or an empty list.
 *
 * <p>Rules compose: {@link #allOf(String, String, JoinRule...)} groups rules under one id,
 * {@link #onlyWhen(Condition, String)} applies a rule only when a condition holds,
 * {@link #withSeverity(Severity)} changes how much its violations matter, and
 * {@link #because(String)} says why it applies. Write your own with
 * {@link #of(String, String, Check)}:
 *
 * <pre>{@code
 * JoinRule sameRack = JoinRule.of("site.same-rack", "the host is in the master's rack",
 *         (pool, host, context) -> host.hostname().startsWith("rack7-") ? List.of()
 *                 : List.of(Violation.of("site.same-rack", Severity.WARNING, Subject.host(host))
 *                         .message(host.hostname() + " is not in rack 7").build()));
 * RuleSet mine = RuleSets.xenServer56().add(sameRack);
 * }</pre>
 *
 * <p>Every rule describes itself without running ({@link #descriptor()}): its default severity,
 * the xapi errors it stands for, where its requirement comes from and whether configuration can
 * fix what it blocks. A rule made with {@link #of(RuleDescriptor, Check)} says all of that, and
 * its violations, started with {@link Violation#of(RuleDescriptor, Subject)}, take it from there.
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface JoinRule {

    /**
     * The id of the violation that stands for a rule that could not answer: it threw, returned
     * null, or returned a list holding null. That violation is always a {@link Severity#BLOCKER}
     * whose subject and message name the rule and what went wrong, whatever combinators wrap the
     * rule; every other rule still runs. Only errors no program can recover from, such as
     * {@link OutOfMemoryError}, are not turned into this violation.
     */
    String FAILED = "rule.failed";

    /**
     * Returns the rule's stable id, such as {@code cpu.vendor}.
     *
     * @return the id
     */
    String id();

    /**
     * Says what the rule checks, in a short sentence.
     *
     * @return the description
     */
    String description();

    /**
     * Checks a join. A rule set that runs this rule turns an exception, a null list or a null
     * element into a {@link #FAILED} blocker.
     *
     * @param pool the pool to join
     * @param host the candidate host
     * @param context limits, tolerances and the licence server
     * @return the violations found, empty when the rule is satisfied; never null, and never
     *     holding null
     */
    List<Violation> evaluate(Pool pool, Host host, JoinContext context);

    /**
     * Describes the rule without running it: id, title, default severity, the xapi errors it
     * stands for, its sources and whether configuration can fix what it blocks. The shipped rules
     * describe themselves in full, and the combinators describe what they make:
     * {@link #withSeverity(Severity)} changes the default severity, {@link #because(String)} adds
     * the reason, {@link #onlyWhen(Condition, String)} adds the condition to the title and
     * {@link #allOf(String, String, JoinRule...)} gathers its rules' errors and sources.
     *
     * <p>This default suits a rule that says nothing more about itself: its {@link #id()} and
     * {@link #description()}, assumed to block ({@link Severity#BLOCKER}), standing for no xapi
     * error, from no named source, and not known to be fixable by configuration. A rule that
     * overrides it returns a descriptor of its own id.
     *
     * @return the descriptor
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(id(), description(), Severity.BLOCKER);
    }

    /**
     * The body of a rule written as a lambda.
     */
    @FunctionalInterface
    @API(status = MAINTAINED, since = "0.1.0")
    interface Check {
        /**
         * Checks a join.
         *
         * @param pool the pool to join
         * @param host the candidate host
         * @param context the context
         * @return the violations found
         */
        List<Violation> evaluate(Pool pool, Host host, JoinContext context);
    }

    /**
     * A condition on a join, for {@link #onlyWhen(Condition, String)}.
     */
    @FunctionalInterface
    @API(status = MAINTAINED, since = "0.1.0")
    interface Condition {
        /**
         * Tests a join.
         *
         * @param pool the pool to join
         * @param host the candidate host
         * @param context the context
         * @return true if the condition holds
         */
        boolean test(Pool pool, Host host, JoinContext context);
    }

    /**
     * Makes a rule from an id, a description and a check.
     *
     * @param id the stable id
     * @param description what the rule checks
     * @param check the check
     * @return the rule
     * @throws IllegalArgumentException if the id is blank
     */
    static JoinRule of(String id, String description, Check check) {
        return ComposedRules.of(id, description, check);
    }

    /**
     * Makes a rule that describes itself: its id and description are the descriptor's id and
     * title. Its check can start its violations with {@link Violation#of(RuleDescriptor, Subject)}
     * so that they take their severity, xapi error and fixability from the descriptor.
     *
     * @param descriptor what the rule is
     * @param check the check
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    static JoinRule of(RuleDescriptor descriptor, Check check) {
        return ComposedRules.of(descriptor, check);
    }

    /**
     * Groups rules under one id: every rule runs, and their violations come in the order of the
     * rules. A rule of the group that cannot answer becomes a {@link #FAILED} blocker; the others
     * still run.
     *
     * @param id the group's id
     * @param description what the group checks
     * @param rules the rules, at least one
     * @return the group
     * @throws NullPointerException if a rule is null; the message gives its index
     * @throws IllegalArgumentException if there is no rule, or a rule's id is null, blank or
     *     cannot be read; the message gives its index and class
     */
    static JoinRule allOf(String id, String description, JoinRule... rules) {
        Objects.requireNonNull(rules, "rules");
        return ComposedRules.allOf(id, description, Arrays.asList(rules));
    }

    /**
     * Returns this rule applied only when a condition holds; otherwise it finds nothing. A
     * condition that throws makes a {@link #FAILED} blocker, like a rule that throws.
     *
     * @param condition the condition
     * @param conditionDescription the condition in words, such as {@code "the CPU vendors match"}
     * @return the conditional rule, with the same id
     */
    default JoinRule onlyWhen(Condition condition, String conditionDescription) {
        return ComposedRules.onlyWhen(this, condition, conditionDescription);
    }

    /**
     * Returns this rule with every violation at the given severity, except a {@link #FAILED}
     * violation, which stays a blocker: a rule that cannot answer never lets a join through.
     *
     * @param severity the severity
     * @return the rule, with the same id
     */
    default JoinRule withSeverity(Severity severity) {
        return ComposedRules.withSeverity(this, severity);
    }

    /**
     * Returns this rule with a reason attached to its description and to every violation.
     *
     * @param reason why the rule applies
     * @return the rule, with the same id
     */
    default JoinRule because(String reason) {
        return ComposedRules.because(this, reason);
    }
}
