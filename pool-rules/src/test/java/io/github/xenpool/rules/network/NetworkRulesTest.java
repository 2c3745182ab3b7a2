package io.github.xenpool.rules.network;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.lifecycle.PoolLifecycle;
import io.github.xenpool.rules.lifecycle.PoolProblem;
import io.github.xenpool.rules.lifecycle.ProblemCode;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkRulesTest {

    private static ManagementInterface.Builder nic() {
        return ManagementInterface.builder().device("eth0").ipAddress("192.0.2.14");
    }

    @Test
    void dynamicDhcpBlocks() {
        Violation v = only(evaluate(candidate().managementInterface(nic().addressing(Addressing.DHCP).build()).build()),
                NetworkRules.STATIC_IP);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.managementInterface.addressing", v.subject().path()),
                () -> assertEquals(Subject.Kind.MANAGEMENT_INTERFACE, v.subject().kind()),
                () -> assertEquals("STATIC or DHCP_RESERVED", v.expected()),
                () -> assertEquals("DHCP", v.actual()),
                () -> assertEquals(List.of("Give eth0 of xs-04 a static IP address, or reserve 192.0.2.14 for it on"
                        + " the DHCP server"), steps(v)));
    }

    @Test
    void aDhcpReservationCountsAsStatic() {
        JoinAssertions.assertAllowed(evaluate(candidate()
                .managementInterface(nic().addressing(Addressing.DHCP_RESERVED).build()).build()));
    }

    @Test
    void aBondedManagementInterfaceBlocksWithThreeOrderedSteps() {
        Violation v = only(evaluate(candidate().managementInterface(nic().device("bond0").bonded(true).build()).build()),
                NetworkRules.BONDED_MANAGEMENT);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.managementInterface.bonded", v.subject().path()),
                () -> assertEquals("JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND", v.xapiErrorCode().orElseThrow()),
                () -> assertEquals(List.of(
                        "Move the management interface of xs-04 from bond0 to a physical NIC",
                        "Join xs-04 to pool prod-intel",
                        "Re-create the bond on xs-04 and move management back to it"), steps(v)));
    }

    @Test
    void aPhysicalNicPasses() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().build()), NetworkRules.BONDED_MANAGEMENT);
        JoinAssertions.assertNoViolationOf(evaluate(candidate().build()), NetworkRules.STATIC_IP);
    }

    @Test
    void aCandidateOnAMembersManagementAddressIsBlockedNamingTheMember() {
        Host xs02 = POOL.secondaries().get(0);
        JoinReport report = evaluate(candidate().managementInterface(nic().ipAddress("192.0.2.12").build()).build());
        Violation v = only(report, NetworkRules.ADDRESS_IN_USE);

        assertAll(
                () -> assertEquals(Verdict.BLOCKED, report.verdict()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.managementInterface.ipAddress", v.subject().path()),
                () -> assertTrue(v.message().contains("192.0.2.12 of xs-04 is that of xs-02 (" + xs02.id() + ")"),
                        v.message()),
                () -> assertEquals(new ViolationDetails.AddressInUse("192.0.2.12", xs02.id(), "xs-02"), v.details()),
                () -> assertEquals(List.of("Give eth0 of xs-04 another static IP address, or a DHCP reservation of its"
                        + " own, then check the join again"), steps(v)));
    }

    @Test
    void aCandidateOnAnAddressOfItsOwnPassesUnderBothRuleSets() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().build()), NetworkRules.ADDRESS_IN_USE);
        JoinAssertions.assertNoViolationOf(RuleSets.levelling().evaluate(LevellingFixtures.POOL,
                LevellingFixtures.candidate().build()), NetworkRules.ADDRESS_IN_USE);
    }

    @Test
    void theLifecycleNeverJoinsAHostOnAMembersAddress() {
        Host onXs03 = candidate().managementInterface(nic().ipAddress("192.0.2.13").build()).build();

        for (PoolLifecycle life : List.of(PoolLifecycle.xenServer56(), PoolLifecycle.of(RuleSets.levelling()))) {
            boolean levelling = life.rules().name().equals(RuleSets.LEVELLING);
            PoolProblem problem = life.join(levelling ? LevellingFixtures.POOL : POOL,
                    levelling ? LevellingFixtures.levelled(onXs03) : onXs03).getLeft();
            assertEquals(ProblemCode.JOIN_BLOCKED, problem.code(), problem.message());
            assertEquals(List.of(NetworkRules.ADDRESS_IN_USE), problem.report().orElseThrow().blockers().stream()
                    .map(Violation::ruleId).toList(), life.rules().name());
        }
    }
}
