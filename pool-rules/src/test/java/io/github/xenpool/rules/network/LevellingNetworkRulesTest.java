package io.github.xenpool.rules.network;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network rules of the levelling era: the management VLAN and the host's other interfaces, and their fixes. */
class LevellingNetworkRulesTest {

    private final RuleSet levelling = RuleSets.levelling();

    private static ManagementInterface.Builder management() {
        return ManagementInterface.builder().ipAddress("192.0.2.14");
    }

    private static Pool masterOnVlan(int tag) {
        return POOL.toBuilder().master(POOL.master().toBuilder().managementInterface(
                POOL.master().managementInterface().toBuilder().vlanTag(tag).build()).build()).build();
    }

    @Test
    void aTaggedHostJoiningAnUntaggedPoolIsToldToMoveToAnUntaggedNic() {
        Host tagged = candidate().managementInterface(management().vlanTag(30).build()).build();

        Violation v = only(levelling.evaluate(POOL, tagged), NetworkRules.MANAGEMENT_VLAN);

        assertEquals(Severity.BLOCKER, v.severity());
        assertTrue(v.fixableByConfiguration());
        assertEquals("host.managementInterface.vlanTag", v.subject().path());
        assertEquals("untagged", v.expected());
        assertEquals("on VLAN 30", v.actual());
        assertEquals("the management interface of " + tagged.hostname() + " is on VLAN 30 and the master "
                + POOL.master().hostname() + "'s is untagged; a joining host's management traffic must be on the"
                + " pool's management VLAN", v.message());
        assertEquals(List.of("Move the management interface of " + tagged.hostname()
                + " to an untagged physical NIC"), steps(v));
    }

    @Test
    void anUntaggedHostJoiningATaggedPoolIsToldWhichVlanToMoveTo() {
        Host untagged = candidate().managementInterface(management().build()).build();

        Violation v = only(levelling.evaluate(masterOnVlan(20), untagged), NetworkRules.MANAGEMENT_VLAN);

        assertEquals("on VLAN 20", v.expected());
        assertEquals("untagged", v.actual());
        assertEquals(List.of("Move the management interface of " + untagged.hostname() + " to VLAN 20"), steps(v));
    }

    @Test
    void eachVlanOrBondBesidesManagementIsOneBlockerWithItsOwnFix() {
        Host host = candidate().networkInterface(NetworkInterface.vlan("eth1.40", 40))
                .networkInterface(NetworkInterface.physical("eth2"))
                .networkInterface(NetworkInterface.bond("bond1")).build();

        List<Violation> found = levelling.evaluate(POOL, host).violationsOf(NetworkRules.OTHER_INTERFACES);

        assertEquals(2, found.size());
        Violation vlan = found.get(0);
        Violation bond = found.get(1);
        assertEquals("VLAN 40 (eth1.40)", vlan.actual());
        assertEquals("physical NICs only", vlan.expected());
        assertTrue(vlan.fixableByConfiguration());
        assertEquals(host.hostname() + " has the VLAN 40 (eth1.40) besides its management interface; a joining host"
                + " takes the pool's networks, so it may have no VLANs, bonds, tunnels or SR-IOV networks of its own",
                vlan.message());
        assertEquals(List.of("Remove the VLAN 40 (eth1.40) from " + host.hostname(),
                "After the join, use the pool's networks (create the VLAN pool-wide if it is needed)"), steps(vlan));
        assertEquals("bond bond1", bond.actual());
        assertEquals(List.of("Remove the bond bond1 from " + host.hostname(),
                "After the join, use the pool's networks (create the bond pool-wide if it is needed)"), steps(bond));
    }

    @Test
    void aTunnelAndAnSriovNetworkEachBlockWithXapisOwnError() {
        Host host = candidate().networkInterface(NetworkInterface.tunnel("tunnel0"))
                .networkInterface(NetworkInterface.sriov("eth3")).build();

        List<Violation> found = levelling.evaluate(POOL, host).violationsOf(NetworkRules.OTHER_INTERFACES);

        assertEquals(List.of("tunnel tunnel0", "SR-IOV network on eth3"), found.stream().map(Violation::actual).toList());
        assertEquals(List.of("POOL_JOINING_HOST_HAS_TUNNELS", "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS"),
                found.stream().map(v -> v.xapiErrorCode().orElseThrow()).toList());
        assertEquals("After the join, use the pool's networks (create the private network pool-wide if it is needed)",
                steps(found.get(0)).get(1));
    }
}
