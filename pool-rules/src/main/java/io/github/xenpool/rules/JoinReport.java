package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.internal.ReportText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The answer to "may this host join this pool?": the verdict, every violation in a
 * deterministic order (blockers first, then warnings, then notes, each in rule order), the CPU
 * masking plan, the pool's CPU level after the join, and a plain-text rendering for a terminal.
 *
 * <pre>{@code
 * JoinReport report = RuleSets.xenServer56().evaluate(pool, host);
 * for (Violation blocker : report.blockers()) {
 *     System.out.println(blocker.ruleId() + ": " + blocker.message());
 * }
 * report.maskingPlan().ifPresent(plan -> System.out.println("hides " + plan.hiddenNames()));
 * System.out.print(report.render());
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class JoinReport {

    private static final Comparator<Violation> BY_SEVERITY = Comparator.comparing(Violation::severity);

    private final String ruleSetName;
    private final String poolId;
    private final String poolName;
    private final String hostId;
    private final String hostname;
    private final List<Violation> violations;
    // The violations in rule order, and the ids of the rules that are xapi's checks (null: unknown,
    // when the report was made without its rule set), for xapiAnswer().
    private final List<Violation> inRuleOrder;
    private final Set<String> xapiChecks;
    private final Verdict verdict;
    // The level is worked out on demand: most reports, in fleets, are never asked for it.
    private final Pool pool;
    private final Host host;
    private final CpuLevelPolicy policy;
    private final JoinContext context;

    private JoinReport(String ruleSetName, Pool pool, Host host, List<Violation> violations,
            List<Violation> inRuleOrder, Set<String> xapiChecks, CpuLevelPolicy policy, JoinContext context) {
        this.ruleSetName = ruleSetName;
        this.poolId = pool.id();
        this.poolName = pool.name();
        this.hostId = host.id();
        this.hostname = host.hostname();
        this.violations = violations;
        this.inRuleOrder = inRuleOrder;
        this.xapiChecks = xapiChecks;
        this.pool = pool;
        this.host = host;
        this.policy = policy;
        this.context = context;
        this.verdict = verdictOf(violations);
    }

    private static Verdict verdictOf(List<Violation> violations) {
        boolean masking = false;
        for (Violation violation : violations) {
            if (violation.isBlocker()) {
                return Verdict.BLOCKED;
            }
            masking |= isMaskingPlan(violation);
        }
        return masking ? Verdict.ALLOWED_WITH_MASKING : Verdict.ALLOWED;
    }

    private static boolean isMaskingPlan(Violation violation) {
        return violation.details() instanceof ViolationDetails.CpuFeatures
                && ((ViolationDetails.CpuFeatures) violation.details()).rebootRequired();
    }

    /**
     * Makes a report from the violations of a rule set's rules.
     *
     * @param ruleSetName the rule set's name
     * @param pool the pool
     * @param host the candidate host
     * @param violations the violations in rule order
     * @param policy how the pool's CPU level follows from its members, for
     *     {@link #resultingCpuLevel()}
     * @return the report, with the violations sorted blockers first
     */
    public static JoinReport of(String ruleSetName, Pool pool, Host host, List<Violation> violations,
            CpuLevelPolicy policy) {
        return of(ruleSetName, pool, host, violations, policy, JoinContext.defaults(), null);
    }

    /**
     * Makes a report from the violations of a rule set's rules, knowing which of the rules are
     * xapi's checks, for {@link #xapiAnswer()}.
     *
     * @param ruleSetName the rule set's name
     * @param pool the pool
     * @param host the candidate host
     * @param violations the violations in rule order
     * @param policy how the pool's CPU level follows from its members
     * @param xapiChecks the ids of the rules that are xapi's checks (whose descriptors have
     *     {@link RuleDescriptor#xapiReleases()})
     * @return the report, with the violations sorted blockers first
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinReport of(String ruleSetName, Pool pool, Host host, List<Violation> violations,
            CpuLevelPolicy policy, Set<String> xapiChecks) {
        return of(ruleSetName, pool, host, violations, policy, JoinContext.defaults(),
                Set.copyOf(Objects.requireNonNull(xapiChecks, "xapiChecks")));
    }

    // xapiChecks is null when unknown: then every rule that could not check counts for xapiAnswer().
    static JoinReport of(String ruleSetName, Pool pool, Host host, List<Violation> violations,
            CpuLevelPolicy policy, JoinContext context, Set<String> xapiChecks) {
        Objects.requireNonNull(ruleSetName, "ruleSetName");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            return new JoinReport(ruleSetName, pool, host, List.of(), List.of(), xapiChecks, policy, context);
        }
        List<Violation> inRuleOrder = List.copyOf(violations);
        List<Violation> sorted = new ArrayList<>(inRuleOrder);
        sorted.sort(BY_SEVERITY);
        return new JoinReport(ruleSetName, pool, host, List.copyOf(sorted), inRuleOrder, xapiChecks, policy,
                context);
    }

    private static Optional<ViolationDetails.CpuFeatures> maskingPlanOf(List<Violation> violations) {
        for (Violation violation : violations) {
            if (isMaskingPlan(violation)) {
                return Optional.of((ViolationDetails.CpuFeatures) violation.details());
            }
        }
        return Optional.empty();
    }

    /**
     * Foresees what xapi's own {@code pool.join} would answer: the first blocker, in rule order,
     * that stands for an xapi error, and the checks before it that could not run. This is xapi's
     * exact answer for a rule set whose rules are in xapi's order, as
     * {@link io.github.xenpool.rules.sets.RuleSets#xapi()} and
     * {@link io.github.xenpool.rules.sets.RuleSets#levelling()} are; rules that are not xapi's
     * checks (whose descriptors have no {@link RuleDescriptor#xapiReleases()}) do not make it
     * uncertain.
     *
     * @return the answer
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public XapiAnswer xapiAnswer() {
        List<Violation> unchecked = new ArrayList<>();
        for (Violation violation : inRuleOrder) {
            if (violation.isBlocker() && violation.xapiErrorCode().isPresent()) {
                return new XapiAnswer(Optional.of(violation), unchecked);
            }
            boolean couldNotRun = violation.ruleId().equals(JoinRule.FAILED)
                    || violation.details() instanceof ViolationDetails.UnknownFact
                    && (xapiChecks == null || xapiChecks.contains(violation.ruleId()));
            if (couldNotRun) {
                unchecked.add(violation);
            }
        }
        return new XapiAnswer(Optional.empty(), unchecked);
    }

    /**
     * Returns the ids of the rules of this report's rule set that are xapi's checks (whose
     * descriptors have {@link RuleDescriptor#xapiReleases()}), which {@link #xapiAnswer()} reads.
     *
     * @return the ids, or empty when the report was made without knowing them
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Optional<Set<String>> xapiChecks() {
        return Optional.ofNullable(xapiChecks);
    }

    /**
     * Returns the verdict.
     *
     * @return BLOCKED when any violation is a blocker; ALLOWED_WITH_MASKING when the host must be
     *     masked; ALLOWED otherwise
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Returns every violation: blockers first, then warnings, then notes, each in rule order.
     *
     * @return an unmodifiable list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the blockers.
     *
     * @return the violations of severity BLOCKER, in rule order
     */
    public List<Violation> blockers() {
        return ofSeverity(Severity.BLOCKER);
    }

    /**
     * Returns the ids of the rules that found a blocker, each once, in report order.
     *
     * @return an unmodifiable list, empty unless the verdict is BLOCKED
     */
    public List<String> blockingRuleIds() {
        if (verdict != Verdict.BLOCKED) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Violation violation : violations) {
            if (violation.isBlocker()) {
                ids.add(violation.ruleId());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Returns the warnings.
     *
     * @return the violations of severity WARNING, in rule order
     */
    public List<Violation> warnings() {
        return ofSeverity(Severity.WARNING);
    }

    /**
     * Returns the notes.
     *
     * @return the violations of severity INFO, in rule order
     */
    public List<Violation> notes() {
        return ofSeverity(Severity.INFO);
    }

    private List<Violation> ofSeverity(Severity severity) {
        if (violations.isEmpty()) {
            return List.of();
        }
        return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the violations of one rule.
     *
     * @param ruleId the rule's id
     * @return the violations with that id, in report order
     */
    public List<Violation> violationsOf(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return violations.stream().filter(v -> v.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether a rule found anything.
     *
     * @param ruleId the rule's id
     * @return true if the report has a violation of that rule
     */
    public boolean hasViolation(String ruleId) {
        return !violationsOf(ruleId).isEmpty();
    }

    /**
     * Returns the CPU masking plan: the features the host will hide, and that it must reboot.
     *
     * @return the plan, or empty when the host joins without a mask
     */
    public Optional<ViolationDetails.CpuFeatures> maskingPlan() {
        return maskingPlanOf(violations);
    }

    /**
     * Returns the comparison of the host's CPU features with the pool's level that the rules
     * of this report read.
     *
     * @return the comparison, worked out once per evaluation
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public CpuComparison cpuComparison() {
        return context.cpuComparison(pool, host);
    }

    /**
     * Returns the pool's CPU level once the host has joined, as the rule set's
     * {@link CpuLevelPolicy} has it: the same level as the masking plan's.
     *
     * @return the level, or empty when the join is blocked or the level is unknown
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public Optional<CpuLevel> resultingCpuLevel() {
        return verdict == Verdict.BLOCKED ? Optional.empty() : policy.levelAfter(cpuComparison());
    }

    /**
     * Names every feature the join takes from the pool's CPU level, whether the pool's mask
     * compares it or not.
     *
     * @return the features the pool loses; empty when it loses none or the join is blocked
     */
    public FeatureSet removedFromCpuLevel() {
        return verdict == Verdict.BLOCKED ? FeatureSet.EMPTY : cpuComparison().removedFromLevel(policy);
    }

    /**
     * Returns the name of the rule set that made this report.
     *
     * @return such as {@code xenServer56}
     */
    public String ruleSetName() {
        return ruleSetName;
    }

    /**
     * Returns the pool's id.
     *
     * @return the UUID
     */
    public String poolId() {
        return poolId;
    }

    /**
     * Returns the pool's name.
     *
     * @return the name label
     */
    public String poolName() {
        return poolName;
    }

    /**
     * Returns the candidate host's id.
     *
     * @return the UUID
     */
    public String hostId() {
        return hostId;
    }

    /**
     * Returns the candidate host's name.
     *
     * @return the host name
     */
    public String hostname() {
        return hostname;
    }

    /**
     * Renders the report for a terminal, at most 100 columns wide: the verdict, then each
     * problem with its subject, expected and actual values, and the steps that fix it.
     *
     * @return the text, ending in a line break
     */
    public String render() {
        return ReportText.render(this);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof JoinReport)) {
            return false;
        }
        JoinReport other = (JoinReport) obj;
        return ruleSetName.equals(other.ruleSetName) && poolId.equals(other.poolId) && poolName.equals(other.poolName)
                && hostId.equals(other.hostId) && hostname.equals(other.hostname)
                && violations.equals(other.violations) && inRuleOrder.equals(other.inRuleOrder)
                && Objects.equals(xapiChecks, other.xapiChecks) && resultingCpuLevel().equals(other.resultingCpuLevel());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSetName, poolId, hostId, violations);
    }

    /**
     * Summarizes the report on one line.
     *
     * @return for example {@code JoinReport[xs-04 -> prod-intel: BLOCKED, 2 blockers, 1 warning]}
     */
    @Override
    public String toString() {
        return "JoinReport[" + Text.name(hostname) + " -> " + Text.name(poolName) + ": " + verdict + ", "
                + ReportText.counts(this) + "]";
    }
}
