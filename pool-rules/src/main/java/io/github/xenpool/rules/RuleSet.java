package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.internal.ComposedRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * An ordered, named, immutable collection of join rules with the context they run in by default
 * and the CPU level policy of the XenServer era they describe. Adding, removing or replacing a
 * rule returns a new rule set.
 *
 * <p>{@link #evaluate(Pool, Host)} runs every rule and returns one {@link JoinReport} with all
 * the problems at once. It never throws for valid model values: a rule that throws, or answers
 * null, becomes a {@link JoinRule#FAILED} blocker, and every other rule still runs.
 *
 * <pre>{@code
 * RuleSet mine = RuleSets.xenServer56().remove("clock.sync");
 * JoinReport report = mine.evaluate(pool, host);        // every rule runs, every problem is kept
 * List<String> blocking = report.blockingRuleIds();     // empty unless the join is blocked
 * JoinReport allowed = mine.check(pool, host);          // or throw JoinBlockedException
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class RuleSet {

    private final String name;
    private final List<JoinRule> rules;
    // Read once, when the rule set is made: a rule's id() is code that could change its answer or throw.
    private final List<String> ids;
    private final JoinContext defaultContext;
    private final CpuLevelPolicy cpuLevelPolicy;
    // Worked out on first evaluation (racing threads work out the same); empty when a rule cannot
    // describe itself.
    private final AtomicReference<Optional<Set<String>>> xapiChecks = new AtomicReference<>();

    private RuleSet(String name, List<JoinRule> rules, List<String> ids, JoinContext defaultContext,
            CpuLevelPolicy cpuLevelPolicy) {
        this.name = name;
        this.rules = rules;
        this.ids = ids;
        this.defaultContext = defaultContext;
        this.cpuLevelPolicy = cpuLevelPolicy;
    }

    /**
     * Makes a rule set.
     *
     * @param name its name, such as {@code xenServer56}
     * @param cpuLevelPolicy how the pool's CPU level follows from its members
     * @param defaultContext the context {@link #evaluate(Pool, Host)} uses
     * @param rules the rules in order; ids must be unique
     * @return the rule set
     * @throws NullPointerException if a rule is null; the message gives its index
     * @throws IllegalArgumentException if two rules share an id, a rule's id is null, blank or
     *     cannot be read (the message gives the rule's index and class), or the name is blank
     */
    public static RuleSet of(String name, CpuLevelPolicy cpuLevelPolicy, JoinContext defaultContext,
            List<JoinRule> rules) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cpuLevelPolicy, "cpuLevelPolicy");
        Objects.requireNonNull(defaultContext, "defaultContext");
        List<JoinRule> given = new ArrayList<>(Objects.requireNonNull(rules, "rules"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("a rule set needs a name");
        }
        List<String> ids = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < given.size(); index++) {
            String id = ComposedRules.requireId(given.get(index), index, "rule set " + name);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("rule set " + name + " has two rules with id " + id
                        + "; ids are unique so that rules can be replaced and removed by id");
            }
            ids.add(id);
        }
        return new RuleSet(name, List.copyOf(given), List.copyOf(ids), defaultContext, cpuLevelPolicy);
    }

    /**
     * Returns the rule set's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the rules in order.
     *
     * @return an unmodifiable list
     */
    public List<JoinRule> rules() {
        return rules;
    }

    /**
     * Returns the rules' ids in order.
     *
     * @return an unmodifiable list
     */
    public List<String> ruleIds() {
        return ids;
    }

    /**
     * Describes the rules in order, without running them: what each checks, its default severity,
     * the xapi errors it stands for, its sources and whether configuration can fix what it blocks.
     *
     * @return an unmodifiable list, one descriptor per rule, in rule order
     * @throws IllegalStateException if a rule cannot describe itself: its descriptor() throws,
     *     answers null or describes another id; the message names the rule
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> described = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            described.add(ComposedRules.describe(rules.get(i), ids.get(i)));
        }
        return List.copyOf(described);
    }

    /**
     * The ids of the rules that are xapi's checks, read from their descriptors once; null when a
     * rule cannot describe itself, so that every rule that could not check counts.
     */
    private Set<String> xapiChecks() {
        Optional<Set<String>> known = xapiChecks.get();
        if (known == null) {
            Set<String> found = new HashSet<>();
            try {
                for (RuleDescriptor descriptor : descriptors()) {
                    if (descriptor.xapiReleases().isPresent()) {
                        found.add(descriptor.id());
                    }
                }
                known = Optional.of(Set.copyOf(found));
            } catch (IllegalStateException cannotDescribe) {
                known = Optional.empty();
            }
            xapiChecks.set(known);
        }
        return known.orElse(null);
    }

    /**
     * Finds a rule by id.
     *
     * @param id the id
     * @return the rule, or empty
     */
    public Optional<JoinRule> rule(String id) {
        Objects.requireNonNull(id, "id");
        int index = ids.indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(rules.get(index));
    }

    /**
     * Returns the context {@link #evaluate(Pool, Host)} uses.
     *
     * @return the default context
     */
    public JoinContext defaultContext() {
        return defaultContext;
    }

    /**
     * Returns how the pool's CPU level follows from its members under this rule set.
     *
     * @return the policy
     */
    public CpuLevelPolicy cpuLevelPolicy() {
        return cpuLevelPolicy;
    }

    /**
     * Returns a rule set with one more rule, after the others.
     *
     * @param rule the rule; its id must be new
     * @return the new rule set
     * @throws IllegalArgumentException if a rule with that id is already here, or the rule's id
     *     is null, blank or cannot be read
     */
    public RuleSet add(JoinRule rule) {
        Objects.requireNonNull(rule, "rule");
        List<JoinRule> more = new ArrayList<>(rules);
        more.add(rule);
        return of(name, cpuLevelPolicy, defaultContext, more);
    }

    /**
     * Returns a rule set with one more rule, right after the rule of the given id.
     *
     * @param id the id of the rule to follow
     * @param rule the rule; its id must be new
     * @return the new rule set
     * @throws IllegalArgumentException if there is no rule with that id, or the new rule's id is
     *     taken, null, blank or cannot be read
     */
    public RuleSet addAfter(String id, JoinRule rule) {
        Objects.requireNonNull(rule, "rule");
        requirePresent(id);
        List<JoinRule> more = new ArrayList<>(rules);
        more.add(ids.indexOf(id) + 1, rule);
        return of(name, cpuLevelPolicy, defaultContext, more);
    }

    /**
     * Returns a rule set without the rule of the given id.
     *
     * @param id the id
     * @return the new rule set
     * @throws IllegalArgumentException if there is no rule with that id; the message lists the ids
     */
    public RuleSet remove(String id) {
        requirePresent(id);
        List<JoinRule> fewer = new ArrayList<>(rules);
        fewer.remove(ids.indexOf(id));
        return of(name, cpuLevelPolicy, defaultContext, fewer);
    }

    /**
     * Returns a rule set with the rule of the given id replaced, in the same place.
     *
     * @param id the id of the rule to replace
     * @param replacement the new rule; it may have another id, if that id is not taken
     * @return the new rule set
     * @throws IllegalArgumentException if there is no rule with that id, or the replacement's id
     *     is taken, null, blank or cannot be read
     */
    public RuleSet replace(String id, JoinRule replacement) {
        Objects.requireNonNull(replacement, "replacement");
        requirePresent(id);
        List<JoinRule> replaced = new ArrayList<>(rules);
        replaced.set(ids.indexOf(id), replacement);
        return of(name, cpuLevelPolicy, defaultContext, replaced);
    }

    /**
     * Returns this rule set with another default context.
     *
     * @param context the context
     * @return the new rule set
     */
    public RuleSet withDefaultContext(JoinContext context) {
        return new RuleSet(name, rules, ids, Objects.requireNonNull(context, "context"), cpuLevelPolicy);
    }

    /**
     * Returns this rule set under another name.
     *
     * @param newName the name
     * @return the new rule set
     */
    public RuleSet named(String newName) {
        return of(Objects.requireNonNull(newName, "newName"), cpuLevelPolicy, defaultContext, rules);
    }

    private void requirePresent(String id) {
        Objects.requireNonNull(id, "id");
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("rule set " + name + " has no rule " + id + "; its rules are "
                    + String.join(", ", ruleIds()));
        }
    }

    /**
     * Checks whether a host may join a pool, with this rule set's default context.
     *
     * @param pool the pool
     * @param host the candidate host
     * @return the report of every rule
     */
    public JoinReport evaluate(Pool pool, Host host) {
        return evaluate(pool, host, defaultContext);
    }

    /**
     * Checks whether a host may join a pool: runs every rule and gathers all violations.
     *
     * @param pool the pool
     * @param host the candidate host
     * @param context limits, tolerances and the licence server
     * @return the report
     */
    public JoinReport evaluate(Pool pool, Host host, JoinContext context) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(context, "context");
        JoinContext scoped = context.scopedTo(pool, host);
        List<Violation> found = List.of();
        for (JoinRule rule : rules) {
            List<Violation> more = ComposedRules.evaluateSafely(rule, pool, host, scoped);
            if (!more.isEmpty()) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.addAll(more);
            }
        }
        return JoinReport.of(name, pool, host, found, cpuLevelPolicy, scoped, xapiChecks());
    }

    /**
     * Checks a join with this rule set's default context and throws when it is blocked: the
     * counterpart of {@link #evaluate(Pool, Host)} for code that must not go on, as ArchUnit's
     * {@code check} is for its {@code evaluate}.
     *
     * @param pool the pool
     * @param host the candidate host
     * @return the report of a join that may go ahead (ALLOWED or ALLOWED_WITH_MASKING)
     * @throws JoinBlockedException if a rule found a blocker; it carries the report
     */
    public JoinReport check(Pool pool, Host host) {
        return check(pool, host, defaultContext);
    }

    /**
     * Checks a join and throws when it is blocked.
     *
     * @param pool the pool
     * @param host the candidate host
     * @param context limits, tolerances and the licence server
     * @return the report of a join that may go ahead
     * @throws JoinBlockedException if a rule found a blocker; it carries the report
     */
    public JoinReport check(Pool pool, Host host, JoinContext context) {
        JoinReport report = evaluate(pool, host, context);
        if (report.verdict() == Verdict.BLOCKED) {
            throw new JoinBlockedException(report);
        }
        return report;
    }

    @Override
    public String toString() {
        return "RuleSet[" + name + ": " + String.join(", ", ruleIds()) + "]";
    }
}
