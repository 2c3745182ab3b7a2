package io.github.xenpool.core;

/** Whether a pool can be managed. */
public enum PoolStatus {
    /** The master is up; the pool takes requests. */
    AVAILABLE,
    /**
     * The master is down and no other member has taken over; the pool is unavailable until the
     * master returns or a member is nominated master.
     */
    NO_MASTER
}
