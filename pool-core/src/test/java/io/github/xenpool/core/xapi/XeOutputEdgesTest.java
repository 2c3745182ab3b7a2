package io.github.xenpool.core.xapi;

import static io.github.xenpool.core.xapi.XeOutputSamplesTest.assertWarnings;
import static io.github.xenpool.core.xapi.XeOutputSamplesTest.map;
import static io.github.xenpool.core.xapi.XeOutputSamplesTest.set;
import static io.github.xenpool.core.xapi.XeOutputSamplesTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.xapi.internal.ValueFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not xe output, or is xe output at its edges: refused, or read with warnings. */
class XeOutputEdgesTest {

    // ------------------------------------------------------------------ refused

    @Test
    void htmlIsRefusedNamingTheSourceTheLineAndWhatWasExpected() {
        XapiImportException e = refused("<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n");
        assertEquals("page.txt", e.source());
        assertEquals("line 1, column 1", e.location());
        assertEquals("page.txt, line 1, column 1: expected xe records, the \"name (MARK): value\" lines that xe "
                + "<class>-list and <class>-param-list print (MARK one of \" RO\", \" RW\", MRO, MRW, SRO, SRW), or the "
                + "aligned \"name: value\" lines of xe host-cpu-info; found \"<!DOCTYPE html>\"", e.getMessage());
    }

    @Test
    void jsonIsRefused() {
        XapiImportException e = refused("\n\n  {\n    \"uuid\": \"a\",\n    \"name_label\": \"b\"\n  }\n");
        assertEquals("line 3, column 3", e.location());
        assertTrue(e.getMessage().endsWith("found \"{\""), e.getMessage());
    }

    @Test
    void anErrorMessageOfXeIsRefused() {
        XapiImportException e = refused("The uuid you supplied was invalid.\ntype: host\nuuid: 1234\n");
        assertEquals("line 1, column 1", e.location());
        assertTrue(e.getMessage().endsWith("found \"The uuid you supplied was invalid.\""), e.getMessage());
    }

    @Test
    void whatWasFoundIsQuotedSafely() {
        XapiImportException e = refused("\u001b[2Jhello\n");
        assertTrue(e.getMessage().endsWith("found \"\\u001B[2Jhello\""), e.getMessage());
    }

    @Test
    void minimalOutputIsRefusedEvenOfSeveralRecords() {
        XapiImportException e = refused("# xe pif-list --minimal\n"
                + "f628a46c-f483-897b-3234-aecc3c107d84,76472575-ef64-001f-4305-234e2dfc6f7c\n");
        assertEquals("line 2, column 1", e.location());
        assertTrue(e.getMessage().contains("this is xe --minimal output"), e.getMessage());
    }

    @Test
    void oneValueOfParamGetIsRefusedByReadAndRecordsByReadParamGet() {
        XapiImportException value = refused("edition: xcp-ng; expiry: never\n");
        assertTrue(value.getMessage().contains("this is one map value, as xe host-param-get prints it"), value.getMessage());

        XapiImportException records = assertThrows(XapiImportException.class, () -> XeOutput.readParamGet(
                new StringReader("# xe host-param-list\nuuid ( RO)    : 1\n"), "get.txt", "host", "1", "edition"));
        assertEquals("line 2, column 1", records.location());
        assertTrue(records.getMessage().contains("found a record's field line \"uuid ( RO)    : 1\": read records with "
                + "XeOutput.read"), records.getMessage());
    }

