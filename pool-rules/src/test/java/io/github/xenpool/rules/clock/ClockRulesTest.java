package io.github.xenpool.rules.clock;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.HostClock;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockRulesTest {

    @Test
    void aClockBeyondTheToleranceBlocks() {
        Violation v = only(evaluate(candidate().clock(Duration.ofSeconds(-42), false).build()), ClockRules.SYNC);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.clock", v.subject().path()),
                () -> assertEquals(new ViolationDetails.ClockSkew(Duration.ofSeconds(-42), Duration.ofSeconds(5), false),
                        v.details()),
                () -> assertEquals("within 5 s of xs-01, kept by NTP", v.expected()),
                () -> assertEquals("-42 s, no NTP", v.actual()),
                () -> assertTrue(v.message().contains("42 s behind the master xs-01's"), v.message()),
                () -> assertEquals(List.of("Configure NTP on xs-04 with the servers the pool uses",
                        "Synchronize the clock of xs-04 with xs-01 (for example, restart its NTP service) and check the"
                                + " join again"), steps(v)));
    }

    @Test
    void aClockAtTheToleranceWithNtpPasses() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().clock(Duration.ofSeconds(5), true).build()),
                ClockRules.SYNC);
    }

    @Test
    void aClockInStepWithoutNtpWarns() {
        var report = evaluate(candidate().clock(Duration.ofMillis(1500), false).build());
        Violation v = only(report, ClockRules.SYNC);

        assertEquals(Severity.WARNING, v.severity());
        assertEquals(Verdict.ALLOWED, report.verdict());
        assertEquals("+1.500 s, no NTP", v.actual());
        assertEquals(List.of("Configure NTP on xs-04 with the servers the pool uses"), steps(v));
    }

    @Test
    void theToleranceComesFromTheContext() {
        var host = candidate().clock(Duration.ofSeconds(8), true).build();

        JoinAssertions.assertNoViolationOf(evaluate(POOL, host, JoinContext.defaults()
                .withClockTolerance(Duration.ofSeconds(10))), ClockRules.SYNC);
        assertEquals(Severity.BLOCKER, only(evaluate(host), ClockRules.SYNC).severity());
    }

    @Test
    void aClockACenturyOffBlocksAndSaysSoWithoutFailing() {
        for (Duration offset : List.of(HostClock.MAX_OFFSET, HostClock.MAX_OFFSET.negated())) {
            Violation v = only(evaluate(candidate().clock(offset, true).build()), ClockRules.SYNC);

            assertEquals(Severity.BLOCKER, v.severity(), offset::toString);
            assertTrue(v.message().contains("3155760000 s"), v.message());
        }
    }

    @Test
    void nanosecondsBeyondTheToleranceBlockAndReadAsSeconds() {
        Violation v = only(evaluate(candidate().clock(Duration.ofSeconds(5, 1), true).build()), ClockRules.SYNC);

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals("+5 s, NTP configured", v.actual());
    }

    @Test
    void theLargestToleranceADurationHoldsPassesEveryClockWithoutFailing() {
        Duration largest = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        var host = candidate().clock(HostClock.MAX_OFFSET.negated(), false).build();

        Violation v = only(evaluate(POOL, host, JoinContext.defaults().withClockTolerance(largest)), ClockRules.SYNC);

        assertEquals(Severity.WARNING, v.severity(), "within the tolerance, but no NTP");
        assertTrue(v.expected().startsWith("within " + Long.MAX_VALUE + ".999 s"), v.expected());
        JoinAssertions.assertNoViolationOf(evaluate(POOL, host.withClock(new HostClock(HostClock.MAX_OFFSET, true)),
                JoinContext.defaults().withClockTolerance(largest)), ClockRules.SYNC);
    }
}
