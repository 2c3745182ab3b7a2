package io.github.xenpool.rules.pool;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.SamplePools;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolRulesTest {

    private static final String OTHER_POOL = "0e9d8c7b-6a59-4483-a726-15f4e3d2c1b0";

    /** The Intel pool grown to the given size with copies of the compliant candidate. */
    static Pool poolOfSize(int size) {
        Pool.Builder builder = POOL.toBuilder();
        for (int i = POOL.size(); i < size; i++) {
            builder.secondary(candidate(i).hostname("xs-" + (10 + i)).build());
        }
        return builder.build();
    }

    @Test
    void aFullPoolTakesNoMoreHosts() {
        Violation v = only(evaluate(poolOfSize(16), candidate().build(), JoinContext.defaults()), PoolRules.SIZE);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("pool", v.subject().path()),
                () -> assertEquals(new ViolationDetails.PoolSize(16, 16), v.details()),
                () -> assertEquals("at most 15 hosts before the join", v.expected()),
                () -> assertEquals("16 hosts", v.actual()),
                () -> assertEquals(List.of("Join xs-04 to another pool, or make it the master of a new pool"), steps(v)),
                () -> assertEquals("LICENCE_RESTRICTION", v.xapiErrorCode().orElseThrow()));
    }

    @Test
    void aPoolOfFifteenTakesTheSixteenth() {
        JoinAssertions.assertNoViolationOf(evaluate(poolOfSize(15), candidate().build(), JoinContext.defaults()),
                PoolRules.SIZE);
    }

    @Test
    void theMaximumComesFromTheContext() {
        JoinReport report = evaluate(POOL, candidate().build(), JoinContext.defaults().withMaxPoolSize(3));
        assertEquals(new ViolationDetails.PoolSize(3, 3), only(report, PoolRules.SIZE).details());
    }

    @Test
    void aMemberOfAnotherPoolMustBeEjectedFirst() {
        Violation v = only(evaluate(candidate().membership(new Membership.Member(OTHER_POOL)).build()),
                PoolRules.STANDALONE);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.membership", v.subject().path()),
                () -> assertEquals("standalone", v.expected()),
                () -> assertEquals("member of pool " + OTHER_POOL, v.actual()),
                () -> assertTrue(steps(v).get(0).startsWith("Eject xs-04 from pool " + OTHER_POOL), steps(v).get(0)),
                () -> assertEquals("HOST_IS_SLAVE", v.xapiErrorCode().orElseThrow()));
    }

    @Test
    void theMasterOfAPoolWithOtherHostsCannotJoin() {
        Violation v = only(evaluate(candidate().membership(new Membership.Master(OTHER_POOL, 3)).build()),
                PoolRules.STANDALONE);

        assertEquals("JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS", v.xapiErrorCode().orElseThrow());
        assertTrue(v.message().contains("master of pool " + OTHER_POOL + " with 2 other hosts"), v.message());
        assertTrue(steps(v).get(0).startsWith("Eject the 2 other hosts from pool " + OTHER_POOL), steps(v).get(0));
    }

    @Test
    void theMasterOfAPoolOfOneIsFreeToJoin() {
        JoinAssertions.assertAllowed(evaluate(candidate().membership(new Membership.Master(OTHER_POOL, 1)).build()));
    }

    @Test
    void aHostAlreadyInThePoolCannotJoinAgain() {
        Host member = POOL.secondaries().get(0);
        Violation v = only(evaluate(member), PoolRules.STANDALONE);

        assertTrue(v.message().contains("is already a member of pool prod-intel"), v.message());
    }

    @Test
    void aPoolWithoutSharedStorageIsNotedButNotBlocked() {
        Pool noStorage = POOL.toBuilder().sharedStorage(List.of()).build();

        JoinReport report = evaluate(noStorage, candidate().build(), JoinContext.defaults());
        Violation v = only(report, PoolRules.SHARED_STORAGE);

        assertAll(
                () -> assertEquals(Verdict.ALLOWED, report.verdict()),
                () -> assertEquals(Severity.INFO, v.severity()),
                () -> assertEquals("pool", v.subject().path()),
                () -> assertEquals(List.of("Create a shared SR (NFS or iSCSI) for pool prod-intel",
                        "Copy the disks of VMs on local storage to the shared SR"), steps(v)),
                () -> assertTrue(v.xapiErrorCode().isEmpty()));
    }

    @Test
    void aPoolWithSharedStorageGetsNoNote() {
        JoinAssertions.assertNoViolationOf(evaluate(SamplePools.compliantCandidate()), PoolRules.SHARED_STORAGE);
    }
}
