package io.github.xenpool.core.xapi;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random XenAPI records for the property tests, and a tiny writer of each wire format for them:
 * what a XenAPI server would send, with every scalar type and with or without spaces between the
 * elements or tokens.
 */
final class RpcBodies {

    private RpcBodies() {
    }

    /** How a scalar is written on the wire. */
    enum Kind { BARE, STRING, INT, I4, BOOLEAN, DOUBLE, DATE }

    /**
     * A scalar as written, and the text a reader must give for it.
     *
     * @param kind the wire type
     * @param written the text in the body (before escaping)
     * @param read the text the record must hold
     */
    record Scalar(Kind kind, String written, String read) {
    }

    /** A field's value: one scalar, a set, or a map with distinct keys. */
    record Value(Scalar scalar, List<Scalar> items, List<Map.Entry<String, Scalar>> pairs) {

        XapiValue expected() {
            if (scalar != null) {
                return XapiValue.text(scalar.read());
            }
            if (items != null) {
                return XapiValue.set(items.stream().map(Scalar::read).toList());
            }
            Map<String, String> map = new LinkedHashMap<>();
            pairs.forEach(p -> map.put(p.getKey(), p.getValue().read()));
            return XapiValue.map(map);
        }
    }

    /** A record: its reference and its fields, in order, with names distinct as XapiRecord sees them. */
    record Rec(String ref, List<Map.Entry<String, Value>> fields) {

        Map<String, XapiValue> expected() {
            Map<String, XapiValue> map = new LinkedHashMap<>();
            fields.forEach(f -> map.put(f.getKey(), f.getValue().expected()));
            return map;
        }
    }

    // ---- generators ------------------------------------------------------------------------------

    private static final DateTimeFormatter XAPI_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Characters of every kind XML 1.0 can carry, markup and line ends among them. */
    static Gen<Integer> codePoints() {
        return Generate.frequency(List.of(
                Pair.of(10, integers().between(0x20, 0x7E)),
                Pair.of(4, Generate.pick(List.of((int) '<', (int) '>', (int) '&', (int) '"', (int) '\'', (int) ']',
                        (int) '\\', (int) '\n', (int) '\r', (int) '\t', (int) ' ', (int) '/', (int) '{', (int) '}'))),
                Pair.of(2, integers().between(0xA0, 0xD7FF)),
                Pair.of(1, integers().between(0xE000, 0xFFFD)),
                Pair.of(1, integers().between(0x10000, 0x10FFFF))));
    }

