package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The outcome of checking a join. */
@API(status = STABLE, since = "0.1.0")
public enum Verdict {
    /** The host may join as it is. */
    ALLOWED,
    /** The host may join once its CPU is masked down to the pool's level (and it reboots). */
    ALLOWED_WITH_MASKING,
    /** At least one blocker stands in the way. */
    BLOCKED
}
