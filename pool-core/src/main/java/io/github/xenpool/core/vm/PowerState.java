package io.github.xenpool.core.vm;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** The power state of a VM, as xapi's {@code power_state}. */
@API(status = MAINTAINED, since = "0.1.0")
public enum PowerState {
    /** Running on a host. */
    RUNNING,
    /** Its memory saved to disk; it resumes where it left off. */
    SUSPENDED,
    /** Frozen in memory on a host. */
    PAUSED,
    /** Shut down. */
    HALTED;

    /**
     * Tells whether the VM holds state on its host (running, paused or suspended), which keeps a
     * host from joining a pool.
     *
     * @return true unless {@link #HALTED}
     */
    public boolean holdsHostState() {
        return this != HALTED;
    }
}
