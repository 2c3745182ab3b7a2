package io.github.xenpool.rules.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The pools one host can join, best first; or, when it can join none, the pools it is closest to
 * and what blocks it there.
 *
 * @param hostId the host's id
 * @param hostname the host's name
 * @param joinablePools how many pools the host can join (ALLOWED or ALLOWED_WITH_MASKING)
 * @param best the best joinable pools, at most k, in ranking order
 * @param closest when no pool is joinable, the closest pools, at most k, closest first; empty
 *     otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record HostMatches(String hostId, String hostname, int joinablePools, List<PoolMatch> best,
        List<PoolMatch> closest) {

    /**
     * Checks and copies the components.
     *
     * @param hostId the host's id
     * @param hostname the host's name
     * @param joinablePools how many pools are joinable
     * @param best the best joinable pools
     * @param closest the closest pools when none is joinable
     * @throws NullPointerException if a component is null
     */
    public HostMatches {
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(hostname, "hostname");
        best = List.copyOf(best);
        closest = List.copyOf(closest);
    }
}
