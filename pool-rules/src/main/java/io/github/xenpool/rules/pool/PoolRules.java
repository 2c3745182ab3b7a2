package io.github.xenpool.rules.pool;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinRule;
import org.apiguardian.api.API;

/**
 * Rules about the pool as a whole and the candidate's place in pools: size, HA, membership of
 * another pool, shared storage.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PoolRules {

    /** The id of {@link #size()}. */
    public static final String SIZE = "pool.size";
    /** The id of {@link #standaloneHost()}. */
    public static final String STANDALONE = "host.standalone";
    /** The id of {@link #haDisabled()}. */
    public static final String HA_DISABLED = "pool.ha-disabled";
    /** The id of {@link #sharedStorage()}. */
    public static final String SHARED_STORAGE = "pool.shared-storage";

    private PoolRules() {
    }

    /**
     * {@code pool.size}: BLOCKER when the pool already has the context's maximum number of hosts.
     * Details: {@code PoolSize}. xapi: {@code LICENCE_RESTRICTION} where a licence caps the size.
     * Not fixable by configuration: the host needs another pool.
     *
     * @return the rule
     */
    public static JoinRule size() {
        return new PoolSizeRule();
    }

    /**
     * {@code host.standalone}: BLOCKER when the candidate is a member of another pool, the master
     * of a pool with other hosts, or already in this pool. xapi:
     * {@code JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS} or {@code HOST_IS_SLAVE}.
     *
     * @return the rule
     */
    public static JoinRule standaloneHost() {
        return new StandaloneHostRule();
    }

    /**
     * {@code pool.ha-disabled}, XenServer 5.5 and later (xapi has had the check since its first
     * release), so in both shipped rule sets: BLOCKER when HA is enabled on the pool. xapi:
     * {@code HA_IS_ENABLED}. Fixable by configuration: disable HA, join, enable it again.
     *
     * @return the rule
     */
    public static JoinRule haDisabled() {
        return new PoolHaRule();
    }

    /**
     * {@code pool.shared-storage}: INFO when the pool has no shared SR, so that VMs cannot move
     * between members.
     *
     * @return the rule
     */
    public static JoinRule sharedStorage() {
        return new PoolSharedStorageRule();
    }
}
