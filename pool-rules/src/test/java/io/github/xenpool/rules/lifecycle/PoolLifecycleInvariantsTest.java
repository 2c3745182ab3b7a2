package io.github.xenpool.rules.lifecycle;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolStatus;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invariants of pools across long random sequences of operations on random pools: checked after
 * every step, whether the step succeeded or was refused.
 */
class PoolLifecycleInvariantsTest {

    private static final PoolLifecycle LIFE = PoolLifecycle.xenServer56();
    private static final int MAX_SIZE = 16;

    enum Kind { JOIN, EJECT, DESIGNATE, FAIL, RECOVER, EMERGENCY, ENABLE_HA, DISABLE_HA }

    record Step(Kind kind, int index) {
    }

    private static Gen<List<Step>> sequences() {
        Gen<Step> step = Generate.enumValues(Kind.class).zip(integers().between(0, 99), Step::new);
        return lists().of(step).ofSizeBetween(1, 40);
    }

    /** Hosts outside the pool that may try to join: copies of the compliant candidate, some with a running VM. */
    private static List<Host> outsiders(Host compliant) {
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Host.Builder copy = compliant.toBuilder().hostname("outsider-" + i)
                    .id(UUID.nameUUIDFromBytes(("outsider:" + compliant.id() + ":" + i).getBytes()).toString());
            if (i % 5 == 4) {
                copy.vm(Vm.builder().uuid(UUID.nameUUIDFromBytes(("vm:" + i).getBytes()).toString()).name("busy")
                        .powerState(PowerState.RUNNING).build());
            }
            hosts.add(copy.build());
        }
        return hosts;
    }

    private final java.util.Map<Kind, Integer> succeeded = new java.util.EnumMap<>(Kind.class);
    private final java.util.Map<Kind, Integer> refused = new java.util.EnumMap<>(Kind.class);

    @Test
    void everyStepKeepsThePoolWhole() {
        qt(150).forAll(JoinCases.compliant(), sequences()).checkAssert(this::run);

        // The sequences exercise every operation both ways, so the invariants above are not vacuous.
        for (Kind kind : Kind.values()) {
            assertTrue(succeeded.getOrDefault(kind, 0) > 0, kind + " never succeeded: " + succeeded);
            assertTrue(refused.getOrDefault(kind, 0) > 0, kind + " was never refused: " + refused);
        }
    }

    private void run(JoinCase start, List<Step> steps) {
        Pool pool = start.pool();
        List<Host> outside = outsiders(start.host());
        checkInvariants(pool);
        for (Step step : steps) {
            Pool before = pool;
            List<Host> membersBefore = List.copyOf(pool.members());
            Set<String> offlineBefore = Set.copyOf(pool.offlineHosts());
            boolean wasUnavailable = pool.status() == PoolStatus.NO_MASTER;
            Host member = pool.members().get(step.index() % pool.size());

            Either<PoolProblem, Pool> result;
            switch (step.kind()) {
                case JOIN: {
                    Host candidate = outside.get(step.index() % outside.size());
                    result = LIFE.join(pool, candidate);
                    if (result.isRight()) {
                        outside.remove(candidate);
                        FeatureSet foretold = LIFE.rules().evaluate(pool, candidate).resultingCpuLevel().orElseThrow().features();
                        assertEquals(foretold, result.get().cpuLevel().orElseThrow().features(), "the report foretold the level");
                    }
                    break;
                }
                case EJECT: {
                    Either<PoolProblem, Ejection> ejected = LIFE.eject(pool, member.id());
                    ejected.forEach(e -> {
                        assertEquals(Membership.standalone(), e.host().membership());
                        assertFalse(e.host().cpu().isMasked());
                        outside.add(e.host());
                    });
                    result = ejected.map(Ejection::pool);
                    break;
                }
                case DESIGNATE:
                    result = LIFE.designateMaster(pool, member.id());
                    break;
                case FAIL:
                    result = LIFE.hostFailed(pool, member.id());
                    break;
                case RECOVER:
                    result = LIFE.hostRecovered(pool, member.id());
                    break;
                case EMERGENCY:
                    result = LIFE.emergencyTransitionToMaster(pool, member.id());
                    break;
                case ENABLE_HA:
                    result = LIFE.enableHa(pool);
                    break;
                default:
                    result = LIFE.disableHa(pool);
                    break;
            }

            assertEquals(membersBefore, before.members(), "no operation changes its input");
            assertEquals(offlineBefore, before.offlineHosts(), "no operation changes its input");
            boolean recovery = step.kind() == Kind.RECOVER || step.kind() == Kind.EMERGENCY;
            if (wasUnavailable && !recovery) {
                assertTrue(result.isLeft() && result.getLeft().code() == ProblemCode.POOL_UNAVAILABLE,
                        () -> "an unavailable pool accepts only recovery, but " + step + " gave " + result);
            }
            (result.isLeft() ? refused : succeeded).merge(step.kind(), 1, Integer::sum);
            if (result.isLeft()) {
                PoolProblem problem = result.getLeft();
                assertFalse(problem.message().isBlank(), "a refusal says why");
                assertEquals(problem.code() == ProblemCode.JOIN_BLOCKED, problem.report().isPresent());
            } else {
                pool = result.get();
                checkInvariants(pool);
            }
        }
    }

    private static void checkInvariants(Pool pool) {
        List<Host> members = pool.members();
        long masters = members.stream().filter(h -> h.membership() instanceof Membership.Master).count();
        assertEquals(1, masters, "exactly one master");
        if (pool.status() == PoolStatus.AVAILABLE) {
            assertTrue(pool.isOnline(pool.master().id()), "an available pool's master is up");
        }
        Set<String> ids = new HashSet<>();
        for (Host host : members) {
            assertTrue(ids.add(host.id()), "host id " + host.id() + " appears twice");
        }
        assertTrue(pool.size() <= MAX_SIZE, "the pool never exceeds " + MAX_SIZE + " hosts: " + pool.size());
        FeatureMask mask = pool.cpuFeatureMask();
        FeatureSet level = pool.cpuLevel().orElseThrow().compared();
        for (Host host : members) {
            assertEquals(level, mask.apply(host.cpu().features().orElseThrow()),
                    host.hostname() + " exposes the pool's level under the mask");
        }
        assertTrue(!pool.haEnabled() || pool.hasSharedStorage(), "HA only with shared storage");
    }
}
