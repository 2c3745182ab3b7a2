package io.github.xenpool.rules;

/** How much a violation matters to a join. */
public enum Severity {
    /** The join cannot go ahead until this is fixed. */
    BLOCKER,
    /** The join can go ahead, but something will not work as a person expects. */
    WARNING,
    /** Worth knowing; nothing to fix before the join. */
    INFO
}
