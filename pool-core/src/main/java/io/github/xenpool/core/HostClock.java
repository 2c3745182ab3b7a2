package io.github.xenpool.core;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.internal.ModelCheck;
import java.time.Duration;
import java.util.Objects;

/**
 * A host's clock as seen from its pool master: how far it is from the master's clock, and
 * whether NTP keeps it in step. The offset is at most {@link #MAX_OFFSET} either way.
 *
 * @param offsetFromMaster this host's clock minus the master's clock; zero for the master itself
 * @param ntpConfigured whether NTP is configured on the host
 */
public record HostClock(Duration offsetFromMaster, boolean ntpConfigured) {

    /**
     * The largest offset a clock may have from its master's, either way: 100 years (36,525 days).
     * A host whose firmware clock was reset (to 1970 or 2000, after a dead CMOS battery) is
     * decades off, and the join rules say so; an offset beyond a century is corrupt data. At this
     * bound the difference of two offsets still fits in a long of nanoseconds, so no clock
     * arithmetic overflows.
     */
    public static final Duration MAX_OFFSET = Duration.ofDays(36_525);

    /** A clock in step with the master, kept there by NTP. */
    public static final HostClock SYNCHRONIZED = new HostClock(Duration.ZERO, true);

    /**
     * Checks the components.
     *
     * @param offsetFromMaster this host's clock minus the master's clock; zero for the master itself
     * @param ntpConfigured whether NTP is configured on the host
     * @throws NullPointerException if the offset is null
     * @throws InvalidModelException if the offset is beyond {@link #MAX_OFFSET} either way
     */
    public HostClock {
        Objects.requireNonNull(offsetFromMaster, "offsetFromMaster");
        // Compared without abs(), which overflows for the most negative Duration.
        if (offsetFromMaster.compareTo(MAX_OFFSET) > 0 || offsetFromMaster.compareTo(MAX_OFFSET.negated()) < 0) {
            ModelCheck.of(HostClock.class).structure("offsetFromMaster", offsetFromMaster, "ClockOffsetRange",
                    "must be within " + MAX_OFFSET.toDays() + " days (100 years) of the master's clock, either way")
                    .throwIfAny();
        }
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
     * @throws InvalidModelException if that offset is beyond {@link #MAX_OFFSET}
     */
    public HostClock relativeTo(HostClock newReference) {
        Objects.requireNonNull(newReference, "newReference");
        return new HostClock(offsetFromMaster.minus(newReference.offsetFromMaster), ntpConfigured);
    }
}
