package io.github.xenpool.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.CpuComparison;
import io.github.xenpool.rules.XapiReleases;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the rules of one evaluation share about its join, each worked out on first use and kept:
 * the CPU comparison, and the xapi releases of the joining host and of the master, which most of
 * xapi's checks ask for. Thread-safe: threads that race may each work a value out, and all get
 * equal immutable values.
 */
@API(status = INTERNAL, since = "0.3.0")
public final class JoinScope {

    private final Pool pool;
    private final Host host;
    private volatile CpuComparison comparison;
    private volatile XapiReleases hostReleases;
    private volatile XapiReleases masterReleases;

    /**
     * Starts the scope of a join.
     *
     * @param pool the pool
     * @param host the joining host
     */
    public JoinScope(Pool pool, Host host) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.host = Objects.requireNonNull(host, "host");
    }

    /**
     * Tells whether this is the scope of that join: the same pool and host objects.
     *
     * @param otherPool a pool
     * @param otherHost a joining host
     * @return true if both are this scope's
     */
    public boolean covers(Pool otherPool, Host otherHost) {
        return otherPool == pool && otherHost == host;
    }

    /**
     * Returns the CPU comparison of the join.
     *
     * @return {@link CpuComparison#of} of the pool and the host
     */
    public CpuComparison cpuComparison() {
        CpuComparison known = comparison;
        if (known == null) {
            known = CpuComparison.of(pool, host);
            comparison = known;
        }
        return known;
    }

    /**
     * Returns the xapi releases of the joining host or of the master.
     *
     * @param someHost a host
     * @return {@link XapiReleases#of} its software version, or null when it is neither the
     *     joining host nor the pool's master
     */
    public XapiReleases xapiReleases(Host someHost) {
        if (someHost == host) {
            XapiReleases known = hostReleases;
            if (known == null) {
                known = XapiReleases.of(host.software().softwareVersion());
                hostReleases = known;
            }
            return known;
        }
        if (someHost == pool.master()) {
            XapiReleases known = masterReleases;
            if (known == null) {
                known = XapiReleases.of(someHost.software().softwareVersion());
                masterReleases = known;
            }
            return known;
        }
        return null;
    }
}
