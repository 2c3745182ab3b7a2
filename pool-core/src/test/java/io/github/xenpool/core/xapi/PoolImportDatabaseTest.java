package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pools made from the eight real xapi database dumps ({@code samples/xapi-db}). The expected
 * facts are read from the raw XML with regular expressions, never through the reader or the
 * importer under test.
 */
class PoolImportDatabaseTest {

    private static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    private static final String COWLEY1 = "xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml";
    private static final String STATE2 = "xapi-db__xenadmin-state2__xs5.5.0-b14614c-2hosts-ha.xml";
    private static final String UPDATES = "xapi-db__xenadmin-updatesState__xs5.5.900-b28071c-1host-pool_patch.xml";
    private static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";

    static List<String> samples() {
        return XapiDbSamples.files();
    }

    /** The samples that are a standalone host's own database: one host record. */
    static List<String> standaloneSamples() {
        List<String> standalone = XapiDbSamples.files().stream()
                .filter(file -> rows(XapiDbSamples.text(file), "host").size() == 1).toList();
        assertFalse(standalone.isEmpty(), "some samples are a standalone host's database");
        return standalone;
    }

    static Pool pool(String file) {
        return PoolImport.pool(XapiDbSamples.read(file)).value();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyDumpBecomesAPoolWithItsHostsPifsAndVms(String file) {
        String raw = XapiDbSamples.text(file);
        Imported<Pool> imported = PoolImport.pool(XapiDbSamples.read(file));
        Pool pool = imported.value();
        List<Row> hosts = rows(raw, "host");
        List<Row> pifs = rows(raw, "PIF");
        List<Row> vms = rows(raw, "VM");

        assertEquals(hosts.size(), pool.size(), file);
        assertEquals(rows(raw, "pool").get(0).get("uuid"), pool.id());
        assertEquals(rows(raw, "pool").get(0).get("ha_enabled").equals("true"), pool.haEnabled());
        for (Row hostRow : hosts) {
            Host host = pool.member(hostRow.get("uuid")).orElseThrow();
            long ownPifs = pifs.stream().filter(p -> p.get("host").equals(hostRow.ref)).count();
            long tunnels = imported.report().host(host.id()).ignored().stream().filter(i -> i.startsWith("PIF ")).count();
            long resident = vms.stream().filter(v -> v.get("resident_on").equals(hostRow.ref)
                    && v.get("is_a_template").equals("false") && v.get("is_control_domain").equals("false")
                    && !"true".equals(v.get("is_a_snapshot"))).count();
            assertAll(file + " " + host.hostname(),
                    () -> assertEquals(hostRow.get("hostname"), host.hostname()),
                    () -> assertEquals(ownPifs, 1 + host.networkInterfaces().size() + tunnels,
                            "the management PIF, the others and the tunnels left aside"),
                    () -> assertEquals(resident, host.vms().size()),
                    () -> assertEquals(Optional.empty(), host.clock(), "no dump knows a clock"));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyHostsVersionAndVendorAreWhatItsRecordsSay(String file) {
        String raw = XapiDbSamples.text(file);
        Pool pool = pool(file);
        for (Row hostRow : rows(raw, "host")) {
            Host host = pool.member(hostRow.get("uuid")).orElseThrow();
            Optional<String> version = sexpValue(hostRow.get("software_version"), "product_version");
            assertEquals(version.map(ProductVersion::parse), host.software().productVersion(), host.hostname());
            Optional<String> vendor = sexpValue(hostRow.attributes.getOrDefault("cpu_info", "()"), "vendor")
                    .or(() -> rows(raw, "host_cpu").stream().filter(c -> c.get("host").equals(hostRow.ref))
                            .map(c -> c.get("vendor")).findFirst());
            assertEquals(vendor.map(CpuVendor::fromCpuidString), host.cpu().vendor(), host.hostname());
            assertEquals(Optional.ofNullable(hostRow.attributes.get("edition")).map(LicenceEdition::of),
                    host.licence(), "the 5.5 schema has no edition: " + host.hostname());
        }
    }

    @Test
    void cowleysXeonX5650HasItsFeaturesByNameAndFullMasking() {
        Host berlin = pool(COWLEY).master();
        FeatureSet features = berlin.cpu().physicalFeatures().orElseThrow();

        assertAll(
                () -> assertEquals("berlin", berlin.hostname()),
                () -> assertEquals("Intel(R) Xeon(R) CPU X5650 @ 2.67GHz", berlin.cpu().modelName()),
                () -> assertTrue(features.isSupersetOf(FeatureCatalog.x86().featureSet("sse4_2", "popcnt", "aes",
                        "pclmuldq", "vmx", "lm", "pdpe1gb")), FeatureCatalog.x86().describe(features)),
                () -> assertTrue(features.intersect(FeatureCatalog.x86().featureSet("avx")).isEmpty(), "Westmere has no AVX"),
                () -> assertEquals(Optional.of(MaskingSupport.FULL), berlin.cpu().maskingSupport()),
                () -> assertEquals(Optional.of(LicenceEdition.PLATINUM), berlin.licence()),
                () -> assertEquals(Optional.of(ProductVersion.parse("5.6.100")), berlin.software().productVersion()),
                () -> assertEquals(Optional.of("39265c"), berlin.software().buildNumber()),
                () -> assertEquals(java.util.OptionalInt.of(24), berlin.cpu().cpuCount()));
    }

    @Test
    void cowley1HasItsBondAndVlansOnBothHosts() {
        String raw = XapiDbSamples.text(COWLEY1);
        Pool pool = pool(COWLEY1);
        List<Row> pifs = rows(raw, "PIF");
        Set<String> bondMasters = rows(raw, "Bond").stream().map(b -> b.get("master")).collect(Collectors.toSet());

        for (Row hostRow : rows(raw, "host")) {
            Host host = pool.member(hostRow.get("uuid")).orElseThrow();
            List<String> expectedBonds = new ArrayList<>();
            List<String> expectedVlans = new ArrayList<>();
            for (Row pif : pifs) {
                if (!pif.get("host").equals(hostRow.ref) || pif.get("management").equals("true")) {
                    continue;
                }
                if (!pif.get("VLAN").equals("-1")) {
                    expectedVlans.add(pif.get("device") + "." + pif.get("VLAN"));
                } else if (bondMasters.contains(pif.ref)) {
                    expectedBonds.add(pif.get("device"));
                }
            }
            List<String> bonds = host.networkInterfaces().stream().filter(n -> n.kind() == NetworkInterface.Kind.BOND)
                    .map(NetworkInterface::device).toList();
            List<String> vlans = host.networkInterfaces().stream().filter(n -> n.kind() == NetworkInterface.Kind.VLAN)
                    .map(n -> n.device() + "." + n.vlanTag().getAsInt()).toList();
            assertEquals(new TreeSet<>(expectedBonds), new TreeSet<>(bonds), host.hostname());
            assertEquals(new TreeSet<>(expectedVlans), new TreeSet<>(vlans), host.hostname());
            assertEquals(Optional.of(false), host.managementInterface().bonded(), "management is on eth0");
        }
        assertEquals(2, bondMasters.size());
        assertTrue(pool.members().stream().anyMatch(h -> h.networkInterfaces().stream()
                .anyMatch(n -> n.kind() == NetworkInterface.Kind.BOND)), "grimsby has bond0");
        assertEquals(Optional.of(false), pool.configuration().restrictions().orElseThrow().restricts("vlan"),
                "the pool's restrictions say restrict_vlan false");
    }

    @Test
    void state2HasHighAvailabilityOnAndActiveDirectoryOnBothHosts() {
        Pool pool = pool(STATE2);

        assertTrue(pool.haEnabled());
        assertEquals(List.of(new ExternalAuth("AD", "xendt.net"), new ExternalAuth("AD", "xendt.net")),
                pool.members().stream().map(h -> h.externalAuth().orElseThrow()).toList());
        assertTrue(pool.members().stream().allMatch(h -> h.cpu().physicalFeatures().isEmpty()),
                "5.5 has no cpu_info: the features are unknown, never guessed");
    }

    @Test
    void updatesStateHasItsSevenAppliedPatchesOfEight() {
        String raw = XapiDbSamples.text(UPDATES);
        Imported<Pool> imported = PoolImport.pool(XapiDbSamples.read(UPDATES));
        Host host = imported.value().master();
        List<Row> patches = rows(raw, "pool_patch");
        Set<String> applied = rows(raw, "host_patch").stream().map(h -> h.get("pool_patch")).collect(Collectors.toSet());
        Set<String> expected = patches.stream().filter(p -> applied.contains(p.ref)).map(p -> p.get("uuid"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(8, patches.size());
        assertEquals(7, expected.size());
        assertEquals(expected, host.software().updates().orElseThrow().stream().map(Update::uuid)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(7, host.software().hotfixes().orElseThrow().size());
        assertTrue(imported.report().warnings().stream().anyMatch(w -> w.message().contains("stands as its UUID")),
                "names such as 'Test hotfix 1' are no hotfix names; the patch is known by its UUID");
    }

    @ParameterizedTest
    @MethodSource("standaloneSamples")
    void aStandaloneHostsTemplatesSnapshotsAndControlDomainsAreItsNonGuestVmsAndDom0HasDomid0(String file) {
        String raw = XapiDbSamples.text(file);
        List<Row> hostRows = rows(raw, "host");
        Imported<Host> imported = PoolImport.host(XapiDbSamples.read(file));
        Host host = imported.value();
        List<Row> others = rows(raw, "VM").stream().filter(v -> v.get("is_a_template").equals("true")
                || v.get("is_control_domain").equals("true") || "true".equals(v.attributes().get("is_a_snapshot")))
                .toList();
        List<Vm> nonGuests = host.nonGuestVms().orElseThrow();

        assertAll(file,
                () -> assertEquals(others.stream().map(v -> v.get("uuid")).collect(Collectors.toSet()),
                        nonGuests.stream().map(Vm::uuid).collect(Collectors.toSet())),
                () -> assertEquals(others.stream().filter(v -> v.get("is_control_domain").equals("true")
                        && v.get("domid").equals("0")).map(v -> v.get("uuid")).toList(),
                        nonGuests.stream().filter(vm -> vm.kind() == Vm.Kind.DOM0).map(Vm::uuid).toList()),
                () -> assertEquals(others.stream().filter(v -> "true".equals(v.attributes().get("is_a_snapshot")))
                        .count(), nonGuests.stream().filter(vm -> vm.kind() == Vm.Kind.SNAPSHOT).count()),
                () -> assertTrue(nonGuests.stream().filter(vm -> vm.kind() == Vm.Kind.DOM0)
                        .allMatch(vm -> vm.powerState() == PowerState.RUNNING && !vm.isBusy())),
                () -> assertTrue(imported.report().host(host.id()).read().contains("nonGuestVms")),
                () -> assertEquals(Optional.of(hostRows.get(0).get("name_label")), host.nameLabel()),
                () -> assertEquals(Optional.of(hostRows.get(0).ref), host.xapiReference()));
    }

    @Test
    void theMembersOfAPoolOfSeveralHostsHaveNoNonGuestVmsOfTheirOwnButTheirNamesAndReferences() {
        String raw = XapiDbSamples.text(TAMPA);
        Imported<Pool> imported = PoolImport.pool(XapiDbSamples.read(TAMPA));

        for (Row row : rows(raw, "host")) {
            Host member = imported.value().member(row.get("uuid")).orElseThrow();
            assertEquals(Optional.empty(), member.nonGuestVms(), "templates are the pool's");
            assertTrue(imported.report().host(member.id()).unknown().containsKey("nonGuestVms"));
            assertEquals(Optional.of(row.get("name_label")), member.nameLabel());
            assertEquals(Optional.of(row.ref), member.xapiReference());
        }
    }

    @Test
    void aDatabaseWhoseHostNamesItsControlDomainsTellsDom0FromADriverDomainWhateverTheirDomids() {
        XapiRecords records = XapiRecords.builder("driver-domain.xml")
                .add(XapiRecord.of("pool", "OpaqueRef:p", java.util.Map.of("uuid", XapiValue.database(
                        "11111111-1111-4111-8111-000000000001"), "master", XapiValue.database("OpaqueRef:h"),
                        "ha_enabled", XapiValue.database("false")), "driver-domain.xml", "table pool"))
                .add(XapiRecord.of("host", "OpaqueRef:h", java.util.Map.of("uuid", XapiValue.database(
                        "11111111-1111-4111-8111-000000000002"), "hostname", XapiValue.database("xs-04"),
                        "name_label", XapiValue.database("xs-04 (rack 7)"),
                        "control_domain", XapiValue.database("OpaqueRef:d0")), "driver-domain.xml", "table host"))
                .add(vmRecord("OpaqueRef:d0", "11111111-1111-4111-8111-000000000003", "Control domain on host: xs-04",
                        "false", "true", "7"))
                .add(vmRecord("OpaqueRef:dd", "11111111-1111-4111-8111-000000000004", "storage driver domain",
                        "false", "true", "0"))
                .add(vmRecord("OpaqueRef:t", "11111111-1111-4111-8111-000000000005", "Debian 12", "true", "false",
                        "-1"))
                .build();

        Host host = PoolImport.host(records).value();

        assertEquals(List.of(Vm.Kind.DOM0, Vm.Kind.CONTROL_DOMAIN, Vm.Kind.TEMPLATE),
                host.nonGuestVms().orElseThrow().stream().map(Vm::kind).toList());
        assertEquals(Optional.of("xs-04 (rack 7)"), host.nameLabel());
        assertEquals(Optional.of("OpaqueRef:h"), host.xapiReference());
    }

    @Test
    void recordsWithoutTemplatesSuchAsXeVmListLeaveTheNonGuestVmsUnknown() {
        XapiRecords records = XapiRecords.builder("vm-list.txt")
                .add(XapiRecord.of("pool", "OpaqueRef:p", java.util.Map.of("uuid", XapiValue.database(
                        "11111111-1111-4111-8111-000000000001"), "master", XapiValue.database("OpaqueRef:h"),
                        "ha_enabled", XapiValue.database("false")), "vm-list.txt", "pool"))
                .add(XapiRecord.of("host", "OpaqueRef:h", java.util.Map.of("uuid", XapiValue.database(
                        "11111111-1111-4111-8111-000000000002"), "hostname", XapiValue.database("xs-04")),
                        "vm-list.txt", "host"))
                .add(vmRecord("OpaqueRef:d0", "11111111-1111-4111-8111-000000000003", "Control domain on host: xs-04",
                        "false", "true", "0"))
                .build();

        Imported<Host> imported = PoolImport.host(records);

        assertEquals(Optional.empty(), imported.value().nonGuestVms());
        assertTrue(imported.report().host(imported.value().id()).unknown().get("nonGuestVms").contains("no template"));
    }

    private static XapiRecord vmRecord(String ref, String uuid, String name, String template, String control,
            String domid) {
        return XapiRecord.of("VM", ref, java.util.Map.of("uuid", XapiValue.database(uuid), "name_label",
                XapiValue.database(name), "is_a_template", XapiValue.database(template), "is_control_domain",
                XapiValue.database(control), "domid", XapiValue.database(domid), "power_state",
                XapiValue.database(control.equals("true") ? "Running" : "Halted"), "resident_on",
                XapiValue.database(control.equals("true") ? "OpaqueRef:h" : "OpaqueRef:NULL"), "current_operations",
                XapiValue.database("()"), "HVM_boot_policy", XapiValue.database("")), "test", "table VM");
    }

    @Test
    void tampaIsTwoXeonX3450HostsAtOneCpuLevel() {
        Pool pool = pool(TAMPA);

        assertEquals(2, pool.size());
        assertTrue(pool.members().stream().allMatch(h -> h.cpu().modelName().contains("X3450")));
        assertEquals(pool.master().cpu().physicalFeatures(), pool.secondaries().get(0).cpu().physicalFeatures());
        assertTrue(pool.cpuLevel().isPresent());
    }

    @Test
    void aDumpWithoutAPoolRecordIsNoPool() {
        XapiRecords records = XapiRecords.builder("partial.xml").xapiClass("pool")
                .add(XapiRecord.of("host", "OpaqueRef:1", java.util.Map.of("uuid",
                        XapiValue.database("11111111-1111-4111-8111-111111111111")), "partial.xml", "table host"))
                .build();

        XapiImportException e = assertThrows(XapiImportException.class, () -> PoolImport.pool(records));
        assertTrue(e.getMessage().startsWith("partial.xml, pool records: expected the pool record"), e.getMessage());
    }

    @Test
    void aMalformedMapLeavesItsFactUnknownWithAWarningNamingRecordAndField() {
        XapiRecords records = XapiRecords.builder("odd.xml")
                .add(XapiRecord.of("host", "OpaqueRef:1", java.util.Map.of(
                        "uuid", XapiValue.database("11111111-1111-4111-8111-111111111111"),
                        "hostname", XapiValue.database("xs-01"),
                        "cpu_info", XapiValue.database("(('vendor' 'GenuineIntel')"),
                        "API_version__major", XapiValue.database("two"),
                        "API_version__minor", XapiValue.database("0")), "odd.xml", "table host, row OpaqueRef:1"))
                .build();

        Imported<Host> imported = PoolImport.standaloneHost(records);

        assertEquals(Optional.empty(), imported.value().cpu().vendor());
        assertEquals(Optional.empty(), imported.value().software().apiVersion());
        List<String> warnings = imported.report().warnings().stream().map(ImportWarning::toString).toList();
        assertTrue(warnings.contains("odd.xml, table host, row OpaqueRef:1, field cpu_info: expected ')' before the"
                + " end, the S-expression never closes; the field is left unknown"), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("field API_version__major: expected a whole number,"
                + " got \"two\"")), warnings.toString());
    }

    @Test
    void recordsOfClassesNoCheckReadsAreCountedAsLeftAside() {
        ImportReport report = PoolImport.pool(XapiDbSamples.read(COWLEY)).report();

        assertTrue(report.pool().ignored().stream().anyMatch(i -> i.startsWith("records of classes no join check reads:")
                && i.contains(" VDI") && i.contains(" VM_metrics")), report.pool().ignored().toString());
    }

    @Test
    void aPbdWhoseSrIsMissingIsLeftOutWithAWarningAndAMasterThatIsMissingIsNoPool() {
        String host = "11111111-1111-4111-8111-111111111111";
        XapiRecords dangling = XapiRecords.builder("dangling.xml").xapiClass("SR")
                .add(XapiRecord.of("pool", "OpaqueRef:p", java.util.Map.of("uuid",
                        XapiValue.database("22222222-2222-4222-8222-222222222222"), "master",
                        XapiValue.database("OpaqueRef:h"), "ha_enabled", XapiValue.database("false")),
                        "dangling.xml", "table pool, row OpaqueRef:p"))
                .add(XapiRecord.of("host", "OpaqueRef:h", java.util.Map.of("uuid", XapiValue.database(host),
                        "hostname", XapiValue.database("xs-01")), "dangling.xml", "table host, row OpaqueRef:h"))
                .add(XapiRecord.of("PBD", "OpaqueRef:b", java.util.Map.of("uuid",
                        XapiValue.database("33333333-3333-4333-8333-333333333333"), "host",
                        XapiValue.database("OpaqueRef:h"), "SR", XapiValue.database("OpaqueRef:gone")),
                        "dangling.xml", "table PBD, row OpaqueRef:b"))
                .build();

        Imported<Pool> imported = PoolImport.pool(dangling);

        assertTrue(imported.value().master().storage().isEmpty());
        assertTrue(imported.report().warnings().stream().anyMatch(w -> w.location()
                .equals("table PBD, row OpaqueRef:b, field SR") && w.message().startsWith("expected a reference to an SR")),
                imported.report().warnings().toString());

        XapiRecords noMaster = XapiRecords.builder("no-master.xml")
                .add(XapiRecord.of("pool", "OpaqueRef:p", java.util.Map.of("uuid",
                        XapiValue.database("22222222-2222-4222-8222-222222222222"), "master",
                        XapiValue.database("OpaqueRef:gone"), "ha_enabled", XapiValue.database("false")),
                        "no-master.xml", "table pool, row OpaqueRef:p"))
                .add(XapiRecord.of("host", "OpaqueRef:h", java.util.Map.of("uuid", XapiValue.database(host),
                        "hostname", XapiValue.database("xs-01")), "no-master.xml", "table host, row OpaqueRef:h"))
                .build();
        XapiImportException e = assertThrows(XapiImportException.class, () -> PoolImport.pool(noMaster));
        assertEquals("no-master.xml, table pool, row OpaqueRef:p, field master: expected a reference to one of the 1"
                + " host records, got \"OpaqueRef:gone\"", e.getMessage());
    }

    // ------------------------------------------------------------------ the raw XML

    /** A row of a table, read from the raw text. */
    record Row(String ref, java.util.Map<String, String> attributes) {
        String get(String name) {
            String value = attributes.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no attribute " + name + " in row " + ref);
            }
            return value;
        }
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"([^\"]*)\"");

    static List<Row> rows(String raw, String table) {
        Matcher t = Pattern.compile("<table\\s+name=\"" + table + "\"\\s*>(.*?)</table>", Pattern.DOTALL).matcher(raw);
        List<Row> rows = new ArrayList<>();
        if (!t.find()) {
            return rows;
        }
        Matcher r = Pattern.compile("<row\\s(.*?)/>", Pattern.DOTALL).matcher(t.group(1));
        while (r.find()) {
            java.util.Map<String, String> attributes = new java.util.HashMap<>();
            Matcher a = ATTRIBUTE.matcher(r.group(1));
            while (a.find()) {
                attributes.put(a.group(1).replace("__", "_"), a.group(2));
            }
            rows.add(new Row(attributes.getOrDefault("ref", attributes.get("_ref")), attributes));
        }
        return rows;
    }

    private static Optional<String> sexpValue(String sexp, String key) {
        Matcher m = Pattern.compile("\\('" + key + "' '([^']*)'\\)").matcher(sexp);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
