package io.github.xenpool.core.xapi;

import io.github.xenpool.core.internal.Text;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one XML-RPC response body, event by event, for {@link XmlRpcRecords}. Keeps the names of
 * the struct members it is inside, for the messages.
 */
final class XmlRpcReader {

    private static final Set<String> SCALARS = Set.of("string", "int", "i4", "i8", "boolean", "double",
            "dateTime.iso8601");
    private static final String VALUES = "a bare string, <string>, <int>, <i4>, <boolean>, <double>, "
            + "<dateTime.iso8601>, <struct> or <array>";
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    /** A decimal number, with an exponent or not, as xapi writes floats ({@code 1.}, {@code 0.5}, {@code 1e-05}). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private final XMLStreamReader xml;
    private final String source;
    private final String xapiClass;
    private final String ref;
    private final Deque<String> members = new ArrayDeque<>();

    private XmlRpcReader(XMLStreamReader xml, String source, String xapiClass, String ref) {
        this.xml = xml;
        this.source = source;
        this.xapiClass = xapiClass;
        this.ref = ref;
    }

    static XapiRecords read(InputStream in, String source, String xapiClass, String ref) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml;
        try {
            // The JDK's reader closes the stream at the end of the document; the caller owns it.
            xml = factory.createXMLStreamReader(new FilterInputStream(in) {
                @Override
                public void close() {
                    // left open
                }
            });
        } catch (XMLStreamException e) {
            throw wrap(e, source, e.getLocation(), "");
        }
        try {
            return new XmlRpcReader(xml, source, xapiClass, ref).response();
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing frees the parser only; what was read stands.
            }
        }
    }

    /** {@code <methodResponse>}, to the end of the document. */
    private XapiRecords response() throws IOException {
        int event = next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw fail("a DOCTYPE is not read here; expected <methodResponse> without one");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("expected <methodResponse>, got an empty document");
            }
            if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                throw fail("expected <methodResponse>, got the text " + RpcResults.quote(xml.getText()));
            }
            event = next();
        }
        if (!xml.getLocalName().equals("methodResponse")) {
            throw fail("expected <methodResponse>, got <" + xml.getLocalName()
                    + ">: this is not the body of an XML-RPC response");
        }
        String child = startAny("<params> or <fault>");
        XapiRecords records;
        if (child.equals("fault")) {
            throw fault();
        } else if (child.equals("params")) {
            start("param");
            start("value");
            records = wrapper();
            end("param");
            end("params");
        } else {
            throw fail("expected <params> or <fault> in <methodResponse>, got <" + child + ">");
        }
        end("methodResponse");
        event = next();
        while (event != XMLStreamConstants.END_DOCUMENT) {
            event = next();   // the parser refuses anything but comments and spaces here
        }
        return records;
    }

    /** The XenAPI wrapper: a struct with Status and Value, or ErrorDescription. */
    private XapiRecords wrapper() throws IOException {
        Opened opened = openValue();
        if (!"struct".equals(opened.element)) {
            throw fail("expected the XenAPI result, a <struct> with Status and Value, got " + opened.describe());
        }
        String status = null;
        String statusAt = null;
        List<String> errorDescription = null;
        String errorAt = null;
        XapiRecords records = null;
        while (nextMember()) {
            String name = memberName();
            members.push(name);
            switch (name) {
                case "Status" -> {
                    checkOnce(status != null, name);
                    statusAt = location();
                    status = scalarValue();
                }
                case "Value" -> {
                    checkOnce(records != null, name);
                    records = value();
                }
                case "ErrorDescription" -> {
                    checkOnce(errorDescription != null, name);
                    errorAt = location();
                    errorDescription = scalarArrayValue();
                }
                default -> throw fail("unexpected member " + RpcResults.quote(name)
                        + " in the XenAPI result; expected Status, Value or ErrorDescription");
            }
            members.pop();
            end("member");
        }
        end("value");
        if (status == null) {
            throw fail("the XenAPI result has no Status; expected Status Success with a Value");
        }
        if (status.equals("Failure")) {
            List<String> description = errorDescription == null ? List.of() : errorDescription;
            throw new XapiImportException(source, errorAt == null ? statusAt : errorAt,
                    RpcResults.failure(description) + "; expected a result");
        }
        if (!status.equals("Success")) {
            throw new XapiImportException(source, statusAt, "expected the Status Success or Failure, got "
                    + RpcResults.quote(status));
        }
        if (records == null) {
            throw fail("the Status is Success but there is no Value; expected " + RpcResults.expectedResult(ref));
        }
        return records;
    }

    private void checkOnce(boolean seen, String name) {
        if (seen) {
            throw fail("the member " + name + " occurs twice in the XenAPI result; expected it once");
        }
    }

    /** The Value: records by OpaqueRef, or one record. */
    private XapiRecords value() throws IOException {
        String valueAt = location();
        Opened opened = openValue();
        if (!"struct".equals(opened.element)) {
            throw fail("expected a <struct> of " + RpcResults.expectedResult(ref) + ", got " + opened.describe());
        }
        XapiRecords.Builder builder = XapiRecords.builder(source).xapiClass(xapiClass);
        if (!nextMember()) {
            if (ref != null) {
                throw fail("expected " + RpcResults.expectedResult(ref) + ", got an empty <struct>");
            }
            end("value");
            return builder.build();
        }
        String first = memberName();
        if (RpcResults.isRef(first) && ref == null) {
            String name = first;
            while (true) {
                if (!RpcResults.isRef(name)) {
                    throw fail("expected an OpaqueRef naming a record, as the members before it, got "
                            + RpcResults.quote(name));
                }
                members.push(name);
                String at = location();
                Opened record = openValue();
                if (!"struct".equals(record.element)) {
                    throw fail("expected a <struct> holding the record of " + Text.name(name) + ", got "
                            + record.describe());
                }
                Map<String, XapiValue> fields = new LinkedHashMap<>();
                while (nextMember()) {
                    field(fields, memberName());
                }
                end("value");
                builder.add(XapiRecord.of(xapiClass, name, fields, source, at));
                members.pop();
                end("member");
                if (!nextMember()) {
                    break;
                }
                name = memberName();
            }
        } else {
            if (RpcResults.isRef(first)) {
                throw fail("expected " + RpcResults.expectedResult(ref) + ", got a member named "
                        + RpcResults.quote(first) + ", as the records of get_all_records are");
            }
            Map<String, XapiValue> fields = new LinkedHashMap<>();
            String name = first;
            while (true) {
                if (RpcResults.isRef(name)) {
                    throw fail("expected a field of the record, as the members before it, got an OpaqueRef "
                            + RpcResults.quote(name) + ": a result is either records by OpaqueRef or one record");
                }
                field(fields, name);
                if (!nextMember()) {
                    break;
                }
                name = memberName();
            }
            builder.add(RpcResults.record(xapiClass, ref, fields, source, valueAt));
        }
        end("value");
        return builder.build();
    }

    /** One member of a record: the name is read, the value follows. */
    private void field(Map<String, XapiValue> fields, String name) throws IOException {
        members.push(name);
        Opened opened = openValue();
        XapiValue value;
        if (opened.element == null) {
            value = XapiValue.text(opened.text);
        } else if (opened.element.equals("struct")) {
            Map<String, String> pairs = new LinkedHashMap<>();
            while (nextMember()) {
                String key = memberName();
                members.push(key);
                if (pairs.containsKey(key)) {
                    throw fail("the key " + RpcResults.quote(key) + " occurs twice in the map; expected each key once");
                }
                pairs.put(key, scalarValue());
                members.pop();
                end("member");
            }
            end("value");
            value = XapiValue.map(pairs);
        } else if (opened.element.equals("array")) {
            value = XapiValue.set(scalarArray());
        } else {
            value = XapiValue.text(scalar(opened.element));
        }
        if (fields.containsKey(name)) {
            throw fail("the field " + RpcResults.quote(name) + " occurs twice in the record; expected each field once");
        }
        fields.put(name, value);
        members.pop();
        end("member");
    }

    /** A value that must be a scalar, from its {@code <value>} start to its end. */
    private String scalarValue() throws IOException {
        Opened opened = openValue();
        if (opened.element == null) {
            return opened.text;
        }
        if (!SCALARS.contains(opened.element)) {
            throw fail("expected a single value (a bare string, <string>, <int>, <i4>, <boolean>, <double> or "
                    + "<dateTime.iso8601>), got " + opened.describe() + "; XenAPI maps and sets hold single values");
        }
        return scalar(opened.element);
    }

    /** A value that must be an array of scalars, from its {@code <value>} start to its end. */
    private List<String> scalarArrayValue() throws IOException {
        Opened opened = openValue();
        if (!"array".equals(opened.element)) {
            throw fail("expected an <array> of strings, got " + opened.describe());
        }
        return scalarArray();
    }

    /** After {@code <array>}: its {@code <data>} of scalars, to the end of the enclosing value. */
    private List<String> scalarArray() throws IOException {
        start("data");
        List<String> items = new ArrayList<>();
        while (true) {
            String element = startOrEnd("data", "<value> or </data>");
            if (element == null) {
                break;
            }
            if (!element.equals("value")) {
                throw fail("expected <value> or </data> in an <array>, got <" + element + ">");
            }
            members.push(Integer.toString(items.size()));
            items.add(scalarValue());
            members.pop();
        }
        end("array");
        end("value");
        return items;
    }

    /** After the start of a typed scalar: its text, then the end of it and of the value. */
    private String scalar(String element) throws IOException {
        String text = text(element);
        String trimmed = text.strip();
        String value = switch (element) {
            case "string" -> text;
            case "boolean" -> switch (trimmed) {
                case "1" -> "true";
                case "0" -> "false";
                default -> throw fail("expected 1 or 0 in <boolean>, got " + RpcResults.quote(text));
            };
            case "int", "i4", "i8" -> {
                if (!INTEGER.matcher(trimmed).matches()) {
                    throw fail("expected an integer in <" + element + ">, got " + RpcResults.quote(text));
                }
                yield trimmed;
            }
            case "double" -> {
                if (!DECIMAL.matcher(trimmed).matches()) {
                    throw fail("expected a number in <double>, got " + RpcResults.quote(text));
                }
                yield trimmed;
            }
            default -> {
                if (trimmed.isEmpty()) {
                    throw fail("expected a date and time in <dateTime.iso8601>, got nothing");
                }
                yield trimmed;
            }
        };
        end("value");
        return value;
    }

    /** After the start of {@code element}: its text, up to its end; no child element. */
    private String text(String element) throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw fail("expected only text in <" + element + ">, got <"
                        + xml.getLocalName() + ">");
                default -> {
                    // comments and processing instructions are no part of the text
                }
            }
        }
    }

    /**
     * After {@code <value>}: either bare text up to {@code </value>} (then the value is read
     * whole), or the start of the element that types it.
     */
    private Opened openValue() throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Opened(null, text.toString());
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = xml.getLocalName();
                    if (!text.toString().isBlank()) {
                        throw fail("expected either text or one element in <value>, got the text "
                                + RpcResults.quote(text.toString()) + " and <" + element + ">");
                    }
                    if (!SCALARS.contains(element) && !element.equals("struct") && !element.equals("array")) {
                        throw fail("unexpected element <" + element + "> in <value>; expected " + VALUES);
                    }
                    return new Opened(element, null);
                }
                default -> {
                    // comments and processing instructions are no part of the value
                }
            }
        }
    }

    /** In a struct: true at the start of a {@code <member>}, false at {@code </struct>}. */
    private boolean nextMember() throws IOException {
        String element = startOrEnd("struct", "<member> or </struct>");
        if (element == null) {
            return false;
        }
        if (!element.equals("member")) {
            throw fail("expected <member> or </struct> in a <struct>, got <" + element + ">");
        }
        return true;
    }

    /** After {@code <member>}: its {@code <name>}, then the start of its {@code <value>}. */
    private String memberName() throws IOException {
        start("name");
        String name = text("name");
        start("value");
        return name;
    }

    /** The next element's start, which must be {@code name}. */
    private void start(String name) throws IOException {
        String element = startAny("<" + name + ">");
        if (!element.equals(name)) {
            throw fail("expected <" + name + ">, got <" + element + ">");
        }
    }

    /** The next element's start, whatever it is; text other than spaces is refused. */
    private String startAny(String expected) throws IOException {
        String element = startOrEnd(null, expected);
        if (element == null) {
            throw fail("expected " + expected + ", got </" + xml.getLocalName() + ">");
        }
        return element;
    }

    /**
     * The next element's start, or null at the end of {@code parent} (any end when it is null is
     * refused by the caller); text other than spaces is refused.
     */
    private String startOrEnd(String parent, String expected) throws IOException {
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    return xml.getLocalName();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (parent != null && xml.getLocalName().equals(parent)) {
                        return null;
                    }
                    if (parent == null) {
                        return null;
                    }
                    throw fail("expected " + expected + ", got </" + xml.getLocalName() + ">");
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!xml.getText().isBlank()) {
                        throw fail("expected " + expected + ", got the text " + RpcResults.quote(xml.getText()));
                    }
                }
                default -> {
                    // comments and processing instructions
                }
            }
        }
    }

    /** The end of {@code name}, after spaces and comments. */
    private void end(String name) throws IOException {
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.END_ELEMENT -> {
                    if (!xml.getLocalName().equals(name)) {
                        throw fail("expected </" + name + ">, got </" + xml.getLocalName() + ">");
                    }
                    return;
                }
                case XMLStreamConstants.START_ELEMENT -> throw fail("expected </" + name + ">, got <"
                        + xml.getLocalName() + ">");
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!xml.getText().isBlank()) {
                        throw fail("expected </" + name + ">, got the text " + RpcResults.quote(xml.getText()));
                    }
                }
                default -> {
                    // comments and processing instructions
                }
            }
        }
    }

    /** After {@code <fault>}: the fault's code and string, as an exception. */
    private XapiImportException fault() throws IOException {
        String at = location();
        start("value");
        Opened opened = openValue();
        String code = null;
        String text = null;
        if ("struct".equals(opened.element)) {
            while (nextMember()) {
                String name = memberName();
                members.push(name);
                String value = scalarValue();
                if (name.equals("faultCode")) {
                    code = value;
                } else if (name.equals("faultString")) {
                    text = value;
                }
                members.pop();
                end("member");
            }
            end("value");
        } else {
            throw fail("expected the <struct> of an XML-RPC fault, with faultCode and faultString, got "
                    + opened.describe());
        }
        return new XapiImportException(source, at, "the server answered with an XML-RPC fault, faultCode "
                + (code == null ? "(none)" : Text.printable(code, RpcResults.QUOTE_LIMIT)) + ", faultString "
                + (text == null ? "(none)" : RpcResults.quote(text)) + "; expected a <params> with the result");
    }

    private int next() throws IOException {
        try {
            return xml.next();
        } catch (XMLStreamException e) {
            throw wrap(e, source, e.getLocation() != null ? e.getLocation() : safeLocation(), path());
        } catch (RuntimeException e) {
            // The parser's own failures (there should be none) are still this source's fault.
            throw new XapiImportException(source, location(), "the XML parser failed: " + e, e);
        }
    }

    private Location safeLocation() {
        try {
            return xml.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static XapiImportException wrap(XMLStreamException e, String source, Location location, String path)
            throws IOException {
        for (Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
                cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.CharConversionException) {
                // Bytes that are no text of the document's encoding are the document's fault, not the stream's.
                return new XapiImportException(source, location == null ? "at an unknown place"
                        : "line " + location.getLineNumber() + ", column " + location.getColumnNumber(),
                        "expected text in the document's encoding (UTF-8 unless it declares another), got "
                        + cause.getMessage(), e);
            }
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return new XapiImportException(source, where(location, path), "malformed or truncated XML: "
                + Text.printable(message, RpcResults.QUOTE_LIMIT) + "; expected a complete XML-RPC <methodResponse>",
                e);
    }

    private XapiImportException fail(String problem) {
        return new XapiImportException(source, location(), problem);
    }

    private String location() {
        return where(safeLocation(), path());
    }

    private static String where(Location location, String path) {
        String at = location == null || location.getLineNumber() < 0
                ? "at the end"
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return path.isEmpty() ? at : at + ", member " + path;
    }

    /** The names of the members the reader is in, outermost first. */
    private String path() {
        StringBuilder path = new StringBuilder();
        for (Iterator<String> names = members.descendingIterator(); names.hasNext();) {
            path.append(path.length() == 0 ? "" : "/").append(Text.printable(names.next(), RpcResults.QUOTE_LIMIT));
        }
        return path.toString();
    }

    /** What a {@code <value>} holds: bare text, or the element that types it. */
    private record Opened(String element, String text) {

        String describe() {
            return element == null ? "the text " + RpcResults.quote(text) : "<" + element + ">";
        }
    }
}
