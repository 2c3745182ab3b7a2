package io.github.xenpool.rules.network;

import static io.github.xenpool.rules.DumpSamples.COWLEY;
import static io.github.xenpool.rules.DumpSamples.SMALL_VMS;
import static io.github.xenpool.rules.DumpSamples.TAMPA;
import static io.github.xenpool.rules.DumpSamples.record;
import static io.github.xenpool.rules.DumpSamples.where;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.xapi.XapiRecord;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.core.xapi.XapiValue;
import io.github.xenpool.rules.DumpSamples;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * xapi's checks that compare the joining host's networks with the pool's (the cluster's network,
 * the network backend and SDN controller, the purposes of networks), on the real dumps of a
 * XenServer 6.0 pool (dt16, dt23) and of standalone hosts, each changed in one fact.
 */
class XapiPoolNetworkRulesTest {

    /** dt16's management PIF: eth0 on xenbr0, 10.80.227.166. */
    private static final String DT16_ETH0 = "cc01e9b7-bc2d-d832-70ab-515ca2d32554";
    /** dt16's spare PIF: eth1 on xenbr1, no address. */
    private static final String DT16_ETH1 = "fc8e2efa-d474-4213-e055-7c6c1dd1a106";
    private static final String CLUSTER = "OpaqueRef:1c1e2d3f-0000-4000-8000-00000000c1a5";

    private static final XapiRecords TAMPA_RECORDS = DumpSamples.records(TAMPA);
    private static final XapiRecords DT40_RECORDS = DumpSamples.records(SMALL_VMS);
    /** Standalone, on Open vSwitch, one IPv4 address: eth0 on xenbr0. */
    private static final Host DT40 = DumpSamples.host(DT40_RECORDS, null);

