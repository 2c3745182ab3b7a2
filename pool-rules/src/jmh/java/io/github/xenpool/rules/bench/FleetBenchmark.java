package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Host;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.concurrent.TimeUnit;
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
 * Fleet matching, single shot: 5,000 hosts against 500 pools with the index ({@link #indexed()})
 * and with the naive double loop ({@link #naive()}, the baseline); and 50,000 hosts against
 * 5,000 pools, 100 times the pairs, with the index, in a 2 GiB heap.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class FleetBenchmark {

    /** hosts x pools. */
    @Param({"5000x500", "50000x5000"})
    public String fleet;

    private Fleet data;
    private FleetMatcher matcher;

    /** Builds the fleet and the index, and checks the index against the double loop on a sample. */
    @Setup(Level.Trial)
    public void setUp() {
        String[] size = fleet.split("x");
        data = Fleet.of(Integer.parseInt(size[0]), Integer.parseInt(size[1]), 20261125L);
        matcher = FleetMatcher.of(RuleSets.xenServer56(), data.pools());
        for (int i = 0; i < data.hosts().size(); i += data.hosts().size() / 100) {
            Host host = data.hosts().get(i);
            if (!matcher.match(host).equals(matcher.matchExhaustively(host))) {
                throw new IllegalStateException("index and double loop disagree on " + host.hostname());
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
        return matcher.match(data.hosts().stream()).mapToLong(HostMatches::joinablePools).sum();
    }

    /**
     * Every host against every pool: the naive double loop. Skipped for the large fleet, where it
     * would take hours.
     *
     * @return the number of joinable (host, pool) pairs
     */
    @Benchmark
    public long naive() {
        if (!fleet.equals("5000x500")) {
            return -1;
        }
        return data.hosts().stream().map(matcher::matchExhaustively).mapToLong(HostMatches::joinablePools).sum();
    }
}
