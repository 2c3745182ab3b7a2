package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classes a source is known to have, with and without records. */
class XapiRecordsClassesTest {

    private static XapiRecord record(String xapiClass, String ref) {
        return XapiRecord.of(xapiClass, ref, Map.of("uuid", XapiValue.text(ref)), "s", "line 1");
    }

    @Test
    void aClassWithoutRecordsKeepsItsSpelling() {
        XapiRecords records = XapiRecords.builder("s").xapiClass("Bond").xapiClass("VLAN").add(record("PIF", "OpaqueRef:p"))
                .build();

        assertEquals(List.of("Bond", "VLAN", "PIF"), List.copyOf(records.classes()));
        assertTrue(records.has("bond"));
    }

    @Test
    void theFirstSpellingStands() {
        XapiRecords records = XapiRecords.builder("s").add(record("host", "OpaqueRef:a")).xapiClass("HOST")
                .add(record("Host", "OpaqueRef:b")).build();

        assertEquals(List.of("host"), List.copyOf(records.classes()));
        assertEquals(2, records.all("HOST").size());
    }

    @Test
    void mergingKeepsTheClassesWithoutRecords() {
        XapiRecords merged = XapiRecords.merge(List.of(XapiRecords.builder("a").xapiClass("Bond").build(),
                XapiRecords.builder("b").add(record("host", "OpaqueRef:h")).build()));

        assertEquals(List.of("Bond", "host"), List.copyOf(merged.classes()));
        assertTrue(merged.has("Bond"));
        assertEquals("a + b", merged.source());
    }
}
