package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.network.SdnController;
import io.github.xenpool.core.storage.StorageDriver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What xapi's later join checks read, imported from the real xapi database dumps: whether a host
 * has a management PIF and its VLAN, the bridges of its addressed PIFs, its tunnels and SR-IOV
 * networks, the pool's Cluster_host records, SDN controllers and storage drivers, and the tools
 * SR. Where a dump predates a fact, the fact is added to the dump's records, one at a time.
 */
class PoolImportJoinFactsTest {

    private static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    private static final String COWLEY1 = "xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml";
    private static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    /** grimsby's bond0, whose slaves eth4 and eth3 are on xenbr4 and xenbr3. */
    private static final String GRIMSBY_BOND = "2b476cec-70fb-4b8e-dbf6-d0d0f2d8cbbd";
    private static final String CLUSTER = "OpaqueRef:1c1e2d3f-0000-4000-8000-00000000c1a5";

    static List<String> samples() {
        return XapiDbSamples.files();
    }

    private static Predicate<XapiRecord> where(String field, String value) {
        return record -> record.field(field).map(v -> v.toString().equals(value)).orElse(false);
    }

    /** The records with fields of the matching records of a class set (null: taken out). */
    private static XapiRecords edited(XapiRecords records, String xapiClass, Predicate<XapiRecord> which,
            Map<String, String> fields) {
        XapiRecords.Builder builder = XapiRecords.builder(records.source());
        for (String name : records.classes()) {
            builder.xapiClass(name);
            for (XapiRecord record : records.all(name)) {
                if (!record.xapiClass().equalsIgnoreCase(xapiClass) || !which.test(record)) {
                    builder.add(record);
                    continue;
                }
                Map<String, XapiValue> all = new LinkedHashMap<>();
                for (String field : record.fieldNames()) {
                    if (!fields.containsKey(field)) {
                        all.put(field, record.field(field).orElseThrow());
                    }
                }
                fields.forEach((field, value) -> {
                    if (value != null) {
                        all.put(field, XapiValue.database(value));
                    }
                });
                builder.add(XapiRecord.of(record.xapiClass(), record.ref().orElseThrow(), all, record.source(),
                        record.location()));
            }
        }
        return builder.build();
    }

    private static XapiRecords with(XapiRecords records, String xapiClass, List<Map<String, String>> rows) {
        XapiRecords.Builder builder = XapiRecords.builder("added").xapiClass(xapiClass);
        for (Map<String, String> row : rows) {
            Map<String, XapiValue> fields = new LinkedHashMap<>();
            row.forEach((field, value) -> fields.put(field, XapiValue.database(value)));
            builder.add(XapiRecord.of(xapiClass, row.get("ref"), fields, "added", xapiClass));
        }
        return XapiRecords.merge(List.of(records, builder.build()));
    }

