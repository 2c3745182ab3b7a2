package io.github.xenpool.core.xapi;

import io.github.xenpool.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one JSON-RPC response body, token by token, for {@link JsonRpcRecords}: the one class of
 * pool-core that uses Jackson, loaded only when Jackson is there.
 */
final class JsonRpcReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)   // the caller's stream stays open
            .build();

    private static final String SCALARS = "a string, a number or a boolean";

    private final JsonParser json;
    private final String source;
    private final String xapiClass;
    private final String ref;
    private final List<ImportWarning> warnings = new ArrayList<>();

    private JsonRpcReader(JsonParser json, String source, String xapiClass, String ref) {
        this.json = json;
        this.source = source;
        this.xapiClass = xapiClass;
        this.ref = ref;
    }

    static XapiRecords read(InputStream in, String source, String xapiClass, String ref) throws IOException {
        JsonParser json;
        try {
            json = FACTORY.createParser(ObjectReadContext.empty(), in);
        } catch (JacksonException e) {
            throw wrap(e, source, "");
        }
        try {
            return new JsonRpcReader(json, source, xapiClass, ref).response();
        } catch (JacksonException e) {
            throw wrap(e, source, pointer(json));
        } finally {
            try {
                json.close();
            } catch (JacksonException e) {
                // Closing frees the parser only; what was read stands.
            }
        }
    }

    /**
     * Tells whether a JSON document is a JSON-RPC response: an object with a {@code result},
     * {@code error} or {@code jsonrpc} member at its top level. Reads only as far as it must; a
     * document that is broken before such a member is not one.
     */
    static boolean isResponse(InputStream in) throws IOException {
        try (JsonParser json = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = json.currentName();
                if (name.equals("result") || name.equals("error") || name.equals("jsonrpc")) {
                    return true;
                }
                json.nextToken();
                json.skipChildren();
            }
            return false;
        } catch (JacksonException e) {
            if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            return false;
        }
    }

    /** The response object, to the end of the document. */
    private XapiRecords response() {
        JsonToken token = json.nextToken();
        if (token == null) {
            throw fail("expected a JSON-RPC response, an object with \"result\" or \"error\", got an empty document");
        }
        if (token != JsonToken.START_OBJECT) {
            throw fail("expected a JSON-RPC response, an object with \"result\" or \"error\", got " + describe(token));
        }
        XapiRecords.Builder records = null;
        boolean nullResult = false;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            switch (name) {
                case "result" -> {
                    if (value == JsonToken.VALUE_NULL) {
                        nullResult = true;
                    } else {
                        records = result(value);
                    }
                }
                case "error" -> {
                    if (value != JsonToken.VALUE_NULL) {
                        throw error(value);
                    }
                }
                default -> json.skipChildren();   // "jsonrpc", "id", and whatever else a server adds
            }
        }
        if (records == null) {
            throw fail(nullResult
                    ? "the result is null and there is no error; expected " + RpcResults.expectedResult(ref)
                    : "expected \"result\" or \"error\" in the JSON-RPC response, found neither");
        }
        token = json.nextToken();
        if (token != null) {
            throw fail("expected the end of the document after the response, got " + describe(token));
        }
        warnings.forEach(records::warning);
        return records.build();
    }

    /** The result, at its first token: records by OpaqueRef, or one record. */
    private XapiRecords.Builder result(JsonToken token) {
        if (token != JsonToken.START_OBJECT) {
            throw fail("expected an object of " + RpcResults.expectedResult(ref) + ", got " + describe(token));
        }
        String at = location();
        XapiRecords.Builder builder = XapiRecords.builder(source).xapiClass(xapiClass);
        if (json.nextToken() != JsonToken.PROPERTY_NAME) {
            if (ref != null) {
                throw fail("expected " + RpcResults.expectedResult(ref) + ", got an empty object");
            }
            return builder;
        }
        String first = json.currentName();
        if (RpcResults.isRef(first) && ref == null) {
            do {
                String name = json.currentName();
                if (!RpcResults.isRef(name)) {
                    throw fail("expected an OpaqueRef naming a record, as the keys before it, got "
                            + RpcResults.quote(name));
                }
                JsonToken value = json.nextToken();
                if (value != JsonToken.START_OBJECT) {
                    throw fail("expected an object holding the record of " + Text.name(name) + ", got "
                            + describe(value));
                }
                String recordAt = location();
                Map<String, XapiValue> fields = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                    field(fields);
                }
                builder.add(XapiRecord.of(xapiClass, name, fields, source, recordAt));
            } while (json.nextToken() == JsonToken.PROPERTY_NAME);
        } else {
            if (RpcResults.isRef(first)) {
                throw fail("expected " + RpcResults.expectedResult(ref) + ", got a key " + RpcResults.quote(first)
                        + ", as the records of get_all_records are");
            }
            Map<String, XapiValue> fields = new LinkedHashMap<>();
            do {
                if (RpcResults.isRef(json.currentName())) {
                    throw fail("expected a field of the record, as the keys before it, got an OpaqueRef "
                            + RpcResults.quote(json.currentName())
                            + ": a result is either records by OpaqueRef or one record");
                }
                field(fields);
            } while (json.nextToken() == JsonToken.PROPERTY_NAME);
            builder.add(RpcResults.record(xapiClass, ref, fields, source, at));
        }
        return builder;
    }

    /** One field of a record, at its name. */
    private void field(Map<String, XapiValue> fields) {
        String name = json.currentName();
        JsonToken token = json.nextToken();
        String at = location();
        boolean hasNull = token == JsonToken.VALUE_NULL;
        XapiValue value = null;
        if (token == JsonToken.START_OBJECT) {
            Map<String, String> pairs = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = json.currentName();
                JsonToken item = json.nextToken();
                hasNull |= item == JsonToken.VALUE_NULL;
                pairs.put(key, item == JsonToken.VALUE_NULL ? "" : scalar(item, "a map"));
            }
            value = XapiValue.map(pairs);
        } else if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
                hasNull |= item == JsonToken.VALUE_NULL;
                items.add(item == JsonToken.VALUE_NULL ? "" : scalar(item, "a set"));
            }
            value = XapiValue.set(items);
        } else if (!hasNull) {
            value = XapiValue.text(scalar(token, "a record"));
        }
        if (hasNull) {
            warnings.add(new ImportWarning(source, at, "null " + (token == JsonToken.VALUE_NULL ? "is" : "is in")
                    + " the value of the field " + RpcResults.quote(name) + ", which XenAPI never sends; the field "
                    + "is left out"));
        } else {
            fields.put(name, value);
        }
    }

    /** A string, number or boolean, as text. */
    private String scalar(JsonToken token, String container) {
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> throw fail("expected " + SCALARS + " in " + container + ", got " + describe(token)
                    + (container.equals("a record") ? "" : "; XenAPI maps and sets hold single values"));
        };
    }

    /** The error, at its first token, as an exception quoting it. */
    private XapiImportException error(JsonToken token) {
        String at = location();
        if (token != JsonToken.START_OBJECT) {
            return new XapiImportException(source, at, "the JSON-RPC call failed: " + render(token)
                    + "; expected a result");
        }
        String code = null;
        String message = null;
        List<String> data = null;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            switch (name) {
                case "code" -> code = render(value);
                case "message" -> message = value == JsonToken.VALUE_STRING ? json.getText() : render(value);
                case "data" -> {
                    data = new ArrayList<>();
                    if (value == JsonToken.START_ARRAY) {
                        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
                            data.add(item == JsonToken.VALUE_STRING ? json.getText() : render(item));
                        }
                    } else {
                        data.add(value == JsonToken.VALUE_STRING ? json.getText() : render(value));
                    }
                }
                default -> json.skipChildren();
            }
        }
        List<String> description = new ArrayList<>();
        description.add(message == null ? "(no message)" : message);
        if (data != null) {
            description.addAll(data);
        }
        return new XapiImportException(source, at, RpcResults.failure(description) + " (JSON-RPC error code "
                + (code == null ? "none" : code) + "); expected a result");
    }

    /** Any value, at its first token, as short text for a message. */
    private String render(JsonToken token) {
        StringBuilder text = new StringBuilder();
        render(token, text);
        return Text.printable(text.toString(), RpcResults.QUOTE_LIMIT);
    }

    private void render(JsonToken token, StringBuilder text) {
        switch (token) {
            case START_OBJECT -> {
                text.append('{');
                String separator = "";
                while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                    text.append(separator).append(json.currentName()).append(": ");
                    render(json.nextToken(), text);
                    separator = ", ";
                }
                text.append('}');
            }
            case START_ARRAY -> {
                text.append('[');
                String separator = "";
                for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
                    text.append(separator);
                    render(item, text);
                    separator = ", ";
                }
                text.append(']');
            }
            case VALUE_STRING -> text.append('"').append(json.getText()).append('"');
            default -> text.append(json.getText());
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private XapiImportException fail(String problem) {
        return new XapiImportException(source, location(), problem);
    }

    private String location() {
        return where(json.currentTokenLocation(), pointer(json));
    }

    private static String pointer(JsonParser json) {
        try {
            return json.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String where(TokenStreamLocation location, String pointer) {
        String at = location == null || location.getLineNr() < 0
                ? "at the end"
                : "line " + location.getLineNr() + ", column " + Math.max(1, location.getColumnNr());   // 0 at the end
        return pointer.isEmpty() ? at : at + ", at " + Text.printable(pointer, 2 * RpcResults.QUOTE_LIMIT);
    }

    private static XapiImportException wrap(JacksonException e, String source, String pointer) throws IOException {
        if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
            throw (IOException) e.getCause();
        }
        String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
        return new XapiImportException(source, where(e.getLocation(), pointer), "malformed or truncated JSON: "
                + Text.printable(message, 2 * RpcResults.QUOTE_LIMIT) + "; expected a complete JSON-RPC response", e);
    }
}