    @Test
    void longLinesAreRefusedOrReadWithoutOverflowingAStack() {
        String uuids = String.join(",", Collections.nCopies(50_000, "f628a46c-f483-897b-3234-aecc3c107d84"));
        assertTrue(refused(uuids).getMessage().contains("--minimal"));
        StringBuilder map = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            map.append(i == 0 ? "" : "; ").append('k').append(i).append(": v");
        }
        assertTrue(refused(map.toString()).getMessage().contains("one map value"));
        XapiRecord vm = read("uuid ( RO)            : 1\n    other-config (MRW): " + map + "\n", "VM").all("VM").get(0);
        assertEquals(50_000, map(vm, "other-config").size());
    }

    @Test
    void textWithoutMarksIsReadOnlyWhenAlignedAsXapiAlignsIt() {
        XapiImportException e = refused("cpu_count: 4\n  vendor: GenuineIntel\n");
        assertEquals("line 1, column 1", e.location());
        XapiRecords aligned = read("cpu_count    : 4\n       vendor: GenuineIntel\n", "host_cpu_info");
        assertEquals("GenuineIntel", text(aligned.all("host_cpu_info").get(0), "vendor"));
        assertEquals(List.of(), aligned.warnings());
    }

    @Test
    void aFailedReadOfTheReaderIsAnIoException() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        IOException e = assertThrows(IOException.class, () -> XeOutput.read(broken, "x", "host"));
        assertEquals("disk gone", e.getMessage());
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThrows(NullPointerException.class, () -> XeOutput.read((Reader) null, "x", "host"));
        assertThrows(NullPointerException.class, () -> XeOutput.read(new StringReader(""), null, "host"));
        assertThrows(NullPointerException.class, () -> XeOutput.read(new StringReader(""), "x", null));
        assertThrows(NullPointerException.class, () -> XeOutput.read((Path) null, "host"));
        assertThrows(NullPointerException.class, () -> XeOutput.read(Path.of("x"), null));
        assertThrows(NullPointerException.class,
                () -> XeOutput.readParamGet(new StringReader(""), "x", "host", null, "edition"));
        assertThrows(NullPointerException.class,
                () -> XeOutput.readParamGet(new StringReader(""), "x", "host", "1", null));
    }

    // ------------------------------------------------------------------ nothing, but known

    @Test
    void emptyOutputIsAListThatMatchedNothing() {
        for (String empty : List.of("", "\n\n", "   \n")) {
            XapiRecords records = read(empty, "Bond");
            assertTrue(records.has("Bond"), "no bond is known, not unknown");
            assertEquals(List.of(), records.all("Bond"));
            assertEquals(List.of(), records.warnings());
        }
        XapiRecords commandOnly = read("[root@host ~]# xe bond-list\n\n", "Bond");
        assertTrue(commandOnly.has("Bond"));
        assertEquals(List.of(), commandOnly.all("Bond"));
        assertWarnings(commandOnly, List.of("line 1: a command line, not its output"));
    }

    // ------------------------------------------------------------------ values

    @Test
    void unknownValuesAreLeftOutAndNamed() {
        XapiRecords records = read("uuid ( RO)                : 11\n"
                + "            name-label ( RW): pool\n"
                + "             ssh-enabled ( RO): <inconsistent>\n"
                + "             start-time ( RO): <unknown time>\n"
                + "    resident-VMs (SRO): 22; <not in database>\n"
                + "            blobs (MRO): a: 33; b: <invalid reference>\n"
                + "          io_read_kbs ( RO): <unknown>\n", "pool");
        XapiRecord pool = records.all("pool").get(0);
        assertEquals(List.of("uuid", "name-label"), List.copyOf(pool.fieldNames()));
        assertWarnings(records, List.of(
                "record 1 (uuid 11), field ssh-enabled: line 3: the pool's hosts do not agree on this value",
                "record 1 (uuid 11), field start-time: line 4: xe has no time for this field",
                "record 1 (uuid 11), field resident-VMs: line 5: an element of the set is <not in database>",
                "record 1 (uuid 11), field blobs: line 6: a value of the map is <invalid reference>",
                "record 1 (uuid 11), field io_read_kbs: line 7: xe could not find this value out"));
    }

    @Test
    void aMapValueHoldingSemicolonsIsReadWholeWithAWarning() {
        XapiRecords records = read("uuid ( RO)            : 1\n"
                + "    other-config (MRW): note: first; second; third; mode: on; mode: off\n", "VM");
        XapiRecord vm = records.all("VM").get(0);
        assertEquals(Map.of("note", "first; second; third", "mode", "on; mode: off"), map(vm, "other-config"));
        assertWarnings(records, List.of(
                "record 1 (uuid 1), field other-config: line 2: the value of \"note\" is followed by \"; \" and text "
                        + "that is no new \"key: value\" item; xe escapes nothing, so that text is read as part of the "
                        + "value: \"first; second; third\"",
                "record 1 (uuid 1), field other-config: line 2: the value of \"mode\""));
    }

    @Test
    void aMapWhoseFirstItemIsNoPairIsLeftOut() {
        XapiRecords records = read("uuid ( RO)            : 1\n"
                + "    other-config (MRW): garbage; mode: on\n"
                + "      name-label ( RW): kept\n", "VM");
        XapiRecord vm = records.all("VM").get(0);
        assertFalse(vm.field("other-config").isPresent());
        assertEquals("kept", text(vm, "name-label"));
        assertWarnings(records, List.of("record 1 (uuid 1), field other-config: line 2: expected a map of \"key: value\" "
                + "items joined by \"; \", the first item \"garbage\" has no \": \"; the field is left out"));
    }

    @Test
    void aScalarMarkedFieldReadsAsAMapOrASetOnlyWhenAsked() {
        XapiRecord pool = read("uuid ( RO)                : 1\n"
                + "    license-state ( RO): edition: xcp-ng; expiry: never\n"
                + "    ha-statefiles ( RO): a; b\n"
                + "       name-label ( RW): plain text\n", "pool").all("pool").get(0);
        assertEquals(Map.of("edition", "xcp-ng", "expiry", "never"), map(pool, "license-state"));
        assertEquals(List.of("a", "b"), set(pool, "ha-statefiles"));
        assertFalse(pool.field("license-state").orElseThrow().isCollection(), "not known to be one until asked");
        ValueFormatException e = assertThrows(ValueFormatException.class,
                () -> map(pool, "name-label"));
        assertEquals("record 1 (uuid 1), field name-label", e.where());
        assertEquals("expected a map of \"key: value\" items joined by \"; \", the first item \"plain text\" has no \": \"",
                e.problem());
        assertEquals(List.of("plain text"), set(pool, "name-label"));
        assertEquals(Map.of(), XapiValue.xe("", false).asMap("x"));
        assertEquals(List.of(), XapiValue.xe("", false).asSet("x"));
    }

    @Test
    void setsOnCommasAreSplitByClassAndField() {
        String text = "uuid ( RO)          : 1\n"
                + "          tags (SRW): web, db\n"
                + "         hosts (SRO): h1, h2\n"
                + "    capabilities (SRO): a, b\n";
        XapiRecord vm = read(text, "VM").all("VM").get(0);
        assertEquals(List.of("web", "db"), set(vm, "tags"), "tags of every class");
        XapiRecord patch = read(text, "pool_update").all("pool_update").get(0);
        assertEquals(List.of("h1", "h2"), set(patch, "hosts"));
        assertEquals(List.of("a, b"), set(patch, "capabilities"));
        XapiRecord network = read("uuid ( RO)   : 1\n    purpose (SRW): nbd, insecure_nbd\n", "network")
                .all("network").get(0);
        assertEquals(List.of("nbd", "insecure_nbd"), set(network, "purpose"));
        XapiRecord host = read("uuid ( RO)              : 1\n    ntp-custom-servers (SRW): a.org, b.org\n"
                + "    patches (SRO) [DEPRECATED]: p1, p2\n", "host").all("host").get(0);
        assertEquals(List.of("a.org", "b.org"), set(host, "ntp-custom-servers"));
        assertEquals(List.of("p1", "p2"), set(host, "patches"));
    }

    @Test
    void theDeprecationMarkMayBeOnARecordsFirstLineAndCountsInItsPadding() {
        XapiRecords records = read("uuid ( RO) [DEPRECATED]    : 1\n    name ( RW): a\n\n\n"
                + "uuid ( RO) [DEPRECATED]    : 2\n    name ( RW): b [DEPRECATED]\n", "VM");
        assertEquals(2, records.all("VM").size());
        assertEquals("b [DEPRECATED]", text(records.all("VM").get(1), "name"),
                "xapi puts the mark before the colon; after the value it is the value's own");
    }

    // ------------------------------------------------------------------ records and lines

    @Test
    void aValueOnSeveralLinesIsReadWholeAndTheNextRecordStartsAfterTwoBlankLines() {
        String text = "uuid ( RO)         : m1\n"
                + "     name ( RO): ALARM\n"
                + "     body ( RO): value: 0.5\n"
                + "settings:\n"
                + "<block>\n"
                + "\n"
                + "    <level value=\"1\"/>\n"
                + "\n"
                + "</block>\n"
                + "\n"
                + "\n"
                + "uuid ( RO)         : m2\n"
                + "     name ( RO): other\n";
        XapiRecords records = read(text, "message");
        assertEquals(2, records.all("message").size());
        assertEquals("value: 0.5\nsettings:\n<block>\n\n    <level value=\"1\"/>\n\n</block>",
                text(records.all("message").get(0), "body"));
        assertEquals(List.of(), records.warnings());
    }

    @Test
    void aLineAfterABlankLineDoesNotContinueAOneLineValue() {
        XapiRecords records = read("uuid ( RO)    : 1\n  type ( RW): Disk\n\nDisk 0 VDI:\nuuid ( RO)    : 2\n", "VDI");
        assertEquals(List.of("Disk", "2"), List.of(text(records.all("VDI").get(0), "type"),
                text(records.all("VDI").get(1), "uuid")));
        assertWarnings(records, List.of("line 4: not a \"name (MARK): value\" line of xe output (\"Disk 0 VDI:\"): skipped"));
    }

    @Test
    void aFieldThatComesAgainOrAUuidStartsTheNextRecord() {
        XapiRecords records = read("    uuid ( RO): 1\n    name-label ( RW): a\n    name-label ( RW): b\n"
                + "    uuid ( RO): 2\n    name-label ( RW): c\n", "SR");
        List<XapiRecord> srs = records.all("SR");
        assertEquals(3, srs.size(), "blank lines and alignment both lost");
        assertEquals(List.of("a", "b", "c"), srs.stream().map(sr -> text(sr, "name-label")).toList());
        assertEquals(List.of("name-label"), List.copyOf(srs.get(1).fieldNames()));
        assertWarnings(records, List.of(
                "record 2 (line 3): line 3: the record starts with the field \"name-label\" indented",
                "record 2 (line 3): line 3: the field \"name-label\" comes a second time with no blank line before it",
                "record 3 (uuid 2): line 4: the field \"uuid\", which xe prints first, with no blank line before it"));
    }

    @Test
    void aTextCutInsideAFieldsMarkLosesThatFieldOnly() {
        XapiRecords records = read("uuid ( RO)                  : 1\n"
                + "    memory-dynamic-min ( RW): 8589934592\n"
                + "     memory-static-min ( R", "VM");
        XapiRecord vm = records.all("VM").get(0);
        assertEquals(List.of("uuid", "memory-dynamic-min"), List.copyOf(vm.fieldNames()));
        assertEquals("8589934592", text(vm, "memory-dynamic-min"), "the cut line is no part of the value before it");
        assertWarnings(records, List.of("record 1 (uuid 1), field memory-static-min: line 3: the line "
                + "\"memory-static-min ( R\" stops inside the field's mark, where the text was cut: the field is left out"));
    }

    @Test
    void windowsLineEndsAByteOrderMarkAndAQuotePrefixReadTheSame() {
        String text = "uuid ( RO)          : 1\n    name-label ( RW): a\n\n\nuuid ( RO)          : 2\n";
        XapiRecords plain = read(text, "VM");
        XapiRecords windows = read("\uFEFF" + text.replace("\n", "\r\n"), "VM");
        XapiRecords quoted = read("> " + text.replace("\n", "\n> ").replace("> \n", ">\n"), "VM");
        for (XapiRecords other : List.of(windows, quoted)) {
            assertEquals(2, other.all("VM").size());
            assertEquals("a", text(other.all("VM").get(0), "name-label"));
            assertEquals("2", other.all("VM").get(1).uuid().orElseThrow());
        }
        assertEquals(List.of(), windows.warnings());
        assertWarnings(quoted, List.of("line 1: every line starts with \">\", which xe does not print"));
        assertEquals(2, plain.all("VM").size());
    }

    // ------------------------------------------------------------------ param-get

    @Test
    void paramGetKeepsTheValueAsPrintedAndReadsItAsAskedFor() throws IOException {
        XapiRecords records = XeOutput.readParamGet(new StringReader("$ xe vm-param-get uuid=7 param-name=tags\n"
                + "web, db\n\n$ xe vm-param-get uuid=7 param-name=name-label\nother\n"), "get.txt", "VM", "7", "tags");
        XapiRecord vm = records.byUuid("VM", "7").orElseThrow();
        assertEquals("web, db", text(vm, "tags"));
        assertEquals(List.of("web", "db"), set(vm, "tags"));
        assertEquals("record 1 (uuid 7)", vm.location());
        assertWarnings(records, List.of("line 1: a command line, not its output",
                "line 4: a further command and what follows it are skipped"));
    }

    @Test
    void paramGetOfAnUnknownValueKeepsTheUuidOnly() throws IOException {
        XapiRecords records = XeOutput.readParamGet(new StringReader("<not in database>\n"), "get.txt", "pool", "9",
                "default-SR");
        XapiRecord pool = records.all("pool").get(0);
        assertEquals(List.of("uuid"), List.copyOf(pool.fieldNames()));
        assertWarnings(records, List.of("record 1 (uuid 9), field default-SR: line 1: the object this field refers to"));
    }

    // ------------------------------------------------------------------ files

    @Test
    void theJavadocExampleReadsFilesAndMergesThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("host-param-list.txt"), "uuid ( RO)          : h1\n    name-label ( RW): a\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("pif-list.txt"), "uuid ( RO)         : p1\n    host-uuid ( RO): h1\n",
                StandardCharsets.UTF_8);
        // As the class's javadoc shows it, in a directory of the test's own.
        XapiRecords hosts = XeOutput.read(dir.resolve("host-param-list.txt"), "host");
        XapiRecords pifs = XeOutput.read(dir.resolve("pif-list.txt"), "PIF");
        XapiRecords both = XapiRecords.merge(List.of(hosts, pifs));
        assertEquals(dir.resolve("host-param-list.txt").toString(), hosts.all("host").get(0).source());
        assertEquals("h1", text(both.all("PIF").get(0), "host-uuid"));
        assertEquals(1, both.all("host").size());
        assertThrows(NoSuchFileException.class, () -> XeOutput.read(dir.resolve("missing.txt"), "host"));
    }

    // ------------------------------------------------------------------ helpers

    private static XapiRecords read(String text, String xapiClass) {
        try {
            return XeOutput.read(new StringReader(text), "page.txt", xapiClass);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static XapiImportException refused(String text) {
        return assertThrows(XapiImportException.class, () -> XeOutput.read(new StringReader(text), "page.txt", "host"));
    }
}
