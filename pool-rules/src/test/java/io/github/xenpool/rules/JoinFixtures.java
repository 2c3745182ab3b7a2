package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;

/** The pool and candidates the rule tests start from: real CPUs, XenServer 5.6 software. */
public final class JoinFixtures {

    /** The three-host Enterprise Intel pool with shared NFS storage. */
    public static final Pool POOL = SamplePools.enterpriseIntelPool();

    private JoinFixtures() {
    }

    /**
     * A candidate that meets every requirement of {@link #POOL}.
     *
     * @return a builder of it, to change one aspect
     */
    public static Host.Builder candidate() {
        return SamplePools.compliantCandidate().toBuilder();
    }

    /**
     * Another candidate that meets every requirement of {@link #POOL}: the compliant one with an
     * id and a management address of its own, to grow pools with.
     *
     * @param n 1 to 9999, a number that sets the id ({@code 1f0e6b8a-…-0c1d2e3f000n}) and the
     *     address ({@code 198.18.x.y})
     * @return a builder of it, to set a host name or change one aspect
     */
    public static Host.Builder candidate(int n) {
        return candidate().id(String.format("1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f%04d", n))
                .managementInterface(SamplePools.compliantCandidate().managementInterface().toBuilder()
                        .ipAddress("198.18." + n / 256 + "." + n % 256).build());
    }

    /**
     * Checks a join into {@link #POOL} under XenServer 5.6 rules with the default context.
     *
     * @param host the candidate
     * @return the report
     */
    public static JoinReport evaluate(Host host) {
        return RuleSets.xenServer56().evaluate(POOL, host);
    }

    /**
     * Checks a join into a pool under XenServer 5.6 rules with a context.
     *
     * @param pool the pool
     * @param host the candidate
     * @param context the context
     * @return the report
     */
    public static JoinReport evaluate(Pool pool, Host host, JoinContext context) {
        return RuleSets.xenServer56().evaluate(pool, host, context);
    }

    /**
     * Returns the single violation of a rule, failing when there is not exactly one.
     *
     * @param report the report
     * @param ruleId the rule
     * @return the violation
     */
    public static Violation only(JoinReport report, String ruleId) {
        List<Violation> found = report.violationsOf(ruleId);
        assertEquals(1, found.size(), () -> "expected one violation of " + ruleId + ":\n" + report.render());
        return found.get(0);
    }

    /**
     * Returns the descriptions of a violation's remediation steps.
     *
     * @param violation the violation
     * @return the steps' text
     */
    public static List<String> steps(Violation violation) {
        return violation.remediation().stream().map(RemediationStep::description).toList();
    }
}
