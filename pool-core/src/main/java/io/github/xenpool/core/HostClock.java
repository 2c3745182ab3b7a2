package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A host's clock as seen from its pool master: how far it is from the master's clock, and
 * whether NTP keeps it in step.
 *
 * @param offsetFromMaster this host's clock minus the master's clock; zero for the master itself
 * @param ntpConfigured whether NTP is configured on the host
 */
@API(status = MAINTAINED, since = "0.1.0")
public record HostClock(Duration offsetFromMaster, boolean ntpConfigured) {

    /** A clock in step with the master, kept there by NTP. */
    public static final HostClock SYNCHRONIZED = new HostClock(Duration.ZERO, true);

    /**
     * Checks the components.
     *
     * @param offsetFromMaster this host's clock minus the master's clock; zero for the master itself
     * @param ntpConfigured whether NTP is configured on the host
     * @throws NullPointerException if the offset is null
     */
    public HostClock {
        Objects.requireNonNull(offsetFromMaster, "offsetFromMaster");
    }

    /**
     * Returns the size of the offset, whichever way it goes.
     *
     * @return the absolute offset
     */
    public Duration skew() {
        return offsetFromMaster.abs();
    }

    /**
     * Returns this clock measured from another reference: used when the master changes.
     *
     * @param newReference the new master's offset from the old master
     * @return this clock's offset from the new master
     */
    public HostClock relativeTo(HostClock newReference) {
        Objects.requireNonNull(newReference, "newReference");
        return new HostClock(offsetFromMaster.minus(newReference.offsetFromMaster), ntpConfigured);
    }
}
