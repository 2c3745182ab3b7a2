package io.github.xenpool.core.xapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The real XML-RPC and JSON-RPC bodies in {@code samples/xapi-rpc} (their origin and licence in
 * {@code _SOURCES.tsv} there), and helpers to read them and hand-written bodies.
 */
final class RpcSamples {

    /** fog's cassette of {@code host.get_all_records} with two hosts (XenServer 6.2.0). */
    static final String TWO_HOSTS = "xmlrpc-response__fog-xenserver-get_all_hosts__xs6.2.0-host.get_all_records.xml";

    /** fog's cassette of {@code host.get_all_records} with one host (XenServer 6.2.0). */
    static final String ONE_HOST =
            "xmlrpc-response__fog-xenserver-create_server_get_all_hosts__xs6.2.0-host.get_all_records.xml";

    /** xapi's SDK test spec of {@code VM.get_all_records} (xapi 24). */
    static final String VM_SPEC = "jsonrpc-spec__xen-api-sdk-component-test-vm_get_all_records__xapi24.json";

    private RpcSamples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = RpcSamples.class.getResourceAsStream("samples/xapi-rpc/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static XapiRecords xml(String body, String xapiClass) throws IOException {
        return XmlRpcRecords.read(stream(body), "test.xml", xapiClass);
    }

    static XapiRecords json(String body, String xapiClass) throws IOException {
        return JsonRpcRecords.read(stream(body), "test.json", xapiClass);
    }

    /** The scalar value of a field, or a failure when the record has no such field. */
    static String text(XapiRecord record, String field) {
        return record.field(field).orElseThrow(() -> new AssertionError("no field " + field + " in " + record))
                .asText(record.where(field));
    }

    static java.util.Map<String, String> map(XapiRecord record, String field) {
        return record.field(field).orElseThrow(() -> new AssertionError("no field " + field + " in " + record))
                .asMap(record.where(field));
    }

    static java.util.List<String> set(XapiRecord record, String field) {
        return record.field(field).orElseThrow(() -> new AssertionError("no field " + field + " in " + record))
                .asSet(record.where(field));
    }
}
