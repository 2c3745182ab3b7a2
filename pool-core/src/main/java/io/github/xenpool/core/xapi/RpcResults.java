package io.github.xenpool.core.xapi;

import io.github.xenpool.core.internal.Text;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the XML-RPC and the JSON-RPC readers share: the checks of their arguments and the telling
 * apart of a {@code get_all_records} result (every key an OpaqueRef) from a {@code get_record}
 * result (the fields of one record).
 */
final class RpcResults {

    /** How every XenAPI reference starts. */
    static final String REF_PREFIX = "OpaqueRef:";

    /** The most characters of a value that a message quotes. */
    static final int QUOTE_LIMIT = 200;

    private RpcResults() {
    }

    static void checkClass(String xapiClass) {
        Objects.requireNonNull(xapiClass, "xapiClass");
        if (xapiClass.isBlank()) {
            throw new IllegalArgumentException("the XenAPI class of the records must not be blank, such as host or VM");
        }
    }

    static void checkRef(String ref) {
        Objects.requireNonNull(ref, "ref");
        if (!isRef(ref) || ref.equals(REF_PREFIX + "NULL")) {
            throw new IllegalArgumentException("expected the OpaqueRef of an object, such as OpaqueRef:0b1c…, got "
                    + Text.quoted(ref));
        }
    }

    /** A record read, with its reference, or without one when the source gives none. */
    static XapiRecord record(String xapiClass, String ref, Map<String, XapiValue> fields, String source,
            String location) {
        return ref == null ? XapiRecord.withoutRef(xapiClass, fields, source, location)
                : XapiRecord.of(xapiClass, ref, fields, source, location);
    }

    static boolean isRef(String key) {
        return key.startsWith(REF_PREFIX);
    }

    /** Quotes a value from the source for a message: escaped and cut. */
    static String quote(String text) {
        return '"' + Text.printable(text, QUOTE_LIMIT) + '"';
    }

    /** Quotes a list of values from the source, such as a XenAPI error's parameters. */
    static String quote(List<String> items) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(quote(items.get(i)));
        }
        return text.append(']').toString();
    }

    /** The message of a XenAPI failure: its code and parameters, as {@code HANDLE_INVALID ["VM", "OpaqueRef:9"]}. */
    static String failure(List<String> description) {
        if (description.isEmpty()) {
            return "the XenAPI call failed, with no error code";
        }
        return "the XenAPI call failed: " + Text.printable(description.get(0), QUOTE_LIMIT) + " "
                + quote(description.subList(1, description.size()));
    }

    static String expectedResult(String ref) {
        return ref == null
                ? "the records keyed by OpaqueRef (get_all_records) or the fields of one record (get_record)"
                : "the fields of the record of " + ref + " (get_record)";
    }
}
