package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.testkit.Blank;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * pool-testkit's join cases against xapi's checks of the joining host's licence and own pool, of
 * who joins and of updates in progress: a compliant case passes them all, each mutation trips
 * exactly its own, and each blanked fact leaves a "cannot check" of the rule that reads it.
 */
class XapiChecksOnJoinCasesTest {

    private static final RuleSet CHECKS = RuleSet.of("xapi-licence-and-own-pool", CpuLevelPolicy.LEVELLING,
            JoinContext.defaults(), List.of(LicenceRules.pooling(), LicenceRules.poolSize(),
                    PoolRules.hostHaDisabled(), PoolRules.hostClusteringDisabled(), PoolRules.notJoiningItself(),
                    PoolRules.noOtherHosts(), LicenceRules.poolEdition(), PoolRules.hostNotUpdating(),
                    PoolRules.poolNotUpdating()));

    /** The check each mutation trips; the others trip none of them. */
    private static final Map<Mutation, String> TRIPS = new EnumMap<>(Map.of(
            Mutation.POOLING_UNLICENSED, LicenceRules.POOLING,
            Mutation.POOL_SIZE_RESTRICTED, LicenceRules.POOL_SIZE,
            Mutation.HA_ENABLED_ON_HOST, PoolRules.HOST_HA_DISABLED,
            Mutation.CLUSTERING_ON_HOST, PoolRules.HOST_CLUSTERING_DISABLED,
            Mutation.JOINING_ITSELF, PoolRules.NOT_ITSELF,
            Mutation.IN_ANOTHER_POOL, PoolRules.NO_OTHER_HOSTS,
            Mutation.LICENCE_EDITION, LicenceRules.POOL_EDITION,
            Mutation.HOST_APPLYING_UPDATES, PoolRules.HOST_NOT_UPDATING,
            Mutation.POOL_APPLYING_UPDATES, PoolRules.POOL_NOT_UPDATING));

    /** The check that reads each blanked fact, among these. */
    private static final Map<Blank, Set<String>> READ_BY = new EnumMap<>(Map.of(
            Blank.HOST_OWN_POOL, Set.of(LicenceRules.POOLING, PoolRules.HOST_HA_DISABLED,
                    PoolRules.HOST_CLUSTERING_DISABLED, PoolRules.HOST_NOT_UPDATING),
            Blank.HOST_OWN_POOL_HA, Set.of(PoolRules.HOST_HA_DISABLED),
            Blank.HOST_CLUSTERING, Set.of(PoolRules.HOST_CLUSTERING_DISABLED),
            Blank.POOL_OPERATIONS, Set.of(PoolRules.POOL_NOT_UPDATING),
            Blank.HOST_LICENCE, Set.of(LicenceRules.POOL_EDITION),
            Blank.MEMBER_LICENCE, Set.of(LicenceRules.POOL_EDITION)));

    private static Set<String> ids(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).collect(Collectors.toSet());
    }

    @Test
    void aCompliantCasePassesEveryCheck() {
        qt(150).forAll(JoinCases.compliant()).checkAssert(c -> {
            JoinReport report = CHECKS.evaluate(c.pool(), c.host());
            assertEquals(List.of(), report.violations(), report::render);
            assertEquals(true, report.xapiAnswer().isCertain(), report::render);
        });
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void eachMutationTripsExactlyItsCheckWithXapisError(Mutation mutation) {
        Set<String> expected = TRIPS.containsKey(mutation) ? Set.of(TRIPS.get(mutation)) : Set.of();
        qt(40).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            JoinReport report = CHECKS.evaluate(c.pool(), c.host());
            assertEquals(expected, ids(report.violations()), () -> c + "\n" + report.render());
            assertEquals(expected, ids(report.blockers()), () -> c + "\n" + report.render());
            report.blockers().forEach(v -> assertEquals(true, v.xapiErrorCode().isPresent(), v::toString));
        });
    }

    @Test
    void aCandidateWithTheMastersUuidCannotBecomeSlaveOfItself() {
        qt(40).forAll(JoinCases.mutated(Mutation.JOINING_ITSELF)).checkAssert(c -> {
            Violation v = CHECKS.evaluate(c.pool(), c.host()).violationsOf(PoolRules.NOT_ITSELF).get(0);
            assertEquals(List.of("Host cannot become slave of itself"), v.xapiErrorParameters(), v::toString);
        });
    }

    @ParameterizedTest
    @EnumSource(Blank.class)
    void aBlankedFactLeavesACannotCheckOfEachCheckThatReadsIt(Blank blank) {
        qt(40).forAll(JoinCases.compliant().map(blank::applyTo)).checkAssert(c -> {
            Set<String> expected = new HashSet<>(READ_BY.getOrDefault(blank, Set.of()));
            if (blank == Blank.HOST_OWN_POOL && c.pool().size() >= 3) {
                // The licence's pool size restriction matters only from 3 hosts on.
                expected.add(LicenceRules.POOL_SIZE);
            }
            JoinReport report = CHECKS.evaluate(c.pool(), c.host());
            assertEquals(expected, ids(report.violations()), () -> blank + "\n" + report.render());
            report.violations().forEach(v -> {
                assertEquals(Severity.WARNING, v.severity(), v::toString);
                assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
            });
        });
    }
}
