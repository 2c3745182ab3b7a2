package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A CPU is comparable only when its vendor and features are known; what is unknown stays unknown. */
class CpuKnowledgeTest {

    private static final CpuModel HASWELL = CpuCatalog.shipped().model("Haswell");

    @Test
    void aCpuIsKnownOnlyWithBothVendorAndFeatures() {
        Cpu known = HASWELL.toCpuBuilder().build();
        Cpu noVendor = Cpu.builder().physicalFeatures(HASWELL.features()).build();
        Cpu noFeatures = Cpu.builder().vendor(CpuVendor.INTEL).build();

        assertTrue(known.isKnown());
        assertFalse(noVendor.isKnown());
        assertFalse(noFeatures.isKnown());
        assertFalse(Cpu.unknown().isKnown());
    }

    @Test
    void aCpuWithUnknownFeaturesCannotBeMasked() {
        Cpu noFeatures = Cpu.builder().vendor(CpuVendor.INTEL).modelName("Mystery").build();

        IllegalArgumentException maskedTo = assertThrows(IllegalArgumentException.class,
                () -> noFeatures.maskedTo(HASWELL.features(), Pool.DEFAULT_CPU_FEATURE_MASK));
        IllegalArgumentException hiding = assertThrows(IllegalArgumentException.class,
                () -> noFeatures.hiding(FeatureSet.of(1)));

        assertEquals("CPU Mystery cannot be masked: its features are unknown", maskedTo.getMessage());
        assertEquals("CPU Mystery cannot be masked: its features are unknown", hiding.getMessage());
    }

    @Test
    void physicalAndExposedFeaturesAreKnownTogetherOrNotAtAll() {
        Optional<FeatureSet> features = Optional.of(HASWELL.features());

        IllegalArgumentException physicalOnly = assertThrows(IllegalArgumentException.class,
                () -> new Cpu(Optional.of(CpuVendor.INTEL), "Half", 6, 60, 3, features, Optional.empty(),
                        Optional.of(MaskingSupport.FULL), Optional.of(true), OptionalInt.of(1),
                        OptionalInt.of(1), CpuInfo.NONE));
        IllegalArgumentException exposedOnly = assertThrows(IllegalArgumentException.class,
                () -> new Cpu(Optional.of(CpuVendor.INTEL), "Half", 6, 60, 3, Optional.empty(), features,
                        Optional.of(MaskingSupport.FULL), Optional.of(true), OptionalInt.of(1),
                        OptionalInt.of(1), CpuInfo.NONE));

        assertTrue(physicalOnly.getMessage().contains("physical features but unknown exposed ones"),
                physicalOnly.getMessage());
        assertTrue(exposedOnly.getMessage().contains("exposed features but unknown physical ones"),
                exposedOnly.getMessage());
    }

    @Test
    void aBuilderFromACpuRebuildsTheSameCpu() {
        Cpu masked = HASWELL.toCpuBuilder().maskingSupport(MaskingSupport.FULL).virtualizationEnabled(false).build()
                .hiding(FeatureCatalog.x86().featureSet("avx2"));

        assertEquals(masked, masked.toBuilder().build());
        assertEquals(Cpu.unknown(), Cpu.unknown().toBuilder().build());
        assertEquals(Optional.of(false), masked.toBuilder().build().virtualizationEnabled());
        assertEquals(Optional.empty(), Cpu.unknown().virtualizationEnabled());
    }

    @Test
    void hidingWhatIsAlreadyHiddenReturnsTheSameCpu() {
        Cpu masked = HASWELL.toCpuBuilder().maskingSupport(MaskingSupport.FULL).build()
                .hiding(FeatureCatalog.x86().featureSet("avx2"));

        assertSame(masked, masked.hiding(FeatureCatalog.x86().featureSet("avx2")));
    }

    @Test
    void vendorsSayTheirNames() {
        assertEquals("Intel", CpuVendor.INTEL.displayName());
        assertEquals("GenuineIntel", CpuVendor.INTEL.cpuidString());
        assertEquals("AuthenticAMD", CpuVendor.AMD.cpuidString());
        assertEquals("Intel VT-x", CpuVendor.INTEL.virtualizationName());
        assertEquals("AMD-V", CpuVendor.AMD.virtualizationName());
    }

    @Test
    void aCatalogEntryPrintsItsNameVendorAndFeatureCount() {
        assertEquals("Haswell (INTEL, " + HASWELL.features().size() + " features)", HASWELL.toString());
    }
}
