package io.github.xenpool.core.software;

import static io.github.xenpool.core.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;

/**
 * A software version's fields read as the {@link TreeMap} of the same entries would: in key order,
 * equal to it, with its hash code and text, the same answer for every key present or absent; and
 * they cannot be changed.
 */
class SoftwareVersionFieldsTest {

    private static final List<String> KEYS = List.of("product_version", "product_version_text",
            "product_version_text_short", "product_brand", "platform_name", "platform_version", "build_number",
            "xapi", "xapi_build", "db_schema", "git_id", "network_backend", "xs:main", "xs:linux", "xen", "linux");

    /** Maps of some of xapi's keys and some made-up ones, with any values. */
    private static Gen<TreeMap<String, String>> fieldMaps() {
        Gen<String> key = integers().between(0, KEYS.size() + 5)
                .map(i -> i < KEYS.size() ? KEYS.get(i) : "key-" + i);
        Gen<String> value = strings().basicLatinAlphabet().ofLengthBetween(0, 12);
        return lists().of(key.zip(value, Map::entry)).ofSizeBetween(0, 20).map(entries -> {
            TreeMap<String, String> map = new TreeMap<>();
            entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
            return map;
        });
    }

    @Test
    void fieldsAreTheTreeMapOfTheSameEntries() {
        qt(300).forAll(fieldMaps()).checkAssert(tree -> {
            SortedMap<String, String> fields = SoftwareVersion.of(tree).fields();

            assertEquals(tree, fields);
            assertEquals(fields, tree);
            assertEquals(new HashMap<>(tree), fields);
            assertEquals(tree.hashCode(), fields.hashCode());
            assertEquals(tree.toString(), fields.toString());
            assertEquals(new ArrayList<>(tree.entrySet()), new ArrayList<>(fields.entrySet()));
            assertEquals(new ArrayList<>(tree.keySet()), new ArrayList<>(fields.keySet()));
            assertEquals(new ArrayList<>(tree.values()), new ArrayList<>(fields.values()));
            assertEquals(tree.size(), fields.size());
            assertEquals(tree.isEmpty(), fields.isEmpty());
            if (!tree.isEmpty()) {
                assertEquals(tree.firstKey(), fields.firstKey());
                assertEquals(tree.lastKey(), fields.lastKey());
                assertEquals(tree.headMap("p"), fields.headMap("p"));
                assertEquals(tree.tailMap("p"), fields.tailMap("p"));
                assertEquals(tree.subMap("d", "x"), fields.subMap("d", "x"));
            }
        });
    }

    @Test
    void everyKeyPresentOrAbsentReadsAsInTheTreeMap() {
        qt(300).forAll(fieldMaps()).checkAssert(tree -> {
            SoftwareVersion version = SoftwareVersion.of(tree);
            List<String> keys = new ArrayList<>(KEYS);
            keys.add("key-3");
            keys.add("absent");
            for (String key : keys) {
                assertEquals(tree.get(key), version.fields().get(key), key);
                assertEquals(tree.containsKey(key), version.fields().containsKey(key), key);
                assertEquals(Optional.ofNullable(tree.get(key)), version.get(key), key);
            }
        });
    }

    @Test
    void nullIsNoKey() {
        SortedMap<String, String> fields = SoftwareVersion.of(Map.of("xapi", "24.19")).fields();

        assertThrows(NullPointerException.class, () -> fields.get(null));
        assertThrows(NullPointerException.class, () -> fields.containsKey(null));
        assertThrows(NullPointerException.class, () -> SoftwareVersion.of(Map.of()).get(null));
        assertNull(fields.get("xapi_build"));
    }

    @Test
    void fieldsCannotBeChanged() {
        SortedMap<String, String> fields = SoftwareVersion.of(Map.of("xapi", "24.19", "xapi_build", "24.19.2"))
                .fields();
        List<Executable> changes = List.of(
                () -> fields.put("xapi", "1.0"),
                () -> fields.remove("xapi"),
                () -> fields.remove("xapi", "24.19"),
                () -> fields.putAll(Map.of("db_schema", "5.779")),
                fields::clear,
                () -> fields.putIfAbsent("db_schema", "5.779"),
                () -> fields.replace("xapi", "1.0"),
                () -> fields.replace("xapi", "24.19", "1.0"),
                () -> fields.replaceAll((key, value) -> value + "!"),
                () -> fields.computeIfAbsent("db_schema", key -> "5.779"),
                () -> fields.computeIfPresent("xapi", (key, value) -> "1.0"),
                () -> fields.compute("xapi", (key, value) -> "1.0"),
                () -> fields.merge("xapi", "1.0", (a, b) -> b),
                () -> fields.entrySet().iterator().next().setValue("1.0"),
                () -> fields.keySet().remove("xapi"),
                () -> fields.values().clear(),
                () -> fields.headMap("xapi_build").clear());
        for (Executable change : changes) {
            assertThrows(UnsupportedOperationException.class, change);
        }
        assertEquals(Map.of("xapi", "24.19", "xapi_build", "24.19.2"), fields);
        assertFalse(fields.containsKey("db_schema"));
    }
}
