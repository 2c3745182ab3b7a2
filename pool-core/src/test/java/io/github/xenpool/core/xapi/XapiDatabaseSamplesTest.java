package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight real dumps of {@code samples/xapi-db} (XenServer 5.1 to 6.0.50, kept by XenCenter as
 * test fixtures) read whole, checked against what is known of them without the reader.
 */
class XapiDatabaseSamplesTest {

    private static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    private static final String COWLEY1 = "xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml";
    private static final String GEORGE = "xapi-db__xenadmin-george-xapi-db__xs5.1.0-b12693p-2hosts.xml";
    private static final String SMALL_VMS = "xapi-db__xenadmin-small_vms__xs5.9.960-b49695c-1host-pool_patch.xml";
    private static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    private static final String UPDATES = "xapi-db__xenadmin-updatesState__xs5.5.900-b28071c-1host-pool_patch.xml";

    static List<String> samples() {
        return XapiDbSamples.files();
    }

    @Test
    void theSamplesAreTheEightDumpsOfTheSourcesList() {
        assertEquals(8, samples().size(), samples().toString());
        for (String file : samples()) {
            assertTrue(file.startsWith("xapi-db__"), file);
            XapiDbSamples.text(file);   // present
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleHasTheRecordsItsSourcesListCounts(String file) {
        XapiRecords records = XapiDbSamples.read(file);
        Map<String, Integer> listed = XapiDbSamples.listedCounts(file);
        assertTrue(listed.keySet().containsAll(List.of("host", "pool", "PIF", "SR", "PBD", "VM")), listed.toString());
        listed.forEach((xapiClass, count) ->
                assertEquals(count, records.all(xapiClass).size(), file + ": " + xapiClass));
        assertEquals(file, records.source());
        assertEquals(List.of(), records.warnings());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleHasEveryTableWithTheRowsCountedInItsText(String file) {
        XapiRecords records = XapiDbSamples.read(file);
        Map<String, Integer> raw = XapiDbSamples.rawRowCounts(file);
        assertEquals(List.copyOf(raw.keySet()), List.copyOf(records.classes()), file);
        raw.forEach((table, rows) -> {
            assertTrue(records.has(table), file + ": " + table);
            assertEquals(rows, records.all(table).size(), file + ": " + table);
        });
        assertFalse(records.has("pool_update"), "no dump of these versions has the table");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleHasTheSchemaVersionItsSourcesListGives(String file) {
        XapiRecords records = XapiDbSamples.read(file);
        String[] schema = XapiDbSamples.listedSchema(file);
        assertEquals(schema[0], records.manifest().get("schema_major_vsn"), file);
        assertEquals(schema[1], records.manifest().get("schema_minor_vsn"), file);
        assertTrue(records.manifest().containsKey("generation_count"), file);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachRecordHasItsTableAsClassItsRefAndNoneOfTheRowsBookkeeping(String file) {
        XapiRecords records = XapiDbSamples.read(file);
        for (String xapiClass : records.classes()) {
            for (XapiRecord record : records.all(xapiClass)) {
                assertEquals(xapiClass, record.xapiClass());
                String ref = record.ref().orElseThrow();
                assertTrue(ref.startsWith("OpaqueRef:"), ref);
                assertEquals(record, records.byRef(ref).orElseThrow());
                for (String bookkeeping : List.of("ref", "_ref", "__ctime", "__mtime")) {
                    assertFalse(record.fieldNames().contains(bookkeeping), record + " has " + bookkeeping);
                }
                assertTrue(record.location().startsWith("table " + xapiClass + ", row " + ref + " (line "),
                        record.location());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachHostsMapsParseAsMaps(String file) {
        XapiRecords records = XapiDbSamples.read(file);
        for (XapiRecord host : records.all("host")) {
            Map<String, String> software = host.field("software_version").orElseThrow()
                    .asMap(host.where("software_version"));
            assertTrue(software.containsKey("xapi"), host + ": " + software);
            if (!file.equals(GEORGE)) {   // george's second host has no product version
                assertTrue(software.containsKey("product_version"), host + ": " + software);
            }
            host.field("license_params").orElseThrow().asMap(host.where("license_params"));
            host.field("other_config").orElseThrow().asMap(host.where("other_config"));
            host.field("host_CPUs").ifPresent(cpus -> cpus.asSet(host.where("host_CPUs")));
            if (host.field("cpu_info").isPresent()) {
                Map<String, String> cpu = host.field("cpu_info").orElseThrow().asMap(host.where("cpu_info"));
                assertEquals("GenuineIntel", cpu.get("vendor"), host.toString());
                assertTrue(cpu.get("features").matches("[0-9a-f]{8}(-[0-9a-f]{8}){3}"), cpu.get("features"));
            }
        }
    }

    @Test
    void hostsOfTheDumpsFrom56OnHaveCpuInfoAndTheOlderOnesDoNot() {
        for (String file : List.of(COWLEY, COWLEY1, SMALL_VMS, TAMPA)) {
            for (XapiRecord host : XapiDbSamples.read(file).all("host")) {
                assertTrue(host.field("cpu_info").isPresent(), file + ": " + host);
            }
        }
        for (XapiRecord host : XapiDbSamples.read(GEORGE).all("host")) {
            assertFalse(host.field("cpu_info").isPresent(), host.toString());
        }
    }

    @Test
    void cowleysCpuModelNameHasEachOfItsProtectedSpacePairsBack() {
        String raw = XapiDbSamples.text(COWLEY);
        Matcher attribute = Pattern.compile("modelname=\"([^\"]*)\"").matcher(raw);
        assertTrue(attribute.find());
        String written = attribute.group(1);
        assertEquals("Intel(R) Xeon(R) CPU%_%_%_%_%_ X5650%_@ 2.67GHz", written);
        String expected = "Intel(R) Xeon(R) CPU" + " ".repeat(11) + "X5650" + " ".repeat(2) + "@ 2.67GHz";
        assertEquals(5 + 1, countOf(written, "%_"), "five pairs and a space, then one pair");
        assertEquals(expected, "Intel(R) Xeon(R) CPU           X5650  @ 2.67GHz");

        XapiRecords records = XapiDbSamples.read(COWLEY);
        assertEquals(24, records.all("host_cpu").size());
        for (XapiRecord cpu : records.all("host_cpu")) {
            assertEquals(expected, cpu.field("modelname").orElseThrow().asText(cpu.where("modelname")));
        }
        XapiRecord host = records.all("host").get(0);
        Map<String, String> cpuInfo = host.field("cpu_info").orElseThrow().asMap(host.where("cpu_info"));
        assertEquals(expected, cpuInfo.get("modelname"), "the map's value is unprotected too");
        assertEquals("full", cpuInfo.get("maskable"));
        assertEquals("berlin", host.field("name_label").orElseThrow().asText("name_label"));
        assertEquals("platinum", host.field("edition").orElseThrow().asText("edition"));
    }

    @Test
    void protectedLineFeedsAreLineFeedsAgainAndNoProtectionIsLeft() {
        for (String file : List.of(COWLEY, SMALL_VMS, TAMPA)) {
            XapiRecords records = XapiDbSamples.read(file);
            int lineFeeds = 0;
            for (String xapiClass : records.classes()) {
                for (XapiRecord record : records.all(xapiClass)) {
                    for (String name : record.fieldNames()) {
                        String value = record.field(name).orElseThrow().asText(record.where(name));
                        assertFalse(value.contains("%_") || value.contains("%n"), record.where(name) + ": " + value);
                        if (value.contains("\n")) {
                            lineFeeds++;
                        }
                    }
                }
            }
            assertTrue(lineFeeds > 0, file);
        }
    }

    @Test
    void aDumpWithCrLfLineEndsReadsAndItsRecordsKnowTheirLines() throws IOException {
        String raw = XapiDbSamples.text(UPDATES);
        assertTrue(raw.contains("\r\n"));
        XapiRecords records = XapiDbSamples.read(UPDATES);
        assertEquals(8, records.all("pool_patch").size());
        assertEquals(7, records.all("host_patch").size());
        XapiRecord host = records.all("host").get(0);
        int line = lineOfRow(raw, host.ref().orElseThrow());
        assertTrue(host.location().contains("(line " + line + ", column "), host.location() + " is on line " + line);
        assertFalse(host.field("edition").orElseThrow().asText("edition").contains("\r"));
    }

    @Test
    void aDumpOnASingleLineReadsAndItsRecordsKnowTheirColumns() {
        String raw = XapiDbSamples.text(COWLEY1);
        assertFalse(raw.contains("\n"));
        XapiRecords records = XapiDbSamples.read(COWLEY1);
        assertEquals(2, records.all("Bond").size());
        List<Integer> columns = new ArrayList<>();
        for (XapiRecord pif : records.all("PIF")) {
            Matcher at = Pattern.compile("\\(line 1, column (\\d+)\\)$").matcher(pif.location());
            assertTrue(at.find(), pif.location());
            columns.add(Integer.valueOf(at.group(1)));
        }
        List<Integer> sorted = new ArrayList<>(columns);
        sorted.sort(null);
        assertEquals(sorted, columns, "rows further along the line have larger columns");
        for (XapiRecord bond : records.all("Bond")) {
            String master = bond.field("master").orElseThrow().asText("master");
            assertEquals("PIF", records.byRef(master).orElseThrow().xapiClass());
            long slaves = records.all("PIF").stream()
                    .filter(pif -> pif.field("bond_slave_of").orElseThrow().asText("bond_slave_of")
                            .equals(bond.ref().orElseThrow()))
                    .count();
            assertEquals(2, slaves, bond.toString());
        }
    }

    @Test
    void aDumpOfTheOldestSchemaReadsWithoutTheReverseReferencesItLacks() {
        XapiRecords george = XapiDbSamples.read(GEORGE);
        assertEquals("57", george.manifest().get("schema_minor_vsn"));
        assertEquals("5.1.0", george.manifest().get("product_version"));
        for (XapiRecord host : george.all("host")) {
            assertFalse(host.field("PIFs").isPresent(), host.toString());
        }
        XapiRecord pif = george.all("PIF").get(0);
        String hostRef = pif.field("host").orElseThrow().asText("host");
        assertEquals("host", george.byRef(hostRef).orElseThrow().xapiClass(), "the forward reference is there");

        XapiRecord tampaHost = XapiDbSamples.read(TAMPA).all("host").get(0);
        assertFalse(tampaHost.field("PIFs").orElseThrow().asSet(tampaHost.where("PIFs")).isEmpty());
    }

    @Test
    void generationCountersOfTheNewerDumpsAreLeftOut() {
        assertTrue(XapiDbSamples.text(SMALL_VMS).contains("__ctime=\""));
        XapiRecord host = XapiDbSamples.read(SMALL_VMS).all("host").get(0);
        assertFalse(host.fieldNames().contains("__ctime"));
        assertFalse(host.fieldNames().contains("__mtime"));
        assertTrue(host.uuid().isPresent());
    }

    @Test
    void aReadOfSomeTablesKeepsThemAndTheManifestAndKnowsNothingOfTheOthers() throws IOException {
        XapiRecords whole = XapiDbSamples.read(TAMPA);
        XapiRecords some;
        try (InputStream in = XapiDbSamples.open(TAMPA)) {
            some = XapiDatabase.read(in, TAMPA, Set.of("HOST", "Host_CPU", "pool", "Bond", "no_such_table"));
        }
        assertEquals(List.of("Bond", "host", "host_cpu", "pool"), List.copyOf(some.classes()));
        assertEquals(whole.manifest(), some.manifest());
        assertEquals(whole.all("host_cpu").size(), some.all("host_cpu").size());
        assertTrue(some.has("Bond"), "kept and empty");
        assertTrue(some.all("Bond").isEmpty());
        assertFalse(some.has("VM"), "not kept: unknown rather than empty");
        assertFalse(some.has("no_such_table"));
        XapiRecord host = some.all("host").get(0);
        assertEquals(whole.byRef(host.ref().orElseThrow()).orElseThrow().fieldNames(), host.fieldNames());
        assertEquals(whole.all("host").get(0).location(), host.location());
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** The line on which the start tag of the row with this ref ends. */
    private static int lineOfRow(String raw, String ref) {
        Matcher row = Pattern.compile("<row\\s(?:[^>]*\\s)?ref=\"" + Pattern.quote(ref) + "\"[^>]*>").matcher(raw);
        assertTrue(row.find(), ref);
        int line = 1;
        for (int i = 0; i < row.end(); i++) {
            if (raw.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
