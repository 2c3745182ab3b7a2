package io.github.xenpool.core.vm;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** How a VM is virtualized. */
@API(status = MAINTAINED, since = "0.1.0")
public enum VirtualizationMode {
    /** Hardware-assisted (Windows and most modern guests); needs VT-x / AMD-V on the host. */
    HVM,
    /** Paravirtualized; runs without hardware virtualization extensions. */
    PV
}