    private static List<Violation> check(JoinRule rule, Pool pool, Host host) {
        return rule.evaluate(pool, host, JoinContext.defaults());
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    private static void assertCannotCheck(List<Violation> violations, String fact) {
        Violation v = only(violations);
        ViolationDetails.UnknownFact unknown = assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
        assertAll(
                () -> assertEquals(Severity.WARNING, v.severity()),
                () -> assertTrue(unknown.fact().contains(fact), unknown.fact()),
                () -> assertEquals(Optional.empty(), v.xapiError()));
    }

    private static void assertBlocks(Violation v, XapiError error, String... parameters) {
        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(error), v.xapiError()),
                () -> assertEquals(List.of(parameters), v.xapiErrorParameters()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    // --- the cluster's network -----------------------------------------------------------------

    /** Tampa with a cluster on one of dt16's PIFs. */
    private static Pool clustered(XapiRecords tampa, String pifUuid, boolean autoJoin) {
        XapiRecord pif = DumpSamples.find(tampa, "PIF", where("uuid", pifUuid));
        return DumpSamples.pool(DumpSamples.with(tampa, List.of(
                record("Cluster", CLUSTER, Map.of("uuid", "1c1e2d3f-0000-4000-8000-00000000c1a5",
                        "pool_auto_join", Boolean.toString(autoJoin))),
                record("Cluster_host", "OpaqueRef:1c1e2d3f-0000-4000-8000-0000000000h1", Map.of(
                        "uuid", "1c1e2d3f-0000-4000-8000-0000000000h1", "cluster", CLUSTER,
                        "PIF", pif.ref().orElseThrow(), "enabled", "true")))));
    }

    @Test
    void aPoolWhoseRecordsHoldNoClusterHostCannotSayWhetherItClustersJoiningHosts() {
        assertCannotCheck(check(NetworkRules.clusterIp(), DumpSamples.pool(TAMPA_RECORDS), DT40),
                "whether pool");
    }

    @Test
    void aPoolWithNoClusterHostAsksNothing() {
        Pool none = DumpSamples.pool(XapiRecords.merge(List.of(TAMPA_RECORDS,
                XapiRecords.builder("empty").xapiClass("Cluster_host").build())));

        assertEquals(Optional.of(List.of()), none.configuration().clusterHosts());
        assertEquals(List.of(), check(NetworkRules.clusterIp(), none, DT40));
    }

    @Test
    void aHostWithOneAddressOnTheClustersNetworkJoins() {
        Pool pool = clustered(TAMPA_RECORDS, DT16_ETH0, true);

        assertEquals(Optional.of(List.of("xenbr0")), DT40.ipv4Bridges());
        assertEquals(List.of(), check(NetworkRules.clusterIp(), pool, DT40));
    }

    @Test
    void aHostWithNoAddressOnTheClustersNetworkIsRefused() {
        Violation v = only(check(NetworkRules.clusterIp(), clustered(TAMPA_RECORDS, DT16_ETH1, true), DT40));

        assertBlocks(v, XapiError.POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK);
        assertAll(
                () -> assertEquals("host.ipv4Bridges", v.subject().path()),
                () -> assertTrue(v.message().startsWith("dt40 has no IPv4 address on the network pool"), v.message()),
                () -> assertEquals("0", v.actual()));
    }

    @Test
    void aHostWithTwoAddressesOnTheClustersNetworkIsRefused() {
        Host twice = DT40.toBuilder().ipv4Bridges(List.of("xenbr0", "xenbr0")).build();

        Violation v = only(check(NetworkRules.clusterIp(), clustered(TAMPA_RECORDS, DT16_ETH0, true), twice));

        assertBlocks(v, XapiError.POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK);
        assertEquals("2", v.actual());
    }

    @Test
    void aClusterThatDoesNotAddJoiningHostsAsksNothing() {
        assertEquals(List.of(), check(NetworkRules.clusterIp(), clustered(TAMPA_RECORDS, DT16_ETH1, false), DT40));
    }

    @Test
    void aClusterOnANonManagementVlanRefusesEveryJoinNamingTheTag() {
        XapiRecords tagged = DumpSamples.withFields(TAMPA_RECORDS, "PIF", where("uuid", DT16_ETH1),
                Map.of("VLAN", XapiValue.database("12")));

        Violation v = only(check(NetworkRules.clusterIp(), clustered(tagged, DT16_ETH1, true), DT40));

        assertBlocks(v, XapiError.POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK, "12");
        assertEquals("pool.configuration.clusterHosts", v.subject().path());
    }

    @Test
    void aClusterOnTheManagementVlanIsNoVlanToRefuse() {
        XapiRecords tagged = DumpSamples.withFields(TAMPA_RECORDS, "PIF", where("uuid", DT16_ETH0),
                Map.of("VLAN", XapiValue.database("12")));

        assertEquals(List.of(), check(NetworkRules.clusterIp(), clustered(tagged, DT16_ETH0, true), DT40));
    }

    @Test
    void aClusterHostWithoutPifAsksNothing() {
        Pool pool = DumpSamples.pool(DumpSamples.with(TAMPA_RECORDS, List.of(
                record("Cluster", CLUSTER, Map.of("uuid", "1c1e2d3f-0000-4000-8000-00000000c1a5",
                        "pool_auto_join", "true")),
                record("Cluster_host", "OpaqueRef:1c1e2d3f-0000-4000-8000-0000000000h1", Map.of(
                        "uuid", "1c1e2d3f-0000-4000-8000-0000000000h1", "cluster", CLUSTER,
                        "PIF", "OpaqueRef:NULL", "enabled", "true")))));

        assertEquals(List.of(), check(NetworkRules.clusterIp(), pool, DT40.toBuilder().ipv4Bridges(List.of()).build()));
    }

    @Test
    void theHostsAddressedBridgesUnknownCannotBeChecked() {
        assertCannotCheck(check(NetworkRules.clusterIp(), clustered(TAMPA_RECORDS, DT16_ETH0, true),
                DT40.toBuilder().unknownIpv4Bridges().build()), "which networks dt40 has IPv4 addresses on");
    }

    @Test
    void theClusterCheckIsInXapi2518On() {
        XapiReleases releases = NetworkRules.clusterIp().descriptor().xapiReleases().orElseThrow();
        assertTrue(releases.contains(XapiVersion.parse("25.18.0")));
        assertTrue(releases.contains(XapiVersion.parse("26.1.4")));
        assertFalse(releases.contains(XapiVersion.parse("24.19.2")));
    }

    // --- the network backend and SDN controller --------------------------------------------------

    private static XapiRecords withSdnControllers(XapiRecords records, XapiRecord... controllers) {
        XapiRecords.Builder builder = XapiRecords.builder("sdn").xapiClass("SDN_controller");
        for (XapiRecord controller : controllers) {
            builder.add(controller);
        }
        return XapiRecords.merge(List.of(records, builder.build()));
    }

    private static XapiRecord controller(String ref, String address, String port) {
        return record("SDN_controller", ref, Map.of("uuid", ref.substring("OpaqueRef:".length()), "protocol", "ssl",
                "address", address, "port", port));
    }

    @Test
    void aBridgeHostCannotJoinAnOpenVSwitchPool() {
        Host berlin = DumpSamples.host(DumpSamples.records(COWLEY), null);

        Violation v = only(check(NetworkRules.backend(), DumpSamples.pool(TAMPA_RECORDS), berlin));

        assertBlocks(v, XapiError.OPERATION_NOT_ALLOWED, "Network backends differ");
        assertAll(
                () -> assertEquals("openvswitch", v.expected()),
                () -> assertEquals("bridge", v.actual()),
                () -> assertEquals("host.software.softwareVersion", v.subject().path()));
    }

    @Test
    void aMasterThatDoesNotNameItsBackendRunsTheBridge() {
        Pool tampa = DumpSamples.pool(TAMPA_RECORDS);
        TreeMap<String, String> fields = new TreeMap<>(tampa.master().software().softwareVersion().fields());
        fields.remove("network_backend");
        Pool unnamed = tampa.toBuilder().master(tampa.master().toBuilder().software(tampa.master().software()
                .toBuilder().softwareVersion(SoftwareVersion.of(fields)).build()).build()).build();
        Host berlin = DumpSamples.host(DumpSamples.records(COWLEY), null);

        assertEquals(List.of(), check(NetworkRules.backend(), unnamed, berlin));
        assertBlocks(only(check(NetworkRules.backend(), unnamed, DT40)), XapiError.OPERATION_NOT_ALLOWED,
                "Network backends differ");
    }

    @Test
    void anOpenVSwitchHostWhoseControllersAreUnknownCannotBeChecked() {
        // Dumps of xapi before 1.28 have no SDN_controller table.
        assertCannotCheck(check(NetworkRules.backend(), DumpSamples.pool(TAMPA_RECORDS), DT40),
                "the SDN controller of dt40's own pool");
    }

    @Test
    void anOpenVSwitchHostWithoutControllerJoins() {
        Host none = DumpSamples.host(withSdnControllers(DT40_RECORDS), null);

        assertEquals(List.of(), check(NetworkRules.backend(), DumpSamples.pool(TAMPA_RECORDS), none));
    }

    @Test
    void aHostWithAControllerJoinsOnlyAPoolWithTheSameOne() {
        Host controlled = DumpSamples.host(withSdnControllers(DT40_RECORDS,
                controller("OpaqueRef:5d0c0000-0000-4000-8000-000000000001", "192.0.2.50", "6632")), null);
        Pool without = DumpSamples.pool(withSdnControllers(TAMPA_RECORDS));
        Pool same = DumpSamples.pool(withSdnControllers(TAMPA_RECORDS,
                controller("OpaqueRef:5d0c0000-0000-4000-8000-000000000002", "192.0.2.50", "6632")));
        Pool otherPort = DumpSamples.pool(withSdnControllers(TAMPA_RECORDS,
                controller("OpaqueRef:5d0c0000-0000-4000-8000-000000000002", "192.0.2.50", "6633")));

        assertEquals(List.of(), check(NetworkRules.backend(), same, controlled));
        assertBlocks(only(check(NetworkRules.backend(), without, controlled)), XapiError.OPERATION_NOT_ALLOWED,
                "SDN controller differs");
        Violation v = only(check(NetworkRules.backend(), otherPort, controlled));
        assertBlocks(v, XapiError.OPERATION_NOT_ALLOWED, "SDN controller differs");
        assertEquals("ssl:192.0.2.50:6632", v.actual());
        assertCannotCheck(check(NetworkRules.backend(), DumpSamples.pool(TAMPA_RECORDS), controlled),
                "the SDN controller of pool");
    }

    @Test
    void aPoolsControllerDoesNotStopAHostWithout() {
        Pool controlled = DumpSamples.pool(withSdnControllers(TAMPA_RECORDS,
                controller("OpaqueRef:5d0c0000-0000-4000-8000-000000000002", "192.0.2.50", "6632")));

        assertEquals(List.of(), check(NetworkRules.backend(), controlled,
                DumpSamples.host(withSdnControllers(DT40_RECORDS), null)));
    }

    @Test
    void aHostThatDoesNotNameItsBackendCannotBeChecked() {
        Host unnamed = DT40.toBuilder().software(DT40.software().toBuilder().softwareVersion(SoftwareVersion.NONE)
                .build()).build();

        assertCannotCheck(check(NetworkRules.backend(), DumpSamples.pool(TAMPA_RECORDS), unnamed),
                "the network backend of dt40");
    }

    // --- network purposes ------------------------------------------------------------------------

    private static XapiRecords withPurpose(XapiRecords records, String bridge, String purposes) {
        return DumpSamples.withFields(records, "network", where("bridge", bridge),
                Map.of("purpose", XapiValue.database(purposes)));
    }

    @Test
    void purposesOfOldDumpsAreUnknown() {
        assertCannotCheck(check(NetworkRules.purpose(), DumpSamples.pool(TAMPA_RECORDS), DT40),
                "the purposes of the networks of dt40");
    }

    @Test
    void nbdOnOneSideAndInsecureNbdOnTheOtherIsRefused() {
        Host nbd = DumpSamples.host(withPurpose(DT40_RECORDS, "xenbr1", "('nbd')"), null);
        Pool insecure = DumpSamples.pool(withPurpose(TAMPA_RECORDS, "xenbr1", "('insecure_nbd')"));

        Violation v = only(check(NetworkRules.purpose(), insecure, nbd));

        assertBlocks(v, XapiError.OPERATION_NOT_ALLOWED, "Incompatible network purposes: nbd and insecure_nbd");
        assertEquals("nbd", v.actual());
        assertEquals("host.ownPool.networkPurposes", v.subject().path());
    }

    @Test
    void theSameNbdPurposeOrNoneOnEitherSidePasses() {
        Host nbd = DumpSamples.host(withPurpose(DT40_RECORDS, "xenbr1", "('nbd')"), null);
        Host none = DumpSamples.host(withPurpose(DT40_RECORDS, "xenbr1", "()"), null);
        Pool poolNbd = DumpSamples.pool(withPurpose(TAMPA_RECORDS, "xenbr0", "('nbd')"));
        Pool poolInsecure = DumpSamples.pool(withPurpose(TAMPA_RECORDS, "xenbr0", "('insecure_nbd')"));

        assertEquals(List.of(), check(NetworkRules.purpose(), poolNbd, nbd));
        assertEquals(List.of(), check(NetworkRules.purpose(), poolInsecure, none));
        // With no network for NBD, the host joins whatever the pool's networks are for.
        assertEquals(List.of(), check(NetworkRules.purpose(), DumpSamples.pool(TAMPA_RECORDS), none));
    }

    @Test
    void aSideWithBothPurposesCannotBeCheckedForItsFirstIsUnknown() {
        XapiRecords both = withPurpose(withPurpose(DT40_RECORDS, "xenbr1", "('nbd')"), "xenbr0", "('insecure_nbd')");

        assertCannotCheck(check(NetworkRules.purpose(),
                DumpSamples.pool(withPurpose(TAMPA_RECORDS, "xenbr0", "('nbd')")), DumpSamples.host(both, null)),
                "which of nbd and insecure_nbd comes first among the networks of dt40");
    }

    @Test
    void theChecksOfThePoolsNetworksRunInTheirReleases() {
        assertEquals(Optional.of(XapiReleases.ALWAYS), NetworkRules.backend().descriptor().xapiReleases());
        assertEquals(Optional.of(XapiReleases.ALWAYS), NetworkRules.primaryAddressType().descriptor().xapiReleases());
        assertEquals(Optional.of(XapiReleases.since("1.55.0")), NetworkRules.purpose().descriptor().xapiReleases());
        List<String> errors = new ArrayList<>();
        for (JoinRule rule : List.of(NetworkRules.backend(), NetworkRules.primaryAddressType(),
                NetworkRules.purpose())) {
            errors.add(rule.descriptor().xapiErrors().toString());
        }
        assertEquals(List.of("[OPERATION_NOT_ALLOWED]", "[OPERATION_NOT_ALLOWED]", "[OPERATION_NOT_ALLOWED]"), errors);
    }
}
