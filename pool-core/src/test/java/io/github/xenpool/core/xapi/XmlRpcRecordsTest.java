package io.github.xenpool.core.xapi;

import static io.github.xenpool.core.xapi.RpcSamples.map;
import static io.github.xenpool.core.xapi.RpcSamples.set;
import static io.github.xenpool.core.xapi.RpcSamples.stream;
import static io.github.xenpool.core.xapi.RpcSamples.text;
import static io.github.xenpool.core.xapi.RpcSamples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML-RPC responses: the real ones of fog's cassettes, and every kind of bad body. */
class XmlRpcRecordsTest {

    private static final String HOST_04 = "OpaqueRef:bec8439d-edfb-6acd-e1e9-7dbc5306e630";
    private static final String HOST_02 = "OpaqueRef:1500e92a-ff9c-119f-de60-541ed4ba565e";
    private static final String VERMELINHO = "OpaqueRef:78c23dd4-4470-ed14-47e1-9a0e21a32814";

    // ---- the real responses -------------------------------------------------------------------

    @Test
    void readsBothHostsOfTheGetAllHostsCassette() throws IOException {
        XapiRecords records = xml(RpcSamples.text(RpcSamples.TWO_HOSTS), "host");

        assertEquals("test.xml", records.source());
        assertEquals(2, records.all("host").size());
        assertEquals(List.of(HOST_04, HOST_02), records.all("host").stream().map(r -> r.ref().orElseThrow()).toList());
        assertEquals(List.of("xenserver-04", "xenserver-02"),
                records.all("host").stream().map(r -> text(r, "hostname")).toList());
        assertEquals(List.of(), records.warnings());
        XapiRecord host = records.byRef(HOST_04).orElseThrow();
        assertEquals(Optional.of("54a17e93-a7f6-4c62-b8f9-9e81ad3ade1c"), host.uuid());
        assertEquals(48, host.fieldNames().size());
        assertEquals("192.168.10.4", text(host, "address"));
        assertEquals("141529088", text(host, "memory_overhead"));
        assertEquals("2", text(host, "API_version_major"));
        assertEquals("0", text(host, "API_version_minor"));
    }

    @Test
    void readsCpuInfoSoftwareVersionEditionAndLicence() throws IOException {
        XapiRecord host = xml(RpcSamples.text(RpcSamples.TWO_HOSTS), "host").byRef(HOST_04).orElseThrow();

        Map<String, String> cpu = map(host, "cpu_info");
        assertEquals("GenuineIntel", cpu.get("vendor"));
        assertEquals("77bae3ff-bfebfbff-00000001-28100800", cpu.get("features"));
        assertEquals("77bae3ff-bfebfbff-00000001-28100800", cpu.get("features_after_reboot"));
        assertEquals("77bae3ff-bfebfbff-00000001-28100800", cpu.get("physical_features"));
        assertEquals("full", cpu.get("maskable"));
        assertEquals("Intel(R) Core(TM) i5-3570 CPU @ 3.40GHz", cpu.get("modelname"));
        assertEquals("3392.414", cpu.get("speed"));
        assertEquals(List.of("cpu_count", "socket_count", "vendor", "speed", "modelname", "family", "model", "stepping",
                "flags", "features", "features_after_reboot", "physical_features", "maskable"), List.copyOf(cpu.keySet()));

        Map<String, String> software = map(host, "software_version");
        assertEquals("6.2.0", software.get("product_version"));
        assertEquals("70446c", software.get("build_number"));
        assertEquals("XenServer", software.get("product_brand"));
        assertEquals("XenServer Pack, version 6.2.0, build 70446c", software.get("xs:main"));

        assertEquals("free", text(host, "edition"));
        Map<String, String> licence = map(host, "license_params");
        assertEquals(48, licence.size());
        assertEquals("free", licence.get("sku_type"));
        assertEquals("20300101T02:00:00Z", licence.get("expiry"));
        assertEquals("false", licence.get("restrict_cpu_masking"));
    }

