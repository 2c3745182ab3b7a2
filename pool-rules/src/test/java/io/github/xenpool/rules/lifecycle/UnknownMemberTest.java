package io.github.xenpool.rules.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolStatus;
import io.github.xenpool.rules.SamplePools;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** Every lifecycle operation that names a host refuses a host that is not a member of the pool. */
class UnknownMemberTest {

    private static final String STRANGER = "00000000-0000-4000-8000-000000000001";

    private final PoolLifecycle life = PoolLifecycle.xenServer56();
    private final Pool pool = SamplePools.enterpriseIntelPool();

    private void refusedAsNotAMember(Either<PoolProblem, ?> result) {
        assertTrue(result.isLeft(), () -> "expected NOT_A_MEMBER, got " + result.get());
        assertEquals(ProblemCode.NOT_A_MEMBER, result.getLeft().code(), result.getLeft().message());
        assertEquals("no member of pool " + pool.name() + " has id " + STRANGER, result.getLeft().message());
    }

    @Test
    void ejectingAStrangerIsRefused() {
        refusedAsNotAMember(life.eject(pool, STRANGER));
    }

    @Test
    void designatingAStrangerAsMasterIsRefused() {
        refusedAsNotAMember(life.designateMaster(pool, STRANGER));
    }

    @Test
    void aStrangerCannotFailOrRecoverInThePool() {
        refusedAsNotAMember(life.hostFailed(pool, STRANGER));
        refusedAsNotAMember(life.hostRecovered(pool, STRANGER));
    }

    @Test
    void aStrangerCannotBePromotedWhenTheMasterIsDown() {
        Pool down = life.hostFailed(pool, pool.master().id()).get();
        assertEquals(PoolStatus.NO_MASTER, down.status());

        refusedAsNotAMember(life.emergencyTransitionToMaster(down, STRANGER));
    }
}
