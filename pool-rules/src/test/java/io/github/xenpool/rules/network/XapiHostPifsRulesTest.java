package io.github.xenpool.rules.network;

import static io.github.xenpool.rules.DumpSamples.COWLEY;
import static io.github.xenpool.rules.DumpSamples.COWLEY1;
import static io.github.xenpool.rules.DumpSamples.SMALL_VMS;
import static io.github.xenpool.rules.DumpSamples.TAMPA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.rules.DumpSamples;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * xapi's checks of the joining host's own PIFs (bonds, tunnels, SR-IOV networks, VLANs), of today
 * and of earlier releases, on hosts imported from real xapi database dumps.
 */
class XapiHostPifsRulesTest {

    private static final Pool TAMPA_POOL = DumpSamples.pool(DumpSamples.records(TAMPA));
    /** Only physical NICs: eth0 for management, eth1. */
    private static final Host DT40 = DumpSamples.host(DumpSamples.records(SMALL_VMS), null);
    /** A bond, a VLAN and a tunnel besides its management NIC. */
    private static final Host GRIMSBY = DumpSamples.host(DumpSamples.records(COWLEY1), "grimsby");
    /** VLAN 1 on eth1 besides its management NIC. */
    private static final Host BERLIN = DumpSamples.host(DumpSamples.records(COWLEY), null);

    private static final List<JoinRule> TODAY = List.of(NetworkRules.bonds(), NetworkRules.tunnels(),
            NetworkRules.sriovs(), NetworkRules.nonManagementVlans());

