package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** Whether a pool can be managed. */
@API(status = MAINTAINED, since = "0.1.0")
public enum PoolStatus {
    /** The master is up; the pool takes requests. */
    AVAILABLE,
    /**
     * The master is down and no other member has taken over; the pool is unavailable until the
     * master returns or a member is nominated master.
     */
    NO_MASTER
}
