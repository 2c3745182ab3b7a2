package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two reports are equal when they say the same about the same join under the same rules. */
class JoinReportEqualityTest {

    private static final Pool POOL = SamplePools.enterpriseIntelPool();
    private static final String OTHER_ID = "00000000-0000-4000-8000-000000000002";

    private static JoinReport xs56(Pool pool, Host host) {
        return RuleSets.xenServer56().evaluate(pool, host);
    }

    @Test
    void evaluatingTheSameJoinTwiceGivesEqualReports() {
        JoinReport once = xs56(POOL, SamplePools.troubledCandidate());
        JoinReport again = xs56(POOL, SamplePools.troubledCandidate());

        assertEquals(once, again);
        assertEquals(once.hashCode(), again.hashCode());
    }

    @Test
    void reportsOnAnotherHostOrPoolDiffer() {
        JoinReport troubled = xs56(POOL, SamplePools.troubledCandidate());

        assertNotEquals(troubled, xs56(POOL, SamplePools.compliantCandidate()));
        assertNotEquals(xs56(POOL, SamplePools.compliantCandidate()), xs56(POOL, SamplePools.newerIntelCandidate()));
        assertNotEquals(troubled, xs56(SamplePools.advancedAmdPool(), SamplePools.troubledCandidate()));
    }

    @Test
    void aReportEqualsItselfAndReportsOfDifferentJoinsHashApart() {
        List<JoinReport> reports = List.of(xs56(POOL, SamplePools.troubledCandidate()),
                xs56(POOL, SamplePools.compliantCandidate()), xs56(POOL, SamplePools.newerIntelCandidate()),
                xs56(SamplePools.advancedAmdPool(), SamplePools.troubledCandidate()),
                RuleSets.levelling().evaluate(POOL, SamplePools.troubledCandidate()));

        for (JoinReport report : reports) {
            assertTrue(report.equals(report), report::toString);
        }
        assertEquals(reports.size(), reports.stream().mapToInt(JoinReport::hashCode).distinct().count());
    }

    @Test
    void reportsWithTheSameViolationsDifferWhenTheRulesOrNamesDiffer() {
        Host host = SamplePools.compliantCandidate();
        JoinReport report = JoinReport.of("xenServer56", POOL, host, List.of(), CpuLevelPolicy.MASKING);

        assertEquals(report, JoinReport.of("xenServer56", POOL, host, List.of(), CpuLevelPolicy.MASKING));
        assertNotEquals(report, JoinReport.of("mine", POOL, host, List.of(), CpuLevelPolicy.MASKING));
        assertNotEquals(report, JoinReport.of("xenServer56", POOL.toBuilder().name("other").build(), host, List.of(),
                CpuLevelPolicy.MASKING));
        assertNotEquals(report, JoinReport.of("xenServer56", POOL,
                host.toBuilder().hostname("xs-99").build(), List.of(), CpuLevelPolicy.MASKING));
        Pool sameNameOtherId = SamplePools.advancedAmdPool().toBuilder().name(POOL.name()).build();
        assertNotEquals(report, JoinReport.of("xenServer56", sameNameOtherId, host, List.of(), CpuLevelPolicy.MASKING));
        assertNotEquals(report, JoinReport.of("xenServer56", POOL, host.toBuilder().id(OTHER_ID).build(), List.of(),
                CpuLevelPolicy.MASKING));
        assertNotEquals(report, report.toString());
    }
}
