package io.github.xenpool.rules;

import io.github.xenpool.core.Pool;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a join check needs to know beyond the pool and the host: limits, tolerances and the
 * licence server.
 *
 * <p>Defaults ({@link #defaults()}): at most 16 hosts in a pool, clocks within 5 seconds of the
 * master, no licence server, and "the pool runs HVM VMs" derived from the pool (true when any
 * member has an HVM VM).
 *
 * @param maxPoolSize the most hosts a pool may have
 * @param clockTolerance the largest clock offset from the master a joining host may have
 * @param licenceServer a licence server that can hand out licences, if one is known
 * @param poolRunsHvmVms whether the pool runs HVM VMs; empty to derive it from the pool
 */
public record JoinContext(int maxPoolSize, Duration clockTolerance, Optional<LicenceServer> licenceServer,
        Optional<Boolean> poolRunsHvmVms) {

    /** The pool size XenServer 5.6 supports. */
    public static final int XENSERVER_56_MAX_POOL_SIZE = 16;

    /** The pool size XenServer 7.0 and later support. */
    public static final int LEVELLING_MAX_POOL_SIZE = 64;

    /** The clock tolerance used unless told otherwise. */
    public static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofSeconds(5);

    /**
     * Checks the components.
     *
     * @param maxPoolSize the most hosts a pool may have, at least 1
     * @param clockTolerance the clock tolerance, zero or more
     * @param licenceServer a licence server, if known
     * @param poolRunsHvmVms whether the pool runs HVM VMs, or empty to derive it
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the size is below 1 or the tolerance negative
     */
    public JoinContext {
        Objects.requireNonNull(clockTolerance, "clockTolerance");
        Objects.requireNonNull(licenceServer, "licenceServer");
        Objects.requireNonNull(poolRunsHvmVms, "poolRunsHvmVms");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, got " + maxPoolSize);
        }
        if (clockTolerance.isNegative()) {
            throw new IllegalArgumentException("clockTolerance must not be negative, got " + clockTolerance);
        }
    }

    /**
     * The defaults of XenServer 5.6: 16 hosts, 5 seconds, no licence server, HVM use derived.
     *
     * @return the default context
     */
    public static JoinContext defaults() {
        return new JoinContext(XENSERVER_56_MAX_POOL_SIZE, DEFAULT_CLOCK_TOLERANCE, Optional.empty(), Optional.empty());
    }

    /**
     * Returns this context with another maximum pool size.
     *
     * @param size the most hosts a pool may have
     * @return the new context
     */
    public JoinContext withMaxPoolSize(int size) {
        return new JoinContext(size, clockTolerance, licenceServer, poolRunsHvmVms);
    }

    /**
     * Returns this context with another clock tolerance.
     *
     * @param tolerance the largest offset allowed
     * @return the new context
     */
    public JoinContext withClockTolerance(Duration tolerance) {
        return new JoinContext(maxPoolSize, tolerance, licenceServer, poolRunsHvmVms);
    }

    /**
     * Returns this context with a licence server.
     *
     * @param server the licence server
     * @return the new context
     */
    public JoinContext withLicenceServer(LicenceServer server) {
        return new JoinContext(maxPoolSize, clockTolerance, Optional.of(server), poolRunsHvmVms);
    }

    /**
     * Returns this context saying whether the pool runs HVM VMs, instead of deriving it.
     *
     * @param runsHvmVms true if HVM VMs run in the pool
     * @return the new context
     */
    public JoinContext withPoolRunningHvmVms(boolean runsHvmVms) {
        return new JoinContext(maxPoolSize, clockTolerance, licenceServer, Optional.of(runsHvmVms));
    }

    /**
     * Tells whether the pool runs HVM VMs: the value set in this context, or else whether any
     * member of the pool has an HVM VM.
     *
     * @param pool the pool
     * @return true if HVM VMs run in the pool
     */
    public boolean runsHvmVms(Pool pool) {
        return poolRunsHvmVms.orElseGet(pool::hasHvmVms);
    }
}
