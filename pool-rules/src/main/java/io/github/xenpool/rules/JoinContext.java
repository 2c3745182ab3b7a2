package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.internal.JoinScope;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a join check needs to know beyond the pool and the host: limits, tolerances and the
 * licence server; and, while a rule set evaluates one join, the CPU comparison of that join.
 *
 * <p>Defaults ({@link #defaults()}): at most 16 hosts in a pool, clocks within 5 seconds of the
 * master, no licence server, and "the pool runs HVM VMs" derived from the pool (true when any
 * member has an HVM VM).
 *
 * <p>Contexts are immutable values; two are equal when their limits, tolerance, licence server
 * and HVM setting are.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class JoinContext {

    /** The pool size XenServer 5.6 supports. */
    public static final int XENSERVER_56_MAX_POOL_SIZE = 16;

    /** The pool size XenServer 7.0 and later support. */
    public static final int LEVELLING_MAX_POOL_SIZE = 64;

    /** The clock tolerance used unless told otherwise. */
    public static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofSeconds(5);

    private final int maxPoolSize;
    private final Duration clockTolerance;
    private final Optional<LicenceServer> licenceServer;
    private final Optional<Boolean> poolRunsHvmVms;
    // The join a rule set is evaluating, with what its rules share (its CPU comparison, the hosts'
    // xapi releases), each worked out once, on first use; null outside an evaluation.
    private final JoinScope scope;

    /**
     * Makes a context.
     *
     * @param maxPoolSize the most hosts a pool may have, at least 1
     * @param clockTolerance the largest clock offset from the master a joining host may have,
     *     zero or more
     * @param licenceServer a licence server that can hand out licences, if one is known
     * @param poolRunsHvmVms whether the pool runs HVM VMs; empty to derive it from the pool
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the size is below 1 or the tolerance negative
     */
    public JoinContext(int maxPoolSize, Duration clockTolerance, Optional<LicenceServer> licenceServer,
            Optional<Boolean> poolRunsHvmVms) {
        this(maxPoolSize, clockTolerance, licenceServer, poolRunsHvmVms, null, null);
    }

    private JoinContext(int maxPoolSize, Duration clockTolerance, Optional<LicenceServer> licenceServer,
            Optional<Boolean> poolRunsHvmVms, Pool scopePool, Host scopeHost) {
        Objects.requireNonNull(clockTolerance, "clockTolerance");
        Objects.requireNonNull(licenceServer, "licenceServer");
        Objects.requireNonNull(poolRunsHvmVms, "poolRunsHvmVms");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, got " + maxPoolSize);
        }
        if (clockTolerance.isNegative()) {
            throw new IllegalArgumentException("clockTolerance must not be negative, got " + clockTolerance);
        }
        this.maxPoolSize = maxPoolSize;
        this.clockTolerance = clockTolerance;
        this.licenceServer = licenceServer;
        this.poolRunsHvmVms = poolRunsHvmVms;
        this.scope = scopePool == null ? null : new JoinScope(scopePool, scopeHost);
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
     * Returns the most hosts a pool may have.
     *
     * @return at least 1
     */
    public int maxPoolSize() {
        return maxPoolSize;
    }

    /**
     * Returns the largest clock offset from the master a joining host may have.
     *
     * @return zero or more
     */
    public Duration clockTolerance() {
        return clockTolerance;
    }

    /**
     * Returns the licence server that can hand out licences, if one is known.
     *
     * @return the server, or empty
     */
    public Optional<LicenceServer> licenceServer() {
        return licenceServer;
    }

    /**
     * Returns whether the pool runs HVM VMs, as set in this context.
     *
     * @return the setting, or empty to derive it from the pool
     */
    public Optional<Boolean> poolRunsHvmVms() {
        return poolRunsHvmVms;
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
        Objects.requireNonNull(tolerance, "tolerance");
        return new JoinContext(maxPoolSize, tolerance, licenceServer, poolRunsHvmVms);
    }

    /**
     * Returns this context with a licence server.
     *
     * @param server the licence server
     * @return the new context
     */
    public JoinContext withLicenceServer(LicenceServer server) {
        return new JoinContext(maxPoolSize, clockTolerance, Optional.of(Objects.requireNonNull(server, "server")),
                poolRunsHvmVms);
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
     * member of the pool has an HVM VM, or has VMs that are unknown (which may be HVM ones).
     *
     * @param pool the pool
     * @return true if HVM VMs run, or may run, in the pool
     */
    public boolean runsHvmVms(Pool pool) {
        Objects.requireNonNull(pool, "pool");
        return poolRunsHvmVms.orElseGet(() -> pool.hasHvmVms()
                || pool.members().stream().anyMatch(member -> !member.isComplete(io.github.xenpool.core.Host.Listing.VMS)));
    }

    /**
     * Returns the CPU comparison of a join. While a rule set evaluates that join, every rule
     * gets the same value, worked out once; otherwise it is worked out now.
     *
     * @param pool the pool
     * @param host the joining host
     * @return the comparison
     */
    public CpuComparison cpuComparison(Pool pool, Host host) {
        if (scope != null && scope.covers(pool, host)) {
            return scope.cpuComparison();
        }
        return CpuComparison.of(pool, host);
    }

    /**
     * Returns the xapi releases a host may run, as {@link XapiReleases#of} reads them from its
     * {@code software_version}. While a rule set evaluates a join, those of the joining host and of
     * the pool's master are read once, for every rule that asks; otherwise they are read now.
     *
     * @param host the host, usually the joining host or the pool's master
     * @return the releases it may run
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
    public XapiReleases xapiReleases(Host host) {
        Objects.requireNonNull(host, "host");
        XapiReleases known = scope == null ? null : scope.xapiReleases(host);
        return known != null ? known : XapiReleases.of(host.software().softwareVersion());
    }

    /**
     * Returns this context for the evaluation of one join, so that its rules share one CPU
     * comparison and the hosts' xapi releases.
     */
    JoinContext scopedTo(Pool pool, Host host) {
        return new JoinContext(maxPoolSize, clockTolerance, licenceServer, poolRunsHvmVms, pool, host);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof JoinContext)) {
            return false;
        }
        JoinContext other = (JoinContext) obj;
        return maxPoolSize == other.maxPoolSize && clockTolerance.equals(other.clockTolerance)
                && licenceServer.equals(other.licenceServer) && poolRunsHvmVms.equals(other.poolRunsHvmVms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxPoolSize, clockTolerance, licenceServer, poolRunsHvmVms);
    }

    @Override
    public String toString() {
        return "JoinContext[maxPoolSize=" + maxPoolSize + ", clockTolerance=" + clockTolerance + ", licenceServer="
                + licenceServer.map(LicenceServer::address).orElse("none") + ", poolRunsHvmVms="
                + poolRunsHvmVms.map(String::valueOf).orElse("derived") + "]";
    }
}
