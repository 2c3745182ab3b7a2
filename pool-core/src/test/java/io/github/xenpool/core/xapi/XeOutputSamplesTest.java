package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real {@code xe} output, copied with its provenance from docs, issue threads and test fixtures
 * (see {@code samples/xe/_SOURCES.tsv}): every sample of a host, pool, PIF, SR, PBD, VM, network,
 * bond or patch reads, or is refused with a message that says what it is, and what it says is
 * checked against the raw text.
 */
class XeOutputSamplesTest {

    private static final String DIR = "samples/xe/";

    /** The samples that are no records and are refused, with a word their message must hold. */
    private static final Map<String, String> REFUSED = Map.of(
            "minimal-pif-list-bond-list__xen-api-pr2596-xs7.0-dev.txt", "--minimal",
            "host-param-get-software-version__xen-api-pr5711-xenserver8.4-stream.txt", "readParamGet");

    // ------------------------------------------------------------------ the samples as a set

    @Test
    void theSourcesListNamesEverySampleOnceAndNothingElse() throws IOException, URISyntaxException {
        List<String> rows = Files.readAllLines(directory().resolve("_SOURCES.tsv"), StandardCharsets.UTF_8);
        assertEquals("file\tprovenance", rows.get(0));
        List<String> listed = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t", -1);
            assertEquals(2, cells.length, row);
            assertTrue(cells[1].startsWith("SOURCE: "), "every row keeps its attribution: " + row);
            listed.add(cells[0]);
        }
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "each sample is listed once");
        assertEquals(new TreeSet<>(listed), samples());
        assertEquals(25, listed.size());
    }

    @Test
    void everySampleReadsOrIsRefusedSayingWhatItIs() throws IOException, URISyntaxException {
        for (String name : samples()) {
            if (REFUSED.containsKey(name)) {
                XapiImportException e = assertThrows(XapiImportException.class, () -> read(name, "host"), name);
                assertEquals(name, e.source());
                assertTrue(e.getMessage().contains(REFUSED.get(name)), e.getMessage());
                assertTrue(e.location().matches("line \\d+, column \\d+"), e.location());
            } else {
                XapiRecords records = read(name, "host");
                assertFalse(records.all("host").isEmpty(), name);
                for (XapiRecord record : records.all("host")) {
                    assertEquals(Optional.empty(), record.ref(), "xe prints no references");
                    assertEquals(name, record.source());
                    assertTrue(record.location().matches("record \\d+ \\((uuid [0-9a-f-]{36}|line \\d+)\\)"),
                            record.location());
                }
                for (ImportWarning warning : records.warnings()) {
                    assertEquals(name, warning.source());
                }
            }
        }
    }

    @Test
    void whereTheTextDoesNotSayItsClassTheCallerNamesIt() throws IOException {
        XapiRecords pifs = read("pif-list__xcp-ng-docs-networking.txt", "PIF");
        assertEquals(4, pifs.all("pif").size());
        assertEquals(Set.of("PIF"), pifs.classes());
        assertEquals("PIF", pifs.all("PIF").get(0).xapiClass());
        assertTrue(pifs.all("host").isEmpty());
    }

    // ------------------------------------------------------------------ hosts

    @Test
    void xenServer65HostListParamsAll() throws IOException {
        XapiRecords records = read("host-list-params-all__cn-cloudstack-notes-xenserver6.5.txt", "host");
        assertEquals(1, records.all("host").size());
        XapiRecord host = records.byUuid("host", "760a1e5e-c439-42f9-bf5a-480e2bb2b959").orElseThrow();
        assertEquals("localhost.localdomain", text(host, "name_label"));
        assertEquals("2", text(host, "API-version-major"));
        assertEquals("free", text(host, "edition"));
        assertEquals("10.1.6.125", text(host, "address"));
        assertEquals("", text(host, "blobs"), "an empty value, its trailing blank kept by the sample");
        assertEquals(List.of("VM.migrate", "evacuate", "provision", "VM.resume", "VM.start"),
                set(host, "allowed-operations"));
        assertEquals(List.of(), set(host, "current-operations"));
        assertEquals(List.of("xen-3.0-x86_64", "xen-3.0-x86_32p", "hvm-3.0-x86_32", "hvm-3.0-x86_32p", "hvm-3.0-x86_64"),
                set(host, "capabilities"), "the trailing \"; \" adds no empty element");
        assertEquals(List.of("pygrub", "eliloader"), set(host, "supported-bootloaders"));
        assertEquals(Map.of("address", "localhost", "port", "27000"), map(host, "license-server"));
        assertEquals(Map.of("iommu", "false"), map(host, "chipset-info"));

        Map<String, String> software = map(host, "software_version");
        assertEquals("6.5.0", software.get("product_version"));
        assertEquals("XenServer", software.get("product_brand"));
        assertEquals("90233c", software.get("build_number"));
        assertEquals("1.3", software.get("xapi"));
        assertEquals("2015.0101", software.get("dbv"));
        assertEquals("4.4.1-xs90192", software.get("xen"));
        assertEquals("XenServer Pack, version 6.5.0, build 90233c", software.get("xs:main"),
                "keys may hold ':' and values \", \"");
        assertEquals(19, software.size());

        Map<String, String> cpu = map(host, "cpu_info");
        assertEquals(List.of("cpu_count", "socket_count", "vendor", "speed", "modelname", "family", "model", "stepping",
                "flags", "features", "features_after_reboot", "physical_features", "maskable"), List.copyOf(cpu.keySet()),
                "the keys of XenServer 5.6 to 6.5");
        assertEquals("Intel Core i7 9xx (Nehalem Class Core i7)", cpu.get("modelname"));
        assertEquals("80ba2221-0f8bfbff-00000001-28100800", cpu.get("features"));
        assertEquals("80ba2221-0f8bfbff-00000001-28100800", cpu.get("features_after_reboot"));
        assertEquals("80ba2221-0f8bfbff-00000001-28100800", cpu.get("physical_features"));
        assertEquals("full", cpu.get("maskable"));
        assertTrue(cpu.get("flags").startsWith("fpu de tsc ") && cpu.get("flags").endsWith(" ept"), cpu.get("flags"));

        assertFalse(host.field("memory-free-computed").isPresent(), "<expensive field> is unknown");
        assertEquals(39, host.fieldNames().size(), "40 field lines, one of them expensive");
        assertWarnings(records, List.of(
                "line 1: a command line",
                "record 1 (uuid 760a1e5e-c439-42f9-bf5a-480e2bb2b959), field memory-free-computed: line 27: xe leaves out "
                        + "fields that are expensive"));
    }

    @Test
    void hostCpuInfoPrintsARecordWithoutMarks() throws IOException {
        XapiRecords records = read("host-cpu-info__xcp-ng-xcp-issue249-xcpng8.0-intel-i5-5250U.txt", "host_cpu_info");
        assertEquals(1, records.all("host_cpu_info").size());
        XapiRecord cpu = records.all("host_cpu_info").get(0);
        assertEquals(List.of("cpu_count", "socket_count", "vendor", "speed", "modelname", "family", "model", "stepping",
                "flags", "features", "features_pv", "features_hvm"), List.copyOf(cpu.fieldNames()));
        assertEquals("4", text(cpu, "cpu_count"));
        assertEquals("GenuineIntel", text(cpu, "vendor"));
        assertEquals("Intel(R) Core(TM) i5-5250U CPU @ 1.60GHz", text(cpu, "modelname"));
        assertEquals("7ffafbbf-bfebfbff-00000121-2c100800", text(cpu, "features"));
        assertEquals("1fc9cbf5-f6f83203-2191cbf5-00000123-00000001-000c0329-00000000-00000000-00001000-8c000400"
                + "-00000000-00000000-00000000-00000000", text(cpu, "features_pv"));
        assertEquals("1fcbfbff-f7fa3223-2d93fbff-00000523-00000001-001c07ab-00000000-00000000-00001000-9c000400"
                + "-00000000-00000000-00000000-00000000", text(cpu, "features_hvm"));
        assertEquals(14, text(cpu, "features_hvm").split("-").length, "Xen 4.11's 14 words");
        assertTrue(text(cpu, "flags").contains(" avx2 "));
        assertWarnings(records, List.of("line 1: a command line"));
    }

    @Test
    void theSoftwareVersionOfAnXenServer84HostAsParamGetPrintsIt() throws IOException {
        String name = "host-param-get-software-version__xen-api-pr5711-xenserver8.4-stream.txt";
        XapiRecords records;
        try (Reader in = open(name)) {
            records = XeOutput.readParamGet(in, name, "host", "c1517689-49cd-4088-9f20-149678beb526", "software-version");
        }
        XapiRecord host = records.byUuid("host", "c1517689-49cd-4088-9f20-149678beb526").orElseThrow();
        assertEquals(List.of("uuid", "software-version"), List.copyOf(host.fieldNames()));
        Map<String, String> software = map(host, "software_version");
        assertEquals(20, software.size());
        assertEquals("8.4.0", software.get("product_version"));
        assertEquals("8", software.get("product_version_text"));
        assertEquals("XenServer", software.get("product_brand"));
        assertEquals("stream", software.get("build_number"));
        assertEquals("0.41.g036d8331c", software.get("git_id"));
        assertEquals("24.15", software.get("xapi"));
        assertEquals("24.15.0.41.g036d8331c", software.get("xapi_build"));
        assertEquals("5.778", software.get("db_schema"));
        assertEquals("2024.0229", software.get("dbv"));
        assertEquals("20240606T14:09:08Z", software.get("date"), "a value holding ':'");
        assertEquals("false", software.get("is_preview_release"));
        assertEquals("4.17.4-4", software.get("xen"));
        assertWarnings(records, List.of("line 1: a command line"));
    }

    @Test
    void twoLinesOfAHostWithoutTheirRecordsStart() throws IOException {
        XapiRecords records = read("host-param-list-capabilities-cpu_info__xcp-ng-xcp-issue370-PARTIAL.txt", "host");
        assertEquals(1, records.all("host").size());
        XapiRecord host = records.all("host").get(0);
        assertEquals(Optional.empty(), host.uuid());
        assertEquals(5, set(host, "capabilities").size());
        Map<String, String> cpu = map(host, "cpu_info");
        assertEquals("40", cpu.get("cpu_count"));
        assertEquals("2", cpu.get("socket_count"));
        assertEquals("Intel(R) Xeon(R) CPU E5-2650L v2 @ 1.70GHz", cpu.get("modelname"));
        assertTrue(cpu.get("flags").endsWith(" lm constant_t"), "a cut inside a value cannot be seen: " + cpu.get("flags"));
        assertFalse(cpu.containsKey("features"));
        assertWarnings(records, List.of("record 1 (line 1): line 1: the record starts with the field \"capabilities\" indented"));
    }

    @Test
    void theThreadsPerCoreKeyOfRecentXapi() throws IOException {
        XapiRecords records = read("host-param-list-cpu_info-line__xen-api-pr5464-xcpng-threads_per_core.txt", "host");
        XapiRecord host = records.all("host").get(0);
        Map<String, String> cpu = map(host, "cpu_info");
        assertEquals(List.of("cpu_count", "socket_count", "threads_per_core", "vendor", "speed", "modelname", "family",
                "model", "stepping", "flags"), List.copyOf(cpu.keySet()));
        assertEquals("1", cpu.get("threads_per_core"));
        assertTrue(cpu.get("flags").endsWith("rep_good ..."), "the author's own cut stays in the value");
        assertWarnings(records, List.of("record 1 (line 1): line 1: the record starts with the field \"cpu_info\" indented"));
    }

    @Test
    void anXcpNg75HostInTwoFragments() throws IOException {
        XapiRecords first = read("host-param-list__neonKUBE-issue870-xcpng7.5-PARTIAL-part1.txt", "host");
        XapiRecord head = first.byUuid("host", "e9ba9347-0c02-4944-ab16-750affac025f").orElseThrow();
        assertEquals(15, head.fieldNames().size());
        assertEquals("xcp-home", text(head, "name-label"));
        assertEquals("enabled", text(head, "display"));
        assertEquals(List.of(), set(head, "current-operations"), "an empty set whose trailing blank was cut");
        assertEquals(Map.of(), map(head, "logging"));
        Map<String, String> software = map(head, "software-version");
        assertEquals("7.5.0", software.get("product_version"));
        assertEquals("XCP-ng", software.get("product_brand"));
        assertEquals("release/kolkata/master/29", software.get("build_number"));
        assertEquals("0", software.get("dbv"), "the fragment ends inside this value, which cannot be seen");
        // The cut at the end of fragment 1 leaves a well-formed line: nothing to warn of.
        assertWarnings(first, List.of("line 1: a command line"));

        XapiRecords second = read("host-param-list__neonKUBE-issue870-xcpng7.5-PARTIAL-part2.txt", "host");
        XapiRecord tail = second.all("host").get(0);
        assertEquals(Optional.empty(), tail.uuid());
        assertEquals(10, tail.fieldNames().size());
        assertEquals("11626835968", text(tail, "memory-free"));
        assertEquals("10.0.0.5", text(tail, "address"));
        Map<String, String> cpu = map(tail, "cpu_info");
        assertEquals("16", cpu.get("cpu_count"));
        assertEquals("Intel(R) Xeon(R) CPU           X5550  @ 2.67GHz", cpu.get("modelname"),
                "blanks inside a value are kept");
        assertEquals("009ce3bd-bfebfbff-00000001-28100800", cpu.get("features"));
        assertEquals("17c9cbf5-80b82201-2191cbf5-00000003-00000000-00000000-00000000-00000000-00000000-00000000",
                cpu.get("features_pv"));
        assertEquals("17cbfbff-80b82221-2993fbff-00000003-00000000-00000000-00000000-00000000-00000000-00000000",
                cpu.get("features_hvm"));
        assertFalse(cpu.containsKey("maskable"), "7.0 dropped the masking keys");
        assertWarnings(second, List.of("record 1 (line 1): line 1: the record starts with the field \"other-config\" indented"));

        XapiRecords both = XapiRecords.merge(List.of(first, second));
        assertEquals(2, both.all("host").size(), "the fragments are two records: nothing says they are one host");
    }

    // ------------------------------------------------------------------ pools

    @Test
    void theDefaultPoolList() throws IOException {
        XapiRecords records = read("pool-list__neonSDK-xcp-ng-comment.txt", "pool");
        XapiRecord pool = records.all("pool").get(0);
        assertEquals(1, records.all("pool").size());
        assertEquals("55ab0faf-19e2-6a93-717d-441213705f60", pool.uuid().orElseThrow());
        assertEquals("", text(pool, "name-label"));
        assertEquals("eae75dd5-6ae2-474f-a04d-a982d52821e7", text(pool, "master"));
        assertEquals("62166a25-0601-dc07-d1ce-e74625e71444", text(pool, "default-SR"));
        assertEquals(List.of(), records.warnings());
    }

    @Test
    void anXcpNgPoolParamList() throws IOException {
        XapiRecords records = read("pool-param-list__neonSDK-xcp-ng-comment.txt", "pool");
        XapiRecord pool = records.all("pool").get(0);
        assertEquals("test", text(pool, "name-label"));
        assertEquals(31, pool.fieldNames().size(), "34 field lines, three of them <not in database>");
        assertFalse(pool.field("default-SR").isPresent());
        assertEquals(Map.of("edition", "xcp-ng", "expiry", "never"), map(pool, "license-state"),
                "a map that xe marks as a single value reads as a map when asked");
        assertEquals("edition: xcp-ng; expiry: never", text(pool, "license-state"));
        Map<String, String> restrictions = map(pool, "restrictions");
        assertEquals(63, restrictions.size());
        assertEquals("false", restrictions.get("restrict_vlan"));
        assertEquals("true", restrictions.get("restrict_corosync"));
        assertEquals("true", restrictions.get("enable_xha"));
        assertEquals(13, set(pool, "supported-sr-types").size());
        assertEquals("xhad", text(pool, "ha-cluster-stack"));
        assertEquals(Map.of("auto_poweron", "true", "memory-ratio-hvm", "0.25", "memory-ratio-pv", "0.25"),
                map(pool, "other-config"));

        Map<String, String> cpu = map(pool, "cpu_info");
        assertEquals(List.of("features_hvm_host", "features_hvm", "features_pv_host", "features_pv", "socket_count",
                "cpu_count", "vendor"), List.copyOf(cpu.keySet()), "a pool's cpu_info of xapi after 2022: no plain features");
        assertEquals("1fcbfbff-80b82221-2993fbff-00000403-00000000-00000000-00000000-00000000-00001000-9c000000"
                + "-00000000-00000000-00000000-00000000-00000000", cpu.get("features_hvm_host"));
        assertEquals("1fc9cbf5-80b82201-2991cbf5-00000003-00000000-00000000-00000000-00000000-00001000-8c000000"
                + "-00000000-00000000-00000000-00000000-00000000", cpu.get("features_pv"));
        assertEquals(15, cpu.get("features_pv_host").split("-").length);
        assertEquals("16", cpu.get("cpu_count"));

        String record = "record 1 (uuid 55ab0faf-19e2-6a93-717d-441213705f60), field ";
        assertWarnings(records, List.of(
                record + "default-SR: line 5: the object this field refers to is not in the database",
                record + "crash-dump-SR: line 6: the object this field refers to is not in the database",
                record + "suspend-image-SR: line 7: the object this field refers to is not in the database"));
    }

    @Test
    void aPoolWhoseOtherConfigHoldsJsonAndIsCut() throws IOException {
        XapiRecords records = read("pool-param-list__xen-orchestra-issue6339-xcpng8.2-PARTIAL.txt", "pool");
        assertEquals(2, records.all("pool").size(), "a grepped line, then the whole command");
        XapiRecord grepped = records.all("pool").get(0);
        assertEquals(List.of("ha-configuration"), List.copyOf(grepped.fieldNames()));
        XapiRecord pool = records.byUuid("pool", "6e75bf9d-5882-0bc8-071e-9f116e4d6774").orElseThrow();
        assertEquals("XCPNGPOOL01", text(pool, "name-label"));
        assertEquals("Main Pool", text(pool, "name-description"));
        assertEquals("bc2687ec-0cdf-03ed-7f90-e58edad07fed", text(pool, "default-SR"));
        List<String> types = set(pool, "supported-sr-types");
        assertEquals(19, types.size());
        assertTrue(types.containsAll(List.of("linstor", "zfs", "xfs", "ext4", "cephfs", "glusterfs")), types.toString());
        Map<String, String> other = map(pool, "other-config");
        assertEquals(Set.of("xo:clientInfo:g8q7se4gz5b"), other.keySet());
        String json = other.get("xo:clientInfo:g8q7se4gz5b");
        assertTrue(json.startsWith("{\"lastConnected\":1659370098568,\"networkInterfaces\":{\"enp1s0\":[{"), json);
        assertTrue(json.endsWith("\"netmask\":\"ffff:ffff:ffff:fff"), "cut where the sample is cut: " + json);
        String record = "record 3 (uuid 6e75bf9d-5882-0bc8-071e-9f116e4d6774), field ";
        assertWarnings(records, List.of(
                "line 1: a command line",
                "record 1 (line 2): line 2: the record starts with the field \"ha-configuration\" indented",
                "line 4: a command line",
                record.replace("record 3", "record 2") + "crash-dump-SR: line 10: the object this field refers to",
                record.replace("record 3", "record 2") + "suspend-image-SR: line 11: the object this field refers to"));
    }

    // ------------------------------------------------------------------ PIFs, networks, bonds

    @Test
    void pifsOfTheDefaultList() throws IOException {
        XapiRecords records = read("pif-list__xcp-ng-docs-networking.txt", "PIF");
        List<XapiRecord> pifs = records.all("PIF");
        assertEquals(4, pifs.size());
        assertEquals(List.of("eth2", "eth0", "eth1", "bond0"), pifs.stream().map(p -> text(p, "device")).toList());
        assertEquals(List.of("false", "true", "false", "true"),
                pifs.stream().map(p -> text(p, "currently-attached")).toList());
        for (XapiRecord pif : pifs) {
            assertEquals("-1", text(pif, "VLAN"), "no VLAN");
        }
        assertEquals("b7e4d20b-64ed-bf38-c56f-4d740b579005", text(pifs.get(3), "network_uuid"));
        assertWarnings(records, List.of("line 1: a command line", "line 2: not a \"name (MARK): value\" line"));
    }

    @Test
    void theManagementPifIsABond() throws IOException {
        XapiRecords records = read("pif-list-management__xcp-ng-docs-networking.txt", "PIF");
        XapiRecord pif = records.byUuid("PIF", "76608ca2-e099-9344-af36-5b63c0022913").orElseThrow();
        assertEquals("bond0", text(pif, "device"));
        assertEquals("-1", text(pif, "VLAN"));
        assertEquals("true", text(pif, "currently-attached"));
        assertEquals("cc966455-d5f8-0257-04a7-d3d7c671636b", text(pif, "network-uuid"));
    }

    @Test
    void aPifListWhoseWhitespaceWasCollapsed() throws IOException {
        XapiRecords records = read("pif-list-params-all__pastebin-eRiY1ZGj-WHITESPACE-COLLAPSED.txt", "PIF");
        List<XapiRecord> pifs = records.all("PIF");
        assertEquals(2, pifs.size(), "the second record is cut after three lines");
        XapiRecord pif = pifs.get(0);
        assertEquals("49b5ab75-e99d-11ff-63b1-1299bfe464b2", pif.uuid().orElseThrow());
        assertEquals(36, pif.fieldNames().size(), "39 field lines, three of them unknown");
        assertEquals("eth2", text(pif, "device"));
        assertEquals("false", text(pif, "management"));
        assertEquals("Static", text(pif, "IP-configuration-mode"));
        assertEquals("10.0.0.1", text(pif, "IP"));
        assertEquals("255.255.255.0", text(pif, "netmask"));
        assertEquals("", text(pif, "gateway"));
        assertEquals("None", text(pif, "IPv6-configuration-mode"));
        assertEquals("-1", text(pif, "VLAN"));
        assertEquals("1500", text(pif, "MTU"));
        assertEquals("ac:1f:6b:00:64:8b", text(pif, "MAC"), "a value of colons with no blank after them");
        assertEquals("0 Mbit/s", text(pif, "speed"));
        assertEquals("I350 Gigabit Network Connection", text(pif, "device-name"));
        assertEquals(Map.of("gro", "on"), map(pif, "properties"));
        assertEquals(Map.of("management_purpose", "Internal Network"), map(pif, "other-config"));
        assertFalse(pif.field("bond-slave-of").isPresent());
        assertEquals("", text(pif, "bond-master-of"));
        assertEquals(List.of("uuid", "device", "MAC"), List.copyOf(pifs.get(1).fieldNames()));
        assertEquals("eth1", text(pifs.get(1), "device"));
        String record = "record 1 (uuid 49b5ab75-e99d-11ff-63b1-1299bfe464b2), field ";
        assertWarnings(records, List.of(
                "line 1: every line starts with \"- \", which xe does not print",
                "line 1: a command line",
                record + "bond-slave-of: line 11: the object this field refers to is not in the database",
                record + "io_read_kbs: line 29: xe leaves out fields that are expensive",
                record + "io_write_kbs: line 30: xe leaves out fields that are expensive"));
    }

    @Test
    void networksOfAParamsSelection() throws IOException {
        XapiRecords records = read("network-list-params__xcp-ng-docs-vlan.txt", "network");
        List<XapiRecord> networks = records.all("network");
        assertEquals(4, networks.size());
        for (XapiRecord network : networks) {
            assertEquals(List.of("uuid", "name-label", "MTU"), List.copyOf(network.fieldNames()), "the order of params=");
            assertEquals("1500", text(network, "MTU"));
        }
        assertEquals("Pool-wide network associated with eth1", text(networks.get(2), "name-label"));
        assertWarnings(records, List.of("line 1: a command line"));
    }

    @Test
    void networksPastedAsAQuoteLostTheirBlankLines() throws IOException {
        XapiRecords records = read("network-list__neonKUBE-issue885-xcpng-QUOTED.txt", "network");
        List<XapiRecord> networks = records.all("network");
        assertEquals(2, networks.size(), "a record's left-aligned first line starts it");
        assertEquals(List.of("xenbr3", "xenbr1"), networks.stream().map(n -> text(n, "bridge")).toList());
        assertEquals("", text(networks.get(0), "name-description"));
        assertWarnings(records, List.of("line 1: a command line"));
    }

    @Test
    void bondsAndPifsAsMinimalPrintsThemAreRefused() {
        String name = "minimal-pif-list-bond-list__xen-api-pr2596-xs7.0-dev.txt";
        XapiImportException e = assertThrows(XapiImportException.class, () -> read(name, "Bond"));
        assertEquals("line 2, column 5", e.location());
        assertEquals(name + ", line 2, column 5: this is xe --minimal output (\"f628a46c-f483-897b-3234-aecc3c107d84\"), "
                + "which prints the first field of each record joined by commas and names no field: run the command "
                + "without --minimal, with params=all, to read Bond records", e.getMessage());
    }

    // ------------------------------------------------------------------ patches

    @Test
    void patchesOfATwoHostPoolWithCommasBetweenTheirHosts() throws IOException {
        String name = "patch-list__xen-orchestra-issue1449-xenserver7.0.txt";
        for (String xapiClass : List.of("pool_patch", "patch", "pool-patch")) {
            XapiRecords records = read(name, xapiClass);
            List<XapiRecord> patches = records.all(xapiClass);
            assertEquals(2, patches.size());
            XapiRecord first = patches.get(0);
            assertEquals("XS70E007", text(first, "name-label"), "the pasted trailing blanks are not read");
            assertEquals("Limited Availability: fixes to Xen", text(first, "name-description"));
            assertEquals("0", text(first, "size"));
            assertEquals(List.of("fcb9e8a4-9bae-4802-b071-e9d81e5f07a6", "66e83ec7-2ddc-45d7-a0e5-dd270774576a"),
                    set(first, "hosts"));
            assertEquals(List.of("restartHost"), set(first, "after-apply-guidance"));
            assertEquals(List.of("restartXAPI"), set(patches.get(1), "after-apply-guidance"));
            assertEquals(List.of(), records.warnings());
        }
    }

    @Test
    void aSetOnCommasUnderAnotherClassIsKeptWholeWithAWarning() throws IOException {
        XapiRecords records = read("patch-list__xen-orchestra-issue1449-xenserver7.0.txt", "host");
        XapiRecord first = records.all("host").get(0);
        assertEquals(List.of("fcb9e8a4-9bae-4802-b071-e9d81e5f07a6, 66e83ec7-2ddc-45d7-a0e5-dd270774576a"),
                set(first, "hosts"));
        assertWarnings(records, List.of(
                "record 1 (uuid 2448eb38-789e-487e-be5a-59c9b5798be5), field hosts: line 5: read as one element holding \", \"",
                "record 2 (uuid 6d6f1dd4-345c-4f2b-b1ff-34a53962b156), field hosts: line 12: read as one element holding \", \""));
    }

    @Test
    void patchesReformattedWhenPastedReadTheSame() throws IOException {
        XapiRecords records = read("patch-list__citrix_xenserver_patcher-issue32-xenserver6.2-REFORMATTED.txt",
                "pool_patch");
        List<XapiRecord> patches = records.all("pool_patch");
        assertEquals(4, patches.size());
        assertEquals(List.of("XS62ESP1011", "XS62E001", "XS62ESP1013", "XS62E008"),
                patches.stream().map(p -> text(p, "name-label")).toList());
        assertEquals(List.of("18575598", "0", "18576306", "0"), patches.stream().map(p -> text(p, "size")).toList());
        for (XapiRecord patch : patches) {
            assertEquals(List.of("f64355c6-1a19-408e-ac33-e248b66c953d", "db6ac00d-2eed-48ce-9474-4e92f2128ff6"),
                    set(patch, "hosts"));
        }
        assertEquals(List.of("restartHost", "restartXAPI", "restartHost", "restartXAPI"),
                patches.stream().map(p -> set(p, "after-apply-guidance").get(0)).toList());
        assertEquals(List.of(), records.warnings(), "alignment was lost, no fact was");
    }

    // ------------------------------------------------------------------ storage

    @Test
    void pbdsOfALinstorSr() throws IOException {
        XapiRecords records = read("pbd-list__xcp-ng-docs-xostor.txt", "PBD");
        List<XapiRecord> pbds = records.all("PBD");
        assertEquals(3, pbds.size());
        assertEquals(List.of("4bac16be-b25b-4d0b-a159-8f5bda930640", "f7737f79-ad49-491c-a303-95ac37fb6a13",
                "ef942670-e37d-49e6-81d0-d2a484b0cd10"), pbds.stream().map(p -> text(p, "host_uuid")).toList());
        for (XapiRecord pbd : pbds) {
            assertEquals("d5f990f6-abca-0ebf-8582-b7e55901fb50", text(pbd, "sr-uuid"));
            assertEquals("true", text(pbd, "currently-attached"));
            assertEquals(Map.of("group-name", "linstor_group/thin_device", "redundancy", "2", "provisioning", "thin"),
                    map(pbd, "device-config"));
        }
        assertEquals(List.of(), records.warnings());
    }

    @Test
    void srsOfTheDefaultListAndOfAParamsSelection() throws IOException {
        XapiRecords list = read("sr-list__neonSDK-xenserver-comment.txt", "SR");
        assertEquals(4, list.all("SR").size());
        assertEquals(List.of("Removable storage", "DVD drives", "Local storage", "XenServer Tools"),
                list.all("SR").stream().map(s -> text(s, "name-label")).toList());
        assertEquals(List.of("udev", "udev", "lvm", "iso"), list.all("SR").stream().map(s -> text(s, "type")).toList());
        assertEquals("xentest", text(list.all("SR").get(2), "host"));
        assertEquals(List.of(), list.warnings());

        XapiRecords selection = read("sr-list-params__ralph-test.txt", "SR");
        assertEquals(5, selection.all("SR").size());
        XapiRecord lvm = selection.byUuid("SR", "9dd5d636-c90a-930d-c04f-897f9624731a").orElseThrow();
        assertEquals("64768442368", text(lvm, "physical-size"));
        assertEquals("lvm", text(lvm, "type"));
        assertEquals(List.of("-1", "0", "64768442368", "-1", "0"),
                selection.all("SR").stream().map(s -> text(s, "physical-size")).toList());
        assertEquals(List.of(), selection.warnings());
    }

    // ------------------------------------------------------------------ VMs

    @Test
    void vmsOfAParamsSelection() throws IOException {
        XapiRecords records = read("vm-list-params__ralph-test.txt", "VM");
        List<XapiRecord> vms = records.all("VM");
        assertEquals(3, vms.size());
        assertEquals(List.of("halted", "running", "running"), vms.stream().map(v -> text(v, "power-state")).toList());
        assertEquals(List.of("1", "1", "8"), vms.stream().map(v -> text(v, "VCPUs-number")).toList());
        assertEquals("Control domain on host: s10820.dc2", text(vms.get(2), "name-label"), "a value holding \": \"");
        assertEquals("1073713152", text(vms.get(1), "memory-actual"));
        assertEquals(List.of(), records.warnings());
    }

    @Test
    void twoCommandsOneRecordEach() throws IOException {
        XapiRecords records = read("vm-list-pif-list-params__xcp-ng-docs-vms.txt", "VM");
        List<XapiRecord> read = records.all("VM");
        assertEquals(2, read.size(), "a VM's fields, then a PIF's: the caller names one class for a text");
        assertEquals(List.of("resident-on", "dom-id"), List.copyOf(read.get(0).fieldNames()));
        assertEquals("888254e8-da05-4f86-ad37-979b8d6bad04", text(read.get(0), "resident-on"));
        assertEquals("2", text(read.get(0), "dom-id"));
        assertEquals("172.16.210.15", text(read.get(1), "IP"));
        assertWarnings(records, List.of("line 1: a command line", "line 5: a command line"));
    }

    @Test
    void theDeprecationMarkIsTakenOffTheFieldsName() throws IOException {
        XapiRecords records = read("vm-param-list-grep__xen-orchestra-issue3014-deprecated-marker.txt", "VM");
        List<XapiRecord> blocks = records.all("VM");
        assertEquals(2, blocks.size());
        assertEquals(List.of("HVM-boot-policy", "HVM-boot-params", "HVM-shadow-multiplier"),
                List.copyOf(blocks.get(0).fieldNames()));
        assertEquals("BIOS order", text(blocks.get(0), "HVM-boot-policy"));
        assertEquals(Map.of("order", "ncd"), map(blocks.get(0), "HVM-boot-params"));
        XapiRecord pv = blocks.get(1);
        assertEquals("false", text(pv, "PV-drivers-up-to-date"));
        assertTrue(pv.fieldNames().contains("PV-drivers-up-to-date"));
        assertEquals(Map.of("major", "7", "minor", "1", "micro", "1", "build", "1"), map(pv, "PV-drivers-version"));
        assertEquals("", text(pv, "PV-args"));
        assertWarnings(records, List.of(
                "line 1: a command line",
                "record 1 (line 2): line 2: the record starts with the field \"HVM-boot-policy\" indented",
                "line 6: a command line",
                "record 2 (line 7): line 7: the record starts with the field \"PV-kernel\" indented"));
    }

    @Test
    void aRunningVmsParamListCutShort() throws IOException {
        XapiRecords records = read("vm-param-list__xcp-ng-xcp-issue656-xcpng-PARTIAL.txt", "VM");
        XapiRecord vm = records.byUuid("VM", "b1ecaf45-0a0f-b17b-5587-39efb49aa033").orElseThrow();
        assertEquals(1, records.all("VM").size());
        assertEquals(19, vm.fieldNames().size(), "21 field lines, two of them <not in database>");
        assertEquals("PQ-UIO1-R1.IXP-Manager - 10.42.101.82", text(vm, "name-label"));
        assertEquals("running", text(vm, "power-state"));
        assertEquals("false", text(vm, "is-a-template"));
        assertEquals("19700101T00:00:00Z", text(vm, "snapshot-time"));
        assertEquals("8589934592", text(vm, "memory-dynamic-min"), "the last line the sample kept");
        assertFalse(vm.field("snapshot-of").isPresent());
        assertFalse(vm.field("parent").isPresent());
        String record = "record 1 (uuid b1ecaf45-0a0f-b17b-5587-39efb49aa033), field ";
        assertWarnings(records, List.of(
                "line 1: a command line",
                record + "snapshot-of: line 9: the object this field refers to is not in the database",
                record + "parent: line 13: the object this field refers to is not in the database"));
    }

    // ------------------------------------------------------------------ helpers

    static XapiRecords read(String name, String xapiClass) throws IOException {
        try (Reader in = open(name)) {
            return XeOutput.read(in, name, xapiClass);
        }
    }

    static Reader open(String name) {
        InputStream in = XeOutputSamplesTest.class.getResourceAsStream(DIR + name);
        assertNotNull(in, name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Path directory() throws URISyntaxException {
        URL url = XeOutputSamplesTest.class.getResource(DIR + "_SOURCES.tsv");
        assertNotNull(url);
        return Path.of(url.toURI()).getParent();
    }

    private static Set<String> samples() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static String text(XapiRecord record, String field) {
        return record.field(field).orElseThrow(() -> new AssertionError(record + " has no " + field))
                .asText(record.where(field));
    }

    static List<String> set(XapiRecord record, String field) {
        return record.field(field).orElseThrow(() -> new AssertionError(record + " has no " + field))
                .asSet(record.where(field));
    }

    static Map<String, String> map(XapiRecord record, String field) {
        return record.field(field).orElseThrow(() -> new AssertionError(record + " has no " + field))
                .asMap(record.where(field));
    }

    /**
     * Asserts the warnings, in order, each by the start of its location and message: enough to
     * say which record, which field and what, without repeating every word.
     */
    static void assertWarnings(XapiRecords records, List<String> starts) {
        List<String> all = records.warnings().stream().map(w -> w.location() + ": " + w.message()).toList();
        assertEquals(starts.size(), all.size(), String.join("\n", all));
        for (int i = 0; i < starts.size(); i++) {
            assertTrue(all.get(i).startsWith(starts.get(i)), "warning " + (i + 1) + " is\n" + all.get(i)
                    + "\nexpected it to start\n" + starts.get(i));
        }
    }
}