    private static String ref(XapiRecords records, String xapiClass, String uuid) {
        return records.all(xapiClass).stream().filter(where("uuid", uuid)).findFirst().orElseThrow().ref()
                .orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyHostOfTheDumpsHasAnUntaggedManagementPifAndOneAddressOnXenbr0(String file) {
        Imported<Pool> imported = PoolImport.pool(XapiDbSamples.read(file));
        for (Host host : imported.value().members()) {
            assertAll(file + " " + host.hostname(),
                    () -> assertEquals(Optional.of(true), host.managementInterfaceExists()),
                    () -> assertEquals(OptionalInt.of(-1), host.managementInterface().xapiVlan()),
                    () -> assertEquals(Optional.of(List.of("xenbr0")), host.ipv4Bridges()),
                    () -> assertTrue(imported.report().host(host.id()).read().contains("ipv4Bridges")));
        }
    }

    @Test
    void grimsbysTunnelIsReadFromTheTunnelTable() {
        Host grimsby = PoolImport.host(XapiDbSamples.read(COWLEY1), "grimsby").value();

        assertEquals(List.of(NetworkInterface.Kind.BOND, NetworkInterface.Kind.VLAN, NetworkInterface.Kind.PHYSICAL,
                NetworkInterface.Kind.TUNNEL, NetworkInterface.Kind.PHYSICAL, NetworkInterface.Kind.PHYSICAL,
                NetworkInterface.Kind.PHYSICAL), grimsby.networkInterfaces().stream().map(NetworkInterface::kind)
                .toList());
        assertTrue(grimsby.isComplete(Host.Listing.NETWORK_INTERFACES));
    }

    @Test
    void anSrIovPifIsReadFromTheNetworkSriovTable() {
        XapiRecords records = XapiDbSamples.read(COWLEY);
        String eth1 = records.all("PIF").stream().filter(where("device", "eth1").and(where("VLAN", "-1")))
                .findFirst().orElseThrow().ref().orElseThrow();
        XapiRecords sriov = edited(with(records, "network_sriov", List.of(Map.of("ref",
                "OpaqueRef:5a10f000-0000-4000-8000-000000000001", "uuid", "5a10f000-0000-4000-8000-000000000001",
                "logical_PIF", eth1))), "PIF", r -> r.ref().orElseThrow().equals(eth1),
                Map.of("physical", "false"));

        Host berlin = PoolImport.host(sriov).value();

        assertTrue(berlin.networkInterfaces().contains(NetworkInterface.sriov("eth1")), berlin.networkInterfaces()
                ::toString);
    }

    @Test
    void aHostWhosePifsAreNoneOfThemManagementHasNoManagementInterface() {
        XapiRecords records = edited(XapiDbSamples.read(COWLEY), "PIF", where("management", "true"),
                Map.of("management", "false"));

        Imported<Host> berlin = PoolImport.host(records);

        assertEquals(Optional.of(false), berlin.value().managementInterfaceExists());
        assertEquals(OptionalInt.empty(), berlin.value().managementInterface().xapiVlan());
        assertTrue(berlin.report().hosts().get(0).read().stream()
                .anyMatch(fact -> fact.startsWith("managementInterfaceExists (none")));
    }

    @Test
    void withoutPifRecordsWhetherAHostHasAManagementInterfaceIsUnknown() {
        XapiRecords records = XapiDbSamples.read(COWLEY);
        XapiRecords.Builder builder = XapiRecords.builder(records.source());
        for (String name : records.classes()) {
            if (!name.equalsIgnoreCase("PIF")) {
                builder.xapiClass(name);
                records.all(name).forEach(builder::add);
            }
        }

        Imported<Host> berlin = PoolImport.host(builder.build());

        assertEquals(Optional.empty(), berlin.value().managementInterfaceExists());
        assertEquals(Optional.empty(), berlin.value().ipv4Bridges());
        assertTrue(berlin.report().hosts().get(0).unknown().containsKey("managementInterfaceExists"));
    }

    @Test
    void aManagementPifWithoutVlanFieldHasAnUnknownVlan() {
        XapiRecords records = edited(XapiDbSamples.read(COWLEY), "PIF", where("management", "true"),
                java.util.Collections.singletonMap("VLAN", null));

        Host berlin = PoolImport.host(records).value();

        assertFalse(berlin.managementInterface().vlanTagKnown());
        assertEquals(OptionalInt.empty(), berlin.managementInterface().xapiVlan());
    }

    @Test
    void aPifWithoutItsIpFieldLeavesTheAddressedBridgesUnknown() {
        XapiRecords records = edited(XapiDbSamples.read(COWLEY), "PIF", where("management", "false"),
                java.util.Collections.singletonMap("IP", null));

        assertEquals(Optional.empty(), PoolImport.host(records).value().ipv4Bridges());
    }

    @Test
    void aClusterHostOnABondNamesTheBridgesOfTheBondsSlaves() {
        XapiRecords records = XapiDbSamples.read(COWLEY1);
        XapiRecords clustered = with(with(records, "Cluster", List.of(Map.of("ref", CLUSTER, "uuid",
                "1c1e2d3f-0000-4000-8000-00000000c1a5", "pool_auto_join", "true"))), "Cluster_host", List.of(
                Map.of("ref", "OpaqueRef:1c1e2d3f-0000-4000-8000-0000000000h1", "uuid",
                        "1c1e2d3f-0000-4000-8000-0000000000h1", "cluster", CLUSTER, "PIF",
                        ref(records, "PIF", GRIMSBY_BOND), "enabled", "true")));

        Pool pool = PoolImport.pool(clustered).value();

        assertEquals(Optional.of(List.of(new ClusterHost(true, Optional.of(new ClusterHost.Pif(-1, false,
                List.of("xenbr4", "xenbr3")))))), pool.configuration().clusterHosts());
    }

    @Test
    void aClusterHostWithoutPifHasNone() {
        XapiRecords clustered = with(with(XapiDbSamples.read(TAMPA), "Cluster", List.of(Map.of("ref", CLUSTER,
                "uuid", "1c1e2d3f-0000-4000-8000-00000000c1a5", "pool_auto_join", "false"))), "Cluster_host",
                List.of(Map.of("ref", "OpaqueRef:1c1e2d3f-0000-4000-8000-0000000000h1", "uuid",
                        "1c1e2d3f-0000-4000-8000-0000000000h1", "cluster", CLUSTER, "PIF", "OpaqueRef:NULL")));

        assertEquals(Optional.of(List.of(new ClusterHost(false, Optional.empty()))),
                PoolImport.pool(clustered).value().configuration().clusterHosts());
    }

    @Test
    void dumpsOlderThanClusteringAndSdnControllersLeaveThemUnknown() {
        Imported<Pool> tampa = PoolImport.pool(XapiDbSamples.read(TAMPA));

        assertEquals(Optional.empty(), tampa.value().configuration().clusterHosts());
        assertEquals(Optional.empty(), tampa.value().configuration().sdnControllers());
        assertTrue(tampa.report().pool().unknown().containsKey("pool.clusterHosts"));
        assertTrue(tampa.report().pool().unknown().containsKey("pool.sdnControllers"));
    }

    @Test
    void sdnControllersAreReadInOrder() {
        XapiRecords controlled = with(XapiDbSamples.read(TAMPA), "SDN_controller", List.of(
                Map.of("ref", "OpaqueRef:5d0c0000-0000-4000-8000-000000000001", "uuid",
                        "5d0c0000-0000-4000-8000-000000000001", "protocol", "ssl", "address", "192.0.2.50",
                        "port", "6632"),
                Map.of("ref", "OpaqueRef:5d0c0000-0000-4000-8000-000000000002", "uuid",
                        "5d0c0000-0000-4000-8000-000000000002", "protocol", "pssl", "address", "", "port", "6633")));

        assertEquals(Optional.of(List.of(new SdnController("ssl", "192.0.2.50", 6632),
                new SdnController("pssl", "", 6633))),
                PoolImport.pool(controlled).value().configuration().sdnControllers());
    }

    @Test
    void smRecordsWithFeaturesBecomeDriversNamedByReferenceAndUuid() {
        XapiRecords records = edited(XapiDbSamples.read(TAMPA), "SM", sm -> true,
                Map.of("features", "(('SR_PROBE' '1') ('VDI_MIRROR' '2'))"));
        XapiRecord nfs = records.all("SM").stream().filter(where("type", "nfs")).findFirst().orElseThrow();

        List<StorageDriver> drivers = PoolImport.pool(records).value().configuration().storageDrivers().orElseThrow();

        assertEquals(14, drivers.size());
        StorageDriver driver = drivers.stream().filter(d -> d.type().equals("nfs")).findFirst().orElseThrow();
        assertEquals(Map.of("SR_PROBE", 1L, "VDI_MIRROR", 2L), driver.features());
        assertEquals(nfs.ref(), driver.ref());
        assertEquals(nfs.uuid(), driver.uuid());
        assertEquals(nfs.ref(), driver.xapiName());
    }

    @Test
    void smRecordsWithoutFeaturesLeaveTheDriversUnknown() {
        Imported<Pool> tampa = PoolImport.pool(XapiDbSamples.read(TAMPA));

        assertEquals(Optional.empty(), tampa.value().configuration().storageDrivers());
        assertTrue(tampa.report().pool().unknown().get("pool.storageDrivers").contains("features"));
    }

    @Test
    void aFeatureVersionThatIsNoNumberLeavesTheDriversUnknownWithAWarning() {
        XapiRecords records = edited(XapiDbSamples.read(TAMPA), "SM", sm -> true,
                Map.of("features", "(('SR_PROBE' 'one'))"));

        Imported<Pool> tampa = PoolImport.pool(records);

        assertEquals(Optional.empty(), tampa.value().configuration().storageDrivers());
        assertTrue(tampa.report().warnings().stream().anyMatch(w -> w.message().contains("'one'")
                || w.message().contains("\"one\"")), tampa.report().warnings()::toString);
    }

    @Test
    void theToolsSrIsWhatIsToolsSrSaysOnceTheFieldExists() {
        XapiRecords records = XapiDbSamples.read(COWLEY);
        String tools = "4081ab4b-a90a-0bb6-14f5-2c9a53f22bd7";

        Host before = PoolImport.host(records).value();
        Host flagged = PoolImport.host(edited(records, "SR", where("uuid", tools), Map.of("is_tools_sr", "true")))
                .value();
        Host unflagged = PoolImport.host(edited(records, "SR", where("uuid", tools), Map.of("is_tools_sr", "false")))
                .value();

        assertTrue(before.storage().stream().noneMatch(sr -> sr.uuid().equals(tools)), "other_config says it");
        assertTrue(flagged.storage().stream().noneMatch(sr -> sr.uuid().equals(tools)));
        assertTrue(unflagged.storage().stream().anyMatch(sr -> sr.uuid().equals(tools) && sr.shared()
                && !sr.tools()));
    }
}
