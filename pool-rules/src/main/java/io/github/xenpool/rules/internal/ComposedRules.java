package io.github.xenpool.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * The implementations behind {@link JoinRule}'s factories and combinators.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ComposedRules {

    private ComposedRules() {
    }

    /**
     * See {@link JoinRule#of(String, String, JoinRule.Check)}.
     *
     * @param id the id
     * @param description the description
     * @param check the check
     * @return the rule
     */
    public static JoinRule of(String id, String description, JoinRule.Check check) {
        // The descriptor checks the id.
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        return new LambdaRule(RuleDescriptor.of(id, description, Severity.BLOCKER), Objects.requireNonNull(check, "check"));
    }

    /**
     * See {@link JoinRule#of(RuleDescriptor, JoinRule.Check)}.
     *
     * @param descriptor the descriptor
     * @param check the check
     * @return the rule
     */
    public static JoinRule of(RuleDescriptor descriptor, JoinRule.Check check) {
        return new LambdaRule(Objects.requireNonNull(descriptor, "descriptor"), Objects.requireNonNull(check, "check"));
    }

    /**
     * Reads a rule's descriptor, checking that it describes the rule.
     *
     * @param rule the rule
     * @param id the rule's id, as read once
     * @return the descriptor
     * @throws IllegalStateException if the rule's descriptor() throws, answers null or describes
     *     another id; the message names the rule and its class
     */
    public static RuleDescriptor describe(JoinRule rule, String id) {
        RuleDescriptor descriptor;
        try {
            descriptor = rule.descriptor();
        } catch (Throwable failure) {
            RuleFailures.requireContainable(failure);
            throw new IllegalStateException("rule " + id + " (" + rule.getClass().getName()
                    + ") cannot describe itself: its descriptor() threw " + failure.getClass().getName(), failure);
        }
        if (descriptor == null || !descriptor.id().equals(id)) {
            throw new IllegalStateException("rule " + id + " (" + rule.getClass().getName() + ") "
                    + (descriptor == null ? "answers a null descriptor"
                    : "has a descriptor of another id, " + Text.quoted(descriptor.id())));
        }
        return descriptor;
    }

    /**
     * See {@link JoinRule#allOf(String, String, JoinRule...)}.
     *
     * @param id the id
     * @param description the description
     * @param rules the rules
     * @return the group
     */
    public static JoinRule allOf(String id, String description, List<JoinRule> rules) {
        requireId(id);
        Objects.requireNonNull(description, "description");
        List<JoinRule> members = new ArrayList<>(Objects.requireNonNull(rules, "rules"));
        if (members.isEmpty()) {
            throw new IllegalArgumentException("rule group " + id + " needs at least one rule");
        }
        for (int index = 0; index < members.size(); index++) {
            requireId(members.get(index), index, "rule group " + id);
        }
        return new AllOf(id, description, List.copyOf(members));
    }

    /**
     * Describes a group: it blocks when any of its rules does, stands for all their xapi errors
     * and comes from all their sources, and configuration fixes it only when it fixes each rule.
     */
    private static RuleDescriptor group(String id, String description, List<JoinRule> rules) {
        List<RuleDescriptor> parts = new ArrayList<>(rules.size());
        for (JoinRule member : rules) {
            parts.add(describe(member, member.id()));
        }
        Severity severity = Severity.INFO;
        List<XapiError> errors = new ArrayList<>();
        List<RuleDescriptor.Source> sources = new ArrayList<>();
        boolean fixable = true;
        for (RuleDescriptor part : parts) {
            severity = part.defaultSeverity().compareTo(severity) < 0 ? part.defaultSeverity() : severity;
            for (XapiError error : part.xapiErrors()) {
                if (!errors.contains(error)) {
                    errors.add(error);
                }
            }
            for (RuleDescriptor.Source source : part.sources()) {
                if (!sources.contains(source)) {
                    sources.add(source);
                }
            }
            fixable &= part.fixableByConfiguration();
        }
        // A group of checks is not one check of xapi: it runs in no release of its own.
        return new RuleDescriptor(id, description, severity, errors, sources, fixable, Optional.empty(),
                Optional.empty());
    }

    /**
     * See {@link JoinRule#onlyWhen(JoinRule.Condition, String)}.
     *
     * @param rule the rule
     * @param condition the condition
     * @param conditionDescription the condition in words
     * @return the conditional rule
     */
    public static JoinRule onlyWhen(JoinRule rule, JoinRule.Condition condition, String conditionDescription) {
        return new OnlyWhen(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(condition, "condition"),
                Objects.requireNonNull(conditionDescription, "conditionDescription"));
    }

    /**
     * See {@link JoinRule#withSeverity(Severity)}.
     *
     * @param rule the rule
     * @param severity the severity
     * @return the rule at that severity
     */
    public static JoinRule withSeverity(JoinRule rule, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        // A rule that could not answer has checked nothing, so no severity makes its failure harmless.
        return new Mapped(Objects.requireNonNull(rule, "rule"), " (" + severity + ")",
                v -> v.ruleId().equals(JoinRule.FAILED) ? v : v.withSeverity(severity),
                d -> d.withDefaultSeverity(severity));
    }

    /**
     * See {@link JoinRule#because(String)}.
     *
     * @param rule the rule
     * @param reason the reason
     * @return the rule with the reason
     */
    public static JoinRule because(JoinRule rule, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a reason must say something");
        }
        return new Mapped(Objects.requireNonNull(rule, "rule"), ", because " + reason, v -> v.because(reason),
                d -> d.because(reason));
    }

    /**
     * Tells what a rule made by {@link JoinRule#onlyWhen(JoinRule.Condition, String)} with exactly
     * this condition instance applies, for code that reasons about what rules read.
     *
     * @param rule any rule
     * @param condition the condition, compared by identity
     * @return the conditioned rule, or empty if {@code rule} is not that rule under that condition
     */
    public static Optional<JoinRule> conditionedOn(JoinRule rule, JoinRule.Condition condition) {
        if (rule instanceof OnlyWhen && ((OnlyWhen) rule).condition() == condition) {
            return Optional.of(((OnlyWhen) rule).rule());
        }
        return Optional.empty();
    }

    /**
     * Evaluates a rule so that whatever it does becomes violations: its own, or one
     * {@code rule.failed} blocker when it throws, returns null or returns a list holding null.
     * Only the errors {@link RuleFailures#requireContainable(Throwable)} lets through propagate.
     * A rule that answers allocates nothing here.
     *
     * @param rule the rule
     * @param pool the pool
     * @param host the host
     * @param context the context
     * @return the violations, never null and never holding null
     */
    public static List<Violation> evaluateSafely(JoinRule rule, Pool pool, Host host, JoinContext context) {
        List<Violation> found;
        int nullAt;
        try {
            found = rule.evaluate(pool, host, context);
            nullAt = found == null ? -1 : indexOfNull(found);
        } catch (Throwable failure) {
            RuleFailures.requireContainable(failure);
            return List.of(RuleFailures.violation(rule, host, failure));
        }
        if (found == null) {
            return List.of(RuleFailures.violation(rule, host,
                    new IllegalStateException("rule returned null instead of a list of violations")));
        }
        if (nullAt >= 0) {
            return List.of(RuleFailures.violation(rule, host,
                    new IllegalStateException("rule returned a list holding null at index " + nullAt
                            + " instead of a violation")));
        }
        return found;
    }

    private static int indexOfNull(List<Violation> found) {
        if (found instanceof RandomAccess) {
            for (int i = 0, n = found.size(); i < n; i++) {
                if (found.get(i) == null) {
                    return i;
                }
            }
            return -1;
        }
        int i = 0;
        for (Violation violation : found) {
            if (violation == null) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /**
     * Checks a rule given to a rule set or a rule group, and reads its id once.
     *
     * @param rule the rule
     * @param index its index in the list it was given in
     * @param owner what it was given to, such as {@code rule set xenServer56}
     * @return its id
     * @throws NullPointerException if the rule is null
     * @throws IllegalArgumentException if its id is null, blank, padded or cannot be read
     */
    public static String requireId(JoinRule rule, int index, String owner) {
        if (rule == null) {
            throw new NullPointerException("rules[" + index + "] is null (" + owner + ")");
        }
        String id;
        try {
            id = rule.id();
        } catch (Throwable failure) {
            RuleFailures.requireContainable(failure);
            throw new IllegalArgumentException(owner + ": the rule at index " + index + " ("
                    + rule.getClass().getName() + ") cannot say its id: its id() threw "
                    + failure.getClass().getName(), failure);
        }
        if (id == null || !isWord(id)) {
            throw new IllegalArgumentException(owner + ": the rule at index " + index + " ("
                    + rule.getClass().getName() + ") has "
                    + (id == null ? "a null id" : "the id " + Text.quoted(id))
                    + "; a rule id is a non-blank word such as cpu.vendor");
        }
        return id;
    }

    private static boolean isWord(String id) {
        return !id.isBlank() && id.equals(id.strip());
    }

    private static void requireId(String id) {
        Objects.requireNonNull(id, "id");
        if (!isWord(id)) {
            throw new IllegalArgumentException("a rule id is a non-blank word such as cpu.vendor, got " + Text.quoted(id));
        }
    }

    private record LambdaRule(RuleDescriptor descriptor, JoinRule.Check check) implements JoinRule {
        @Override
        public String id() {
            return descriptor.id();
        }

        @Override
        public String description() {
            return descriptor.title();
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            return check.evaluate(pool, host, context);
        }
    }

    private record AllOf(String id, String description, List<JoinRule> rules) implements JoinRule {
        @Override
        public RuleDescriptor descriptor() {
            return group(id, description, rules);
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            List<Violation> all = List.of();
            for (JoinRule rule : rules) {
                List<Violation> more = evaluateSafely(rule, pool, host, context);
                if (!more.isEmpty()) {
                    if (all.isEmpty()) {
                        all = new ArrayList<>();
                    }
                    all.addAll(more);
                }
            }
            return all;
        }
    }

    private record OnlyWhen(JoinRule rule, JoinRule.Condition condition, String conditionDescription)
            implements JoinRule {
        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public String description() {
            return rule.description() + ", only when " + conditionDescription;
        }

        @Override
        public RuleDescriptor descriptor() {
            RuleDescriptor described = describe(rule, rule.id());
            return described.withTitle(described.title() + ", only when " + conditionDescription);
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            boolean holds;
            try {
                holds = condition.test(pool, host, context);
            } catch (Throwable failure) {
                RuleFailures.requireContainable(failure);
                return List.of(RuleFailures.violation(this, host, failure));
            }
            return holds ? evaluateSafely(rule, pool, host, context) : List.of();
        }
    }

    /** A rule whose every violation passes through {@code change}: the base of severity and reason. */
    private record Mapped(JoinRule rule, String descriptionSuffix, UnaryOperator<Violation> change,
            UnaryOperator<RuleDescriptor> redescribe) implements JoinRule {
        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public String description() {
            return rule.description() + descriptionSuffix;
        }

        @Override
        public RuleDescriptor descriptor() {
            RuleDescriptor described = describe(rule, rule.id());
            return redescribe.apply(described.withTitle(described.title() + descriptionSuffix));
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            List<Violation> found = evaluateSafely(rule, pool, host, context);
            if (found.isEmpty()) {
                return found;
            }
            List<Violation> changed = new ArrayList<>(found.size());
            for (Violation violation : found) {
                changed.add(change.apply(violation));
            }
            return changed;
        }
    }
}
