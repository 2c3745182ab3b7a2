package io.github.xenpool.rules.lifecycle;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.validation.ModelValidator;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the rule set (each seed rule set with any one rule left out), a lifecycle operation
 * never throws on generated input, and whatever it returns as Right is a pool the model holds.
 */
class LifecycleNeverThrowsTest {

    static Stream<RuleSet> ruleSetsMissingOneRule() {
        List<RuleSet> sets = new ArrayList<>();
        for (RuleSet full : List.of(RuleSets.xenServer56(), RuleSets.levelling())) {
            for (String id : full.ruleIds()) {
                sets.add(full.remove(id).named(full.name() + " without " + id));
            }
        }
        return sets.stream();
    }

    /** Candidates the rules might let through but the model cannot hold, next to the generated one. */
    private static List<Host> candidates(JoinCase join) {
        Pool pool = join.pool();
        Host member = pool.secondaries().isEmpty() ? pool.master() : pool.secondaries().get(0);
        List<Host> hosts = new ArrayList<>();
        hosts.add(join.host());
        hosts.add(pool.master());
        hosts.add(member);
        hosts.add(member.withMembership(Membership.standalone()).toBuilder().hostname("twin").build());
        hosts.add(join.host().toBuilder().managementInterface(member.managementInterface()).build());
        return hosts;
    }

    private static <T> Either<PoolProblem, T> attempt(String what, Supplier<Either<PoolProblem, T>> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw new AssertionError(what + " threw instead of returning a problem", e);
        }
    }

    private static void holdsTheModel(Pool pool) {
        assertEquals(List.of(), ModelValidator.shared().validate(pool));
        assertEquals(pool, new Pool(pool.id(), pool.name(), pool.master(), pool.secondaries(), pool.haEnabled(),
                pool.sharedStorage(), pool.cpuFeatureMask(), pool.offlineHosts()), "the constructor accepts it again");
        Set<String> ids = new HashSet<>();
        pool.members().forEach(h -> assertTrue(ids.add(h.id()), "host ids are unique"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleSetsMissingOneRule")
    void joinNeverThrowsAndRightIsAPoolTheModelHolds(RuleSet rules) {
        PoolLifecycle life = PoolLifecycle.of(rules);
        qt(10).forAll(JoinCases.any()).checkAssert(join -> {
            for (Host candidate : candidates(join)) {
                Either<PoolProblem, Pool> result = attempt("join of " + candidate, () -> life.join(join.pool(),
                        candidate));
                if (result.isRight()) {
                    Pool joined = result.get();
                    holdsTheModel(joined);
                    assertEquals(join.pool().size() + 1, joined.size());
                    assertEquals(candidate.id(), joined.secondaries().get(joined.size() - 2).id());
                } else {
                    assertFalse(result.getLeft().message().isBlank());
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleSetsMissingOneRule")
    void everyOtherOperationNeverThrowsOnGeneratedInput(RuleSet rules) {
        PoolLifecycle life = PoolLifecycle.of(rules);
        String stranger = UUID.nameUUIDFromBytes(rules.name().getBytes()).toString();
        qt(5).forAll(JoinCases.any()).checkAssert(join -> {
            Pool pool = join.pool();
            List<Either<PoolProblem, Pool>> results = new ArrayList<>();
            results.add(attempt("enableHa", () -> life.enableHa(pool)));
            results.add(attempt("disableHa", () -> life.disableHa(pool)));
            for (String id : Stream.concat(pool.members().stream().map(Host::id), Stream.of(stranger, "", "x"))
                    .toList()) {
                results.add(attempt("eject " + id, () -> life.eject(pool, id).map(Ejection::pool)));
                results.add(attempt("designateMaster " + id, () -> life.designateMaster(pool, id)));
                Either<PoolProblem, Pool> failed = attempt("hostFailed " + id, () -> life.hostFailed(pool, id));
                results.add(failed);
                failed.forEach(down -> {
                    results.add(attempt("hostRecovered " + id, () -> life.hostRecovered(down, id)));
                    for (Host member : down.members()) {
                        results.add(attempt("emergencyTransitionToMaster " + member.id(),
                                () -> life.emergencyTransitionToMaster(down, member.id())));
                    }
                });
            }
            results.add(attempt("create", () -> life.create("lab", join.host()).map(NewPool::pool)));
            results.add(attempt("create with a blank name", () -> life.create(" ", join.host()).map(NewPool::pool)));
            results.add(attempt("create with a bad id", () -> life.create("42", "lab", join.host())
                    .map(NewPool::pool)));
            results.forEach(result -> result.forEach(LifecycleNeverThrowsTest::holdsTheModel));
        });
    }
}
