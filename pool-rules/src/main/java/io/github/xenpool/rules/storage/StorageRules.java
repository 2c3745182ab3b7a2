package io.github.xenpool.rules.storage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinRule;
import org.apiguardian.api.API;

/** Rules about storage. */
@API(status = MAINTAINED, since = "0.1.0")
public final class StorageRules {

    /** The id of {@link #noSharedStorageOnHost()}. */
    public static final String SHARED = "storage.shared";
    /** The id of {@link #staticStorageAddress()}. */
    public static final String STATIC_ADDRESS = "storage.static-address";
    /** The id of {@link #smFeatures()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String SM_FEATURES = "storage.sm-features";

    private StorageRules() {
    }

    /**
     * {@code storage.shared}: one BLOCKER per shared SR the candidate has configured, xapi's tools
     * SR ({@link io.github.xenpool.core.storage.StorageRepository#tools()}) left aside as xapi
     * leaves it; the importer leaves it out of a host's storage. Details: {@code Storage}. xapi:
     * {@code JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS}. When the candidate's SRs may not all be
     * listed: a WARNING that it cannot check.
     *
     * @return the rule
     */
    public static JoinRule noSharedStorageOnHost() {
        return new HostSharedStorageRule(HostSharedStorageRule.DESCRIPTOR);
    }

    /**
     * {@code storage.shared} as xapi's {@code assert_no_shared_srs_on_me} checks it, in every
     * release ({@link io.github.xenpool.rules.XapiReleases#ALWAYS}): the check of
     * {@link #noSharedStorageOnHost()}, one BLOCKER per shared SR of the candidate's database but
     * the tools SR, {@code JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS} with no parameters, described
     * as xapi's check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule xapiSharedStorage() {
        return new HostSharedStorageRule(HostSharedStorageRule.XAPI_DESCRIPTOR);
    }

    /**
     * {@code storage.static-address}: one WARNING per shared SR of the pool whose storage server
     * has no stable address. Details: {@code Storage}.
     *
     * @return the rule
     */
    public static JoinRule staticStorageAddress() {
        return new StorageAddressRule();
    }

    /**
     * {@code storage.sm-features}, xapi 24.37.0 on: for each storage driver of the pool
     * ({@code SM} records, {@link io.github.xenpool.core.PoolConfiguration#storageDrivers()}), the
     * candidate's own pool has exactly one of its SR type, offering every feature of the pool's at
     * the pool's version or higher; one BLOCKER per driver of the pool that the candidate does not
     * match, in the pool's order (xapi raises the first). xapi: {@code assert_sm_features_compatible},
     * {@code POOL_JOINING_SM_FEATURES_INCOMPATIBLE [pool_sm; candidate_sm]}, the candidate's
     * {@code ""} when it has none or several of the type. A driver is named by its
     * {@code OpaqueRef} when the model knows it, otherwise its UUID (otherwise its type, which
     * xapi never prints). When the drivers of either side are unknown: a WARNING that it cannot
     * check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule smFeatures() {
        return new SmFeaturesRule();
    }
}
