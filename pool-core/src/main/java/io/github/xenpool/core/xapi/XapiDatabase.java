package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.xapi.internal.TrackedInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apiguardian.api.API;

/**
 * Reads the xapi database as {@code xe pool-dump-database file-name=…} writes it, the format of
 * {@code /var/xapi/state.db}, into {@link XapiRecords}.
 *
 * <pre>{@code
 * <database>
 *   <manifest><pair key="schema_major_vsn" value="5"/>…</manifest>
 *   <table name="host"><row ref="OpaqueRef:…" uuid="…" name__label="berlin" cpu_info="(('vendor' 'GenuineIntel') …)"/></table>
 *   <table name="Bond"/>
 *   …
 * </database>
 * }</pre>
 *
 * <p>Each {@code <row>} becomes an {@link XapiRecord} whose class is the table's name and whose
 * fields are the row's attributes, by their database names ({@code name__label}), each a
 * {@link XapiValue#database(String) database value}. The {@code ref} and {@code _ref} attributes
 * give the record's reference (both may be present, and must then agree); the generation counters
 * {@code __ctime} and {@code __mtime} are not fields and are left out. An empty table is still
 * read, so that {@link XapiRecords#has(String)} tells "none" from "unknown". The manifest's pairs
 * become {@link XapiRecords#manifest()}. A record's {@link XapiRecord#location() location} names its
 * table, its reference and where its row ends: {@code table host, row OpaqueRef:… (line 12,
 * column 840)}. Nothing is resolved: a reference to another object stays text, and a dump of an
 * older schema simply lacks the fields it lacks.
 *
 * <p>xapi protects white space in every field value with {@code %} sequences, which are undone
 * here as xapi undoes them: {@code %.} is a space, {@code %_} two spaces (as written before
 * 2017), {@code %t}, {@code %n} and {@code %r} a tab, a line feed and a carriage return,
 * {@code %%} a percent sign; any other {@code %} stays as it is. Manifest values and the
 * {@code ref} attribute are read as written, as xapi reads them.
 *
 * <p>The dump is read as a stream, one row at a time, so that its size does not matter; a dump
 * of a large pool is mostly messages, tasks and disks, and the variants that take the names of
 * the tables to keep read past every other table without making records of it, or looking into
 * its rows further than the shape of the document (such a table is then unknown, not empty). A document type declaration is refused: xapi writes none, and no DTD
 * or external entity is ever read.
 *
 * <p>A dump that cannot be read throws an {@link XapiImportException} naming the source, the line
 * and column, and what was expected there: XML that is not well-formed, a dump cut short, a
 * document of another kind, a row without a reference, two rows with the same reference, an
 * element other than {@code manifest}, {@code pair}, {@code table} and {@code row}. Nothing is
 * returned then, not even the records read before the problem.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class XapiDatabase {

    private XapiDatabase() {
    }

    /**
     * Reads a whole dump from a file.
     *
     * @param file the file {@code xe pool-dump-database} wrote, or a copy of {@code state.db};
     *        messages name it as given here
     * @return its records, with its manifest
     * @throws XapiImportException if the file is not a readable xapi database dump
     * @throws IOException if the file cannot be opened or read
     */
    public static XapiRecords read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), null);
        }
    }

    /**
     * Reads the named tables of a dump from a file, reading past the others.
     *
     * @param file the file {@code xe pool-dump-database} wrote, or a copy of {@code state.db};
     *        messages name it as given here
     * @param tables the tables to keep, such as {@code host}, {@code host_cpu} and {@code pool},
     *        in any case
     * @return the records of those tables, with the dump's manifest; the other tables are unknown
     * @throws XapiImportException if the file is not a readable xapi database dump
     * @throws IOException if the file cannot be opened or read
     */
    public static XapiRecords read(Path file, Set<String> tables) throws IOException {
        Objects.requireNonNull(file, "file");
        Set<String> keep = lowerCase(tables);
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), keep);
        }
    }

    /**
     * Reads a whole dump from a stream, which is read to its end and left open.
     *
     * @param in the dump's bytes
     * @param source the name of the stream, such as {@code state.db}, for records and messages
     * @return its records, with its manifest
     * @throws XapiImportException if the stream is not a readable xapi database dump
     * @throws IOException if the stream cannot be read
     */
    public static XapiRecords read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return parse(in, source, null);
    }

    /**
     * Reads the named tables of a dump from a stream, reading past the others; the stream is read
     * to its end and left open.
     *
     * @param in the dump's bytes
     * @param source the name of the stream, such as {@code state.db}, for records and messages
     * @param tables the tables to keep, such as {@code host}, {@code host_cpu} and {@code pool},
     *        in any case
     * @return the records of those tables, with the dump's manifest; the other tables are unknown
     * @throws XapiImportException if the stream is not a readable xapi database dump
     * @throws IOException if the stream cannot be read
     */
    public static XapiRecords read(InputStream in, String source, Set<String> tables) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return parse(in, source, lowerCase(tables));
    }

    private static Set<String> lowerCase(Set<String> tables) {
        Objects.requireNonNull(tables, "tables");
        Set<String> keep = new HashSet<>();
        for (String table : tables) {
            keep.add(Objects.requireNonNull(table, "tables contains null").toLowerCase(Locale.ROOT));
        }
        return keep;
    }

    /** Reads a dump, keeping the tables of {@code keep} (lower case), or every table if it is null. */
    private static XapiRecords parse(InputStream in, String source, Set<String> keep) throws IOException {
        TrackedInput input = new TrackedInput(in, "</database>");
        XMLStreamReader xml;
        try {
            xml = factory().createXMLStreamReader(input);
        } catch (XMLStreamException e) {
            if (input.failure() != null) {
                throw input.failure();
            }
            throw new XapiImportException(source, "line 1, column 1",
                    "expected a xapi database dump, got no XML: " + parserMessage(e), e);
        }
        try {
            return new Cursor(source, xml, input, keep).read();
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing frees the parser only; the stream is the caller's to close.
            }
        }
    }

    /**
     * The JDK's own StAX parser, whatever else is on the class path, that reads no DTD and no
     * external entity.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to read " + systemId + ": a xapi database refers to no other file");
        });
        // Without a DTD, the only entities are the five predefined ones and character references.
        // From JDK 24 on, the default limits count those too (xapi writes &quot; and &lt; by the
        // hundred thousand in a large dump), and allow an element 200 attributes: a row has one
        // per field.
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.entityReplacementLimit", "0");
        factory.setProperty("jdk.xml.elementAttributeLimit", "10000");
        return factory;
    }

    /**
     * Undoes xapi's protection of white space in a field value, as xapi's {@code Xml_spaces}
     * module does: {@code %.} is a space, {@code %_} two, {@code %t}, {@code %n} and {@code %r} a
     * tab, a line feed and a carriage return, and {@code %%} a percent sign. Any other {@code %},
     * and a {@code %} at the end, stays as it is. The text is read once from left to right, so
     * {@code %%_} is {@code %_}.
     */
    static String unescape(String value) {
        int percent = value.indexOf('%');
        if (percent < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        out.append(value, 0, percent);
        int i = percent;
        while (i < value.length()) {
            char c = value.charAt(i);
            String replacement = c == '%' && i + 1 < value.length() ? escaped(value.charAt(i + 1)) : null;
            if (replacement == null) {
                out.append(c);
                i++;
            } else {
                out.append(replacement);
                i += 2;
            }
        }
        return out.toString();
    }

    /**
     * The one copy of the values that most fields of a dump hold, such as {@code ()}, {@code false}
     * and {@code OpaqueRef:NULL}, in place of the parser's copy of each: a large dump's records keep
     * hundreds of thousands of them, which then cost neither memory nor the collector's time.
     */
    private static String shared(String value) {
        if (value.length() > 14) {
            return value;
        }
        switch (value) {
            case "":
                return "";
            case "()":
                return "()";
            case "true":
                return "true";
            case "false":
                return "false";
            case "0":
                return "0";
            case "1":
                return "1";
            case "-1":
                return "-1";
            case "OpaqueRef:NULL":
                return "OpaqueRef:NULL";
            default:
                return value;
        }
    }

    private static String escaped(char c) {
        switch (c) {
            case '.':
                return " ";
            case '_':
                return "  ";
            case 't':
                return "\t";
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case '%':
                return "%";
            default:
                return null;
        }
    }

    /** The parser's own words, without the place it puts in front of them (the message names it). */
    private static String parserMessage(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int start = message.indexOf("Message: ");
        return Text.printable((start < 0 ? message : message.substring(start + "Message: ".length())).strip(), 300);
    }

    /**
     * Walks the document, one element at a time, checking its shape as it goes. Each method
     * reads one element to its end; what it passes to {@link #next} describes where the reading
     * is, for the message of a dump that ends too soon.
     */
    private static final class Cursor {

        private final String source;
        private final XMLStreamReader xml;
        private final TrackedInput input;
        private final Set<String> keep;
        private final XapiRecords.Builder records;
        /** The attribute names of the row at hand. */
        private final List<String> names = new ArrayList<>();
        /** The shape of the rows of each table, as its last row had it. */
        private final Map<String, RowShape> shapes = new HashMap<>();

        Cursor(String source, XMLStreamReader xml, TrackedInput input, Set<String> keep) {
            this.source = source;
            this.xml = xml;
            this.input = input;
            this.keep = keep;
            this.records = XapiRecords.builder(source);
        }

        XapiRecords read() throws IOException {
            while (true) {
                int event = next(null, null, null, "<database>");
                if (event == XMLStreamConstants.START_ELEMENT) {
                    break;
                } else if (event == XMLStreamConstants.DTD) {
                    throw error("expected the root element <database> with no DOCTYPE before it, got a DOCTYPE: "
                            + "xapi writes none, and no DTD or external entity is read");
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw error("expected the root element <database>, the document has none");
                }
                text(event, "the prolog");
            }
            String root = name();
            if (!root.equals("database")) {
                throw error("expected the root element <database> of a xapi database dump (xe pool-dump-database, "
                        + "state.db), got <" + Text.name(root) + ">");
            }
            database();
            while (true) {
                int event = next("", null, null, "");
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    return records.build();
                }
                text(event, "the end, after </database>");
            }
        }

        private void database() throws IOException {
            String after = null;
            String afterName = null;
            while (true) {
                int event = next("<database>", after, afterName, "</database>");
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = name();
                    if (name.equals("manifest")) {
                        manifest();
                        after = "the manifest";
                        afterName = null;
                    } else if (name.equals("table")) {
                        afterName = table();
                        after = "table";
                    } else {
                        throw unexpected(name, "<manifest> or <table> inside <database>");
                    }
                } else {
                    text(event, "<database>");
                }
            }
        }

        private void manifest() throws IOException {
            String key = null;
            while (true) {
                int event = next("<manifest>", key == null ? null : "the pair", key, "</manifest> and </database>");
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = name();
                    if (!name.equals("pair")) {
                        throw unexpected(name, "<pair> inside <manifest>");
                    }
                    key = attribute("key");
                    String value = attribute("value");
                    if (key == null || value == null) {
                        throw error("expected <pair key=\"…\" value=\"…\"> in the manifest, the pair has no "
                                + (key == null ? "key" : "value"));
                    }
                    records.manifest(key, value);
                    empty("pair", "<manifest>", "the pair", key, "</pair>, </manifest> and </database>");
                } else {
                    text(event, "<manifest>");
                }
            }
        }

        /** Reads a table; returns its name. */
        private String table() throws IOException {
            String table = attribute("name");
            if (table == null || table.isEmpty()) {
                throw error("expected <table name=\"…\">, the table has no name");
            }
            boolean kept = keep == null || keep.contains(table.toLowerCase(Locale.ROOT));
            if (kept) {
                records.xapiClass(table);
            }
            String inside = "table " + Text.quoted(table);
            String after = null;
            String ref = null;
            while (true) {
                int event = next(inside, after, ref, "</table> and </database>");
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return table;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = name();
                    if (!name.equals("row")) {
                        throw unexpected(name, "<row> inside " + inside);
                    }
                    ref = kept ? row(table) : attribute("ref");
                    after = ref == null ? "a row" : "row";
                    empty("row", inside, after, ref, "</row>, </table> and </database>");
                } else {
                    text(event, inside);
                }
            }
        }

        /** Makes a record of the row at hand; returns its reference. */
        private String row(String table) {
            int count = xml.getAttributeCount();
            names.clear();
            for (int i = 0; i < count; i++) {
                names.add(qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)));
            }
            Location location = xml.getLocation();
            RowPlace place = location == null ? new RowPlace(table, 0, 0)
                    : new RowPlace(table, location.getLineNumber(), location.getColumnNumber());
            RowShape shape = shapes.get(table);
            boolean known = shape != null && shape.hasNames(names);
            int refAt = known ? shape.refAt : names.indexOf("ref");
            int underscoreRefAt = known ? shape.underscoreRefAt : names.indexOf("_ref");
            String ref = refAt < 0 ? null : xml.getAttributeValue(refAt);
            String underscoreRef = underscoreRefAt < 0 ? null : unescape(xml.getAttributeValue(underscoreRefAt));
            if (ref == null && underscoreRef == null) {
                throw new XapiImportException(source, place.at(), "expected a ref or _ref attribute holding the"
                        + " OpaqueRef of the row in table " + Text.quoted(table) + ", the row has neither");
            }
            if (ref != null && underscoreRef != null && !ref.equals(underscoreRef)) {
                throw new XapiImportException(source, place.at(), "expected the ref and _ref of a row in table "
                        + Text.quoted(table) + " to be the same OpaqueRef, got ref " + Text.quoted(ref) + " and _ref "
                        + Text.quoted(underscoreRef));
            }
            String opaqueRef = ref != null ? ref : underscoreRef;
            if (opaqueRef.isEmpty()) {
                throw new XapiImportException(source, place.at(), "expected an OpaqueRef in the ref of a row in table "
                        + Text.quoted(table) + ", it is empty");
            }
            RowLocation where = new RowLocation(place, opaqueRef);
            if (!known) {
                shape = new RowShape(names, source, where);
                shapes.put(table, shape);
            }
            String[] values = new String[shape.fields.size()];
            for (int i = 0; i < count; i++) {
                int field = shape.fieldAt[i];
                if (field >= 0) {
                    values[field] = shared(unescape(xml.getAttributeValue(i)));
                }
            }
            records.add(XapiRecord.ofRow(table, opaqueRef, shape.fields, values, source, where));
            return opaqueRef;
        }

        /** Reads to the end of an element that holds nothing (a row or a pair). */
        private void empty(String element, String inside, String after, String afterName, String closing)
                throws IOException {
            while (true) {
                int event = next(inside, after, afterName, closing);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    throw unexpected(name(), "</" + element + ">: a " + element + " holds no element");
                }
                text(event, "<" + element + ">");
            }
        }

        /** Allows white space, comments and processing instructions; refuses text. */
        private void text(int event, String inside) {
            if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !xml.isWhiteSpace()
                    && !xml.getText().isBlank()) {
                throw error("expected only elements inside " + inside + ", got the text "
                        + Text.quoted(xml.getText().strip()));
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("expected only elements inside " + inside + ", got the entity reference &"
                        + Text.name(xml.getLocalName()) + ";");
            }
        }

        /**
         * The next event. If the parser fails, says where the reading was: {@code inside} an
         * element ({@code null} before the root, empty after it), {@code after} what (or null)
         * and its name (or null), and the {@code closing} tags still awaited. The message is made
         * only then, so that reading costs no text for each row.
         */
        private int next(String inside, String after, String afterName, String closing) throws IOException {
            try {
                return xml.next();
            } catch (XMLStreamException | RuntimeException e) {
                if (input.failure() != null) {
                    throw input.failure();
                }
                Location location = e instanceof XMLStreamException && ((XMLStreamException) e).getLocation() != null
                        ? ((XMLStreamException) e).getLocation() : xml.getLocation();
                String where = inside == null ? "before the root element <database>"
                        : inside.isEmpty() ? "after </database>"
                        : "inside " + inside + (after == null ? "" : ", after " + after)
                        + (afterName == null ? "" : " " + Text.quoted(afterName));
                String problem;
                if (inside == null && input.atEnd() && input.length() == 0) {
                    problem = "expected a xapi database dump, the stream is empty";
                } else if (inside != null && !inside.isEmpty() && input.atEnd() && !input.endsWithClosing()) {
                    problem = "the dump ends " + where + ": it is cut short; expected the rest, then " + closing
                            + " (the parser: " + parserMessage(e) + ")";
                } else if (inside == null) {
                    problem = "expected the root element <database> of a xapi database dump, got XML that is not "
                            + "well-formed " + where + ": " + parserMessage(e);
                } else if (inside.isEmpty()) {
                    problem = "expected nothing but white space and comments " + where + ", got: " + parserMessage(e);
                } else {
                    problem = "expected well-formed XML " + where + ", got: " + parserMessage(e);
                }
                throw new XapiImportException(source, at(location), problem, e);
            }
        }

        private String attribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)).equals(name)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        private String name() {
            return qualified(xml.getPrefix(), xml.getLocalName());
        }

        private static String qualified(String prefix, String localName) {
            return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
        }

        private XapiImportException unexpected(String name, String expected) {
            return error("expected " + expected + ", got <" + Text.name(name) + ">");
        }

        private XapiImportException error(String problem) {
            return new XapiImportException(source, at(xml.getLocation()), problem);
        }

        private String at(Location location) {
            return location == null ? place(0, 0) : place(location.getLineNumber(), location.getColumnNumber());
        }
    }

    /** A place in the dump, as messages name it. */
    private static String place(int line, int column) {
        if (line < 1) {
            return "the end of the stream";
        }
        return "line " + line + ", column " + column;
    }

    /**
     * What the attributes of the rows of a table are, which its rows share: where the reference
     * is, which attribute is which field (the generation counters are none), and the fields' layout.
     */
    private static final class RowShape {

        private final List<String> names;
        private final int refAt;
        private final int underscoreRefAt;
        /** For each attribute, its field's position in the layout, or -1. */
        private final int[] fieldAt;
        private final XapiRecord.Layout fields;

        /**
         * Makes the shape of a row.
         *
         * @throws XapiImportException if two attributes are the same field, naming the row
         */
        RowShape(List<String> names, String source, RowLocation row) {
            this.names = List.copyOf(names);
            this.refAt = names.indexOf("ref");
            this.underscoreRefAt = names.indexOf("_ref");
            this.fieldAt = new int[names.size()];
            List<String> fieldNames = new ArrayList<>(names.size());
            for (int i = 0; i < names.size(); i++) {
                switch (names.get(i)) {
                    case "ref":
                    case "_ref":
                    case "__ctime":
                    case "__mtime":
                        fieldAt[i] = -1;
                        break;
                    default:
                        fieldAt[i] = fieldNames.size();
                        fieldNames.add(names.get(i));
                }
            }
            this.fields = new XapiRecord.Layout(fieldNames, source, row);
        }

        boolean hasNames(List<String> others) {
            return names.equals(others);
        }
    }

    /** Where a row starts, as numbers; the text of a message is made only if there is one. */
    private static final class RowPlace {

        private final String table;
        private final int line;
        private final int column;

        RowPlace(String table, int line, int column) {
            this.table = table;
            this.line = line;
            this.column = column;
        }

        String at() {
            return place(line, column);
        }
    }

    /**
     * A record's location, {@code table host, row OpaqueRef:… (line 12, column 840)}: its text is
     * made when asked for, since a large dump has hundreds of thousands of rows and few messages.
     */
    private static final class RowLocation {

        private final RowPlace place;
        private final String ref;

        RowLocation(RowPlace place, String ref) {
            this.place = place;
            this.ref = ref;
        }

        @Override
        public String toString() {
            return "table " + Text.name(place.table) + ", row " + Text.name(ref) + " (" + place.at() + ")";
        }
    }
}
