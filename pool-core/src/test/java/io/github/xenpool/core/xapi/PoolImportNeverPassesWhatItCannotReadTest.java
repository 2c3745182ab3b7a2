package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VmOperation;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an import could not read leaves a host's lists incomplete rather than short: a join check
 * then says it cannot check instead of passing.
 */
class PoolImportNeverPassesWhatItCannotReadTest {

    private static final String HOST = "11111111-1111-4111-8111-111111111111";
    private static final String POOL = "22222222-2222-4222-8222-222222222222";

    private static XapiRecords.Builder standalone(String source) {
        return XapiRecords.builder(source)
                .add(XapiRecord.of("pool", "OpaqueRef:p", Map.of("uuid", XapiValue.database(POOL), "master",
                        XapiValue.database("OpaqueRef:h"), "ha_enabled", XapiValue.database("false")), source,
                        "table pool"))
                .add(XapiRecord.of("host", "OpaqueRef:h", Map.of("uuid", XapiValue.database(HOST), "hostname",
                        XapiValue.database("xs-01")), source, "table host"))
                .xapiClass("PIF").xapiClass("PBD").xapiClass("SR");
    }

    private static XapiRecord vm(String ref, Map<String, XapiValue> fields) {
        return XapiRecord.of("VM", ref, fields, "vms.xml", "table VM, row " + ref);
    }

    @Test
    void aVmThatCannotBeReadLeavesTheVmsIncompleteAndTheOthersListed() {
        XapiRecords records = standalone("vms.xml")
                .add(vm("OpaqueRef:v1", Map.of("uuid", XapiValue.database("33333333-3333-4333-8333-333333333333"),
                        "name_label", XapiValue.database("web"), "power_state", XapiValue.database("Running"),
                        "resident_on", XapiValue.database("OpaqueRef:h"), "current_operations",
                        XapiValue.database("()"))))
                .add(vm("OpaqueRef:v2", Map.of("uuid", XapiValue.database("{not-a-uuid}"), "power_state",
                        XapiValue.database("Running"), "current_operations", XapiValue.database("()"))))
                .build();

        Imported<Host> imported = PoolImport.host(records);

        assertEquals(List.of("web"), imported.value().vms().stream().map(v -> v.name()).toList());
        assertFalse(imported.value().isComplete(Host.Listing.VMS));
        assertTrue(imported.report().host(HOST).unknown().get("vms").contains("could not be read"));
    }

    @Test
    void operationsThatNeverCloseMayBeRunningSoTheVmIsNotTakenAsIdle() {
        XapiRecords records = standalone("ops.xml")
                .add(vm("OpaqueRef:v1", Map.of("uuid", XapiValue.database("33333333-3333-4333-8333-333333333333"),
                        "name_label", XapiValue.database("db"), "power_state", XapiValue.database("Halted"),
                        "current_operations", XapiValue.database("(('OpaqueRef:t' 'start')"))))
                .build();

        Host host = PoolImport.host(records).value();

        assertTrue(host.vms().isEmpty());
        assertFalse(host.isComplete(Host.Listing.VMS));
    }

    @Test
    void xePrintsAVmsOperationsAsASetAndTheyStillMakeItBusy() throws IOException {
        String vms = "uuid ( RO)                  : 33333333-3333-4333-8333-333333333333\n"
                + "            name-label ( RW): export-me\n"
                + "           power-state ( RO): halted\n"
                + "    current-operations (SRO): export; clean_shutdown\n\n\n";
        XapiRecords records = XapiRecords.merge(List.of(standalone("host.xml").build(),
                XeOutput.read(new StringReader(vms), "vms.txt", "VM")));

        Host host = PoolImport.host(records).value();

        assertEquals(PowerState.HALTED, host.vms().get(0).powerState());
        assertEquals(Set.of(VmOperation.EXPORT, VmOperation.CLEAN_SHUTDOWN), host.vms().get(0).currentOperations());
        assertTrue(host.isComplete(Host.Listing.VMS));
    }

