package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fleet matching with {@code xenServer56()}, single shot: 5,000 hosts against 500 pools with the
 * index ({@link #indexed()}, every core) and with the naive double loop ({@link #naive()}, the
 * baseline); and 50,000 hosts against 5,000 pools, 100 times the pairs, with the index, in a 2 GiB
 * heap. Two kinds of fleet: {@code look-alike}, whose pools fall into 144 classes ({@link Fleet}),
 * and {@code distinct}, where no two pools look alike ({@link DistinctFleet}). Before measuring,
 * each trial checks the index against the double loop on a sample of hosts, one by one and
 * through the parallel stream, and fails if they differ.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class FleetBenchmark {

    /** The seed of both fleets. */
    static final long SEED = 20261125L;

    /** hosts x pools. */
    @Param({"5000x500", "50000x5000"})
    public String fleet;

    /** {@code look-alike} or {@code distinct}. */
    @Param({"look-alike", "distinct"})
    public String pools;

    private List<Host> hosts;
    private FleetMatcher matcher;

    /** Builds the fleet and the index, and checks the index against the double loop on a sample. */
    @Setup(Level.Trial)
    public void setUp() {
        String[] size = fleet.split("x");
        int hostCount = Integer.parseInt(size[0]);
        int poolCount = Integer.parseInt(size[1]);
        List<Pool> poolList;
        if (pools.equals("distinct")) {
            DistinctFleet data = DistinctFleet.of(hostCount, poolCount, SEED);
            hosts = data.hosts();
            poolList = data.pools();
        } else {
            Fleet data = Fleet.of(hostCount, poolCount, SEED);
            hosts = data.hosts();
            poolList = data.pools();
        }
        matcher = FleetMatcher.of(RuleSets.xenServer56(), poolList);
        checkAgainstTheDoubleLoop(matcher, hosts, 100);
    }

    /**
     * Compares the index with the double loop on every n-th host of a sample of about
     * {@code samples} hosts, one by one and through the parallel stream.
     *
     * @throws IllegalStateException naming the first host whose answers differ
     */
    static void checkAgainstTheDoubleLoop(FleetMatcher matcher, List<Host> hosts, int samples) {
        List<Host> sample = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i += Math.max(1, hosts.size() / samples)) {
            sample.add(hosts.get(i));
        }
        List<HostMatches> streamed = matcher.match(sample.stream()).collect(Collectors.toList());
        for (int i = 0; i < sample.size(); i++) {
            Host host = sample.get(i);
            HostMatches expected = matcher.matchExhaustively(host);
            if (!matcher.match(host).equals(expected) || !streamed.get(i).equals(expected)) {
                throw new IllegalStateException("index and double loop disagree on " + host.hostname() + ": "
                        + expected + " but the index answers " + matcher.match(host) + " and, streamed, "
                        + streamed.get(i));
            }
        }
    }

    /**
     * Every host through the index; the answers are streamed and summed, never kept.
     *
     * @return the number of joinable (host, pool) pairs
     */
    @Benchmark
    public long indexed() {
        return matcher.match(hosts.stream()).mapToLong(HostMatches::joinablePools).sum();
    }

    /**
     * Every host against every pool: the naive double loop. Skipped for the large fleet, where it
     * would take hours. No warm-up shot: on the distinct fleet one shot runs for minutes, and the
     * trial's check has already run this path on the sampled hosts (50,000 evaluations on the
     * small fleet) before the first shot.
     *
     * @return the number of joinable (host, pool) pairs
     */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 3)
    public long naive() {
        if (!fleet.equals("5000x500")) {
            return -1;
        }
        return hosts.stream().map(matcher::matchExhaustively).mapToLong(HostMatches::joinablePools).sum();
    }
}
