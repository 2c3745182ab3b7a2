package io.github.xenpool.rules.network;

import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static io.github.xenpool.rules.LevellingFixtures.POOL;
import static io.github.xenpool.rules.LevellingFixtures.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network checks of the levelling era, as the levelling rule set holds them (xapi's): the
 * management VLAN and the host's other interfaces, and their fixes; and the rule that checked the
 * other interfaces at once before, which rule sets of one's own may still use.
 */
class LevellingNetworkRulesTest {

    private final RuleSet levelling = RuleSets.levelling();

    private static ManagementInterface.Builder management() {
        return candidate().build().managementInterface().toBuilder();
    }

    private static Pool masterOnVlan(int tag) {
        return POOL.toBuilder().master(POOL.master().toBuilder().managementInterface(
                POOL.master().managementInterface().toBuilder().vlanTag(tag).build()).build()).build();
    }

    @Test
    void aTaggedHostJoiningAnUntaggedPoolIsToldToMoveToAnUntaggedNic() {
        Host tagged = candidate().managementInterface(management().vlanTag(30).build()).build();

        JoinReport report = levelling.evaluate(POOL, tagged);
        Violation v = only(report, NetworkRules.MANAGEMENT_VLAN);

        assertEquals(List.of(v), report.violations(), report.render());
        assertEquals(Severity.BLOCKER, v.severity());
        assertTrue(v.fixableByConfiguration());
        assertEquals("host.managementInterface.vlanTag", v.subject().path());
        assertEquals("untagged", v.expected());
        assertEquals("on VLAN 30", v.actual());
        assertEquals(List.of("30", "-1"), v.xapiErrorParameters(), "the joining host's tag, then the master's");
        assertEquals("the management interface of " + tagged.hostname() + " is on VLAN 30 and the master "
                + POOL.master().hostname() + "'s is untagged; a joining host's management traffic must be on the"
                + " pool's management VLAN", v.message());
        assertEquals(List.of("Move the management interface of " + tagged.hostname()
                + " to an untagged physical NIC"), steps(v));
    }

    @Test
    void anUntaggedHostJoiningATaggedPoolIsToldWhichVlanToMoveTo() {
        Host untagged = candidate().build();

        Violation v = only(levelling.evaluate(masterOnVlan(20), untagged), NetworkRules.MANAGEMENT_VLAN);

        assertEquals("on VLAN 20", v.expected());
        assertEquals("untagged", v.actual());
        assertEquals(List.of("-1", "20"), v.xapiErrorParameters());
        assertEquals(List.of("Move the management interface of " + untagged.hostname() + " to VLAN 20"), steps(v));
    }

    @Test
    void eachVlanOrBondBesidesManagementIsOneBlockerOfItsOwnCheckWithItsOwnFix() {
        Host host = candidate().networkInterface(NetworkInterface.vlan("eth1.40", 40))
                .networkInterface(NetworkInterface.physical("eth2"))
                .networkInterface(NetworkInterface.bond("bond1")).build();

        JoinReport report = levelling.evaluate(POOL, host);
        Violation vlan = only(report, NetworkRules.NON_MANAGEMENT_VLANS);
        Violation bond = only(report, NetworkRules.BONDS);

        assertEquals(List.of(bond, vlan), report.blockers(), "in xapi's order: bonds first");
        assertEquals("VLAN 40 (eth1.40)", vlan.actual());
        assertEquals("no non-management VLANs", vlan.expected());
        assertTrue(vlan.fixableByConfiguration());
        assertEquals(host.hostname() + " has the VLAN 40 (eth1.40) besides its management interface; a joining host"
                + " may have no non-management VLANs, since it takes the pool's networks", vlan.message());
        assertEquals(List.of("Remove the VLAN 40 (eth1.40) from " + host.hostname() + " (xe vlan-destroy)",
                "Join " + host.hostname() + " to pool prod-intel, then use the pool's VLANs"), steps(vlan));
        assertEquals("bond bond1", bond.actual());
        assertEquals(List.of("Destroy the bond bond1 of " + host.hostname() + " (xe bond-destroy)",
                "Join " + host.hostname() + " to pool prod-intel, then bond its NICs again on the pool's bonded"
                        + " network"), steps(bond));
    }

    @Test
    void aTunnelAndAnSriovNetworkEachBlockWithXapisOwnError() {
        Host host = candidate().networkInterface(NetworkInterface.tunnel("tunnel0"))
                .networkInterface(NetworkInterface.sriov("eth3")).build();

        List<Violation> found = levelling.evaluate(POOL, host).blockers();

        assertEquals(List.of(NetworkRules.TUNNELS, NetworkRules.SRIOVS), found.stream().map(Violation::ruleId)
                .toList());
        assertEquals(List.of("tunnel tunnel0", "SR-IOV network on eth3"), found.stream().map(Violation::actual).toList());
        assertEquals(List.of("POOL_JOINING_HOST_HAS_TUNNELS", "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS"),
                found.stream().map(v -> v.xapiErrorCode().orElseThrow()).toList());
        assertEquals("Join " + host.hostname() + " to pool prod-intel, then use the pool's private networks",
                steps(found.get(0)).get(1));
    }

    @Test
    void theRuleOfOtherInterfacesGivesOneBlockerPerInterfaceWithItsOwnFix() {
        Host host = candidate().networkInterface(NetworkInterface.vlan("eth1.40", 40))
                .networkInterface(NetworkInterface.physical("eth2"))
                .networkInterface(NetworkInterface.bond("bond1")).networkInterface(NetworkInterface.tunnel("tunnel0"))
                .build();

        List<Violation> found = NetworkRules.noOtherVlansOrBonds().evaluate(POOL, host, JoinContext.defaults());

        assertEquals(3, found.size());
        Violation vlan = found.get(0);
        assertEquals("VLAN 40 (eth1.40)", vlan.actual());
        assertEquals("physical NICs only", vlan.expected());
        assertTrue(vlan.fixableByConfiguration());
        assertEquals(host.hostname() + " has the VLAN 40 (eth1.40) besides its management interface; a joining host"
                + " takes the pool's networks, so it may have no VLANs, bonds, tunnels or SR-IOV networks of its own",
                vlan.message());
        assertEquals(List.of("Remove the VLAN 40 (eth1.40) from " + host.hostname(),
                "After the join, use the pool's networks (create the VLAN pool-wide if it is needed)"), steps(vlan));
        assertEquals(List.of("Remove the bond bond1 from " + host.hostname(),
                "After the join, use the pool's networks (create the bond pool-wide if it is needed)"),
                steps(found.get(1)));
        assertEquals(List.of("POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS", "POOL_JOINING_HOST_HAS_BONDS",
                "POOL_JOINING_HOST_HAS_TUNNELS"), found.stream().map(v -> v.xapiErrorCode().orElseThrow()).toList());
        assertEquals("After the join, use the pool's networks (create the private network pool-wide if it is needed)",
                steps(found.get(2)).get(1));
    }
}