    @Test
    void aPbdFromXeFindsItsSrByUuidAndEverySrOfAStandaloneHostCounts() throws IOException {
        String srs = "uuid ( RO)            : 44444444-4444-4444-8444-444444444444\n"
                + "      name-label ( RW): nfs\n"
                + "            type ( RO): nfs\n"
                + "          shared ( RW): true\n\n\n"
                + "uuid ( RO)            : 55555555-5555-4555-8555-555555555555\n"
                + "      name-label ( RW): unplugged iscsi\n"
                + "            type ( RO): lvmoiscsi\n"
                + "          shared ( RW): true\n\n\n";
        String pbds = "uuid ( RO)                 : 66666666-6666-4666-8666-666666666666\n"
                + "             host-uuid ( RO): " + HOST + "\n"
                + "               sr-uuid ( RO): 44444444-4444-4444-8444-444444444444\n"
                + "         device-config (MRO): server: filer.example.com; serverpath: /vms\n\n\n";
        XapiRecords records = XapiRecords.merge(List.of(
                XapiRecords.builder("host.xml").add(XapiRecord.of("pool", "OpaqueRef:p", Map.of("uuid",
                        XapiValue.database(POOL), "master", XapiValue.database("OpaqueRef:h"), "ha_enabled",
                        XapiValue.database("false")), "host.xml", "table pool"))
                        .add(XapiRecord.of("host", "OpaqueRef:h", Map.of("uuid", XapiValue.database(HOST), "hostname",
                                XapiValue.database("xs-01")), "host.xml", "table host")).build(),
                XeOutput.read(new StringReader(srs), "srs.txt", "SR"),
                XeOutput.read(new StringReader(pbds), "pbds.txt", "PBD")));

        Host host = PoolImport.host(records).value();

        assertEquals(List.of("nfs", "unplugged iscsi"), host.sharedStorage().stream().map(sr -> sr.name()).toList());
        assertEquals("filer.example.com", host.sharedStorage().get(0).server().orElseThrow().address());
    }

    @Test
    void aPifThatIsNeitherNicBondVlanTunnelNorSriovLeavesTheInterfacesIncomplete() {
        XapiRecords records = standalone("pifs.xml")
                .add(XapiRecord.of("PIF", "OpaqueRef:i", Map.of("uuid",
                        XapiValue.database("77777777-7777-4777-8777-777777777777"), "device", XapiValue.database("eth5"),
                        "host", XapiValue.database("OpaqueRef:h"), "management", XapiValue.database("false"),
                        "physical", XapiValue.database("false"), "VLAN", XapiValue.database("n/a")), "pifs.xml",
                        "table PIF, row OpaqueRef:i"))
                .build();

        Host host = PoolImport.host(records).value();

        assertTrue(host.networkInterfaces().isEmpty());
        assertFalse(host.isComplete(Host.Listing.NETWORK_INTERFACES), "it may be a VLAN whose tag could not be read");
    }

    @Test
    void aVmWhoseModeIsNotRecordedIsTakenAsHvmWithAWarning() {
        XapiRecords records = standalone("mode.xml")
                .add(vm("OpaqueRef:v1", Map.of("uuid", XapiValue.database("33333333-3333-4333-8333-333333333333"),
                        "name_label", XapiValue.database("win"), "power_state", XapiValue.database("Halted"),
                        "current_operations", XapiValue.database("()"))))
                .build();

        Imported<Host> imported = PoolImport.host(records);

        assertTrue(imported.value().hasHvmVms(), "HVM needs hardware virtualization: the stricter reading");
        assertTrue(imported.report().warnings().stream().anyMatch(w -> w.message().contains("taken as HVM")));
    }

    @Test
    void listsNestedBeyondAnyXapiWritesAreAWarningNotAStackOverflow() {
        XapiRecords records = XapiRecords.builder("deep.xml")
                .add(XapiRecord.of("host", "OpaqueRef:h", Map.of("uuid", XapiValue.database(HOST), "hostname",
                        XapiValue.database("xs-01"), "cpu_info", XapiValue.database("(".repeat(50_000))), "deep.xml",
                        "table host"))
                .build();

        Imported<Host> imported = PoolImport.standaloneHost(records);

        assertTrue(imported.report().warnings().stream().anyMatch(w -> w.message().contains("nested more than 64 deep")),
                imported.report().warnings().toString());
    }
}
