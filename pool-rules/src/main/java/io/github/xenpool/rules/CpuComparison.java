package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.Masking;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The comparison of a joining host's CPU features with a pool's CPU level, worked out once per
 * evaluation: the CPU rules, the report's resulting level and the lifecycle's join all read
 * this one value, so they cannot disagree.
 *
 * <p>It holds both views the rule sets need: under the pool's mask, the masking plan of
 * XenServer 5.6 ({@link #masking()}); in full, what levelling keeps and loses
 * ({@link #lacking()}, {@link #beyond()}). {@link #levelAfter(CpuLevelPolicy)} is the pool's
 * level once the host has joined, and {@link #removedFromLevel(CpuLevelPolicy)} names every
 * feature the join takes from it, including features the mask does not compare.
 *
 * <p>When the pool's level or the host's features are unknown, the comparison is unknown
 * ({@link #isKnown()} is false) and says which facts are missing; it never assumes a value.
 * Get it from {@link JoinContext#cpuComparison(Pool, Host)} inside a rule.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CpuComparison {

    private static final MaskingPlan EQUAL = new MaskingPlan(MaskingPlan.Outcome.NOT_NEEDED, FeatureSet.EMPTY,
            FeatureSet.EMPTY, FeatureSet.EMPTY);

    private final String hostname;
    private final Optional<CpuLevel> poolLevel;
    private final Optional<FeatureSet> hostFeatures;
    private final List<String> unknownFacts;
    // Null exactly when the comparison is unknown.
    private final MaskingPlan masking;

    private CpuComparison(String hostname, Optional<CpuLevel> poolLevel, Optional<FeatureSet> hostFeatures,
            List<String> unknownFacts, MaskingPlan masking) {
        this.hostname = hostname;
        this.poolLevel = poolLevel;
        this.hostFeatures = hostFeatures;
        this.unknownFacts = unknownFacts;
        this.masking = masking;
    }

    /**
     * Compares a host's CPU features with a pool's level.
     *
     * @param pool the pool
     * @param host the joining host
     * @return the comparison, unknown when a fact it needs is unknown
     */
    public static CpuComparison of(Pool pool, Host host) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
        Optional<CpuLevel> level = pool.cpuLevel();
        Optional<FeatureSet> features = host.cpu().physicalFeatures();
        if (level.isEmpty() || features.isEmpty()) {
            List<String> unknown = new ArrayList<>(2);
            if (level.isEmpty()) {
                unknown.add("the CPU level of pool " + Text.name(pool.name()) + " (the CPU features of "
                        + String.join(", ", membersWithUnknownFeatures(pool)) + ")");
            }
            if (features.isEmpty()) {
                unknown.add("the CPU features of " + Text.name(host.hostname()));
            }
            return new CpuComparison(host.hostname(), level, features, List.copyOf(unknown), null);
        }
        // Most joins compare equal CPUs: answer those without building any feature set.
        MaskingPlan plan = level.get().mask().equalUnder(features.get(), level.get().features()) ? EQUAL
                : Masking.plan(host.cpu().maskingSupport(), features.get(), level.get().features(), level.get().mask());
        return new CpuComparison(host.hostname(), level, features, List.of(), plan);
    }

    private static List<String> membersWithUnknownFeatures(Pool pool) {
        List<String> names = new ArrayList<>();
        for (Host member : pool.members()) {
            if (member.cpu().features().isEmpty()) {
                names.add(Text.name(member.hostname()));
            }
        }
        return names;
    }

    /**
     * Tells whether both the pool's level and the host's features are known.
     *
     * @return true if the comparison could be made
     */
    public boolean isKnown() {
        return masking != null;
    }

    /**
     * Names the facts that keep the comparison from being made.
     *
     * @return such as {@code the CPU features of xs-05}; empty when the comparison is known
     */
    public List<String> unknownFacts() {
        return unknownFacts;
    }

    /**
     * Returns the pool's CPU level before the join.
     *
     * @return the level, or empty when unknown
     */
    public Optional<CpuLevel> poolLevel() {
        return poolLevel;
    }

    /**
     * Returns the joining host's physical CPU features.
     *
     * @return the features, or empty when unknown
     */
    public Optional<FeatureSet> hostFeatures() {
        return hostFeatures;
    }

    /**
     * Tells whether the host's features equal the pool's level under the pool's mask.
     *
     * @return true if known and equal
     */
    public boolean isEqualUnderMask() {
        return masking != null && masking.outcome() == MaskingPlan.Outcome.NOT_NEEDED;
    }

    /**
     * Returns the masking plan of XenServer 5.6: under the pool's mask, the features the host
     * lacks, the features it must hide and whether it can.
     *
     * @return the plan
     * @throws IllegalStateException if the comparison is unknown; the message names the facts
     */
    public MaskingPlan masking() {
        return requireKnown(masking);
    }

    /**
     * Returns the features of the pool's level the host lacks, compared in full (levelling).
     *
     * @return the features the pool's level would lose
     * @throws IllegalStateException if the comparison is unknown
     */
    public FeatureSet lacking() {
        requireKnown(masking);
        return poolLevel.get().features().minus(hostFeatures.get());
    }

    /**
     * Returns the host's features beyond the pool's level, compared in full (levelling).
     *
     * @return the features that stay hidden while the host is in the pool
     * @throws IllegalStateException if the comparison is unknown
     */
    public FeatureSet beyond() {
        requireKnown(masking);
        return hostFeatures.get().minus(poolLevel.get().features());
    }

    /**
     * Returns the pool's CPU level once the host has joined. Under {@link CpuLevelPolicy#MASKING}
     * the host exposes its features minus those the masking plan hides, and a host the plan
     * cannot bring to the pool's level does not join; under {@link CpuLevelPolicy#LEVELLING}
     * the level is the intersection of the pool's and the host's features.
     *
     * @param policy how the level follows from the members
     * @return the level after the join, or empty when the comparison is unknown or the host
     *     cannot join under the policy
     */
    public Optional<CpuLevel> levelAfter(CpuLevelPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (masking == null) {
            return Optional.empty();
        }
        CpuLevel level = poolLevel.get();
        FeatureSet host = hostFeatures.get();
        switch (policy) {
            case MASKING:
                return masking.isPossible()
                        ? Optional.of(level.withFeatures(level.features().intersect(host.minus(masking.hidden()))))
                        : Optional.empty();
            case LEVELLING:
                return Optional.of(level.withFeatures(level.features().intersect(host)));
            default:
                throw new IllegalArgumentException("unknown CPU level policy " + policy);
        }
    }

    /**
     * Returns every feature the join takes from the pool's level, compared or not.
     *
     * @param policy how the level follows from the members
     * @return the pool's features minus those of the level after the join; empty when the
     *     level after the join is unknown
     */
    public FeatureSet removedFromLevel(CpuLevelPolicy policy) {
        return levelAfter(policy).map(after -> poolLevel.get().features().minus(after.features()))
                .orElse(FeatureSet.EMPTY);
    }

    private <T> T requireKnown(T value) {
        if (value == null) {
            throw new IllegalStateException("the CPU comparison of " + Text.name(hostname) + " is unknown: "
                    + String.join("; ", unknownFacts) + " unknown");
        }
        return value;
    }

    @Override
    public String toString() {
        return "CpuComparison[" + Text.name(hostname) + ": " + (masking == null ? "unknown: " + unknownFacts
                : masking.outcome() + ", level " + poolLevel.get().describe()) + "]";
    }
}