    @Test
    void readsBooleansEmptyStructsEmptyArraysAndSetsAsWritten() throws IOException {
        XapiRecord host = xml(RpcSamples.text(RpcSamples.TWO_HOSTS), "host").byRef(HOST_02).orElseThrow();

        assertEquals("true", text(host, "enabled"));   // <boolean>1</boolean>
        assertEquals(XapiValue.map(Map.of()), host.field("current_operations").orElseThrow());   // <struct/>
        assertEquals(Map.of(), map(host, "blobs"));
        assertEquals(XapiValue.set(List.of()), host.field("tags").orElseThrow());   // <array><data/></array>
        assertEquals(List.of(), set(host, "patches"));
        assertEquals(4, set(host, "host_CPUs").size());
        assertEquals(List.of("vm_migrate", "evacuate", "shutdown", "provision", "reboot", "vm_resume", "vm_start"),
                set(xml(RpcSamples.text(RpcSamples.TWO_HOSTS), "host").byRef(HOST_04).orElseThrow(),
                        "allowed_operations"));
        assertEquals("", text(host, "external_auth_type"));   // <value/>
    }

    @Test
    void readsTheOneHostOfTheCreateServerCassette() throws IOException {
        XapiRecords records = xml(RpcSamples.text(RpcSamples.ONE_HOST), "host");

        assertEquals(1, records.all("host").size());
        XapiRecord host = records.all("host").get(0);
        assertEquals(Optional.of(VERMELINHO), host.ref());
        assertEquals("vermelinho", text(host, "hostname"));
        assertEquals("free", text(host, "edition"));
        assertTrue(host.field("license_params").isPresent());
        Map<String, String> cpu = map(host, "cpu_info");
        assertEquals("GenuineIntel", cpu.get("vendor"));
        assertEquals("009ae3bd-bfebfbff-00000001-28100800", cpu.get("features"));
        assertEquals("009ae3bd-bfebfbff-00000001-28100800", cpu.get("physical_features"));
        assertEquals("full", cpu.get("maskable"));
        // The spaces of the model name are the CPU's own.
        assertEquals("Intel(R) Core(TM) i5 CPU       M 450  @ 2.40GHz", cpu.get("modelname"));
        assertEquals("6.2.0", map(host, "software_version").get("product_version"));
        assertEquals("70446c", map(host, "software_version").get("build_number"));
        assertEquals("1416595151.", map(host, "other_config").get("agent_start_time"));
    }

    @Test
    void theRecordsOfOneHostMakeAHostOfTheModel() throws IOException {
        Imported<?> host = PoolImport.standaloneHost(xml(RpcSamples.text(RpcSamples.ONE_HOST), "host"));

        assertTrue(host.value().toString().contains("db36cc5c-332c-4a10-a092-bdc6a8ec4a74"), host.value()::toString);
        List<String> read = host.report().hosts().get(0).read();
        for (String fact : List.of("cpu.vendor", "cpu.features", "software.productVersion", "software.buildNumber",
                "licenceParams")) {
            assertTrue(read.contains(fact), () -> fact + " not in " + read);
        }
    }

    @Test
    void recordsKnowTheirSourceAndPlace() throws IOException {
        XapiRecord host = xml(RpcSamples.text(RpcSamples.ONE_HOST), "host").all("host").get(0);

        assertEquals("test.xml", host.source());
        assertEquals("line 1, column 220, member Value/" + VERMELINHO, host.location());
    }

    @Test
    void readsAFileByPathAndNamesItAsGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hosts.xml");
        Files.write(file, RpcSamples.bytes(RpcSamples.TWO_HOSTS));

        XapiRecords records = XmlRpcRecords.read(file, "host");

        assertEquals(file.toString(), records.source());
        assertEquals(2, records.all("HOST").size());
        assertThrows(NoSuchFileException.class, () -> XmlRpcRecords.read(dir.resolve("none.xml"), "host"));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(RpcSamples.bytes(RpcSamples.ONE_HOST)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        XmlRpcRecords.read(in, "in", "host");
        assertFalse(closed[0]);
    }

    // ---- hand-written responses ----------------------------------------------------------------

    static String ok(String value) {
        return "<methodResponse><params><param><value><struct>"
                + "<member><name>Status</name><value>Success</value></member>"
                + "<member><name>Value</name><value>" + value + "</value></member>"
                + "</struct></value></param></params></methodResponse>";
    }

    static String member(String name, String value) {
        return "<member><name>" + name + "</name><value>" + value + "</value></member>";
    }

    static String struct(String... members) {
        return "<struct>" + String.join("", members) + "</struct>";
    }

