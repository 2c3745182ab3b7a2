package io.github.xenpool.core;

import java.util.Objects;

/**
 * A XenServer product licence edition, from least to most capable. The order matters: CPU
 * masking (heterogeneous pools) needs {@link #ENTERPRISE} or higher.
 */
public enum LicenceEdition {
    /** The free edition. */
    FREE,
    /** Advanced edition. */
    ADVANCED,
    /** Enterprise edition. */
    ENTERPRISE,
    /** Platinum edition. */
    PLATINUM;

    /**
     * Tells whether this edition is {@code other} or higher.
     *
     * @param other the edition to compare with
     * @return true if this edition includes everything {@code other} does
     */
    public boolean isAtLeast(LicenceEdition other) {
        return compareTo(Objects.requireNonNull(other, "other")) >= 0;
    }

    /**
     * Returns the edition's display name.
     *
     * @return for example {@code Enterprise}
     */
    public String displayName() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
