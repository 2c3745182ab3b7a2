package io.github.xenpool.rules.storage;

import static io.github.xenpool.rules.DumpSamples.COWLEY;
import static io.github.xenpool.rules.DumpSamples.SMALL_VMS;
import static io.github.xenpool.rules.DumpSamples.TAMPA;
import static io.github.xenpool.rules.DumpSamples.where;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.storage.StorageRepository;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * xapi's storage checks on real xapi database dumps: no shared SR but the tools SR, and storage
 * drivers at least as capable as the pool's.
 */
class XapiStorageRulesTest {

    /** berlin's tools SR, shared like its ISO libraries. */
    private static final String BERLIN_TOOLS_SR = "4081ab4b-a90a-0bb6-14f5-2c9a53f22bd7";
    /** berlin's shared SRs besides the tools SR: three ISO libraries, a StorageLink and an iSCSI SR. */
    private static final List<String> BERLIN_SHARED = List.of("abf5b587-df5b-019c-c15e-6ff5c741b9d9",
            "dde7a693-1127-68ba-9e31-6d0b039c6526", "4dffd427-d61c-fdb1-1fec-5e330a079a6f",
            "ad479431-0a2a-002e-c7e7-4218588cd1a3", "d91b75da-3dd0-e439-41d0-9e6dd7e1c6c6");
    private static final XapiRecords TAMPA_RECORDS = DumpSamples.records(TAMPA);
    private static final XapiRecords DT40_RECORDS = DumpSamples.records(SMALL_VMS);
    private static final String FEATURES = "(('SR_PROBE' '1') ('VDI_MIRROR' '1'))";