    @Test
    void readsEveryScalarType() throws IOException {
        XapiRecord vm = xml(ok(struct(member("OpaqueRef:a", struct(
                member("bare", " two  spaces "),
                member("string", "<string> kept </string>"),
                member("int", "<int> 42 </int>"),
                member("i4", "<i4>-7</i4>"),
                member("i8", "<i8>8589934592</i8>"),
                member("yes", "<boolean>1</boolean>"),
                member("no", "<boolean> 0 </boolean>"),
                member("double", "<double>1.0</double>"),
                member("exponent", "<double> 1e-05 </double>"),
                member("point", "<double>1.</double>"),
                member("date", "<dateTime.iso8601>19700101T00:00:00Z</dateTime.iso8601>"),
                member("escaped", "a &amp; b &lt;c&gt; &#13;<![CDATA[<raw>]]>"))))), "VM").all("VM").get(0);

        assertEquals(" two  spaces ", text(vm, "bare"));
        assertEquals(" kept ", text(vm, "string"));
        assertEquals("42", text(vm, "int"));
        assertEquals("-7", text(vm, "i4"));
        assertEquals("8589934592", text(vm, "i8"));
        assertEquals("true", text(vm, "yes"));
        assertEquals("false", text(vm, "no"));
        assertEquals("1.0", text(vm, "double"));
        assertEquals("1e-05", text(vm, "exponent"));
        assertEquals("1.", text(vm, "point"));
        assertEquals("19700101T00:00:00Z", text(vm, "date"));
        assertEquals("a & b <c> \r<raw>", text(vm, "escaped"));
    }

    @Test
    void readsSpacesCommentsAndAnXmlDeclarationBetweenElements() throws IOException {
        String body = "<?xml version=\"1.0\"?>\n<!-- saved -->\n<methodResponse>\n <params>\n  <param>\n   <value>\n"
                + "    <struct>\n     <member>\n      <name>Status</name>\n      <value>Success</value>\n     </member>\n"
                + "     <member><name>Value</name><value>\n <struct>\n <member><name>OpaqueRef:a</name>\n"
                + " <value> <struct> <member> <name>tags</name> <value> <array> <data> <value>x</value> </data> </array>"
                + " </value> </member> </struct> </value> </member> </struct> </value> </member>\n"
                + "    </struct>\n   </value>\n  </param>\n </params>\n</methodResponse>\n<!-- end -->\n";

        XapiRecord record = xml(body, "VM").all("VM").get(0);

        assertEquals(List.of("x"), set(record, "tags"));
        assertEquals("line 15, column 9, member Value/OpaqueRef:a", record.location());
    }

    @Test
    void anEmptyGetAllRecordsStillKnowsTheClass() throws IOException {
        XapiRecords records = xml(ok("<struct/>"), "Bond");

        assertTrue(records.has("Bond"));
        assertEquals(List.of(), records.all("Bond"));
        assertEquals(List.of(), xml(ok("<struct></struct>"), "Bond").all("Bond"));
    }

    @Test
    void aGetRecordResponseIsOneRecordWithoutReference() throws IOException {
        XapiRecords records = xml(ok(struct(member("uuid", "u-1"), member("name_label", "Local storage"))), "SR");

        XapiRecord sr = records.all("SR").get(0);
        assertEquals(1, records.all("SR").size());
        assertEquals(Optional.empty(), sr.ref());
        assertEquals(Optional.of("u-1"), sr.uuid());
        assertEquals("Local storage", text(sr, "name_label"));
    }

    @Test
    void readRecordGivesTheRecordItsReference() throws IOException {
        XapiRecords records = XmlRpcRecords.readRecord(stream(ok(struct(member("uuid", "u-1")))), "sr.xml", "SR",
                "OpaqueRef:s");

        assertEquals(Optional.of("OpaqueRef:s"), records.all("SR").get(0).ref());
        assertSame(records.all("SR").get(0), records.byRef("OpaqueRef:s").orElseThrow());
    }

    @Test
    void refusesBlankClassesAndReferencesThatAreNone() {
        assertThrows(IllegalArgumentException.class, () -> xml(ok("<struct/>"), " "));
        assertThrows(IllegalArgumentException.class,
                () -> XmlRpcRecords.readRecord(stream(ok("<struct/>")), "t", "SR", "OpaqueRef:NULL"));
        assertThrows(IllegalArgumentException.class,
                () -> XmlRpcRecords.readRecord(stream(ok("<struct/>")), "t", "SR", "u-1"));
        assertThrows(NullPointerException.class, () -> XmlRpcRecords.read(stream(""), null, "SR"));
    }

