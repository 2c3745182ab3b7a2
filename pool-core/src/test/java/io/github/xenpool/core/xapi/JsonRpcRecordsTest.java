package io.github.xenpool.core.xapi;

import static io.github.xenpool.core.xapi.RpcSamples.json;
import static io.github.xenpool.core.xapi.RpcSamples.map;
import static io.github.xenpool.core.xapi.RpcSamples.set;
import static io.github.xenpool.core.xapi.RpcSamples.stream;
import static io.github.xenpool.core.xapi.RpcSamples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** JSON-RPC responses: the one of xapi's SDK test spec, and every kind of bad body. */
class JsonRpcRecordsTest {

    private static final String WIN11 = "OpaqueRef:6ef08bce-0bf0-30ff-804f-5f0ee4bbdd13";
    private static final String UBUNTU = "OpaqueRef:7cdfad16-7e0e-411f-1b6c-4308fd33b164";

    /**
     * The JSON-RPC response body in xapi's SDK test spec. The file is not a response itself: it
     * maps a test name to the method, its parameters and the {@code expected_result} of each
     * method, and that expected result, {@code {"result": {ref: record, …}}}, is what a client
     * reads from the wire. This cuts that object out of the file, byte for byte (so numbers such
     * as {@code 1.0} keep their spelling), without parsing it into anything else.
     */
    static String vmGetAllRecordsBody() {
        String spec = RpcSamples.text(RpcSamples.VM_SPEC);
        try (JsonParser json = new JsonFactory().createParser(spec)) {
            List<String> path = List.of("xapi-24/vm_get_all_records_02", "expected_result", "VM.get_all_records");
            int depth = 0;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && json.currentName().equals(path.get(depth))
                        && json.streamReadContext().getNestingDepth() == depth + 1) {
                    depth++;
                    if (depth == path.size()) {
                        json.nextToken();
                        int start = (int) json.currentTokenLocation().getCharOffset();
                        json.skipChildren();
                        int end = (int) json.currentTokenLocation().getCharOffset() + 1;
                        return spec.substring(start, end);
                    }
                }
            }
        }
        throw new AssertionError("no expected_result of VM.get_all_records in " + RpcSamples.VM_SPEC);
    }

    // ---- the real response ----------------------------------------------------------------------

    @Test
    void theSpecFileItselfIsNoResponse() {
        XapiImportException e = assertThrows(XapiImportException.class,
                () -> JsonRpcRecords.read(stream(RpcSamples.text(RpcSamples.VM_SPEC)), "spec.json", "VM"));
        assertTrue(e.getMessage().contains("expected \"result\" or \"error\" in the JSON-RPC response, found neither"),
                e.getMessage());
    }

    @Test
    void readsBothVmsOfTheSdkSpec() throws IOException {
        String body = vmGetAllRecordsBody();
        assertTrue(body.startsWith("{\n          \"result\": {\n            \"" + WIN11 + "\""), body);

        XapiRecords records = json(body, "VM");

        assertEquals(2, records.all("VM").size());
        assertEquals(List.of(WIN11, UBUNTU), records.all("VM").stream().map(r -> r.ref().orElseThrow()).toList());
        assertEquals(List.of("win11-x64", "ubuntu2204"), records.all("vm").stream().map(r -> text(r, "name_label"))
                .toList());
        assertEquals(List.of(), records.warnings());
        XapiRecord win11 = records.byRef(WIN11).orElseThrow();
        XapiRecord ubuntu = records.byRef(UBUNTU).orElseThrow();
        assertEquals(90, win11.fieldNames().size());
        assertEquals(13, ubuntu.fieldNames().size());
        assertEquals(Optional.of("c5db1298-3e97-53bb-4f97-bd039ca8c217"), win11.uuid());
        assertSame(ubuntu, records.byUuid("VM", "060AEE48-7DED-D2BD-6F0F-F224BD99C960").orElseThrow());
    }

    @Test
    void keepsNumbersAsTheirTextAndBooleansAsWords() throws IOException {
        XapiRecords records = json(vmGetAllRecordsBody(), "VM");
        XapiRecord win11 = records.byRef(WIN11).orElseThrow();
        XapiRecord ubuntu = records.byRef(UBUNTU).orElseThrow();

        assertEquals("1.0", text(win11, "HVM_shadow_multiplier"));
        assertEquals("1.0", text(ubuntu, "HVM_shadow_multiplier"));
        assertEquals("8589934592", text(win11, "memory_static_max"));
        assertEquals("4294967296", text(ubuntu, "memory_static_max"));
        assertEquals("2", text(win11, "VCPUs_max"));
        assertEquals("50", text(win11, "domid"));
        assertEquals("0", text(win11, "order"));
        assertEquals("false", text(win11, "is_a_template"));
        assertEquals("false", text(win11, "ha_always_run"));
        assertEquals("2023-07-29T13:20:01Z", text(win11, "snapshot_time"));
        assertEquals("OpaqueRef:NULL", text(win11, "affinity"));
        assertEquals("", text(win11, "PV_args"));
    }

    @Test
    void readsMapsSetsAndEmptyOnes() throws IOException {
        XapiRecord win11 = json(vmGetAllRecordsBody(), "VM").byRef(WIN11).orElseThrow();

        assertEquals(Map.of("firmware", "uefi", "order", "cd"), map(win11, "HVM_boot_params"));
        assertEquals("GenuineIntel", map(win11, "last_boot_CPU_flags").get("vendor"));
        assertEquals("1fcbfbff-f7fa3203-2c100800-00000021-00000001-000007ab-00000000-00000000-00101000-bc000400-"
                + "00000000-00000000-00000000-00000000-00000000-00000000-04000000-00000000-00000000-00000000-00000000-"
                + "00000000", map(win11, "last_boot_CPU_flags").get("features"));
        assertEquals(20, map(win11, "platform").size());
        assertEquals("2", map(win11, "platform").get("cores-per-socket"));
        assertEquals(XapiValue.map(Map.of()), win11.field("blobs").orElseThrow());
        assertEquals(Map.of(), map(win11, "current_operations"));
        assertEquals(XapiValue.set(List.of()), win11.field("VGPUs").orElseThrow());
        assertEquals(List.of(), set(win11, "tags"));
        assertEquals(List.of("OpaqueRef:f7ef1069-2538-089a-2a77-e42e3b9e336c",
                "OpaqueRef:c92a38a8-87aa-2d04-622f-84a788d9f9ef", "OpaqueRef:e3e47cc5-5752-df57-b3a3-89bcc7336397"),
                set(win11, "VBDs"));
        assertEquals(12, set(win11, "allowed_operations").size());
        assertTrue(text(win11, "recommendations").startsWith("<restrictions><restriction field=\"memory-static-max\""));
    }

    @Test
    void recordsKnowTheirSourceAndPlace() throws IOException {
        XapiRecords records = json(vmGetAllRecordsBody(), "VM");

        assertEquals("test.json", records.source());
        assertEquals("line 3, column 63, at /result/" + WIN11, records.byRef(WIN11).orElseThrow().location());
        assertEquals("line 175, column 63, at /result/" + UBUNTU, records.byRef(UBUNTU).orElseThrow().location());
    }

    @Test
    void readsAFileByPathAndNamesItAsGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vms.json");
        Files.writeString(file, vmGetAllRecordsBody());

        XapiRecords records = JsonRpcRecords.read(file, "VM");

        assertEquals(file.toString(), records.source());
        assertEquals(2, records.all("VM").size());
        assertThrows(NoSuchFileException.class, () -> JsonRpcRecords.read(dir.resolve("none.json"), "VM"));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(vmGetAllRecordsBody().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JsonRpcRecords.read(in, "in", "VM");
        assertFalse(closed[0]);
    }

    // ---- hand-written responses ------------------------------------------------------------------

    @Test
    void readsAJsonRpc2EnvelopeInAnyOrder() throws IOException {
        XapiRecords records = json("{\"id\": 7, \"result\": {\"OpaqueRef:a\": {\"uuid\": \"u\"}}, \"jsonrpc\": \"2.0\"}",
                "host");

        assertEquals(Optional.of("u"), records.byRef("OpaqueRef:a").orElseThrow().uuid());
    }

    @Test
    void readsAJsonRpc1EnvelopeWithItsNullError() throws IOException {
        XapiRecords records = json("{\"result\": {}, \"error\": null, \"id\": 1}", "PIF");

        assertTrue(records.has("PIF"));
        assertEquals(List.of(), records.all("PIF"));
    }

    @Test
    void readsEveryScalar() throws IOException {
        XapiRecord record = json("{\"result\": {\"OpaqueRef:a\": {\"s\": \" a\\u00e9\\n\", \"i\": -42, \"big\": "
                + "123456789012345678901234567890, \"f\": 1.50, \"e\": 1E+3, \"t\": true, \"n\": false}}}", "VM")
                .all("VM").get(0);

        assertEquals(" a\u00e9\n", text(record, "s"));
        assertEquals("-42", text(record, "i"));
        assertEquals("123456789012345678901234567890", text(record, "big"));
        assertEquals("1.50", text(record, "f"));
        assertEquals("1E+3", text(record, "e"));
        assertEquals("true", text(record, "t"));
        assertEquals("false", text(record, "n"));
    }

    @Test
    void aGetRecordResponseIsOneRecordWithoutReference() throws IOException {
        XapiRecords records = json("{\"jsonrpc\": \"2.0\", \"result\": {\"uuid\": \"u-1\", \"name_label\": \"Pool-wide "
                + "network associated with eth0\", \"MTU\": 1500}, \"id\": 3}", "network");

        XapiRecord network = records.all("network").get(0);
        assertEquals(Optional.empty(), network.ref());
        assertEquals("1500", text(network, "MTU"));
        assertEquals("line 1, column 30, at /result", network.location());
    }

    @Test
    void readRecordGivesTheRecordItsReference() throws IOException {
        XapiRecords records = JsonRpcRecords.readRecord(stream("{\"result\": {\"uuid\": \"u-1\"}}"), "n.json",
                "network", "OpaqueRef:n");

        assertEquals(Optional.of("OpaqueRef:n"), records.all("network").get(0).ref());
    }

    @Test
    void aNullValueLeavesTheFieldOutWithAWarning() throws IOException {
        XapiRecords records = json("{\"result\": {\"OpaqueRef:a\": {\"uuid\": \"u\", \"affinity\": null,\n"
                + "\"other_config\": {\"k\": null}, \"tags\": [\"x\", null]}}}", "VM");

        XapiRecord vm = records.all("VM").get(0);
        assertEquals(List.of("uuid"), List.copyOf(vm.fieldNames()));
        assertEquals(List.of(
                new ImportWarning("test.json", "line 1, column 54, at /result/OpaqueRef:a/affinity",
                        "null is the value of the field \"affinity\", which XenAPI never sends; the field is left out"),
                new ImportWarning("test.json", "line 2, column 17, at /result/OpaqueRef:a/other_config",
                        "null is in the value of the field \"other_config\", which XenAPI never sends; the field is "
                                + "left out"),
                new ImportWarning("test.json", "line 2, column 38, at /result/OpaqueRef:a/tags",
                        "null is in the value of the field \"tags\", which XenAPI never sends; the field is left out")),
                records.warnings());
    }

    @Test
    void refusesBlankClassesAndReferencesThatAreNone() {
        assertThrows(IllegalArgumentException.class, () -> json("{\"result\": {}}", ""));
        assertThrows(IllegalArgumentException.class,
                () -> JsonRpcRecords.readRecord(stream("{}"), "t", "SR", "OpaqueRef:NULL"));
        assertThrows(NullPointerException.class, () -> JsonRpcRecords.read(stream("{}"), "t", null));
    }

    @Test
    void findsJacksonWhereItIsAndNamesTheDependencyWhereItIsNot() {
        // JsonRpcRecordsWithoutJacksonTest checks the other side, with Jackson off the class path.
        ClassLoader loader = getClass().getClassLoader();
        assertTrue(JsonRpcRecords.isPresent(JsonRpcRecords.JACKSON_CLASS, loader));
        assertFalse(JsonRpcRecords.isPresent("tools.jackson.core.NoSuchClass", loader));
        String message = JsonRpcRecords.jacksonMissing().getMessage();
        assertTrue(message.contains("add the dependency tools.jackson.core:jackson-databind (version 3, such as 3.3.0)"),
                message);
        assertTrue(message.contains("--add-modules tools.jackson.databind"), message);
    }

    // ---- bad bodies ------------------------------------------------------------------------------

    private static XapiImportException refused(String body) {
        return assertThrows(XapiImportException.class, () -> json(body, "VM"));
    }

    /** Checks the parts of the message: source, place and what was expected. */
    private static void says(XapiImportException e, String location, String... parts) {
        assertEquals("test.json", e.source());
        assertEquals(location, e.location());
        assertTrue(e.getMessage().startsWith("test.json, " + location + ": "), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "no «" + part + "» in: " + e.getMessage());
        }
    }

    @Test
    void malformedJson() {
        says(refused("{\"result\": {\"OpaqueRef:a\": {\"uuid\": 'u'}}}"), "line 1, column 37, at /result/OpaqueRef:a/uuid",
                "malformed or truncated JSON: Unexpected character ('''", "expected a complete JSON-RPC response");
        says(refused("{\"result\": {,}}"), "line 1, column 13, at /result", "malformed or truncated JSON: ");
    }

    @Test
    void aTruncatedBodyNamesWhereItStops() {
        String whole = vmGetAllRecordsBody();
        String cut = whole.substring(0, whole.indexOf("\"viridian_stimer\""));
        XapiImportException e = refused(cut);

        says(e, "line 144, column 19, at /result/" + WIN11 + "/platform/viridian_reference_tsc",
                "malformed or truncated JSON: Unexpected end-of-input", "expected a complete JSON-RPC response");
        assertTrue(e.getCause() instanceof tools.jackson.core.JacksonException);
    }

    @Test
    void anEmptyBody() {
        says(refused(""), "line 1, column 1",
                "expected a JSON-RPC response, an object with \"result\" or \"error\", got an empty document");
    }

    @Test
    void anotherDocument() {
        says(refused("[1, 2]"), "line 1, column 1",
                "expected a JSON-RPC response, an object with \"result\" or \"error\", got an array");
        says(refused("{\"method\": \"VM.get_all_records\", \"params\": [\"s\"]}"), "line 1, column 49",
                "expected \"result\" or \"error\" in the JSON-RPC response, found neither");
    }

    @Test
    void anErrorQuotesItsCodeMessageAndData() {
        says(refused("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": 1, \"message\": \"HANDLE_INVALID\", "
                + "\"data\": [\"VM\", \"OpaqueRef:9\"]}, \"id\": 2}"), "line 1, column 29, at /error",
                "the XenAPI call failed: HANDLE_INVALID [\"VM\", \"OpaqueRef:9\"] (JSON-RPC error code 1); "
                        + "expected a result");
        // JSON-RPC 1.0 writes the result as null beside the error.
        says(refused("{\"result\": null, \"error\": {\"code\": -32601, \"message\": \"Method not found\"}}"),
                "line 1, column 27, at /error",
                "the XenAPI call failed: Method not found [] (JSON-RPC error code -32601)");
        says(refused("{\"error\": \"SESSION_INVALID\"}"), "line 1, column 11, at /error",
                "the JSON-RPC call failed: \"SESSION_INVALID\"; expected a result");
    }

    @Test
    void aNullResultWithoutError() {
        says(refused("{\"result\": null, \"error\": null}"), "line 1, column 31",
                "the result is null and there is no error; expected the records keyed by OpaqueRef");
    }

    @Test
    void aResultThatIsNotAnObject() {
        // VM.get_by_name_label answers with an array of references, not records.
        says(refused("{\"result\": [\"OpaqueRef:a\"]}"), "line 1, column 12, at /result",
                "expected an object of the records keyed by OpaqueRef (get_all_records) or the fields of one record "
                        + "(get_record), got an array");
    }

    @Test
    void aRecordThatIsNotAnObject() {
        says(refused("{\"result\": {\"OpaqueRef:a\": \"u\"}}"), "line 1, column 28, at /result/OpaqueRef:a",
                "expected an object holding the record of OpaqueRef:a, got a string");
        says(refused("{\"result\": {\"OpaqueRef:a\": [{}]}}"), "line 1, column 28, at /result/OpaqueRef:a",
                "expected an object holding the record of OpaqueRef:a, got an array");
    }

    @Test
    void referencesAndFieldNamesDoNotMix() {
        says(refused("{\"result\": {\"OpaqueRef:a\": {}, \"uuid\": \"u\"}}"), "line 1, column 32, at /result/uuid",
                "expected an OpaqueRef naming a record, as the keys before it, got \"uuid\"");
        says(refused("{\"result\": {\"uuid\": \"u\", \"OpaqueRef:a\": {}}}"), "line 1, column 26, at /result/OpaqueRef:a",
                "expected a field of the record, as the keys before it, got an OpaqueRef \"OpaqueRef:a\"");
    }

    @Test
    void readRecordRefusesAGetAllRecordsResponseAndAnEmptyOne() {
        XapiImportException e = assertThrows(XapiImportException.class, () -> JsonRpcRecords.readRecord(
                stream("{\"result\": {\"OpaqueRef:a\": {}}}"), "test.json", "VM", "OpaqueRef:v"));
        says(e, "line 1, column 13, at /result/OpaqueRef:a", "expected the fields of the record of OpaqueRef:v "
                + "(get_record), got a key \"OpaqueRef:a\", as the records of get_all_records are");

        e = assertThrows(XapiImportException.class, () -> JsonRpcRecords.readRecord(stream("{\"result\": {}}"),
                "test.json", "VM", "OpaqueRef:v"));
        says(e, "line 1, column 13, at /result",
                "expected the fields of the record of OpaqueRef:v (get_record), got an empty object");
    }

    @Test
    void nestedObjectsAndArraysInARecord() {
        says(refused("{\"result\": {\"OpaqueRef:a\": {\"cpu_info\": {\"vendor\": {\"id\": \"GenuineIntel\"}}}}}"),
                "line 1, column 52, at /result/OpaqueRef:a/cpu_info/vendor",
                "expected a string, a number or a boolean in a map, got an object; XenAPI maps and sets hold single "
                        + "values");
        says(refused("{\"result\": {\"OpaqueRef:a\": {\"tags\": [\"x\", [\"y\"]]}}}"),
                "line 1, column 43, at /result/OpaqueRef:a/tags/1",
                "expected a string, a number or a boolean in a set, got an array");
    }

    @Test
    void twiceTheSameKeyOrField() {
        says(refused("{\"result\": {\"OpaqueRef:a\": {}, \"OpaqueRef:a\": {}}}"), "line 1, column 45, at /result/OpaqueRef:a",
                "malformed or truncated JSON: Duplicate Object property \"OpaqueRef:a\"");
        says(refused("{\"result\": {\"OpaqueRef:a\": {\"name_label\": \"x\", \"name-label\": \"y\"}}}"),
                "line 1, column 28, at /result/OpaqueRef:a",
                "the field \"name-label\" occurs twice (as \"name_label\" too); a record has each field once");
        says(refused("{\"result\": {}, \"result\": {}}"), "line 1, column 24, at /result",
                "Duplicate Object property \"result\"");
    }

    @Test
    void somethingAfterTheResponse() {
        says(refused("{\"result\": {}} {\"result\": {}}"), "line 1, column 16",
                "expected the end of the document after the response, got an object");
        says(refused("{\"result\": {}} x"), "line 1, column 16", "malformed or truncated JSON: Unrecognized token 'x'");
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
        IOException e = assertThrows(IOException.class, () -> JsonRpcRecords.read(in, "in", "VM"));
        assertSame(broken, e);
    }

    @Test
    void quotedTextIsEscaped() {
        says(refused("{\"result\": {\"OpaqueRef:a\": {}, \"x\\u001B[2J\\u202E\": 1}}"),
                "line 1, column 32, at /result/x\\u001B[2J\\u202E",
                "got \"x\\u001B[2J\\u202E\"");
    }
}