    private static List<Violation> check(JoinRule rule, Pool pool, Host host) {
        return rule.evaluate(pool, host, JoinContext.defaults());
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    private static void assertBlocks(Violation v, XapiError error, String... parameters) {
        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(error), v.xapiError()),
                () -> assertEquals(List.of(parameters), v.xapiErrorParameters()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    // --- shared SRs --------------------------------------------------------------------------

    @Test
    void berlinsSharedSrsBlockOneByOneButNotItsToolsSr() {
        Host berlin = DumpSamples.host(DumpSamples.records(COWLEY), null);

        List<Violation> found = check(StorageRules.noSharedStorageOnHost(), DumpSamples.pool(TAMPA_RECORDS), berlin);

        assertEquals(BERLIN_SHARED.stream().map(uuid -> "host.storage[" + uuid + "]").sorted().toList(),
                found.stream().map(v -> v.subject().path()).sorted().toList());
        found.forEach(v -> assertBlocks(v, XapiError.JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS));
        assertTrue(berlin.storage().stream().noneMatch(sr -> sr.uuid().equals(BERLIN_TOOLS_SR)),
                "the importer leaves the tools SR out, as xapi's check does");
    }

    @Test
    void aToolsSrWhoseRecordSaysItIsNoneAnyMoreBlocksLikeAnyOther() {
        // From xapi 1.9.81 on, SR.is_tools_sr alone says which SR is the tools SR.
        Host berlin = DumpSamples.host(DumpSamples.withFields(DumpSamples.records(COWLEY), "SR",
                where("uuid", BERLIN_TOOLS_SR), Map.of("is_tools_sr", XapiValue.database("false"))), null);

        List<Violation> found = check(StorageRules.noSharedStorageOnHost(), DumpSamples.pool(TAMPA_RECORDS), berlin);

        assertEquals(BERLIN_SHARED.size() + 1, found.size());
        assertTrue(found.stream().anyMatch(v -> v.subject().path().equals("host.storage[" + BERLIN_TOOLS_SR + "]")));
    }

    @Test
    void aSharedSrTheModelCallsTheToolsSrDoesNotBlock() {
        Host dt40 = DumpSamples.host(DT40_RECORDS, null);
        StorageRepository tools = StorageRepository.builder().uuid(BERLIN_TOOLS_SR).name("XenServer Tools")
                .type("iso").shared(true).tools(true).build();
        StorageRepository library = tools.toBuilder().tools(false).build();

        assertEquals(List.of(), check(StorageRules.noSharedStorageOnHost(), DumpSamples.pool(TAMPA_RECORDS),
                dt40.toBuilder().storageRepository(tools).build()));
        assertBlocks(only(check(StorageRules.noSharedStorageOnHost(), DumpSamples.pool(TAMPA_RECORDS),
                dt40.toBuilder().storageRepository(library).build())),
                XapiError.JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS);
        assertEquals(Optional.of(XapiReleases.ALWAYS), StorageRules.xapiSharedStorage().descriptor().xapiReleases());
        assertEquals(Optional.empty(), StorageRules.noSharedStorageOnHost().descriptor().xapiReleases());
        assertEquals(List.of(), check(StorageRules.xapiSharedStorage(), DumpSamples.pool(TAMPA_RECORDS),
                dt40.toBuilder().storageRepository(tools).build()));
    }

    // --- storage drivers -------------------------------------------------------------------------

    private static XapiRecords withFeatures(XapiRecords records, String type, String features) {
        return DumpSamples.withFields(records, "SM", type == null ? sm -> true : where("type", type),
                Map.of("features", XapiValue.database(features)));
    }

    private static String ref(XapiRecords records, String type) {
        return DumpSamples.find(records, "SM", where("type", type)).ref().orElseThrow();
    }

    @Test
    void driversOfDumpsOlderThanTheirFeaturesAreUnknown() {
        List<Violation> found = check(StorageRules.smFeatures(), DumpSamples.pool(TAMPA_RECORDS),
                DumpSamples.host(DT40_RECORDS, null));

        Violation v = only(found);
        assertEquals(Severity.WARNING, v.severity());
        assertTrue(assertInstanceOf(ViolationDetails.UnknownFact.class, v.details()).fact()
                .contains("the storage drivers of pool"), v.message());
    }

    @Test
    void driversWithThePoolsFeaturesPass() {
        Pool pool = DumpSamples.pool(withFeatures(TAMPA_RECORDS, null, FEATURES));
        Host same = DumpSamples.host(withFeatures(DT40_RECORDS, null, FEATURES), null);
        Host better = DumpSamples.host(withFeatures(withFeatures(DT40_RECORDS, null, FEATURES), "nfs",
                "(('SR_PROBE' '1') ('VDI_MIRROR' '2') ('VDI_REVERT' '1'))"), null);

        assertEquals(List.of(), check(StorageRules.smFeatures(), pool, same));
        assertEquals(List.of(), check(StorageRules.smFeatures(), pool, better));
    }

    @Test
    void aDriverOfferingAFeatureAtALowerVersionIsRefusedNamingBothSms() {
        XapiRecords tampa = withFeatures(withFeatures(TAMPA_RECORDS, null, FEATURES), "nfs",
                "(('SR_PROBE' '1') ('VDI_MIRROR' '2'))");
        XapiRecords dt40 = withFeatures(DT40_RECORDS, null, FEATURES);

        Violation v = only(check(StorageRules.smFeatures(), DumpSamples.pool(tampa), DumpSamples.host(dt40, null)));

        assertBlocks(v, XapiError.POOL_JOINING_SM_FEATURES_INCOMPATIBLE, ref(tampa, "nfs"), ref(dt40, "nfs"));
        assertAll(
                () -> assertEquals("host.ownPool.storageDrivers", v.subject().path()),
                () -> assertTrue(v.message().contains("VDI_MIRROR/1 (the pool's is /2)"), v.message()),
                () -> assertEquals("nfs [SR_PROBE/1, VDI_MIRROR/2]", v.expected()));
    }

    @Test
    void aDriverLackingAFeatureIsRefused() {
        XapiRecords tampa = withFeatures(TAMPA_RECORDS, null, FEATURES);
        XapiRecords dt40 = withFeatures(withFeatures(DT40_RECORDS, null, FEATURES), "lvm", "(('SR_PROBE' '1'))");

        Violation v = only(check(StorageRules.smFeatures(), DumpSamples.pool(tampa), DumpSamples.host(dt40, null)));

        assertBlocks(v, XapiError.POOL_JOINING_SM_FEATURES_INCOMPATIBLE, ref(tampa, "lvm"), ref(dt40, "lvm"));
        assertTrue(v.message().contains("VDI_MIRROR (missing)"), v.message());
    }

    @Test
    void aHostWithoutADriverOfThePoolsTypeOrWithTwoGetsAnEmptyCandidate() {
        XapiRecords tampa = withFeatures(TAMPA_RECORDS, null, FEATURES);
        XapiRecords renamed = DumpSamples.withFields(withFeatures(DT40_RECORDS, null, FEATURES), "SM",
                where("type", "ext"), Map.of("type", XapiValue.database("nfs")));

        List<Violation> found = check(StorageRules.smFeatures(), DumpSamples.pool(tampa),
                DumpSamples.host(renamed, null));

        // In the pool's order of SM records: nfs (two on the host), then ext (none).
        assertEquals(2, found.size(), found::toString);
        assertBlocks(found.get(0), XapiError.POOL_JOINING_SM_FEATURES_INCOMPATIBLE, ref(tampa, "nfs"), "");
        assertBlocks(found.get(1), XapiError.POOL_JOINING_SM_FEATURES_INCOMPATIBLE, ref(tampa, "ext"), "");
        assertEquals("2", found.get(0).actual());
        assertEquals("0", found.get(1).actual());
    }

    @Test
    void theDriverCheckCameWithXapi2437() {
        assertEquals(Optional.of(XapiReleases.since("24.37.0")), StorageRules.smFeatures().descriptor().xapiReleases());
    }
}
