package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.testkit.JoinCases;
import org.junit.jupiter.api.Test;

/**
 * While a rule set evaluates a join, its context reads the xapi releases of the joining host and
 * of the master once; the laws say the rules get what {@link XapiReleases#of} reads, every time.
 */
class JoinScopeTest {

    private static XapiReleases read(Host host) {
        return XapiReleases.of(host.software().softwareVersion());
    }

    @Test
    void theScopedReleasesOfEveryHostAreThoseItsSoftwareVersionSays() {
        qt(300).forAll(JoinCases.any()).checkAssert(join -> {
            Pool pool = join.pool();
            Host host = join.host();
            JoinContext scoped = JoinContext.defaults().scopedTo(pool, host);
            assertEquals(read(host), scoped.xapiReleases(host));
            for (Host member : pool.members()) {
                assertEquals(read(member), scoped.xapiReleases(member), member.hostname());
            }
        });
    }

    @Test
    void theScopedReleasesOfTheHostAndTheMasterAreReadOnce() {
        qt(100).forAll(JoinCases.compliant()).checkAssert(join -> {
            JoinContext scoped = JoinContext.defaults().scopedTo(join.pool(), join.host());
            assertSame(scoped.xapiReleases(join.host()), scoped.xapiReleases(join.host()));
            assertSame(scoped.xapiReleases(join.pool().master()), scoped.xapiReleases(join.pool().master()));
        });
    }

    @Test
    void outsideAnEvaluationTheReleasesAreReadNow() {
        qt(100).forAll(JoinCases.compliant()).checkAssert(join -> assertEquals(read(join.host()),
                JoinContext.defaults().xapiReleases(join.host())));
    }

    @Test
    void theScopedCpuComparisonIsWorkedOutOnceForItsJoinOnly() {
        qt(100).forAll(JoinCases.any()).checkAssert(join -> {
            JoinContext scoped = JoinContext.defaults().scopedTo(join.pool(), join.host());
            CpuComparison once = scoped.cpuComparison(join.pool(), join.host());
            assertSame(once, scoped.cpuComparison(join.pool(), join.host()));
            CpuComparison now = CpuComparison.of(join.pool(), join.host());
            assertEquals(now.unknownFacts(), once.unknownFacts());
            if (now.isKnown()) {
                assertEquals(now.masking(), once.masking());
            }
        });
    }
}
