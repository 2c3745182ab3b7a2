package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a dump's rows, tables and manifest become. */
class XapiDatabaseTest {

    private static final String DUMP = "<database>\n"
            + "  <manifest>\n"
            + "    <pair key=\"schema_major_vsn\" value=\"5\"/>\n"
            + "    <pair key=\"schema_minor_vsn\" value=\"66\"/>\n"
            + "    <pair key=\"product_brand\" value=\"Xen%.Server\"/>\n"
            + "  </manifest>\n"
            + "  <table name=\"host\">\n"
            + "    <row ref=\"OpaqueRef:h1\" __ctime=\"12\" __mtime=\"40\" uuid=\"a1b2\" name__label=\"xs%.01\""
            + " cpu_info=\"(('vendor' 'GenuineIntel') ('modelname' 'Xeon%_%.E5'))\" PIFs=\"('OpaqueRef:p1')\""
            + " _ref=\"OpaqueRef:h1\"/>\n"
            + "  </table>\n"
            + "  <table name=\"Bond\"/>\n"
            + "  <table name=\"PIF\">\n"
            + "    <row _ref=\"OpaqueRef:p1\" host=\"OpaqueRef:h1\" device=\"eth0\"/>\n"
            + "  </table>\n"
            + "</database>\n";

    static XapiRecords read(String xml) throws IOException {
        return XapiDatabase.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "state.db");
    }

    @Test
    void aRowIsARecordOfItsTableWithItsAttributesAsFields() throws IOException {
        XapiRecords records = read(DUMP);
        XapiRecord host = records.all("host").get(0);
        assertEquals("host", host.xapiClass());
        assertEquals("OpaqueRef:h1", host.ref().orElseThrow());
        assertEquals("a1b2", host.uuid().orElseThrow());
        assertEquals(List.of("uuid", "name__label", "cpu_info", "PIFs"), List.copyOf(host.fieldNames()));
        assertEquals("xs 01", host.field("name_label").orElseThrow().asText(host.where("name_label")));
        assertEquals(Map.of("vendor", "GenuineIntel", "modelname", "Xeon   E5"),
                host.field("cpu_info").orElseThrow().asMap(host.where("cpu_info")));
        assertEquals(List.of("OpaqueRef:p1"), host.field("PIFs").orElseThrow().asSet(host.where("PIFs")));
        assertEquals(XapiValue.database("xs 01"), host.field("name__label").orElseThrow());
        assertEquals(host, records.byRef("OpaqueRef:h1").orElseThrow());
        assertEquals("state.db", host.source());
    }

    @Test
    void eitherRefOrUnderscoreRefAloneGivesTheReferenceAndNeitherIsAField() throws IOException {
        XapiRecords records = read(DUMP);
        XapiRecord pif = records.byRef("OpaqueRef:p1").orElseThrow();
        assertEquals("PIF", pif.xapiClass());
        assertEquals(List.of("host", "device"), List.copyOf(pif.fieldNames()));
        assertFalse(records.all("host").get(0).field("ref").isPresent());
        assertFalse(records.all("host").get(0).field("_ref").isPresent());
    }

    @Test
    void generationCountersAreNotFields() throws IOException {
        XapiRecord host = read(DUMP).all("host").get(0);
        assertFalse(host.field("__ctime").isPresent());
        assertFalse(host.field("__mtime").isPresent());
    }

    @Test
    void anEmptyTableIsKnownToHoldNoneAndAnAbsentOneIsUnknown() throws IOException {
        XapiRecords records = read(DUMP);
        assertTrue(records.has("Bond"));
        assertTrue(records.has("bond"));
        assertEquals(List.of(), records.all("Bond"));
        assertFalse(records.has("VLAN"));
        assertEquals(List.of("host", "Bond", "PIF"), List.copyOf(records.classes()));
    }

    @Test
    void theManifestIsReadAsWrittenWithoutUnprotectingIt() throws IOException {
        assertEquals(Map.of("schema_major_vsn", "5", "schema_minor_vsn", "66", "product_brand", "Xen%.Server"),
                read(DUMP).manifest());
    }

    @Test
    void aRecordsLocationNamesItsTableRowLineAndColumn() throws IOException {
        XapiRecords records = read(DUMP);
        assertEquals("table host, row OpaqueRef:h1 (line 8, column 199)", records.all("host").get(0).location());
        assertEquals("table PIF, row OpaqueRef:p1 (line 12, column 65)", records.all("PIF").get(0).location());
    }

    @Test
    void onlyTheTablesAskedForAreKeptInAnyCaseAndTheOthersAreUnknown() throws IOException {
        XapiRecords records = XapiDatabase.read(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)),
                "state.db", Set.of("BOND", "pif"));
        assertEquals(List.of("Bond", "PIF"), List.copyOf(records.classes()));
        assertFalse(records.has("host"));
        assertEquals(3, records.manifest().size());
        assertEquals(1, records.all("PIF").size());
    }

    @Test
    void noTableAskedForStillReadsTheManifestAndChecksTheDump() throws IOException {
        XapiRecords records = XapiDatabase.read(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)),
                "state.db", Set.of());
        assertEquals(Set.of(), records.classes());
        assertEquals("66", records.manifest().get("schema_minor_vsn"));
        assertThrows(XapiImportException.class, () -> XapiDatabase.read(
                new ByteArrayInputStream(DUMP.replace("</database>", "").getBytes(StandardCharsets.UTF_8)),
                "state.db", Set.of()));
    }

    @Test
    void aDeclarationCommentsProcessingInstructionsAndAByteOrderMarkAreAllowed() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- dumped by hand -->\n<?xapi x?>\n"
                + DUMP.replace("<table name=\"Bond\"/>", "<!-- no bond --><table name=\"Bond\"><!-- none --></table>")
                + "<!-- end -->\n";
        byte[] text = xml.getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        XapiRecords records = XapiDatabase.read(new ByteArrayInputStream(withBom), "state.db");
        assertEquals(List.of("host", "Bond", "PIF"), List.copyOf(records.classes()));
        assertTrue(records.has("Bond"));
    }

    @Test
    void aSingleLineDumpAndOneWithCrLfLineEndsReadAlike() throws IOException {
        XapiRecords oneLine = read(DUMP.replace("\n", ""));
        XapiRecords crLf = read(DUMP.replace("\n", "\r\n"));
        XapiRecords plain = read(DUMP);
        for (XapiRecords records : List.of(oneLine, crLf)) {
            assertEquals(plain.classes(), records.classes());
            assertEquals(plain.manifest(), records.manifest());
            assertEquals(plain.all("host").get(0).fieldNames(), records.all("host").get(0).fieldNames());
        }
        assertTrue(oneLine.all("PIF").get(0).location().contains("(line 1, column "));
        assertEquals(plain.all("PIF").get(0).location(), crLf.all("PIF").get(0).location());
    }

    @Test
    void entitiesAndCharacterReferencesOfXmlAreReadBeforeXapisProtection() throws IOException {
        XapiRecords records = read("<database><table name=\"VM\"><row ref=\"OpaqueRef:v\""
                + " name__description=\"&lt;b&gt; &amp; &quot;q&quot; &apos;%%.&#37;n&#10;\"/></table></database>");
        XapiRecord vm = records.all("VM").get(0);
        assertEquals("<b> & \"q\" '%.\n\n", vm.field("name_description").orElseThrow().asText("name_description"));
    }

    @Test
    void aFileIsNamedAsGivenAndClosedAfterReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pool.db");
        Files.writeString(file, DUMP);
        XapiRecords records = XapiDatabase.read(file);
        assertEquals(file.toString(), records.source());
        assertEquals(file.toString(), records.all("host").get(0).source());
        XapiRecords some = XapiDatabase.read(file, Set.of("Host"));
        assertEquals(Set.of("host"), some.classes());
        Files.delete(file);   // would fail on some systems if the file were still open
        assertThrows(IOException.class, () -> XapiDatabase.read(file));
    }

    @Test
    void aStreamIsReadButLeftOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        XapiDatabase.read(in, "pipe");
        assertFalse(closed[0]);
    }

    @Test
    void nullArgumentsAreRefusedNamingThem() {
        InputStream in = new ByteArrayInputStream(new byte[0]);
        assertEquals("file", assertThrows(NullPointerException.class, () -> XapiDatabase.read((Path) null)).getMessage());
        assertEquals("in", assertThrows(NullPointerException.class, () -> XapiDatabase.read(null, "s")).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> XapiDatabase.read(in, null)).getMessage());
        assertEquals("tables", assertThrows(NullPointerException.class,
                () -> XapiDatabase.read(in, "s", null)).getMessage());
        Set<String> withNull = new HashSet<>(Arrays.asList("host", null));
        assertEquals("tables contains null", assertThrows(NullPointerException.class,
                () -> XapiDatabase.read(in, "s", withNull)).getMessage());
    }
}
