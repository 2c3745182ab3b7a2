package io.github.xenpool.rules.lifecycle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolStatus;
import io.github.xenpool.rules.SamplePools;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where members go in a pool when hosts join, fail and are promoted. */
class LifecycleEdgesTest {

    private final PoolLifecycle life = PoolLifecycle.xenServer56();
    private final Pool pool = SamplePools.enterpriseIntelPool();
    private final Host xs01 = pool.master();
    private final Host xs02 = pool.secondaries().get(0);
    private final Host xs03 = pool.secondaries().get(1);

    private static <T> T right(Either<PoolProblem, T> result) {
        assertTrue(result.isRight(), () -> "refused: " + result.getLeft());
        return result.get();
    }

    private static List<String> hostnames(List<Host> hosts) {
        return hosts.stream().map(Host::hostname).toList();
    }

    @Test
    void aJoiningHostBecomesTheNewestSecondary() {
        Pool joined = right(life.join(pool, SamplePools.compliantCandidate()));

        assertAll(
                () -> assertEquals("xs-01", joined.master().hostname()),
                () -> assertEquals(List.of("xs-02", "xs-03", "xs-04"), hostnames(joined.secondaries())),
                () -> assertEquals(new Membership.Member(pool.id()), joined.secondaries().get(2).membership()),
                () -> assertEquals(new Membership.Master(pool.id(), 4), joined.master().membership()),
                () -> assertEquals(pool.secondaries().get(0), joined.secondaries().get(0)),
                () -> assertEquals(pool.secondaries().get(1), joined.secondaries().get(1)),
                () -> assertEquals(4, joined.size()));
    }

    @Test
    void twoJoinsKeepJoinOrder() {
        Host newer = SamplePools.newerIntelCandidate();
        Pool once = right(life.join(pool, SamplePools.compliantCandidate()));
        Pool twice = right(life.join(once, newer));

        assertEquals(List.of("xs-02", "xs-03", "xs-04", "xs-05"), hostnames(twice.secondaries()));
        assertEquals(new Membership.Master(pool.id(), 5), twice.master().membership());
    }

    @Test
    void aSecondaryFailingLeavesThePoolAvailableWithThatHostOffline() {
        Pool failed = right(life.hostFailed(pool, xs02.id()));

        assertAll(
                () -> assertEquals(PoolStatus.AVAILABLE, failed.status()),
                () -> assertEquals(Set.of(xs02.id()), failed.offlineHosts()),
                () -> assertFalse(failed.isOnline(xs02.id())),
                () -> assertTrue(failed.isOnline(xs01.id())),
                () -> assertTrue(failed.isOnline(xs03.id())),
                () -> assertEquals("xs-01", failed.master().hostname()),
                () -> assertEquals(List.of("xs-02", "xs-03"), hostnames(failed.secondaries())),
                () -> assertEquals(Set.of(), pool.offlineHosts(), "the input pool is unchanged"));
    }

    @Test
    void aSecondaryFailingInAnHaPoolDoesNotChangeTheMaster() {
        Pool ha = right(life.enableHa(pool));

        Pool failed = right(life.hostFailed(ha, xs03.id()));

        assertEquals("xs-01", failed.master().hostname());
        assertEquals(PoolStatus.AVAILABLE, failed.status());
        assertEquals(Set.of(xs03.id()), failed.offlineHosts());
        assertTrue(failed.haEnabled());
    }

    @Test
    void aDesignatedMasterPutsTheOldMasterFirstAmongTheSecondaries() {
        Pool promoted = right(life.designateMaster(pool, xs03.id()));

        assertAll(
                () -> assertEquals("xs-03", promoted.master().hostname()),
                () -> assertEquals(List.of("xs-01", "xs-02"), hostnames(promoted.secondaries())),
                () -> assertEquals(new Membership.Master(pool.id(), 3), promoted.master().membership()),
                () -> assertEquals(new Membership.Member(pool.id()), promoted.secondaries().get(0).membership()),
                () -> assertEquals(PoolStatus.AVAILABLE, promoted.status()));
    }

    @Test
    void afterAPromotionEveryClockIsMeasuredFromTheNewMaster() {
        Pool skewed = pool.toBuilder()
                .secondaries(List.of(xs02.withClock(new HostClock(Duration.ofMillis(1500), true)),
                        xs03.withClock(new HostClock(Duration.ofMillis(-400), false))))
                .build();

        Pool promoted = right(life.designateMaster(skewed, xs02.id()));

        assertAll(
                () -> assertEquals("xs-02", promoted.master().hostname()),
                () -> assertEquals(new HostClock(Duration.ZERO, true), promoted.master().clock().orElseThrow()),
                () -> assertEquals(new HostClock(Duration.ofMillis(-1500), xs01.clock().orElseThrow().ntpConfigured()),
                        promoted.secondaries().get(0).clock().orElseThrow(), "the old master"),
                () -> assertEquals(new HostClock(Duration.ofMillis(-1900), false),
                        promoted.secondaries().get(1).clock().orElseThrow(), "xs-03"),
                () -> assertEquals(List.of("xs-01", "xs-03"), hostnames(promoted.secondaries())));
    }
}
