package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump that cannot be read is refused with the source, the line and column, and what was
 * expected there; no parser exception gets out, and no records come back.
 */
class XapiDatabaseBadInputTest {

    private static final String HEAD = "<database><manifest><pair key=\"schema_major_vsn\" value=\"5\"/></manifest>\n";

    private static XapiImportException refused(String xml) {
        return refused(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static XapiImportException refused(byte[] bytes) {
        XapiImportException e = assertThrows(XapiImportException.class,
                () -> XapiDatabase.read(new ByteArrayInputStream(bytes), "bad.db"));
        assertEquals("bad.db", e.source());
        assertTrue(e.getMessage().startsWith("bad.db, " + e.location() + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    private static void assertMentions(XapiImportException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "\"" + part + "\" is not in: " + e.getMessage());
        }
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithTheParsersWordsAndPlace() {
        XapiImportException e = refused(HEAD + "<table name=\"host\"><row ref=OpaqueRef:1/></table></database>");
        assertEquals("line 2, column 29", e.location());
        assertMentions(e, "expected well-formed XML inside table \"host\"", "Open quote is expected");
        assertTrue(e.getCause() instanceof javax.xml.stream.XMLStreamException);
    }

    @Test
    void tagsThatDoNotMatchAreMalformedNotCutShort() {
        XapiImportException e = refused(HEAD + "<table name=\"host\"></database>");
        assertEquals("line 2, column 22", e.location());
        assertMentions(e, "expected well-formed XML inside table \"host\"", "</table>");
        assertFalse(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void aDumpCutShortInsideATableSaysSoAndWhatWasStillToCome() {
        XapiImportException e = refused(HEAD + "<table name=\"VM\"><row ref=\"OpaqueRef:1\"/>\n<row ref=\"OpaqueRef:2\"/>\n");
        assertEquals("line 4, column 1", e.location());
        assertMentions(e, "the dump ends inside table \"VM\", after row \"OpaqueRef:2\"",
                "cut short; expected the rest, then </table> and </database>");
    }

    @Test
    void aCutIsToldFromAMismatchWhateverTheSizeOfTheReads() {
        String cut = HEAD + "<table name=\"VM\"><row ref=\"OpaqueRef:1\"/>\n";
        String mismatched = HEAD + "<table name=\"VM\"><row ref=\"OpaqueRef:1\"/></tabel></database> \r\n\t";
        for (int size : new int[] {1, 2, 3, 7, 11, 12, 4096}) {
            assertMentions(refusedInReadsOf(size, cut), "cut short");
            XapiImportException e = refusedInReadsOf(size, mismatched);
            assertFalse(e.getMessage().contains("cut short"), size + ": " + e.getMessage());
            assertMentions(e, "expected well-formed XML inside table \"VM\"");
        }
    }

    private static XapiImportException refusedInReadsOf(int size, String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, size));
            }
        };
        return assertThrows(XapiImportException.class, () -> XapiDatabase.read(in, "bad.db"));
    }

    @Test
    void aDumpCutShortInTheMiddleOfARowSaysSo() {
        XapiImportException e = refused(HEAD + "<table name=\"VM\"><row ref=\"OpaqueRef:1\"/><row ref=\"OpaqueRef:2\" name__lab");
        assertEquals("line 2, column 74", e.location());
        assertMentions(e, "the dump ends inside table \"VM\", after row \"OpaqueRef:1\"", "</table> and </database>");
    }

    @Test
    void aDumpCutShortBetweenTablesSaysThatDatabaseNeverCloses() {
        XapiImportException e = refused(HEAD + "<table name=\"VM\"/>\n<table name=\"host\"></table>");
        assertEquals("line 3, column 28", e.location());
        assertMentions(e, "the dump ends inside <database>, after table \"host\"", "expected the rest, then </database>");
    }

    @Test
    void aDumpCutShortInTheManifestSaysSo() {
        XapiImportException e = refused("<database><manifest><pair key=\"schema_major_vsn\" value=\"5\"/>");
        assertMentions(e, "the dump ends inside <manifest>, after the pair \"schema_major_vsn\"",
                "</manifest> and </database>");
    }

    @Test
    void anEmptyStreamIsNoDump() {
        XapiImportException e = refused(new byte[0]);
        assertEquals("line 1, column 1", e.location());
        assertMentions(e, "expected a xapi database dump, the stream is empty");
    }

    @Test
    void aDocumentOfAnotherKindIsNoDump() {
        XapiImportException e = refused("<?xml version=\"1.0\"?>\n<methodResponse><params/></methodResponse>");
        assertEquals("line 2, column 17", e.location());
        assertMentions(e, "expected the root element <database> of a xapi database dump", "got <methodResponse>");
        XapiImportException text = refused("{\"result\": {}}");
        assertEquals("line 1, column 1", text.location());
        assertMentions(text, "expected the root element <database>");
    }

    @Test
    void contentAfterTheDatabaseIsRefusedAndNotTakenForACut() {
        XapiImportException e = refused(HEAD + "</database>\n<database/>");
        assertEquals("line 3, column 2", e.location());
        assertMentions(e, "expected nothing but white space and comments after </database>");
        assertFalse(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void aRowWithoutARefIsRefused() {
        XapiImportException e = refused(HEAD + "<table name=\"host\">\n  <row uuid=\"a1\" name__label=\"xs\"/>\n</table></database>");
        assertEquals("line 3, column 36", e.location());
        assertMentions(e, "expected a ref or _ref attribute holding the OpaqueRef of the row in table \"host\"",
                "has neither");
        XapiImportException empty = refused(HEAD + "<table name=\"host\"><row ref=\"\"/></table></database>");
        assertMentions(empty, "expected an OpaqueRef in the ref of a row in table \"host\", it is empty");
    }

    @Test
    void aRefAndAnUnderscoreRefThatDifferAreRefused() {
        XapiImportException e = refused(HEAD
                + "<table name=\"host\"><row ref=\"OpaqueRef:1\" uuid=\"a\" _ref=\"OpaqueRef:2\"/></table></database>");
        assertEquals("line 2, column 72", e.location());
        assertMentions(e, "expected the ref and _ref of a row in table \"host\" to be the same OpaqueRef",
                "got ref \"OpaqueRef:1\" and _ref \"OpaqueRef:2\"");
    }

    @Test
    void aRefUsedTwiceIsRefusedNamingBothRows() {
        XapiImportException e = refused(HEAD + "<table name=\"host\">\n<row ref=\"OpaqueRef:1\"/>\n</table>\n"
                + "<table name=\"VM\">\n<row ref=\"OpaqueRef:1\"/>\n</table></database>");
        assertEquals("table VM, row OpaqueRef:1 (line 6, column 25)", e.location());
        assertMentions(e, "the reference \"OpaqueRef:1\" is used twice, first by host at table host, row OpaqueRef:1"
                + " (line 3, column 25)");
    }

    @Test
    void twoAttributesThatAreTheSameFieldAreRefusedAtTheirRow() {
        XapiImportException e = refused(HEAD
                + "<table name=\"pool\"><row ref=\"OpaqueRef:1\" name_label=\"a\" name__label=\"b\"/></table></database>");
        assertEquals("table pool, row OpaqueRef:1 (line 2, column 75)", e.location());
        assertMentions(e, "the field \"name__label\" occurs twice");
    }

    @Test
    void anElementOutsideTheFormatIsRefusedSayingWhatBelongsThere() {
        assertMentions(refused(HEAD + "<tables/></database>"),
                "line 2, column 10", "expected <manifest> or <table> inside <database>, got <tables>");
        assertMentions(refused(HEAD + "<table name=\"host\"><record/></table></database>"),
                "line 2, column 29", "expected <row> inside table \"host\", got <record>");
        assertMentions(refused("<database><manifest><entry/></manifest></database>"),
                "line 1, column 29", "expected <pair> inside <manifest>, got <entry>");
        assertMentions(refused(HEAD + "<table name=\"host\"><row ref=\"OpaqueRef:1\"><field/></row></table></database>"),
                "line 2, column 51", "expected </row>: a row holds no element, got <field>");
        assertMentions(refused(HEAD + "<manifest><pair key=\"a\" value=\"b\"><pair/></pair></manifest></database>"),
                "expected </pair>: a pair holds no element, got <pair>");
        assertMentions(refused(HEAD + "<table name=\"host\"><table name=\"VM\"/></table></database>"),
                "expected <row> inside table \"host\", got <table>");
        assertMentions(refused(HEAD + "<x:table xmlns:x=\"urn:x\" name=\"host\"/></database>"),
                "expected <manifest> or <table> inside <database>, got <x:table>");
    }

    @Test
    void aTableWithoutANameOrAPairWithoutKeyOrValueIsRefused() {
        assertMentions(refused(HEAD + "<table/></database>"),
                "line 2, column 9", "expected <table name=\"…\">, the table has no name");
        assertMentions(refused("<database><manifest><pair value=\"5\"/></manifest></database>"),
                "line 1, column 38", "expected <pair key=\"…\" value=\"…\"> in the manifest, the pair has no key");
        assertMentions(refused("<database><manifest><pair key=\"a\"/></manifest></database>"),
                "the pair has no value");
    }

    @Test
    void textWhereOnlyElementsBelongIsRefused() {
        assertMentions(refused(HEAD + "<table name=\"host\">rows follow<row ref=\"OpaqueRef:1\"/></table></database>"),
                "expected only elements inside table \"host\", got the text \"rows follow\"");
        assertMentions(refused(HEAD + "<table name=\"host\"><row ref=\"OpaqueRef:1\"><![CDATA[x]]></row></table></database>"),
                "expected only elements inside <row>, got the text \"x\"");
    }

    @Test
    void theSameFailureWithOrWithoutATableFilter() throws IOException {
        String xml = HEAD + "<table name=\"message\"><row ref=\"OpaqueRef:1\"><oops/></row></table></database>";
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiDatabase.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.db", Set.of("host")));
        assertMentions(e, "expected </row>: a row holds no element, got <oops>");
        String noRef = HEAD + "<table name=\"message\"><row body=\"x\"/></table></database>";
        assertEquals(Set.of(), XapiDatabase.read(new ByteArrayInputStream(noRef.getBytes(StandardCharsets.UTF_8)),
                "bad.db", Set.of("host")).classes(), "the rows of a table not kept are not examined");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityInItIsRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE database [\n<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<database><table name=\"host\"><row ref=\"OpaqueRef:1\" name__label=\"&leak;\"/></table></database>";
        XapiImportException e = refused(xml);
        assertEquals("line 4, column 4", e.location());
        assertMentions(e, "expected the root element <database> with no DOCTYPE before it, got a DOCTYPE",
                "no DTD or external entity is read");
        assertFalse(e.getMessage().contains("TOP-SECRET-42"));
    }

    @Test
    void noExternalDtdOrEntityIsFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String xml = "<!DOCTYPE database SYSTEM \"" + base + "/db.dtd\" [\n"
                    + "<!ENTITY % remote SYSTEM \"" + base + "/remote.dtd\"> %remote;\n"
                    + "<!ENTITY leak SYSTEM \"" + base + "/leak\">\n]>\n"
                    + "<database>&leak;</database>";
            XapiImportException e = refused(xml);
            assertMentions(e, "DOCTYPE");
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to " + base);
        }
    }

    @Test
    void anEntityThatIsNotDeclaredIsMalformed() {
        XapiImportException e = refused(HEAD + "<table name=\"host\"><row ref=\"OpaqueRef:1\" a=\"&leak;\"/></table></database>");
        assertMentions(e, "line 2, column ", "expected well-formed XML inside table \"host\"", "leak");
    }

    @Test
    void aStreamThatFailsThrowsItsOwnException() {
        IOException broken = new IOException("the disk is gone");
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream((HEAD + "<table name=\"host\">").getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw broken;
                    }
                });
        IOException e = assertThrows(IOException.class, () -> XapiDatabase.read(failing, "bad.db"));
        assertSame(broken, e);
    }

    @Test
    void aStreamThatFailsAtOnceThrowsItsOwnExceptionToo() {
        IOException broken = new IOException("no such pipe");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }
        };
        assertSame(broken, assertThrows(IOException.class, () -> XapiDatabase.read(failing, "bad.db")));
    }
}
