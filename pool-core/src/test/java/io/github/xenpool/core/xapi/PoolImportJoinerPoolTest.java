package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The facts xapi's join checks read of the pool a joining host heads, and of the pool it joins, as
 * the pool record and the {@code Cluster_host} records give them: HA, the licence's
 * restrictions, the operations in progress, the enabled {@code Cluster_host} records.
 */
class PoolImportJoinerPoolTest {

    private static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    private static final String STATE2 = "xapi-db__xenadmin-state2__xs5.5.0-b14614c-2hosts-ha.xml";
    private static final String XCPNG_POOL = "pool-param-list__neonSDK-xcp-ng-comment.txt";
    private static final String XS65_HOST = "host-list-params-all__cn-cloudstack-notes-xenserver6.5.txt";

    private static PoolConfiguration ownPool(XapiRecords records) {
        return PoolImport.host(records).value().ownPool().orElseThrow();
    }

    /** The XenServer 6.5 host of one sample, said standalone, with the XCP-ng pool record of another as its own. */
    private static Imported<Host> headingTheXcpNgPool(String poolText) throws IOException {
        XapiRecords pool = XeOutput.read(new StringReader(poolText), XCPNG_POOL, "pool");
        return PoolImport.standaloneHost(XapiRecords.merge(List.of(XeOutputSamplesTest.read(XS65_HOST, "host"),
                pool)));
    }

    private static String xcpNgPoolText() throws IOException {
        try (java.io.Reader in = XeOutputSamplesTest.open(XCPNG_POOL)) {
            return new java.io.BufferedReader(in).lines().collect(Collectors.joining("\n", "", "\n"));
        }
    }

    private static XapiRecords withClusterHosts(XapiRecords records, XapiRecord... clusterHosts) {
        XapiRecords.Builder more = XapiRecords.builder("cluster-hosts").xapiClass("Cluster_host");
        for (XapiRecord clusterHost : clusterHosts) {
            more.add(clusterHost);
        }
        return XapiRecords.merge(List.of(records, more.build()));
    }

    private static XapiRecord clusterHost(String ref, String uuid, String enabled) {
        Map<String, XapiValue> fields = Map.of("uuid", XapiValue.text(uuid), "enabled", XapiValue.text(enabled));
        return ref == null ? XapiRecord.withoutRef("Cluster_host", fields, "cluster-hosts", "record " + uuid)
                : XapiRecord.of("Cluster_host", ref, fields, "cluster-hosts", "record " + uuid);
    }

    @Test
    void aStandaloneHostOfADumpHeadsAPoolWithHaOffAndItsLicencesRestrictions() {
        Imported<Host> imported = PoolImport.host(XapiDbSamples.read(COWLEY));
        PoolConfiguration own = imported.value().ownPool().orElseThrow();
        ImportReport.Facts facts = imported.report().host(imported.value().id());

        assertAll(
                () -> assertEquals(Optional.of(false), own.haEnabled(), "ha_enabled=\"false\""),
                () -> assertEquals(Optional.of("false"), own.restrictions().orElseThrow().get("restrict_pooling")),
                () -> assertEquals(Optional.empty(), own.restrictions().orElseThrow().get("restrict_pool_size"),
                        "XenServer 5.6 had no pool size restriction"),
                () -> assertEquals(Optional.empty(), own.currentOperations(),
                        "the 5.6 pool record has no current_operations"),
                () -> assertEquals(Optional.empty(), own.enabledClusterHosts(), "5.6 had no clustering"),
                () -> assertEquals(Optional.empty(), own.clustered()),
                () -> assertTrue(facts.read().contains("pool.haEnabled"), facts.read().toString()),
                () -> assertTrue(facts.unknown().containsKey("pool.enabledClusterHosts"), facts.unknown().toString()),
                () -> assertTrue(facts.unknown().containsKey("pool.currentOperations"), facts.unknown().toString()));
    }

