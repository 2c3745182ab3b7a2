package io.github.xenpool.rules.lifecycle;

/** The stable codes of the problems a pool operation can meet. */
public enum ProblemCode {
    /** The host that would create or join a pool is in another pool. */
    HOST_NOT_STANDALONE,
    /** The join check found blockers; the problem carries the report. */
    JOIN_BLOCKED,
    /** The pool's master is down: only recovery or an emergency transition can be done. */
    POOL_UNAVAILABLE,
    /** No member of the pool has the given id. */
    NOT_A_MEMBER,
    /** The master cannot be ejected; another master must be designated first. */
    CANNOT_EJECT_MASTER,
    /** The host is the master already. */
    ALREADY_MASTER,
    /** The host is down. */
    HOST_OFFLINE,
    /** The host is up already. */
    HOST_ONLINE,
    /** The master is up, so there is nothing for an emergency transition to do. */
    MASTER_AVAILABLE,
    /** HA needs a shared SR for its heartbeat, and the pool has none. */
    HA_NEEDS_SHARED_STORAGE,
    /** HA is enabled already. */
    HA_ALREADY_ENABLED,
    /** HA is not enabled. */
    HA_NOT_ENABLED,
    /**
     * The input breaks the model's rules: a blank pool name, an id that is not a UUID. The problem
     * lists every violation with its property path.
     */
    INVALID_INPUT,
    /** The joining host, or another host with its id, is a member of the pool already. */
    ALREADY_A_MEMBER,
    /**
     * The pool the operation would make breaks an invariant of the model (two members on one
     * management address, a clock offset beyond the model's bound...), though the rule set let it
     * through. The problem carries the model's message and every violation.
     */
    WOULD_BREAK_POOL
}
