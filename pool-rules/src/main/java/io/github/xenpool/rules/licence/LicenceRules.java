package io.github.xenpool.rules.licence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinRule;
import org.apiguardian.api.API;

/** Rules about licences. */
@API(status = MAINTAINED, since = "0.1.0")
public final class LicenceRules {

    /** The id of {@link #edition()}. */
    public static final String EDITION = "licence.edition";
    /** The id of {@link #pooling()}. */
    public static final String POOLING = "licence.pooling";
    /** The id of {@link #poolSize()}. */
    public static final String POOL_SIZE = "licence.pool-size";
    /** The id of {@link #poolEdition()}. */
    public static final String POOL_EDITION = "licence.pool-edition";

    private LicenceRules() {
    }

    /**
     * {@code licence.edition}: BLOCKER when the host's edition differs from the pool's (the
     * lowest edition among its members). When the host's edition is lower and the context's
     * licence server can hand out a licence of the pool's edition, the remediation is automatic:
     * assign it from that server. Details: {@code Licences}. xapi:
     * {@code LICENSE_HOST_POOL_MISMATCH}. When the host's edition or a member's is unknown: a
     * WARNING that it cannot check ({@code UnknownFact}).
     *
     * @return the rule
     */
    public static JoinRule edition() {
        return new LicenceEditionRule();
    }

    /**
     * {@code licence.pooling}, xapi's {@code assert_pooling_licensed}, which {@code Pool.join} runs
     * on the joining host before it contacts the pool (xapi 1.9.81 on: XenServer 7.0 and later,
     * every XCP-ng): BLOCKER when the licence of the pool the host heads does not allow pooling,
     * that is when {@code restrict_pooling} in its {@code pool.restrictions} ({@link
     * io.github.xenpool.core.Host#ownPool()}) is anything but {@code false} (xapi reads the flag
     * with {@code bool_of_string}). xapi: {@code LICENCE_RESTRICTION}, no parameters. When the
     * host's own pool, its restrictions or the flag are unknown: a WARNING that it cannot check.
     * xapi takes a flag missing from a known {@code pool.restrictions} as withholding the
     * feature, but xenpool reads an absent key of {@link io.github.xenpool.core.LicenceParams} as
     * unknown, so it says it cannot check. Fixable by configuration: apply a licence.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule pooling() {
        return new PoolingLicenceRule();
    }

    /**
     * {@code licence.pool-size}, xapi's {@code assert_pool_size_unrestricted} (xapi 1.54.0 on:
     * XenServer 7.3 and later, every XCP-ng): BLOCKER when the pool already has 3 hosts or more
     * ({@code Xapi_globs.restricted_pool_size}; offline members count) and the licence of the pool
     * the joining host heads restricts the pool size: {@code restrict_pool_size} in its
     * {@code pool.restrictions} is anything but {@code false}. Details: {@code PoolSize} with a
     * maximum of 3. xapi: {@code LICENCE_RESTRICTION ["Pool_size"]}. A pool of fewer than 3 hosts
     * passes whatever the licence. When the flag is unknown (an unknown own pool, restrictions or
     * key; xapi would take a missing key as a restriction): a WARNING that it cannot check. xapi
     * 1.59.0 up to 24.17.0 (XenServer 7.3 to Citrix Hypervisor 8.2, XCP-ng up to 8.2) let a host
     * with a control domain other than dom0 whose name ends in {@code -CVM} join regardless;
     * xenpool does not know control domains, so for those releases this rule may block a join
     * xapi allows, never the reverse. Fixable by configuration: apply a licence without the
     * restriction.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule poolSize() {
        return new PoolSizeLicenceRule();
    }

    /**
     * {@code licence.pool-edition}, xapi's {@code assert_restrictions_match} as xapi runs it
     * (every release): passes when every member has the joining host's edition; otherwise BLOCKER
     * when the host's edition does not rank with the pool's lowest edition. xapi: {@code
     * LICENSE_HOST_POOL_MISMATCH} with the parameters {@code host edition = "<host's>"} and {@code
     * pool edition = "<pool's lowest>"}, the editions as xapi writes them; with a licence server
     * that can hand out the pool's edition to a lower host, the remediation is automatic.
     * Details: {@code Licences}.
     *
     * <p>xapi ranks editions by the order of the joining host's licensing daemon (v6d), and raises
     * {@code LICENSE_HOST_POOL_MISMATCH} with the parameter {@code Edition "<e>" from pool is not
     * known to v6d.} for an edition v6d does not know. xenpool ranks editions by {@link
     * io.github.xenpool.core.LicenceEdition}'s order; where that order does not rank two editions
     * that meet (an edition of another family, or one whose place is unknown, such as {@code
     * xcp-ng} next to {@code free}), it cannot tell v6d's answer and says it cannot check, a
     * WARNING, where {@link #edition()} blocks. xapi's {@code V6D_FAILURE} (v6d not running) is
     * not modelled: xenpool does not know whether v6d runs, and xapi's handler no longer sees
     * that error since the v6 interface was reworked in 2018. When the host's edition or a
     * member's is unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule poolEdition() {
        return new PoolEditionRule();
    }
}
