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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code xapi().evaluate} of a compliant host: the testkit's compliant case of the fixed seed for
 * xapi 24.19.2 (XCP-ng 8.3, XenServer 8), against {@link #ifChain()}, the same checks written by
 * hand ({@link XapiIfChain}): the baseline. Before measuring, the set-up checks that both let the
 * host join.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class XapiEvaluateBenchmark {

    private RuleSet rules;
    private JoinContext context;
    private Pool pool;
    private Host host;

    /** Draws the case and checks that the rule set lets the host join. */
    @Setup
    public void setUp() {
        JoinCase join = JoinFixtures.compliant("24.19.2");
        rules = RuleSets.xapi();
        context = rules.defaultContext();
        pool = join.pool();
        host = join.host();
        JoinReport report = rules.evaluate(pool, host, context);
        if (!report.violations().isEmpty() || !ifChain()) {
            throw new IllegalStateException("the rule set and the if-chain should both let the host join: "
                    + report.violations() + ", if-chain " + ifChain());
        }
    }

    /**
     * The rule set on the all-pass path.
     *
     * @return the report
     */
    @Benchmark
    public JoinReport evaluateCompliantHost() {
        return rules.evaluate(pool, host, context);
    }

    /**
     * The same checks as a hand-written chain of ifs, answering only yes or no.
     *
     * @return whether the host may join
     */
    @Benchmark
    public boolean ifChain() {
        return XapiIfChain.joins(pool, host);
    }
}
