package io.github.xenpool.rules.pool;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinRule;
import org.apiguardian.api.API;

/**
 * Rules about the pool as a whole and the candidate's place in pools: size, HA, membership of
 * another pool, shared storage; and xapi's checks of the pool the candidate heads (HA,
 * clustering, updates in progress), of updates in progress in the pool, and that the candidate
 * is not the pool's master.
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
    /** The id of {@link #hostHaDisabled()}. */
    public static final String HOST_HA_DISABLED = "host.ha-disabled";
    /** The id of {@link #hostClusteringDisabled()}. */
    public static final String HOST_CLUSTERING_DISABLED = "host.clustering-disabled";
    /** The id of {@link #notJoiningItself()}. */
    public static final String NOT_ITSELF = "host.not-itself";
    /** The id of {@link #noOtherHosts()}. */
    public static final String NO_OTHER_HOSTS = "host.no-other-hosts";
    /** The id of {@link #hostNotUpdating()}. */
    public static final String HOST_NOT_UPDATING = "host.not-updating";
    /** The id of {@link #poolNotUpdating()}. */
    public static final String POOL_NOT_UPDATING = "pool.not-updating";

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

    /**
     * {@code host.ha-disabled}, xapi's {@code ha_is_not_enable_on_me} (every release): BLOCKER
     * when HA is enabled on the pool the joining host heads ({@code pool.ha_enabled} of {@link
     * io.github.xenpool.core.Host#ownPool()}). xapi: {@code HA_IS_ENABLED}, no parameters. When
     * the host's own pool or its HA setting is unknown: a WARNING that it cannot check. Fixable by
     * configuration: disable HA there.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule hostHaDisabled() {
        return new HostHaRule();
    }

    /**
     * {@code host.clustering-disabled}, xapi's {@code clustering_is_not_enabled_on_me} (xapi
     * 1.93.0 on: XenServer 7.6 and later, XCP-ng 7.6 and later): BLOCKER when the joining host's
     * {@code Cluster_host} is enabled, read from the enabled {@code Cluster_host} records of the
     * pool it heads ({@link io.github.xenpool.core.PoolConfiguration#enabledClusterHosts()}).
     * xapi: {@code CLUSTERING_ENABLED [cluster_host]}, the parameter being the record's reference
     * ({@code OpaqueRef:...}) when the model knows it, otherwise its UUID; when only {@code
     * clustered} is known, the parameter is unknown and left out. A host with several {@code
     * Cluster_host} records, which xapi calls a bug and answers with an internal error, is
     * reported with the first of its enabled ones. When neither fact is known: a WARNING that it
     * cannot check. Fixable by configuration: disable clustering.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule hostClusteringDisabled() {
        return new HostClusteringRule();
    }

    /**
     * {@code host.not-itself}, xapi's {@code assert_not_joining_myself} (every release): BLOCKER
     * when the joining host is the pool's master (the same UUID). xapi: {@code
     * OPERATION_NOT_ALLOWED ["Host is already part of a pool"]} when the host's own database
     * lists other hosts (it is a member, or the master of a pool of several hosts), {@code
     * OPERATION_NOT_ALLOWED ["Host cannot become slave of itself"]} when it lists the host alone.
     * Not fixable by configuration: there is no join to make.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule notJoiningItself() {
        return new NotJoiningItselfRule();
    }

    /**
     * {@code host.no-other-hosts}, xapi's {@code assert_i_know_of_no_other_hosts} (every
     * release): BLOCKER when the joining host's own database lists more hosts than itself: it is
     * the master of a pool with other hosts, or a member of a pool (whose hosts its database
     * lists too; xapi answers a member with {@code HOST_IS_SLAVE} before it runs any check). xapi:
     * {@code JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS}, no parameters. Unlike {@link
     * #standaloneHost()}, a host that is already this pool's master alone passes: {@link
     * #notJoiningItself()} refuses it. Fixable by configuration: eject the other hosts, or eject
     * the host.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule noOtherHosts() {
        return new NoOtherHostsRule();
    }

    /**
     * {@code host.not-updating}, xapi's {@code assert_not_in_updating_on_me} (xapi 1.301.0 on:
     * XenServer 8, XCP-ng 8.3): BLOCKER when the pool the joining host heads has an {@code
     * apply_updates} operation in progress ({@code pool.current_operations} of {@link
     * io.github.xenpool.core.Host#ownPool()}). xapi: {@code NOT_SUPPORTED_DURING_UPGRADE}, no
     * parameters. When the host's own pool or its operations are unknown: a WARNING that it
     * cannot check. Fixable by waiting for the updates to finish.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule hostNotUpdating() {
        return UpdatingRule.hostsOwnPool();
    }

    /**
     * {@code pool.not-updating}, xapi's {@code assert_no_hosts_in_updating} (xapi 1.301.0 on:
     * XenServer 8, XCP-ng 8.3): BLOCKER when the pool to join has an {@code apply_updates}
     * operation in progress ({@code pool.current_operations}, {@link
     * io.github.xenpool.core.PoolConfiguration#currentOperations()}). xapi: {@code
     * NOT_SUPPORTED_DURING_UPGRADE}, no parameters. When the pool's operations are unknown: a
     * WARNING that it cannot check. Fixable by waiting for the updates to finish.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule poolNotUpdating() {
        return UpdatingRule.poolJoined();
    }
}
