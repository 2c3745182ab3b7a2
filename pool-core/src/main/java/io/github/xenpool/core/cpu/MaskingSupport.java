package io.github.xenpool.core.cpu;

import io.github.xenpool.core.internal.Text;

/**
 * How much of its CPUID a CPU can hide from guests, as xapi's {@code maskable} field says.
 */
public enum MaskingSupport {
    /** The CPU cannot hide any feature: xapi's {@code no}. */
    NONE,
    /**
     * The CPU can hide features of the base CPUID leaf only (featureset words 0 and 1), as some
     * Intel FlexMigration parts; every other word must already match.
     */
    BASE,
    /** The CPU can hide any feature (AMD Extended Migration, later Intel FlexMigration). */
    FULL;

    /**
     * Reads the {@code maskable} field of a XenServer 5.6 to 6.5 host's {@code cpu_info}.
     *
     * @param text {@code no}, {@code base} or {@code full}, in any case and with surrounding
     *     white space, as cut from {@code xe} output
     * @return the masking support
     * @throws IllegalArgumentException if the text is none of those; the message quotes it
     */
    public static MaskingSupport fromXapi(String text) {
        java.util.Objects.requireNonNull(text, "text");
        switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "no":
                return NONE;
            case "base":
                return BASE;
            case "full":
                return FULL;
            default:
                throw new IllegalArgumentException("cpu_info:maskable is " + Text.quoted(text)
                        + "; xapi writes no, base or full");
        }
    }

    /**
     * Returns how xapi writes this support in {@code cpu_info:maskable}.
     *
     * @return {@code no}, {@code base} or {@code full}
     */
    public String xapiName() {
        return this == NONE ? "no" : name().toLowerCase(java.util.Locale.ROOT);
    }

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
