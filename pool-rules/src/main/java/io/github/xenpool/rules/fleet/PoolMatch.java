package io.github.xenpool.rules.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.rules.Verdict;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How one host fares against one pool: the verdict, what joining costs, and what stands in the
 * way.
 *
 * @param poolId the pool's id
 * @param poolName the pool's name
 * @param verdict the join report's verdict
 * @param hiddenFeatures how many CPU features the host would hide by masking (0 without a plan)
 * @param freeSlots how many more hosts the pool can take under the context's maximum
 * @param unfixableBlockers how many blockers configuration cannot fix (see
 *     {@link io.github.xenpool.rules.Violation#fixableByConfiguration()}): another CPU vendor,
 *     missing CPU features, a full pool, a failed rule
 * @param mismatchedKeys how many of the host's homogeneity keys (CPU vendor, product version,
 *     hotfixes, supplemental packs, licence edition, and the management VLAN where the rule set
 *     checks it) differ from the pool's
 * @param blockingRules the ids of the rules with a blocker, in report order, without repeats
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PoolMatch(String poolId, String poolName, Verdict verdict, int hiddenFeatures, int freeSlots,
        int unfixableBlockers, int mismatchedKeys, List<String> blockingRules) {

    /**
     * Checks and copies the components.
     *
     * @param poolId the pool's id
     * @param poolName the pool's name
     * @param verdict the verdict
     * @param hiddenFeatures the features the host would hide
     * @param freeSlots the pool's free slots
     * @param unfixableBlockers the blockers configuration cannot fix
     * @param mismatchedKeys the homogeneity keys that differ
     * @param blockingRules the blocking rules
     * @throws NullPointerException if a component is null
     */
    public PoolMatch {
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(poolName, "poolName");
        Objects.requireNonNull(verdict, "verdict");
        blockingRules = List.copyOf(blockingRules);
    }

    /**
     * Tells whether the host can join the pool.
     *
     * @return true for ALLOWED and ALLOWED_WITH_MASKING
     */
    public boolean joinable() {
        return verdict != Verdict.BLOCKED;
    }
}