    static Gen<String> texts(int maxLength) {
        Gen<Integer> points = codePoints();
        return in -> {
            int length = integers().between(0, maxLength).generate(in);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(points.generate(in));
            }
            return text.toString();
        };
    }

    static Gen<Scalar> scalars() {
        Gen<String> texts = texts(12);
        return Generate.frequency(List.of(
                Pair.of(4, texts.map(t -> new Scalar(Kind.BARE, t, t))),
                Pair.of(2, texts.map(t -> new Scalar(Kind.STRING, t, t))),
                Pair.of(2, longs().all().map(n -> new Scalar(Kind.INT, Long.toString(n), Long.toString(n)))),
                Pair.of(1, integers().all().map(n -> new Scalar(Kind.I4, Integer.toString(n), Integer.toString(n)))),
                Pair.of(1, booleans().all().map(b -> new Scalar(Kind.BOOLEAN, b ? "1" : "0", Boolean.toString(b)))),
                Pair.of(1, doubles().between(-1e12, 1e12).map(d -> new Scalar(Kind.DOUBLE, Double.toString(d),
                        Double.toString(d)))),
                Pair.of(1, longs().between(0, 4_102_444_800L).map(s -> {
                    String date = XAPI_DATE.format(Instant.ofEpochSecond(s));
                    return new Scalar(Kind.DATE, date, date);
                }))));
    }

    static Gen<Value> values() {
        Gen<Scalar> scalars = scalars();
        Gen<String> keys = texts(8);
        return in -> {
            int shape = integers().between(0, 5).generate(in);
            if (shape <= 2) {
                return new Value(scalars.generate(in), null, null);
            }
            int size = integers().between(0, 4).generate(in);
            if (shape <= 3) {
                List<Scalar> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(scalars.generate(in));
                }
                return new Value(null, items, null);
            }
            List<Map.Entry<String, Scalar>> pairs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < size; i++) {
                String key = keys.generate(in);
                if (seen.add(key)) {
                    pairs.add(Map.entry(key, scalars.generate(in)));
                }
            }
            return new Value(null, null, pairs);
        };
    }

    static Gen<String> fieldNames() {
        Gen<String> first = Generate.pick(List.of("uuid", "name_label", "name-description", "cpu_info", "VCPUs_max",
                "other_config", "a", "X", "tags", "PIFs"));
        Gen<Integer> suffix = integers().between(0, 99);
        return first.zip(suffix, booleans().all(), (name, n, plain) -> plain ? name : name + "_" + n);
    }

    /** Records of up to {@code maxFields} fields, names distinct as {@link XapiRecord} compares them. */
    static Gen<List<Map.Entry<String, Value>>> fields(int minFields, int maxFields) {
        Gen<String> names = fieldNames();
        Gen<Value> values = values();
        return in -> {
            int count = integers().between(minFields, maxFields).generate(in);
            List<Map.Entry<String, Value>> fields = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (fields.size() < count) {
                String name = names.generate(in);
                if (seen.add(XapiRecord.normalise(name))) {
                    fields.add(Map.entry(name, values.generate(in)));
                }
            }
            return fields;
        };
    }

    /** The records of a get_all_records result: none to a few, with distinct references. */
    static Gen<List<Rec>> records() {
        Gen<List<Map.Entry<String, Value>>> fields = fields(0, 6);
        return in -> {
            int count = integers().between(0, 4).generate(in);
            List<Rec> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long id = longs().between(0, Long.MAX_VALUE).generate(in);
                records.add(new Rec(String.format("OpaqueRef:%016x-%d", id, i), fields.generate(in)));
            }
            return records;
        };
    }

    /** One record of a get_record result: at least one field, since an empty result holds no record. */
    static Gen<Rec> record() {
        return fields(1, 6).map(f -> new Rec("OpaqueRef:r", f));
    }

    // ---- what a reader gave ----------------------------------------------------------------------

    /** The references and fields of the records read, to compare with what was written. */
    static List<Map.Entry<Optional<String>, Map<String, XapiValue>>> read(XapiRecords records, String xapiClass) {
        List<Map.Entry<Optional<String>, Map<String, XapiValue>>> read = new ArrayList<>();
        for (XapiRecord record : records.all(xapiClass)) {
            Map<String, XapiValue> fields = new LinkedHashMap<>();
            record.fieldNames().forEach(name -> fields.put(name, record.field(name).orElseThrow()));
            read.add(Map.entry(record.ref(), fields));
        }
        return read;
    }

    static List<Map.Entry<Optional<String>, Map<String, XapiValue>>> written(List<Rec> records, boolean withRefs) {
        List<Map.Entry<Optional<String>, Map<String, XapiValue>>> written = new ArrayList<>();
        records.forEach(r -> written.add(Map.entry(withRefs ? Optional.of(r.ref()) : Optional.empty(), r.expected())));
        return written;
    }

    // ---- XML-RPC ---------------------------------------------------------------------------------

    static String xmlAllRecords(List<Rec> records, boolean spaced) {
        StringBuilder xml = new StringBuilder();
        String gap = spaced ? "\n  " : "";
        xml.append("<struct>");
        for (Rec record : records) {
            xml.append(gap).append("<member>").append(gap).append("<name>").append(escapeXml(record.ref()))
                    .append("</name>").append(gap).append("<value>");
            xmlFields(xml, record, gap);
            xml.append("</value>").append(gap).append("</member>");
        }
        xml.append(gap).append("</struct>");
        return xmlResponse(xml.toString(), spaced);
    }

    static String xmlOneRecord(Rec record, boolean spaced) {
        StringBuilder xml = new StringBuilder();
        xmlFields(xml, record, spaced ? "\n " : "");
        return xmlResponse(xml.toString(), spaced);
    }

    private static String xmlResponse(String value, boolean spaced) {
        String gap = spaced ? "\n" : "";
        return (spaced ? "<?xml version=\"1.0\"?>\n" : "") + "<methodResponse>" + gap + "<params>" + gap + "<param>"
                + gap + "<value>" + gap + "<struct>" + gap + "<member><name>Status</name><value>Success</value></member>"
                + gap + "<member><name>Value</name><value>" + value + "</value></member>" + gap + "</struct>" + gap
                + "</value>" + gap + "</param>" + gap + "</params>" + gap + "</methodResponse>";
    }

    private static void xmlFields(StringBuilder xml, Rec record, String gap) {
        xml.append(gap).append("<struct>");
        for (Map.Entry<String, Value> field : record.fields()) {
            xml.append(gap).append("<member>").append("<name>").append(escapeXml(field.getKey())).append("</name>")
                    .append(gap).append("<value>");
            Value value = field.getValue();
            if (value.scalar() != null) {
                xmlScalarContent(xml, value.scalar());
            } else if (value.items() != null) {
                xml.append(gap).append("<array>").append(gap).append(value.items().isEmpty() ? "<data/>" : "<data>");
                for (Scalar item : value.items()) {
                    xml.append(gap).append("<value>");
                    xmlScalarContent(xml, item);
                    xml.append("</value>");
                }
                xml.append(value.items().isEmpty() ? "" : gap + "</data>").append(gap).append("</array>").append(gap);
            } else {
                xml.append(gap).append(value.pairs().isEmpty() ? "<struct/>" : "<struct>");
                for (Map.Entry<String, Scalar> pair : value.pairs()) {
                    xml.append(gap).append("<member><name>").append(escapeXml(pair.getKey())).append("</name><value>");
                    xmlScalarContent(xml, pair.getValue());
                    xml.append("</value></member>");
                }
                xml.append(value.pairs().isEmpty() ? "" : gap + "</struct>").append(gap);
            }
            xml.append("</value>").append(gap).append("</member>");
        }
        xml.append(gap).append("</struct>");
    }

    private static void xmlScalarContent(StringBuilder xml, Scalar scalar) {
        String text = escapeXml(scalar.written());
        switch (scalar.kind()) {
            case BARE -> xml.append(text);
            case STRING -> xml.append("<string>").append(text).append("</string>");
            case INT -> xml.append("<int>").append(text).append("</int>");
            case I4 -> xml.append("<i4>").append(text).append("</i4>");
            case BOOLEAN -> xml.append("<boolean>").append(text).append("</boolean>");
            case DOUBLE -> xml.append("<double>").append(text).append("</double>");
            case DATE -> xml.append("<dateTime.iso8601>").append(text).append("</dateTime.iso8601>");
        }
    }

    /** Escapes markup, and a carriage return, which XML would otherwise read as a line feed. */
    static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---- JSON-RPC --------------------------------------------------------------------------------

    static String jsonAllRecords(List<Rec> records, boolean spaced) {
        StringBuilder json = new StringBuilder();
        String gap = spaced ? "\n  " : "";
        json.append('{');
        for (int i = 0; i < records.size(); i++) {
            json.append(i == 0 ? "" : ",").append(gap).append(jsonString(records.get(i).ref())).append(':')
                    .append(spaced ? " " : "");
            jsonFields(json, records.get(i), gap);
        }
        json.append(gap).append('}');
        return jsonResponse(json.toString(), spaced);
    }

    static String jsonOneRecord(Rec record, boolean spaced) {
        StringBuilder json = new StringBuilder();
        jsonFields(json, record, spaced ? "\n " : "");
        return jsonResponse(json.toString(), spaced);
    }

    private static String jsonResponse(String result, boolean spaced) {
        return spaced
                ? "{\n \"jsonrpc\": \"2.0\",\n \"result\": " + result + ",\n \"id\": 1\n}"
                : "{\"jsonrpc\":\"2.0\",\"result\":" + result + ",\"id\":1}";
    }

    private static void jsonFields(StringBuilder json, Rec record, String gap) {
        json.append('{');
        List<Map.Entry<String, Value>> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            json.append(i == 0 ? "" : ",").append(gap).append(jsonString(fields.get(i).getKey())).append(':');
            Value value = fields.get(i).getValue();
            if (value.scalar() != null) {
                jsonScalar(json, value.scalar());
            } else if (value.items() != null) {
                json.append('[');
                for (int j = 0; j < value.items().size(); j++) {
                    json.append(j == 0 ? "" : ",").append(gap);
                    jsonScalar(json, value.items().get(j));
                }
                json.append(gap).append(']');
            } else {
                json.append('{');
                for (int j = 0; j < value.pairs().size(); j++) {
                    json.append(j == 0 ? "" : ",").append(gap).append(jsonString(value.pairs().get(j).getKey()))
                            .append(':');
                    jsonScalar(json, value.pairs().get(j).getValue());
                }
                json.append(gap).append('}');
            }
        }
        json.append(gap).append('}');
    }

    private static void jsonScalar(StringBuilder json, Scalar scalar) {
        switch (scalar.kind()) {
            case INT, I4, DOUBLE -> json.append(scalar.written());
            case BOOLEAN -> json.append(scalar.read());
            default -> json.append(jsonString(scalar.written()));
        }
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
