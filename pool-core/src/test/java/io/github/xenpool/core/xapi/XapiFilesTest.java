package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** XapiFiles tells the format of pool data by its content, and the class of records by their fields. */
class XapiFilesTest {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "io", "github", "xenpool", "core", "xapi",
            "samples");

    @ParameterizedTest
    @CsvSource({
        "xapi-db/xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml, XAPI_DATABASE, host, 1",
        "xapi-db/xapi-db__xenadmin-updatesState__xs5.5.900-b28071c-1host-pool_patch.xml, XAPI_DATABASE, pool, 1",
        "xapi-rpc/xmlrpc-response__fog-xenserver-get_all_hosts__xs6.2.0-host.get_all_records.xml, XML_RPC, host, 2",
        "xe/host-list-params-all__cn-cloudstack-notes-xenserver6.5.txt, XE, host, 1",
        "xe/pool-param-list__neonSDK-xcp-ng-comment.txt, XE, pool, 1",
        "xe/pool-list__neonSDK-xcp-ng-comment.txt, XE, pool, 1",
        "xe/vm-list-params__ralph-test.txt, XE, VM, 3",
        "xe/pif-list__xcp-ng-docs-networking.txt, XE, PIF, 4",
        "xe/sr-list__neonSDK-xenserver-comment.txt, XE, SR, 4",
        "xe/pbd-list__xcp-ng-docs-xostor.txt, XE, PBD, 1",
        "xe/patch-list__xen-orchestra-issue1449-xenserver7.0.txt, XE, pool_patch, 2",
    })
    void realFilesAreRecognisedByContentAndTheirRecordsByTheirFields(String file, XapiFiles.Format format,
            String xapiClass, int atLeast) throws IOException {
        Path path = SAMPLES.resolve(file);
        assertEquals(Optional.of(format), XapiFiles.formatOf(path));
        XapiRecords records = XapiFiles.read(path);
        assertTrue(records.all(xapiClass).size() >= atLeast, records::toString);
        assertEquals(path.toString(), records.source());
    }

    @Test
    void aSavedHostRecordOfOneHostMakesACandidateAsItsOwnReaderWould() throws IOException {
        Path file = SAMPLES.resolve(
                "xapi-rpc/xmlrpc-response__fog-xenserver-create_server_get_all_hosts__xs6.2.0-host.get_all_records.xml");
        Host host = PoolImport.standaloneHost(XapiFiles.read(file)).value();
        assertEquals(PoolImport.standaloneHost(XmlRpcRecords.read(file, "host")).value().hostname(), host.hostname());
    }

    @Test
    void aDumpMakesAPool() throws IOException {
        Pool pool = PoolImport.pool(XapiFiles.read(
                SAMPLES.resolve("xapi-db/xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml"))).value();
        assertEquals(2, pool.members().size());
    }

    @Test
    void aJsonRpcResponseIsReadAndItsClassToldByItsFields(@TempDir Path dir) throws IOException {
        Path file = write(dir, "pools.json", "{\"jsonrpc\": \"2.0\", \"result\": {\"OpaqueRef:1\": {\"uuid\": \"u-1\","
                + " \"name_label\": \"prod\", \"master\": \"OpaqueRef:2\"}}, \"id\": 1}");
        assertEquals(Optional.of(XapiFiles.Format.JSON_RPC), XapiFiles.formatOf(file));
        assertEquals(1, XapiFiles.read(file).all("pool").size());
    }

    @Test
    void aJsonDocumentThatIsNoResponseIsNotRecognised() throws IOException {
        // xapi's SDK test spec holds responses inside a document of its own.
        Path file = SAMPLES.resolve("xapi-rpc/jsonrpc-spec__xen-api-sdk-component-test-vm_get_all_records__xapi24.json");
        assertEquals(Optional.empty(), XapiFiles.formatOf(file));
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiFiles.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals("line 1", e.location());
        assertTrue(e.getMessage().contains("begins \"{\""), e.getMessage());
    }

    @Test
    void textOfAnotherKindIsRefusedNamingTheFileTheLineAndWhatItBeginsWith(@TempDir Path dir) throws IOException {
        Path file = write(dir, "page.html", "\n\n<html><body>Not found</body></html>\n");
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiFiles.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals("line 3", e.location());
        assertTrue(e.getMessage().startsWith(file + ", line 3: is no pool data xenpool can read: it begins"
                + " \"<html><body>Not found</body></html>\"; expected an xapi database dump"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir, "empty.db", "  \n");
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiFiles.read(file));
        assertEquals("the whole file", e.location());
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void aBrokenDumpIsRefusedByItsReaderWithTheLine(@TempDir Path dir) throws IOException {
        String dump = Files.readString(SAMPLES.resolve(
                "xapi-db/xapi-db__xenadmin-state1__xs5.5.0-b14395c-2hosts-slave-copy.xml"));
        Path file = write(dir, "cut.db", dump.substring(0, dump.length() / 2));
        assertEquals(Optional.of(XapiFiles.Format.XAPI_DATABASE), XapiFiles.formatOf(file));
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiFiles.read(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.location().startsWith("line "), e.location());
    }

    @Test
    void anXmlDocumentOfAnotherKindIsNotRecognised(@TempDir Path dir) throws IOException {
        Path file = write(dir, "pom.xml", "<?xml version=\"1.0\"?>\n<!-- a build -->\n<project/>\n");
        assertEquals(Optional.empty(), XapiFiles.formatOf(file));
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiFiles.read(file));
        assertEquals("line 1", e.location());
    }

    @Test
    void anXmlRpcResponseAfterADeclarationAndACommentIsRecognised(@TempDir Path dir) throws IOException {
        Path file = write(dir, "r.xml", "\uFEFF<?xml version=\"1.0\"?>\n<!-- saved -->\n<methodResponse><params><param>"
                + "<value><struct><member><name>Status</name><value>Success</value></member><member><name>Value"
                + "</name><value><struct/></value></member></struct></value></param></params></methodResponse>");
        assertEquals(Optional.of(XapiFiles.Format.XML_RPC), XapiFiles.formatOf(file));
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiFiles.read(file));
        assertTrue(e.getMessage().contains("holds no record"), e.getMessage());
    }

    @Test
    void recordsWhoseFieldsTellNoClassAreRefusedNamingTheRecordAndItsFields(@TempDir Path dir) throws IOException {
        Path file = write(dir, "hosts.txt", "uuid ( RO)                : 760a1e5e-c439-42f9-bf5a-480e2bb2b959\n"
                + "          name-label ( RW): xs-01\n    name-description ( RW): Default install\n\n\n");
        XapiImportException e = assertThrows(XapiImportException.class, () -> XapiFiles.read(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().contains("cannot tell the XenAPI class of the records from their fields"
                + " (name-description, name-label, uuid)"), e.getMessage());
    }

    @Test
    void aMissingFileIsTheFileSystemsError(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> XapiFiles.read(dir.resolve("none.db")));
    }

    @Test
    void theFormatsDescribeThemselves() {
        assertEquals("an xapi database dump", XapiFiles.Format.XAPI_DATABASE.description());
        assertEquals("xe output", XapiFiles.Format.XE.description());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