    @Test
    void aPoolWithHaOnSaysSoInItsConfigurationToo() {
        Pool pool = PoolImport.pool(XapiDbSamples.read(STATE2)).value();

        assertTrue(pool.haEnabled());
        assertEquals(Optional.of(true), pool.configuration().haEnabled());
        assertEquals(Optional.of(false), pool.toBuilder().haEnabled(false).build().configuration().haEnabled(),
                "switching HA off switches it off in the configuration");
    }

    @Test
    void anXcpNgPoolRecordGivesHaOffNothingInProgressAndNoRestrictionOnPoolingOrSize() throws IOException {
        Imported<Host> imported = headingTheXcpNgPool(xcpNgPoolText());
        PoolConfiguration own = imported.value().ownPool().orElseThrow();

        assertAll(
                () -> assertEquals(Optional.of(false), own.haEnabled()),
                () -> assertEquals(Optional.of(Set.of()), own.currentOperations(), "current-operations (SRO) is empty"),
                () -> assertEquals(Optional.of("false"), own.restrictions().orElseThrow().get("restrict_pooling")),
                () -> assertEquals(Optional.of("false"), own.restrictions().orElseThrow().get("restrict_pool_size")));
    }

    @Test
    void operationsThatXePrintsAsASetOfNamesAreRead() throws IOException {
        String updating = xcpNgPoolText().replace("current-operations (SRO):",
                "current-operations (SRO): apply_updates");

        Imported<Host> imported = headingTheXcpNgPool(updating);

        assertEquals(Optional.of(Set.of("apply_updates")), imported.value().ownPool().orElseThrow()
                .currentOperations());
        assertTrue(imported.report().warnings().stream().noneMatch(w -> w.location().contains("current")),
                imported.report().warnings().toString());
    }

    @Test
    void anEnabledClusterHostIsNamedByItsReferenceOrWithoutOneByItsUuid() {
        XapiRecords cowley = XapiDbSamples.read(COWLEY);

        PoolConfiguration byRef = ownPool(withClusterHosts(cowley,
                clusterHost("OpaqueRef:5f1a", "a1b2c3d4-0000-4000-8000-000000000001", "true")));
        PoolConfiguration byUuid = ownPool(withClusterHosts(cowley,
                clusterHost(null, "a1b2c3d4-0000-4000-8000-000000000002", "true")));
        PoolConfiguration disabled = ownPool(withClusterHosts(cowley,
                clusterHost("OpaqueRef:5f1b", "a1b2c3d4-0000-4000-8000-000000000003", "false")));

        assertAll(
                () -> assertEquals(Optional.of(Set.of("OpaqueRef:5f1a")), byRef.enabledClusterHosts()),
                () -> assertEquals(Optional.of(true), byRef.clustered()),
                () -> assertEquals(Optional.of(Set.of("a1b2c3d4-0000-4000-8000-000000000002")),
                        byUuid.enabledClusterHosts()),
                () -> assertEquals(Optional.of(Set.of()), disabled.enabledClusterHosts()),
                () -> assertEquals(Optional.of(false), disabled.clustered()));
    }

    @Test
    void aClusterHostWhoseEnabledFieldDoesNotReadLeavesClusteringUnknown() {
        Imported<Host> imported = PoolImport.host(withClusterHosts(XapiDbSamples.read(COWLEY),
                clusterHost("OpaqueRef:5f1a", "a1b2c3d4-0000-4000-8000-000000000001", "false"),
                clusterHost("OpaqueRef:5f1c", "a1b2c3d4-0000-4000-8000-000000000004", "perhaps")));
        PoolConfiguration own = imported.value().ownPool().orElseThrow();

        assertEquals(Optional.empty(), own.clustered(), "the second one may be enabled");
        assertEquals(Optional.empty(), own.enabledClusterHosts());
        assertTrue(imported.report().warnings().stream().anyMatch(w -> w.message().contains("\"perhaps\"")),
                imported.report().warnings().toString());
    }
}
