package io.github.xenpool.core.cpu;

/**
 * How much of its CPUID a CPU can hide from guests, as xapi's {@code maskable} field says.
 */
public enum MaskingSupport {
    /** The CPU cannot hide any feature. */
    NONE,
    /**
     * The CPU can hide features of the base CPUID leaf only (featureset words 0 and 1), as some
     * Intel FlexMigration parts; every other word must already match.
     */
    BASE,
    /** The CPU can hide any feature (AMD Extended Migration, later Intel FlexMigration). */
    FULL;

    /**
     * Tells whether this level of support can hide a feature of the given featureset word.
     *
     * @param word a featureset word number
     * @return true if a feature in that word can be hidden
     */
    public boolean canHideWord(int word) {
        switch (this) {
            case FULL:
                return true;
            case BASE:
                return word == 0 || word == 1;
            default:
                return false;
        }
    }
}
