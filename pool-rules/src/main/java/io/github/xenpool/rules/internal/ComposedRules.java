package io.github.xenpool.rules.internal;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The implementations behind {@link JoinRule}'s factories and combinators.
 */
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
        return new LambdaRule(requireId(id), Objects.requireNonNull(description, "description"),
                Objects.requireNonNull(check, "check"));
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
        List<JoinRule> copy = List.copyOf(rules);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("rule group " + id + " needs at least one rule");
        }
        return new AllOf(requireId(id), Objects.requireNonNull(description, "description"), copy);
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
        return new Mapped(Objects.requireNonNull(rule, "rule"), " (" + severity + ")", v -> v.withSeverity(severity));
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
        return new Mapped(Objects.requireNonNull(rule, "rule"), ", because " + reason, v -> v.because(reason));
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
     * {@code rule.failed} blocker when it throws or returns null.
     *
     * @param rule the rule
     * @param pool the pool
     * @param host the host
     * @param context the context
     * @return the violations, never null
     */
    public static List<Violation> evaluateSafely(JoinRule rule, Pool pool, Host host, JoinContext context) {
        List<Violation> found;
        try {
            found = rule.evaluate(pool, host, context);
        } catch (RuntimeException e) {
            return List.of(RuleFailures.violation(rule.id(), host, e));
        }
        if (found == null) {
            return List.of(RuleFailures.violation(rule.id(), host,
                    new IllegalStateException("rule returned null instead of a list of violations")));
        }
        return found;
    }

    private static String requireId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || !id.equals(id.strip())) {
            throw new IllegalArgumentException("a rule id is a non-blank word such as cpu.vendor, got \"" + id + "\"");
        }
        return id;
    }

    private record LambdaRule(String id, String description, JoinRule.Check check) implements JoinRule {
        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            return check.evaluate(pool, host, context);
        }
    }

    private record AllOf(String id, String description, List<JoinRule> rules) implements JoinRule {
        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            List<Violation> all = new ArrayList<>();
            for (JoinRule rule : rules) {
                all.addAll(evaluateSafely(rule, pool, host, context));
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
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            return condition.test(pool, host, context) ? rule.evaluate(pool, host, context) : List.of();
        }
    }

    /** A rule whose every violation passes through {@code change}: the base of severity and reason. */
    private record Mapped(JoinRule rule, String descriptionSuffix, UnaryOperator<Violation> change)
            implements JoinRule {
        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public String description() {
            return rule.description() + descriptionSuffix;
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            List<Violation> found = rule.evaluate(pool, host, context);
            List<Violation> changed = new ArrayList<>(found.size());
            for (Violation violation : found) {
                changed.add(change.apply(violation));
            }
            return changed;
        }
    }
}
