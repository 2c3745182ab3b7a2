package io.github.xenpool.core.cpu;

import io.github.xenpool.core.internal.Text;
import java.util.Objects;

/**
 * The maker of a CPU, as CPUID leaf 0 names it. Vendors never mix in one pool: Intel VT and
 * AMD-V cannot run each other's guests' state, and Hygon is a vendor of its own even though its
 * parts descend from AMD's.
 */
public enum CpuVendor {
    /** Intel, {@code GenuineIntel}, with VT-x. */
    INTEL("Intel", "GenuineIntel", "Intel VT-x"),
    /** AMD, {@code AuthenticAMD}, with AMD-V. */
    AMD("AMD", "AuthenticAMD", "AMD-V"),
    /** Hygon, {@code HygonGenuine}, with AMD-V. */
    HYGON("Hygon", "HygonGenuine", "AMD-V");

    private final String displayName;
    private final String cpuidString;
    private final String virtualizationName;

    CpuVendor(String displayName, String cpuidString, String virtualizationName) {
        this.displayName = displayName;
        this.cpuidString = cpuidString;
        this.virtualizationName = virtualizationName;
    }

    /**
     * Returns the vendor's name as people write it.
     *
     * @return {@code Intel}, {@code AMD} or {@code Hygon}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the vendor string CPUID leaf 0 reports, as xapi shows it in {@code cpu_info}.
     *
     * @return for example {@code GenuineIntel}
     */
    public String cpuidString() {
        return cpuidString;
    }

    /**
     * Returns the name of the vendor's hardware virtualization extension.
     *
     * @return {@code Intel VT-x} or {@code AMD-V}
     */
    public String virtualizationName() {
        return virtualizationName;
    }

    /**
     * Finds the vendor of a CPUID vendor string.
     *
     * @param cpuidString such as {@code GenuineIntel}, {@code AuthenticAMD}, {@code HygonGenuine}
     * @return the vendor
     * @throws IllegalArgumentException if the string names no known vendor
     */
    public static CpuVendor fromCpuidString(String cpuidString) {
        Objects.requireNonNull(cpuidString, "cpuidString");
        for (CpuVendor vendor : values()) {
            if (vendor.cpuidString.equals(cpuidString)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("unknown CPU vendor string " + Text.quoted(cpuidString)
                + "; expected GenuineIntel, AuthenticAMD or HygonGenuine");
    }
}
