package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A compliant host evaluated against pools of 10 to 10,000 hosts, under {@code xenServer56()}
 * (a XenServer 5.x or 6.x pool) and {@code xapi()} (a pool of xapi 24.19.2): the testkit's
 * compliant case of the fixed seed, its pool grown with copies of its master, with a context that
 * allows a pool of any of these sizes. The cost of an evaluation should not grow with the pool.
 * Before measuring, the set-up checks that the host may join.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class BigPoolBenchmark {

    /** The number of hosts in the pool. */
    @Param({"10", "100", "1000", "10000"})
    public int hosts;

    /** The rule set. */
    @Param({"xenServer56", "xapi"})
    public String ruleSet;

    private RuleSet rules;
    private JoinContext context;
    private Pool pool;
    private Host host;

    /** Grows the pool and checks that the host may join it. */
    @Setup
    public void setUp() {
        boolean xapi = ruleSet.equals(RuleSets.XAPI);
        JoinCase join = xapi ? JoinFixtures.compliant("24.19.2") : JoinFixtures.compliantXenServer5And6();
        rules = RuleSets.named(ruleSet);
        context = rules.defaultContext().withMaxPoolSize(hosts + 1);
        pool = JoinFixtures.grown(join.pool(), hosts);
        host = join.host();
        JoinReport report = rules.evaluate(pool, host, context);
        if (pool.size() != hosts || !report.violations().isEmpty()) {
            throw new IllegalStateException("the host should join the pool of " + hosts + " hosts without a"
                    + " violation: " + report.violations());
        }
    }

    /**
     * The rule set on the all-pass path.
     *
     * @return the report
     */
    @Benchmark
    public JoinReport evaluate() {
        return rules.evaluate(pool, host, context);
    }
}
