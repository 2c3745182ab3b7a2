package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How much a violation matters to a join. */
@API(status = STABLE, since = "0.1.0")
public enum Severity {
    /** The join cannot go ahead until this is fixed. */
    BLOCKER,
    /** The join can go ahead, but something will not work as a person expects. */
    WARNING,
    /** Worth knowing; nothing to fix before the join. */
    INFO
}
