package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classes of the records read, as their source spelled them. */
class XapiRecordsTest {

    private static XapiRecord record(String xapiClass, String ref) {
        return XapiRecord.of(xapiClass, ref, Map.of("uuid", XapiValue.text(ref)), "test", "row " + ref);
    }

    @Test
    void anEmptyClassKeepsItsSpellingAsWellAsOneWithRecords() {
        XapiRecords records = XapiRecords.builder("state.db").xapiClass("Bond").xapiClass("VM_metrics")
                .add(record("PIF", "OpaqueRef:1")).xapiClass("pif").xapiClass("BOND").build();
        assertEquals(List.of("Bond", "VM_metrics", "PIF"), List.copyOf(records.classes()));
        assertTrue(records.has("bond"));
        assertEquals(List.of(), records.all("Bond"));
    }

    @Test
    void mergingKeepsTheEmptyClassesOfEachPart() {
        XapiRecords first = XapiRecords.builder("one").xapiClass("Bond").add(record("host", "OpaqueRef:1")).build();
        XapiRecords second = XapiRecords.builder("two").xapiClass("VLAN").add(record("host", "OpaqueRef:2")).build();
        XapiRecords both = XapiRecords.merge(List.of(first, second));
        assertEquals("one + two", both.source());
        assertEquals(List.of("Bond", "host", "VLAN"), List.copyOf(both.classes()));
        assertTrue(both.has("VLAN"), "none known, not unknown");
        assertEquals(2, both.all("host").size());
    }
}
