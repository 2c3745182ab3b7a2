package io.github.xenpool.core.xapi;

import io.github.xenpool.core.internal.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code xe} into records; {@link XeOutput} documents what it accepts. One
 * reader reads one text, once.
 */
final class XeReader {

    /** A field name as xapi's CLI spells them: letters, digits, {@code -} and {@code _}. */
    private static final String NAME = "[A-Za-z0-9_][A-Za-z0-9_.-]*";

    /**
     * A field line: indentation, name, mark, the deprecation note, the blanks before the colon
     * (only on a record's first line), and the value after one blank.
     */
    private static final Pattern FIELD = Pattern.compile(
            "(\\s*)(" + NAME + ")\\s+\\((\\s*R[OW]|[MS]R[OW])\\)(\\s+\\[DEPRECATED\\])?(\\s*): ?(.*)");

    /** A field line without a mark, as {@code xe host-cpu-info} prints its record. */
    private static final Pattern PLAIN_FIELD = Pattern.compile("(\\s*)(" + NAME + ")(\\s*): ?(.*)");

    /** The start of a field line: a name and an opening parenthesis. */
    private static final Pattern FIELD_START = Pattern.compile("\\s*(" + NAME + ")\\s+(\\(.*)");

    /** A command line: an optional shell prompt, then {@code xe} and its arguments. */
    private static final Pattern COMMAND = Pattern.compile("(?:.*?[#$]\\s*)?xe(?:\\s.*)?");

    /** A UUID, as {@code --minimal} prints them joined by commas. */
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    /** An item of a map value as {@code xe <class>-param-get} prints it. */
    private static final Pattern MAP_ITEM = Pattern.compile("[^\\s;:]+: [^;]*");

