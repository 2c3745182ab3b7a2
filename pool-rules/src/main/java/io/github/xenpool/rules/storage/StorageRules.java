package io.github.xenpool.rules.storage;

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

    private StorageRules() {
    }

    /**
     * {@code storage.shared}: one BLOCKER per shared SR the candidate has configured. Details:
     * {@code Storage}. xapi: {@code JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS}.
     *
     * @return the rule
     */
    public static JoinRule noSharedStorageOnHost() {
        return new HostSharedStorageRule();
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
}
