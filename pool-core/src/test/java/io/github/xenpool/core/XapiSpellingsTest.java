package io.github.xenpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.FeatureSetFormatException;
import io.github.xenpool.core.cpu.MaskingSupport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values are read as xapi and {@code xe} write them. */
class XapiSpellingsTest {

    @Test
    void maskingSupportReadsXapisMaskableField() {
        assertEquals(MaskingSupport.NONE, MaskingSupport.fromXapi("no"));
        assertEquals(MaskingSupport.BASE, MaskingSupport.fromXapi("base"));
        assertEquals(MaskingSupport.FULL, MaskingSupport.fromXapi(" Full\n"));
        for (MaskingSupport support : MaskingSupport.values()) {
            assertEquals(support, MaskingSupport.fromXapi(support.xapiName()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaskingSupport.fromXapi("yes\u001b[2J"));
        assertEquals("cpu_info:maskable is \"yes\\u001B[2J\"; xapi writes no, base or full", e.getMessage());
    }

    @Test
    void editionsAreReadAsXapiWritesThemAndKnownOnesAreTheSameValue() {
        assertSame(LicenceEdition.ENTERPRISE, LicenceEdition.of("enterprise"));
        assertSame(LicenceEdition.XCP_NG, LicenceEdition.of(" XCP-ng\n"));
        assertSame(LicenceEdition.ENTERPRISE_PER_SOCKET, LicenceEdition.of("enterprise-per-socket"));
        LicenceEdition other = LicenceEdition.of("premium-per-user");
        assertEquals("premium-per-user", other.xapiName());
        assertEquals(other, LicenceEdition.of("PREMIUM-per-user"));
        assertNotEquals(LicenceEdition.FREE, other);
        for (LicenceEdition edition : LicenceEdition.known()) {
            assertSame(edition, LicenceEdition.of(edition.xapiName()));
            assertEquals(edition.xapiName(), edition.toString());
        }
    }

    @Test
    void editionsAreOrderedOnlyWhereTheOrderIsKnown() {
        List<LicenceEdition> five = LicenceEdition.XENSERVER_5_EDITIONS;
        for (int i = 0; i < five.size(); i++) {
            for (int j = 0; j < five.size(); j++) {
                assertEquals(Optional.of(i >= j), five.get(i).isAtLeast(five.get(j)), five.get(i) + " >= " + five.get(j));
            }
        }
        assertEquals(Optional.of(true), LicenceEdition.ENTERPRISE_PER_SOCKET.isAtLeast(LicenceEdition.STANDARD_PER_SOCKET));
        assertEquals(Optional.of(false), LicenceEdition.FREE.isAtLeast(LicenceEdition.STANDARD_PER_SOCKET));
        assertEquals(Optional.empty(), LicenceEdition.ENTERPRISE_PER_SOCKET.isAtLeast(LicenceEdition.ENTERPRISE),
                "two families have no order between them");
        assertEquals(Optional.empty(), LicenceEdition.XCP_NG.isAtLeast(LicenceEdition.FREE));
        assertEquals(Optional.of(true), LicenceEdition.XCP_NG.isAtLeast(LicenceEdition.XCP_NG));
        assertEquals(Optional.empty(), LicenceEdition.of("desktop-cloud").compare(LicenceEdition.FREE));
    }

    @Test
    void aNameThatIsNoEditionIsRefusedNamingIt() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> LicenceEdition.of(" "));
        assertTrue(blank.getMessage().contains("is not an edition name"), blank.getMessage());
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> LicenceEdition.of("free\nVerdict: ALLOWED"));
        assertTrue(!odd.getMessage().contains("\n"), odd.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LicenceEdition.of("x".repeat(65)));
        assertThrows(NullPointerException.class, () -> LicenceEdition.of(null));
    }

    @Test
    void aPoolOfEditionsWithoutAnOrderHasNoKnownEdition() {
        Host master = Fixtures.host("xs-01", "Xeon-E5-2650-v3", "192.0.2.1").withLicence(LicenceEdition.XCP_NG);
        Host free = Fixtures.host("xs-02", "Xeon-E5-2650-v3", "192.0.2.2").withLicence(LicenceEdition.FREE);
        Host enterprise = Fixtures.host("xs-03", "Xeon-E5-2650-v3", "192.0.2.3");

        assertEquals(Optional.empty(), Pool.builder().name("mixed").master(master).secondary(free).build().edition());
        assertEquals(Optional.of(LicenceEdition.FREE),
                Pool.builder().name("five").master(enterprise).secondary(free).build().edition());
    }

    @Test
    void featureSetsCutFromXeOutputKeepTheirSurroundingWhiteSpace() {
        FeatureSet expected = FeatureSet.parse("17cbfbff-f7fa3223-2d93fbff-00000023");

        assertEquals(expected, FeatureSet.parse(" 17cbfbff-f7fa3223-2d93fbff-00000023\n"));
        assertEquals(expected, FeatureSet.parse("\t17cbfbff-f7fa3223-2d93fbff-00000023 \r\n"));
        assertEquals(FeatureMask.DEFAULT, FeatureMask.parseLegacy(" ffffff7f-ffffffff-ffffffff-ffffffff "));
        FeatureSetFormatException inside = assertThrows(FeatureSetFormatException.class,
                () -> FeatureSet.parse(" 17cbfbff- f7fa3223"));
        assertTrue(inside.getMessage().contains("position 10"), inside.getMessage());
        assertThrows(FeatureSetFormatException.class, () -> FeatureSet.parse(" \n "));
    }

    @Test
    void aLinuxFlagsLineIsReadWithTheFlagsTheCatalogDoesNotKnowReported() {
        FeatureCatalog catalog = FeatureCatalog.x86();

        FeatureCatalog.FlagsReading reading = catalog.readFlags("fpu vme de pse tsc msr pae mce cx8 apic sep"
                + " constant_tsc rep_good nopl nonstop_tsc cpuid cpuid_fault pni sse4_1 sse4_2 avx2 arat\n");

        assertEquals(catalog.featureSet("fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce", "cx8", "apic", "sep",
                "pni", "sse4.1", "sse4.2", "avx2"), reading.features());
        assertEquals(List.of("constant_tsc", "rep_good", "nopl", "nonstop_tsc", "cpuid", "cpuid_fault"),
                reading.unknown());
        assertEquals(List.of("arat"), reading.outsideFeatureset());
        assertEquals(FeatureSet.EMPTY, catalog.readFlags("  ").features());
    }
}
