package io.github.xenpool.core.xapi;

import static io.github.xenpool.core.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Records printed the way xapi's CLI prints them (cli_printer.ml: the first name padded on the
 * right to four more than the longest, the others right-aligned to it, {@code name: value} lines,
 * then a blank line, and the blank line of {@code print_endline}) read back to the fields printed.
 */
class XeOutputPropertiesTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String NAME_CHARS = LETTERS + "0123456789-_";
    /** What a value may hold: no line break, no '<' (so never a placeholder). */
    private static final String VALUE_CHARS = LETTERS + "0123456789 :;,.-/()=_{}\"[]@#+";

    /** A field as a test printer prints it, and what reading it must give. */
    private record Field(String name, String mark, boolean deprecated, String printed, Object expected) {
    }

    // ------------------------------------------------------------------ the laws

    @Test
    void recordsPrintedAsXapiPrintsThemReadBackToTheirFields() {
        qt(300).forAll(records()).checkAssert(records -> assertReadsBack(records, print(records, 2, false)));
    }

    @Test
    void theNumberOfBlankLinesBetweenRecordsDoesNotMatter() {
        qt(200).forAll(records(), integers().between(0, 4)).checkAssert((records, blanks) ->
                assertReadsBack(records, print(records, blanks, false)));
    }

    @Test
    void alignmentLostWherePastedDoesNotMatter() {
        qt(200).forAll(records(), integers().between(0, 3)).checkAssert((records, blanks) ->
                assertReadsBack(records, print(records, blanks, true)));
    }

    @Test
    void oneMapOrSetAsParamGetPrintsItReadsBackWhenAskedForAsOne() {
        qt(300).forAll(maps()).checkAssert(map -> {
            XapiRecord record = paramGet(join(map), "other-config");
            assertEquals(map, record.field("other_config").orElseThrow().asMap("test"));
        });
        qt(300).forAll(sets()).checkAssert(set -> {
            XapiRecord record = paramGet(String.join("; ", set), "allowed-operations");
            assertEquals(set, record.field("allowed_operations").orElseThrow().asSet("test"));
        });
    }

    @Test
    void aValueOnSeveralLinesReadsBackWhole() {
        qt(300).forAll(multiLineValues(), names()).checkAssert((value, name) -> {
            List<Field> record = List.of(new Field("uuid", " RO", false, "0", "0"),
                    new Field(name.equalsIgnoreCase("uuid") ? "body" : name, " RO", false, value, value),
                    new Field("priority", " RO", false, "3", "3"));
            assertReadsBack(List.of(record, record), print(List.of(record, record), 2, false));
        });
    }

    // ------------------------------------------------------------------ reading

    private static void assertReadsBack(List<List<Field>> printed, String text) {
        XapiRecords records = read(text);
        List<XapiRecord> read = records.all("VM");
        assertEquals(printed.size(), read.size(), text);
        for (int r = 0; r < printed.size(); r++) {
            List<Field> fields = printed.get(r);
            XapiRecord record = read.get(r);
            assertEquals(fields.stream().map(Field::name).toList(), List.copyOf(record.fieldNames()), text);
            for (Field field : fields) {
                XapiValue value = record.field(field.name()).orElseThrow();
                Object got;
                switch (field.mark().strip()) {
                    case "SRO", "SRW" -> got = value.asSet("test");
                    case "MRO", "MRW" -> got = value.asMap("test");
                    default -> got = value.asText("test");
                }
                assertEquals(field.expected(), got, text);
            }
        }
        assertEquals(List.of(), records.warnings(), text);
    }

    private static XapiRecords read(String text) {
        try {
            return XeOutput.read(new StringReader(text), "test", "VM");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XapiRecord paramGet(String text, String field) {
        try {
            return XeOutput.readParamGet(new StringReader(text + "\n"), "test", "VM", "0", field).all("VM").get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the test's printer

    /**
     * Prints records as xapi's CLI does, with {@code blanks} blank lines after each (xapi prints
     * two) and, when {@code collapsed}, with the alignment lost: no indentation, one blank before a
     * record's first colon.
     */
    static String print(List<List<Field>> records, int blanks, boolean collapsed) {
        StringBuilder out = new StringBuilder();
        for (List<Field> record : records) {
            List<String> keys = new ArrayList<>();
            for (Field field : record) {
                keys.add(field.name() + " (" + field.mark() + ")" + (field.deprecated() ? " [DEPRECATED]" : ""));
            }
            int width = 4 + keys.stream().mapToInt(String::length).max().orElse(0);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                String padded;
                if (collapsed) {
                    padded = i == 0 ? key + " " : key;
                } else if (i == 0) {
                    padded = key + " ".repeat(width - key.length());
                } else {
                    padded = " ".repeat(width - key.length()) + key;
                }
                lines.add(padded + ": " + record.get(i).printed());
            }
            out.append(String.join("\n", lines)).append('\n').append("\n".repeat(blanks));
        }
        return out.toString();
    }

    private static String join(Map<String, String> map) {
        List<String> items = new ArrayList<>();
        map.forEach((k, v) -> items.add(k + ": " + v));
        return String.join("; ", items);
    }

    // ------------------------------------------------------------------ generators

    private static Gen<String> chars(String alphabet, int min, int max) {
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(min, max).map(indices -> {
            StringBuilder text = new StringBuilder();
            indices.forEach(i -> text.append(alphabet.charAt(i)));
            return text.toString();
        });
    }

    /** A field name: a letter, then letters, digits, '-' and '_'. */
    private static Gen<String> names() {
        return chars(LETTERS, 1, 1).zip(chars(NAME_CHARS, 0, 20), String::concat);
    }

    /** Text with no blank at either end, as a value; possibly empty. */
    private static Gen<String> values(String alphabet) {
        return chars(alphabet, 0, 30).map(String::strip);
    }

    private static Gen<List<String>> sets() {
        // No ',' either: a lone element holding ", " is warned of, as it may be a set xe joins on commas.
        Gen<String> elements = values(VALUE_CHARS.replace(";", "").replace(",", "")).assuming(v -> !v.isEmpty());
        return lists().of(elements).ofSizeBetween(0, 6);
    }

    private static Gen<Map<String, String>> maps() {
        Gen<String> keys = values(VALUE_CHARS.replace(";", "")).assuming(k -> !k.isEmpty() && !k.contains(": "));
        Gen<String> values = values(VALUE_CHARS.replace(";", ""));
        return lists().of(keys.zip(values, List::of)).ofSizeBetween(0, 6).map(pairs -> {
            Map<String, String> map = new LinkedHashMap<>();
            pairs.forEach(pair -> map.putIfAbsent(pair.get(0), pair.get(1)));
            return map;
        });
    }

    private static Gen<Field> fields() {
        Gen<Field> scalars = names().zip(values(VALUE_CHARS), booleans().all(), booleans().all(),
                (name, value, writable, deprecated) -> new Field(name, writable ? " RW" : " RO", deprecated, value, value));
        Gen<Field> setFields = names().zip(sets(), booleans().all(),
                (name, set, writable) -> new Field(name, writable ? "SRW" : "SRO", false, String.join("; ", set), set));
        Gen<Field> mapFields = names().zip(maps(), booleans().all(),
                (name, map, writable) -> new Field(name, writable ? "MRW" : "MRO", false, join(map), map));
        return Generate.pick(List.of(0, 1, 2)).flatMap(kind -> kind == 0 ? scalars : kind == 1 ? setFields : mapFields);
    }

    /** One to five records of one to eight fields, no two fields of a record the same field. */
    private static Gen<List<List<Field>>> records() {
        Gen<List<Field>> record = lists().of(fields()).ofSizeBetween(1, 8).map(fields -> {
            Set<String> seen = new HashSet<>();
            List<Field> unique = new ArrayList<>();
            for (Field field : fields) {
                if (seen.add(XapiRecord.normalise(field.name()))) {
                    unique.add(field);
                }
            }
            return unique;
        });
        return lists().of(record).ofSizeBetween(1, 5);
    }

    /**
     * A value of two to six lines, as a message's body: no line that reads as a field, a command
     * or a cut field line (no 'x', no parenthesis), no blank at a line's end, and single blank
     * lines only once the value has two lines.
     */
    private static Gen<String> multiLineValues() {
        String alphabet = "abcdefghijklmnopqrstuvwABC0123456789 .,:;<>/=\"";
        Gen<String> line = chars(alphabet, 0, 20).map(String::stripTrailing);
        return lists().of(line).ofSizeBetween(2, 6).zip(lists().of(booleans().all()).ofSizeBetween(6, 6),
                (lines, blanks) -> {
                    List<String> value = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        String text = lines.get(i);
                        if (i >= 1 && text.isEmpty()) {
                            text = "-";   // a blank second line would end the value
                        }
                        value.add(text);
                        if (i >= 1 && i < lines.size() - 1 && blanks.get(i)) {
                            value.add("");
                        }
                    }
                    return String.join("\n", value);
                });
    }
}