    /** The values xapi's CLI prints in place of a value it does not have, and what each means. */
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "<not in database>", "the object this field refers to is not in the database "
                    + "(xe printed <not in database>)",
            "<expensive field>", "xe leaves out fields that are expensive to compute from a list "
                    + "(it printed <expensive field>; <class>-param-list or -param-get prints them)",
            "<invalid reference>", "the field refers to an object that no longer exists "
                    + "(xe printed <invalid reference>)",
            "<inconsistent>", "the pool's hosts do not agree on this value (xe printed <inconsistent>)",
            "<unknown>", "xe could not find this value out (it printed <unknown>)",
            "<unknown time>", "xe has no time for this field (it printed <unknown time>)",
            "<not set>", "xe printed <not set> in place of a value");

    private final String source;
    private final String xapiClass;
    private final List<String> lines;
    private final XapiRecords.Builder out;
    /** The records made so far, to number the next. */
    private final List<XapiRecord> made = new ArrayList<>();

    private XeReader(String source, String xapiClass, List<String> lines) {
        this.source = source;
        this.xapiClass = xapiClass;
        this.lines = lines;
        this.out = XapiRecords.builder(source).xapiClass(xapiClass);
    }

    /** How xe marks a field: a scalar ({@code RO}, {@code RW}), a set, a map, or no mark at all. */
    private enum Kind { SCALAR, SET, MAP, PLAIN }

    /** A field as it is being read: its name, kind, first line and the lines of its value. */
    private static final class Field {
        final String name;
        final Kind kind;
        final int line;
        final StringBuilder value;

        Field(String name, Kind kind, int line, String value) {
            this.name = name;
            this.kind = kind;
            this.line = line;
            this.value = new StringBuilder(value);
        }

        /** The number of lines of the value: one, and one more for each line break. */
        int lines() {
            return (int) value.chars().filter(c -> c == '\n').count() + 1;
        }
    }

    /** A warning about a record, placed once the record's UUID is known. */
    private static final class Note {
        final int line;
        final String field;
        final String message;

        Note(int line, String field, String message) {
            this.line = line;
            this.field = field;
            this.message = message;
        }
    }

    /** A record as it is being read. */
    private static final class Record {
        final int line;
        final List<Field> fields = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        final List<Note> notes = new ArrayList<>();

        Record(int line) {
            this.line = line;
        }

        Field last() {
            return fields.get(fields.size() - 1);
        }

        void add(Field field) {
            fields.add(field);
            names.add(XapiRecord.normalise(field.name));
        }
    }

    static XapiRecords read(Reader in, String source, String xapiClass) throws IOException {
        XeReader reader = new XeReader(source, xapiClass, lines(in));
        reader.stripPastePrefix();
        return reader.records();
    }

    static XapiRecords readParamGet(Reader in, String source, String xapiClass, String uuid, String field)
            throws IOException {
        XeReader reader = new XeReader(source, xapiClass, lines(in));
        reader.stripPastePrefix();
        return reader.paramGet(uuid, field);
    }

    /** All lines, trailing blanks cut, a byte order mark dropped. */
    private static List<String> lines(Reader in) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader buffered = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
        for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
            if (lines.isEmpty() && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    /**
     * Drops a prefix that every non-blank line carries and {@code xe} never prints: {@code "- "}
     * of a list or {@code ">"} of a quote, added where the text was pasted.
     */
    private void stripPastePrefix() {
        for (String prefix : List.of("- ", ">")) {
            boolean all = false;
            for (String line : lines) {
                if (!line.isBlank()) {
                    all = line.startsWith(prefix);
                    if (!all) {
                        break;
                    }
                }
            }
            if (all) {
                lines.replaceAll(line -> line.isBlank() ? "" : stripOneBlank(line.substring(prefix.length())));
                out.warning(new ImportWarning(source, "line 1", "every line starts with " + Text.quoted(prefix)
                        + ", which xe does not print (the text was pasted as a list or a quote): read without it"));
                return;
            }
        }
    }

    private static String stripOneBlank(String line) {
        return line.startsWith(" ") ? line.substring(1) : line;
    }

    private XapiRecords records() {
        boolean marked = false;
        for (String line : lines) {
            if (FIELD.matcher(line).matches()) {
                marked = true;
                break;
            }
        }
        if (marked) {
            readMarked();
        } else {
            readPlain();
        }
        if (made.isEmpty()) {
            refuse();
        }
        return out.build();
    }

    // ---------------------------------------------------------------- records with marks

    private void readMarked() {
        Record record = null;
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                String name = field.group(2);
                boolean first = !field.group(5).isEmpty();
                boolean uuid = name.equalsIgnoreCase("uuid");
                // xapi prints uuid first in every class's record, and each field once.
                boolean again = record != null && (uuid || record.names.contains(XapiRecord.normalise(name)));
                if (record == null || blanks > 0 || first || again) {
                    close(record);
                    record = new Record(number);
                    if (!first && !uuid) {
                        record.notes.add(new Note(number, null, "line " + number + ": the record starts with the field "
                                + Text.quoted(name) + " indented, not with a record's left-aligned first field "
                                + "(uuid, when all fields are printed): the lines before it were cut"));
                    }
                    if (again && blanks == 0 && !first) {
                        record.notes.add(new Note(number, null, "line " + number + ": the field " + Text.quoted(name)
                                + (uuid ? ", which xe prints first," : " comes a second time") + " with no blank line "
                                + "before it: read as the first field of the next record"));
                    }
                }
                record.add(new Field(name, kind(field.group(3)), number, field.group(6)));
            } else if (record != null && !record.fields.isEmpty() && continues(record.last(), blanks, line)) {
                Field last = record.last();
                last.value.append("\n".repeat(blanks + 1)).append(line);
            } else {
                Matcher start = FIELD_START.matcher(line);
                if (record != null && start.matches() && isCutMark(start.group(2))) {
                    record.notes.add(new Note(number, start.group(1), "line " + number + ": the line "
                            + Text.quoted(line.strip()) + " stops inside the field's mark, where the text was cut: "
                            + "the field is left out"));
                    close(record);
                } else {
                    close(record);
                    stray(number, line);
                }
                record = null;
            }
            blanks = 0;
        }
        close(record);
    }

    /**
     * Tells whether a line without a mark continues the value before it. xe prints a value's
     * line breaks as they are, so the lines after a field line are its value's until a blank
     * line; after one blank line only a value already on several lines goes on (a message body
     * with blank lines), and after two, the record has ended.
     */
    private static boolean continues(Field last, int blanks, String line) {
        if (COMMAND.matcher(line).matches() || isCut(line)) {
            return false;
        }
        return blanks == 0 || (blanks == 1 && last.lines() > 1);
    }

    private static boolean isCut(String line) {
        Matcher start = FIELD_START.matcher(line);
        return start.matches() && isCutMark(start.group(2));
    }

    /** Tells whether text after a field's name is the start of a mark, cut before its colon. */
    private static boolean isCutMark(String tail) {
        String compact = tail.replace(" ", "");
        for (String mark : List.of("RO", "RW", "MRO", "MRW", "SRO", "SRW")) {
            for (String whole : List.of("(" + mark + "):", "(" + mark + ")[DEPRECATED]:")) {
                if (whole.startsWith(compact) && compact.length() < whole.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Kind kind(String mark) {
        switch (mark.strip()) {
            case "SRO":
            case "SRW":
                return Kind.SET;
            case "MRO":
            case "MRW":
                return Kind.MAP;
            default:
                return Kind.SCALAR;
        }
    }

    private void stray(int number, String line) {
        String message;
        if (COMMAND.matcher(line).matches()) {
            message = "a command line, not its output (" + Text.quoted(line.strip()) + "): skipped";
        } else {
            message = "not a \"name (MARK): value\" line of xe output (" + Text.quoted(line.strip()) + "): skipped";
        }
        out.warning(new ImportWarning(source, "line " + number, message));
    }

    // ---------------------------------------------------------------- records without marks

    /**
     * Reads records printed without marks, as {@code xe host-cpu-info} prints its one: lines of
     * {@code name: value} with the colons in one column, four blanks right of the longest name,
     * the first name left-aligned. Lines in no such block are skipped with a warning.
     */
    private void readPlain() {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isEmpty()) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && !lines.get(end).isEmpty() && PLAIN_FIELD.matcher(lines.get(end)).matches()) {
                end++;
            }
            if (end > i && alignedAsXe(i, end)) {
                Record record = new Record(i + 1);
                for (int j = i; j < end; j++) {
                    Matcher field = PLAIN_FIELD.matcher(lines.get(j));
                    field.matches();
                    String name = field.group(2);
                    if (record.names.contains(XapiRecord.normalise(name))) {
                        close(record);
                        record = new Record(j + 1);
                    }
                    record.add(new Field(name, Kind.PLAIN, j + 1, field.group(4)));
                }
                close(record);
                i = end;
            } else {
                int last = Math.max(end, i + 1);
                for (int j = i; j < last; j++) {
                    stray(j + 1, lines.get(j));
                }
                i = last;
            }
        }
    }

    private boolean alignedAsXe(int from, int to) {
        int column = -1;
        int longest = 0;
        for (int j = from; j < to; j++) {
            Matcher field = PLAIN_FIELD.matcher(lines.get(j));
            field.matches();
            if (j == from && !field.group(1).isEmpty()) {
                return false;
            }
            int colon = field.end(3);
            if (column >= 0 && colon != column) {
                return false;
            }
            column = colon;
            longest = Math.max(longest, field.group(2).length());
        }
        return column == longest + 4;
    }

    // ---------------------------------------------------------------- making the records

    private void close(Record record) {
        if (record == null || record.fields.isEmpty()) {
            return;
        }
        int number = made.size() + 1;
        String uuid = null;
        for (Field field : record.fields) {
            if (field.name.equalsIgnoreCase("uuid") && field.lines() == 1
                    && !PLACEHOLDERS.containsKey(field.value.toString()) && !field.value.toString().isBlank()) {
                uuid = field.value.toString().strip();
            }
        }
        String label = "record " + number
                + (uuid != null ? " (uuid " + Text.name(uuid) + ")" : " (line " + record.line + ")");
        Map<String, XapiValue> values = new LinkedHashMap<>();
        for (Field field : record.fields) {
            XapiValue value = value(field, record.notes);
            if (value != null) {
                values.put(field.name, value);
            }
        }
        XapiRecord read = XapiRecord.withoutRef(xapiClass, values, source, label);
        made.add(read);
        out.add(read);
        record.notes.sort(Comparator.comparingInt(note -> note.line));
        for (Note note : record.notes) {
            out.warning(new ImportWarning(source, note.field == null ? label : label + ", field " + note.field,
                    note.message));
        }
    }

    /** A field's value, or null when it is unknown (a note then says why). */
    private XapiValue value(Field field, List<Note> notes) {
        String text = field.value.toString();
        String at = "line " + field.line + ": ";
        String placeholder = PLACEHOLDERS.get(text);
        if (placeholder != null) {
            notes.add(new Note(field.line, field.name, at + placeholder + "; the field is left out"));
            return null;
        }
        boolean commas = XeValues.joinedByCommas(xapiClass, field.name);
        switch (field.kind) {
            case PLAIN:
                return XapiValue.text(text);
            case SCALAR:
                return XapiValue.xe(text, commas);
            case SET:
                List<String> items = XeValues.set(text, commas);
                for (String item : items) {
                    if (PLACEHOLDERS.containsKey(item)) {
                        notes.add(new Note(field.line, field.name, at + "an element of the set is " + item + ": "
                                + "the set is not known whole, the field is left out"));
                        return null;
                    }
                }
                if (!commas && items.size() == 1 && items.get(0).contains(", ")) {
                    notes.add(new Note(field.line, field.name, at + "read as one element holding \", \"; xe joins "
                            + "a few sets with \", \" (tags, a patch's hosts…): if this is one, name the class as "
                            + "xapi does (" + Text.quoted(xapiClass) + " was given)"));
                }
                return XapiValue.set(items);
            default:
                XeValues.MapRead map = XeValues.readMap(text);
                if (map.problem != null) {
                    notes.add(new Note(field.line, field.name, at + map.problem + "; the field is left out"));
                    return null;
                }
                for (String value : map.pairs.values()) {
                    if (PLACEHOLDERS.containsKey(value)) {
                        notes.add(new Note(field.line, field.name, at + "a value of the map is " + value + ": "
                                + "the map is not known whole, the field is left out"));
                        return null;
                    }
                }
                for (String key : new LinkedHashSet<>(map.joined)) {
                    notes.add(new Note(field.line, field.name, at + "the value of " + Text.quoted(key)
                            + " is followed by \"; \" and text that is no new \"key: value\" item; xe escapes nothing, "
                            + "so that text is read as part of the value: " + Text.quoted(map.pairs.get(key))));
                }
                return XapiValue.map(map.pairs);
        }
    }

    // ---------------------------------------------------------------- text that is no record

    /** Throws for a text that holds no record: says what it is, where, and what was expected. */
    private void refuse() {
        int first = -1;
        boolean minimal = true;
        boolean single = true;
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || COMMAND.matcher(line).matches()) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            count++;
            minimal &= every(line, ",", UUID);
            single &= every(line, "; ", MAP_ITEM);
        }
        if (first < 0) {
            return;   // nothing but blanks and commands: xe prints nothing for a list that matches nothing
        }
        String line = lines.get(first);
        String where = "line " + (first + 1) + ", column " + (line.length() - line.stripLeading().length() + 1);
        if (minimal) {
            throw new XapiImportException(source, where, "this is xe --minimal output (" + Text.quoted(line.strip())
                    + "), which prints the first field of each record joined by commas and names no field: "
                    + "run the command without --minimal, with params=all, to read " + xapiClass + " records");
        }
        if (single && count == 1) {
            throw new XapiImportException(source, where, "this is one map value, as xe "
                    + xapiClass.toLowerCase(Locale.ROOT) + "-param-get prints it (" + Text.quoted(line.strip())
                    + "), not records: read it with XeOutput.readParamGet, naming the object's UUID and the field");
        }
        throw new XapiImportException(source, where, "expected xe records, the \"name (MARK): value\" lines that xe "
                + "<class>-list and <class>-param-list print (MARK one of \" RO\", \" RW\", MRO, MRW, SRO, SRW), "
                + "or the aligned \"name: value\" lines of xe host-cpu-info; found " + Text.quoted(line.strip()));
    }

    /**
     * Tells whether every part of a line between separators matches a pattern; a loop rather
     * than one repeated pattern, whose recursion a long line would overflow.
     */
    private static boolean every(String line, String separator, Pattern part) {
        int from = 0;
        while (true) {
            int at = line.indexOf(separator, from);
            if (!part.matcher(at < 0 ? line.substring(from) : line.substring(from, at)).matches()) {
                return false;
            }
            if (at < 0) {
                return true;
            }
            from = at + separator.length();
        }
    }

    // ---------------------------------------------------------------- one value

    private XapiRecords paramGet(String uuid, String field) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).isEmpty() || COMMAND.matcher(lines.get(i)).matches())) {
            if (!lines.get(i).isEmpty()) {
                stray(i + 1, lines.get(i));
            }
            i++;
        }
        int from = i;
        while (i < lines.size() && !COMMAND.matcher(lines.get(i)).matches()) {
            i++;
        }
        int to = i;
        while (to > from && lines.get(to - 1).isEmpty()) {
            to--;
        }
        if (i < lines.size()) {
            out.warning(new ImportWarning(source, "line " + (i + 1), "a further command and what follows it are "
                    + "skipped: " + Text.quoted(lines.get(i).strip()) + "; one value is read"));
        }
        if (from < to && (FIELD.matcher(lines.get(from)).matches() || isCut(lines.get(from)))) {
            String line = lines.get(from);
            throw new XapiImportException(source, "line " + (from + 1) + ", column "
                    + (line.length() - line.stripLeading().length() + 1), "expected the one value that xe "
                    + "<class>-param-get prints, found a record's field line " + Text.quoted(line.strip())
                    + ": read records with XeOutput.read");
        }
        String text = String.join("\n", lines.subList(from, to));
        String label = "record 1 (uuid " + Text.name(uuid) + ")";
        Map<String, XapiValue> values = new LinkedHashMap<>();
        values.put("uuid", XapiValue.text(uuid));
        String placeholder = PLACEHOLDERS.get(text);
        if (placeholder != null) {
            out.warning(new ImportWarning(source, label + ", field " + field, "line " + (from + 1) + ": "
                    + placeholder + "; the field is left out"));
        } else if (!XapiRecord.normalise(field).equals("uuid")) {
            values.put(field, XapiValue.xe(text, XeValues.joinedByCommas(xapiClass, field)));
        }
        XapiRecord read = XapiRecord.withoutRef(xapiClass, values, source, label);
        made.add(read);
        out.add(read);
        return out.build();
    }
}