    private static List<Violation> check(JoinRule rule, Host host) {
        return rule.evaluate(TAMPA_POOL, host, JoinContext.defaults());
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    private static void assertBlocks(Violation v, XapiError error, String path) {
        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(error), v.xapiError()),
                () -> assertEquals(List.of(), v.xapiErrorParameters()),
                () -> assertEquals(path, v.subject().path()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    @Test
    void aHostWithPhysicalNicsOnlyPassesEveryCheckOfItsPifs() {
        assertTrue(DT40.networkInterfaces().stream().allMatch(nic -> nic.kind() == NetworkInterface.Kind.PHYSICAL));
        for (JoinRule rule : List.of(NetworkRules.bonds(), NetworkRules.tunnels(), NetworkRules.sriovs(),
                NetworkRules.nonManagementVlans(), NetworkRules.networkBond(), NetworkRules.onlyPhysicalPifs())) {
            assertEquals(List.of(), check(rule, DT40), rule.id());
        }
    }

    @Test
    void grimsbysBondVlanAndTunnelAreEachRefusedByTheirOwnCheck() {
        assertBlocks(only(check(NetworkRules.bonds(), GRIMSBY)), XapiError.POOL_JOINING_HOST_HAS_BONDS,
                "host.networkInterfaces[bond0]");
        assertBlocks(only(check(NetworkRules.tunnels(), GRIMSBY)), XapiError.POOL_JOINING_HOST_HAS_TUNNELS,
                "host.networkInterfaces[tunnel0]");
        assertBlocks(only(check(NetworkRules.nonManagementVlans(), GRIMSBY)),
                XapiError.POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS, "host.networkInterfaces[eth2]");
        assertEquals(List.of(), check(NetworkRules.sriovs(), GRIMSBY));
    }

    @Test
    void berlinsVlanIsANonManagementVlan() {
        Violation v = only(check(NetworkRules.nonManagementVlans(), BERLIN));

        assertBlocks(v, XapiError.POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS, "host.networkInterfaces[eth1]");
        assertEquals("berlin has the VLAN 1 (eth1) besides its management interface; a joining host may have no"
                + " non-management VLANs, since it takes the pool's networks", v.message());
        assertEquals(List.of("Remove the VLAN 1 (eth1) from berlin (xe vlan-destroy)",
                "Join berlin to pool " + TAMPA_POOL.name() + ", then use the pool's VLANs"),
                v.remediation().stream().map(RemediationStep::description).toList());
    }

    @Test
    void aManagementInterfaceOnAVlanIsNoNonManagementVlan() {
        Host tagged = DT40.toBuilder().managementInterface(DT40.managementInterface().toBuilder().vlanTag(20).build())
                .build();

        assertEquals(List.of(), check(NetworkRules.nonManagementVlans(), tagged));
    }

    @Test
    void aBondedManagementInterfaceIsABondForXapi() {
        Host bonded = DT40.toBuilder().managementInterface(DT40.managementInterface().toBuilder().device("bond0")
                .bonded(true).build()).build();

        assertBlocks(only(check(NetworkRules.bonds(), bonded)), XapiError.POOL_JOINING_HOST_HAS_BONDS,
                "host.managementInterface.bonded");
        assertBlocks(only(check(NetworkRules.networkBond(), bonded)),
                XapiError.JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND, "host.managementInterface.bonded");
    }

    @Test
    void anSrIovNetworkIsRefused() {
        Host sriov = DT40.toBuilder().networkInterface(NetworkInterface.sriov("eth1")).build();

        Violation v = only(check(NetworkRules.sriovs(), sriov));

        assertBlocks(v, XapiError.POOL_JOINING_HOST_HAS_NETWORK_SRIOVS, "host.networkInterfaces[eth1]");
        assertEquals("SR-IOV network on eth1", v.actual());
        assertEquals(Optional.of(XapiReleases.since("1.85.0")), NetworkRules.sriovs().descriptor().xapiReleases());
    }

    @Test
    void anIncompleteListOfInterfacesCannotBeCheckedButWhatItListsStillBlocks() {
        Host listed = DT40.toBuilder().incomplete(Host.Listing.NETWORK_INTERFACES).build();
        Host grimsby = GRIMSBY.toBuilder().incomplete(Host.Listing.NETWORK_INTERFACES).build();

        for (JoinRule rule : TODAY) {
            Violation v = only(check(rule, listed));
            assertEquals(Severity.WARNING, v.severity(), rule.id());
            assertInstanceOf(ViolationDetails.UnknownFact.class, v.details(), rule.id());
        }
        List<Violation> bonds = check(NetworkRules.bonds(), grimsby);
        assertEquals(List.of(Severity.BLOCKER, Severity.WARNING), bonds.stream().map(Violation::severity).toList());
    }

    @Test
    void whetherTheManagementInterfaceIsABondIsAskedWhenUnknown() {
        Host unknown = DT40.toBuilder().managementInterface(new ManagementInterface(
                "eth0", Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty())).build();

        Violation v = only(check(NetworkRules.bonds(), unknown));

        assertEquals(Severity.WARNING, v.severity());
        assertTrue(v.message().contains("whether the management interface of dt40 is a bond"), v.message());
    }

    @Test
    void xapi1981To134WantedPhysicalPifsOnlyManagementIncluded() {
        List<Violation> found = check(NetworkRules.onlyPhysicalPifs(), GRIMSBY);
        Host taggedManagement = DT40.toBuilder().managementInterface(DT40.managementInterface().toBuilder()
                .vlanTag(9).build()).build();

        assertEquals(List.of("host.networkInterfaces[bond0]", "host.networkInterfaces[eth2]",
                "host.networkInterfaces[tunnel0]"), found.stream().map(v -> v.subject().path()).toList());
        found.forEach(v -> assertBlocks(v, XapiError.POOL_JOINING_HOST_MUST_ONLY_HAVE_PHYSICAL_PIFS,
                v.subject().path()));
        assertBlocks(only(check(NetworkRules.onlyPhysicalPifs(), taggedManagement)),
                XapiError.POOL_JOINING_HOST_MUST_ONLY_HAVE_PHYSICAL_PIFS, "host.managementInterface");
    }

    @Test
    void xapi1960To1980RefusedAnyBond() {
        assertBlocks(only(check(NetworkRules.networkBond(), GRIMSBY)),
                XapiError.JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND,
                "host.networkInterfaces[bond0]");
    }

    @Test
    void eachCheckOfThePifsRunsInTheReleasesThatHadIt() {
        assertAll(
                () -> assertReleases(NetworkRules.networkBond(), "1.9.60", "1.9.80", "1.9.59", "1.9.81"),
                () -> assertReleases(NetworkRules.onlyPhysicalPifs(), "1.9.81", "1.34.0", "1.9.80", "1.35.0"),
                () -> assertReleases(NetworkRules.bonds(), "1.35.0", "26.1.4", "1.30.0", null),
                () -> assertReleases(NetworkRules.tunnels(), "1.35.0", "24.19.2", "1.14.61", null),
                () -> assertReleases(NetworkRules.nonManagementVlans(), "1.35.0", "1.249.41", "1.29.3", null),
                () -> assertReleases(NetworkRules.sriovs(), "1.85.0", "1.249.3", "1.60.11", null));
    }

    private static void assertReleases(JoinRule rule, String first, String later, String before, String after) {
        XapiReleases releases = rule.descriptor().xapiReleases().orElseThrow();
        assertTrue(releases.contains(XapiVersion.parse(first)), rule.id() + " " + releases);
        assertTrue(releases.contains(XapiVersion.parse(later)), rule.id() + " " + releases);
        assertFalse(releases.contains(XapiVersion.parse(before)), rule.id() + " " + releases);
        if (after != null) {
            assertFalse(releases.contains(XapiVersion.parse(after)), rule.id() + " " + releases);
        }
    }

    @Test
    void theRuleOfOtherInterfacesStillSeesWhatTheFourChecksSee() {
        List<Violation> other = NetworkRules.noOtherVlansOrBonds().evaluate(TAMPA_POOL, GRIMSBY,
                JoinContext.defaults());
        List<Violation> four = TODAY.stream().flatMap(rule -> check(rule, GRIMSBY).stream()).toList();

        assertEquals(four.stream().map(v -> v.subject().path()).collect(Collectors.toSet()),
                other.stream().map(v -> v.subject().path()).collect(Collectors.toSet()));
        assertEquals(four.stream().map(Violation::xapiError).collect(Collectors.toSet()),
                other.stream().map(Violation::xapiError).collect(Collectors.toSet()));
    }
}
