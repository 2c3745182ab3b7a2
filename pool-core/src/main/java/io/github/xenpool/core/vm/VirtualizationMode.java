package io.github.xenpool.core.vm;

/** How a VM is virtualized. */
public enum VirtualizationMode {
    /** Hardware-assisted (Windows and most modern guests); needs VT-x / AMD-V on the host. */
    HVM,
    /** Paravirtualized; runs without hardware virtualization extensions. */
    PV
}