    // ---- bad bodies ------------------------------------------------------------------------------

    private static XapiImportException refused(String body) {
        return assertThrows(XapiImportException.class, () -> xml(body, "host"));
    }

    /** Checks the parts of the message: source, place and what was expected. */
    private static void says(XapiImportException e, String location, String... parts) {
        assertEquals("test.xml", e.source());
        assertEquals(location, e.location());
        assertTrue(e.getMessage().startsWith("test.xml, " + location + ": "), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "no «" + part + "» in: " + e.getMessage());
        }
    }

    @Test
    void malformedXml() {
        XapiImportException e = refused("<methodResponse><params></param></params></methodResponse>");

        says(e, "line 1, column 27", "malformed or truncated XML: ",
                "must be terminated by the matching end-tag", "expected a complete XML-RPC <methodResponse>");
    }

    @Test
    void aTruncatedBodyNamesWhereItStops() {
        String whole = RpcSamples.text(RpcSamples.TWO_HOSTS);
        String cut = whole.substring(0, whole.lastIndexOf("<name>cpu_info</name>") + 100);
        XapiImportException e = refused(cut);

        says(e, "line 1, column " + (cut.length() + 1) + ", member Value/" + HOST_02 + "/cpu_info",
                "malformed or truncated XML: XML document structures must start and end within the same entity; "
                        + "expected a complete XML-RPC <methodResponse>");
        assertTrue(e.getCause() instanceof javax.xml.stream.XMLStreamException);
    }

    @Test
    void anEmptyBody() {
        says(refused(""), "line 1, column 1", "malformed or truncated XML: Premature end of file; expected");
        says(refused("  \n"), "line 2, column 1", "malformed or truncated XML: Premature end of file; expected");
    }

    @Test
    void aFaultQuotesItsCodeAndString() {
        XapiImportException e = refused("<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                + member("faultCode", "<int>4</int>") + member("faultString", "<string>Too many parameters.</string>")
                + "</struct></value></fault></methodResponse>");

        says(e, "line 1, column 45", "the server answered with an XML-RPC fault, faultCode 4, "
                + "faultString \"Too many parameters.\"; expected a <params> with the result");
    }

    @Test
    void aXenApiFailureQuotesTheErrorCodeAndItsParameters() {
        XapiImportException e = refused("<methodResponse><params><param><value><struct>"
                + member("Status", "Failure")
                + member("ErrorDescription", "<array><data><value>HANDLE_INVALID</value><value>VM</value>"
                        + "<value>OpaqueRef:9</value></data></array>")
                + "</struct></value></param></params></methodResponse>");

        says(e, "line 1, column 149, member ErrorDescription",
                "the XenAPI call failed: HANDLE_INVALID [\"VM\", \"OpaqueRef:9\"]; expected a result");
    }

    @Test
    void aFailureWithoutDescription() {
        XapiImportException e = refused("<methodResponse><params><param><value><struct>"
                + member("Status", "Failure") + "</struct></value></param></params></methodResponse>");

        says(e, "line 1, column 81, member Status", "the XenAPI call failed, with no error code");
    }

    @Test
    void anotherDocument() {
        says(refused("<methodCall><methodName>host.get_all_records</methodName></methodCall>"), "line 1, column 13",
                "expected <methodResponse>, got <methodCall>");
        says(refused("just text"), "line 1, column 1", "malformed or truncated XML: Content is not allowed in prolog; "
                + "expected a complete XML-RPC <methodResponse>");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        XapiImportException e = refused("<?xml version=\"1.0\"?><!DOCTYPE methodResponse [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>" + ok(struct(member("OpaqueRef:a", struct(member("f", "&x;"))))));

        assertTrue(e.getMessage().contains("a DOCTYPE is not read here; expected <methodResponse> without one"),
                e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"));
        assertEquals("test.xml", e.source());
    }

    @Test
    void anUndeclaredEntity() {
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("f", "&x;")))))),
                "line 1, column 225, member Value/OpaqueRef:a/f",
                "The entity \"x\" was referenced, but not declared; expected a complete");
    }

    @Test
    void anUnexpectedElement() {
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("blob", "<base64>AAAA</base64>")))))),
                "line 1, column 233, member Value/OpaqueRef:a/blob", "unexpected element <base64> in <value>; "
                        + "expected a bare string, <string>, <int>, <i4>, <boolean>, <double>, <dateTime.iso8601>, "
                        + "<struct> or <array>");
        says(refused("<methodResponse><result/></methodResponse>"), "line 1, column 26",
                "expected <params> or <fault> in <methodResponse>, got <result>");
        says(refused(ok(struct("<item/>"))), "line 1, column 153, member Value",
                "expected <member> or </struct> in a <struct>, got <item>");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("tags", "<array><value>x</value></array>")))))),
                "line 1, column 239, member Value/OpaqueRef:a/tags", "expected <data>, got <value>");
        says(refused("<methodResponse><params><param><value><struct><member><nom>Status</nom></member>"
                + "</struct></value></param></params></methodResponse>"), "line 1, column 60",
                "expected <name>, got <nom>");
    }

    @Test
    void textWhereElementsBelong() {
        says(refused("<methodResponse><params>junk<param/></params></methodResponse>"), "line 1, column 30",
                "expected <param>, got the text \"junk\"");
        says(refused(ok(struct(member("OpaqueRef:a", "x<struct/>")))), "line 1, column 195, member Value/OpaqueRef:a",
                "expected either text or one element in <value>, got the text \"x\" and <struct>");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("n", "<int>1<i4>2</i4></int>")))))),
                "line 1, column 232, member Value/OpaqueRef:a/n", "expected only text in <int>, got <i4>");
    }

    @Test
    void aRecordThatIsNotAStruct() {
        says(refused(ok(struct(member("OpaqueRef:a", "<array><data/></array>")))),
                "line 1, column 192, member Value/OpaqueRef:a",
                "expected a <struct> holding the record of OpaqueRef:a, got <array>");
        says(refused(ok(struct(member("OpaqueRef:a", "text")))), "line 1, column 197, member Value/OpaqueRef:a",
                "expected a <struct> holding the record of OpaqueRef:a, got the text \"text\"");
    }

    @Test
    void aValueThatIsNotAStruct() {
        // host.get_by_name_label answers with an array of references, not records.
        says(refused(ok("<array><data><value>OpaqueRef:a</value></data></array>")), "line 1, column 145, member Value",
                "expected a <struct> of the records keyed by OpaqueRef (get_all_records) or the fields of one "
                        + "record (get_record), got <array>");
        says(refused(ok("OpaqueRef:a")), "line 1, column 157, member Value",
                "got the text \"OpaqueRef:a\"");
    }

    @Test
    void referencesAndFieldNamesDoNotMix() {
        says(refused(ok(struct(member("OpaqueRef:a", struct()), member("uuid", "u")))),
                "line 1, column 251, member Value",
                "expected an OpaqueRef naming a record, as the members before it, got \"uuid\"");
        says(refused(ok(struct(member("uuid", "u"), member("OpaqueRef:a", struct())))),
                "line 1, column 235, member Value", "expected a field of the record, as the members before it, got "
                        + "an OpaqueRef \"OpaqueRef:a\": a result is either records by OpaqueRef or one record");
    }

    @Test
    void readRecordRefusesAGetAllRecordsResponse() {
        XapiImportException e = assertThrows(XapiImportException.class, () -> XmlRpcRecords.readRecord(
                stream(ok(struct(member("OpaqueRef:a", struct())))), "test.xml", "VM", "OpaqueRef:v"));
        says(e, "line 1, column 185, member Value", "expected the fields of the record of OpaqueRef:v (get_record), "
                + "got a member named \"OpaqueRef:a\", as the records of get_all_records are");

        e = assertThrows(XapiImportException.class, () -> XmlRpcRecords.readRecord(stream(ok("<struct/>")),
                "test.xml", "VM", "OpaqueRef:v"));
        says(e, "line 1, column 147, member Value",
                "expected the fields of the record of OpaqueRef:v (get_record), got an empty <struct>");
    }

    @Test
    void nestedStructsAndArraysInARecord() {
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("cpu_info",
                        struct(member("vendor", struct())))))))),
                "line 1, column 279, member Value/OpaqueRef:a/cpu_info/vendor",
                "expected a single value (a bare string, <string>, <int>, <i4>, <boolean>, <double> or "
                        + "<dateTime.iso8601>), got <struct>; XenAPI maps and sets hold single values");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("tags",
                        "<array><data><value><array><data/></array></value></data></array>")))))),
                "line 1, column 252, member Value/OpaqueRef:a/tags/0", "got <array>; XenAPI maps and sets hold single");
    }

    @Test
    void badScalars() {
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("enabled", "<boolean>true</boolean>")))))),
                "line 1, column 251, member Value/OpaqueRef:a/enabled", "expected 1 or 0 in <boolean>, got \"true\"");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("n", "<int>4.5</int>")))))),
                "line 1, column 236, member Value/OpaqueRef:a/n", "expected an integer in <int>, got \"4.5\"");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("d", "<double>NaN</double>")))))),
                "line 1, column 242, member Value/OpaqueRef:a/d", "expected a number in <double>, got \"NaN\"");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("d", "<double>0x1p3</double>")))))),
                "line 1, column 244, member Value/OpaqueRef:a/d", "expected a number in <double>, got \"0x1p3\"");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("t", "<dateTime.iso8601/>")))))),
                "line 1, column 241, member Value/OpaqueRef:a/t", "expected a date and time in <dateTime.iso8601>");
    }

    @Test
    void twiceTheSameReferenceFieldOrKey() {
        XapiImportException e = refused(ok(struct(member("OpaqueRef:a", struct(member("uuid", "1"))),
                member("OpaqueRef:a", struct(member("uuid", "2"))))));
        says(e, "line 1, column 308, member Value/OpaqueRef:a", "the reference \"OpaqueRef:a\" is used twice");

        says(refused(ok(struct(member("OpaqueRef:a", struct(member("uuid", "1"), member("uuid", "2")))))),
                "line 1, column 284, member Value/OpaqueRef:a/uuid",
                "the field \"uuid\" occurs twice in the record; expected each field once");
        says(refused(ok(struct(member("OpaqueRef:a", struct(member("m", struct(member("k", "1"),
                        member("k", "2")))))))), "line 1, column 306, member Value/OpaqueRef:a/m/k",
                "the key \"k\" occurs twice in the map; expected each key once");
    }

    @Test
    void aResultWithoutStatusOrValueOrWithSomethingElse() {
        says(refused("<methodResponse><params><param><value><struct>" + member("Value", "<struct/>")
                + "</struct></value></param></params></methodResponse>"), "line 1, column 123",
                "the XenAPI result has no Status; expected Status Success with a Value");
        says(refused("<methodResponse><params><param><value><struct>" + member("Status", "Success")
                + "</struct></value></param></params></methodResponse>"), "line 1, column 122",
                "the Status is Success but there is no Value; expected the records keyed by OpaqueRef");
        says(refused("<methodResponse><params><param><value><struct>" + member("Status", "Maybe")
                + member("Value", "<struct/>") + "</struct></value></param></params></methodResponse>"),
                "line 1, column 81, member Status", "expected the Status Success or Failure, got \"Maybe\"");
        says(refused("<methodResponse><params><param><value><struct>" + member("Status", "Success")
                + member("Extra", "x") + "</struct></value></param></params></methodResponse>"),
                "line 1, column 138, member Extra",
                "unexpected member \"Extra\" in the XenAPI result; expected Status, Value or ErrorDescription");
        says(refused("<methodResponse><params><param><value><struct>" + member("Status", "Success")
                + member("Status", "Success") + "</struct></value></param></params></methodResponse>"),
                "line 1, column 139, member Status",
                "the member Status occurs twice in the XenAPI result; expected it once");
        says(refused("<methodResponse><params><param><value>raw</value></param></params></methodResponse>"),
                "line 1, column 50", "expected the XenAPI result, a <struct> with Status and Value, got the text \"raw\"");
    }

    @Test
    void somethingAfterTheResponse() {
        says(refused(ok("<struct/>") + "<methodResponse/>"), "line 1, column 216",
                "The markup in the document following the root element must be well-formed");
    }

    @Test
    void aFailingStreamThrowsItsOwnException() {
        IOException broken = new IOException("disk gone");
        InputStream in = new InputStream() {
            private int left = 100;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return ' ';
                }
                throw broken;
            }
        };
        IOException e = assertThrows(IOException.class, () -> XmlRpcRecords.read(in, "in", "host"));
        assertSame(broken, e);
    }

    @Test
    void quotedTextIsEscaped() {
        XapiImportException e = refused(ok(struct(member("OpaqueRef:a", struct(member("enabled",
                "<boolean>1\n\u202E0</boolean>"))))));

        says(e, "line 2, column 13, member Value/OpaqueRef:a/enabled",
                "expected 1 or 0 in <boolean>, got \"1\\n\\u202E0\"");
    }
}
