package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.validation.InvalidModelException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CpuTest {

    private static final CpuCatalog CATALOG = CpuCatalog.shipped();
    private static final FeatureSet NEHALEM = CATALOG.model("Nehalem").features();

    @Test
    void exposesAllPhysicalFeaturesUnlessMasked() {
        Cpu cpu = CATALOG.model("Westmere").toCpuBuilder().build();

        assertEquals(cpu.physicalFeatures().orElseThrow(), cpu.features().orElseThrow());
        assertFalse(cpu.isMasked());
        assertTrue(cpu.hiddenFeatures().isEmpty());
    }

    @Test
    void maskingChangesExposedFeaturesButNotPhysicalOnes() {
        Cpu westmere = CATALOG.model("Westmere").toCpuBuilder().maskingSupport(MaskingSupport.FULL).build();

        Cpu masked = westmere.maskedTo(NEHALEM, Pool.DEFAULT_CPU_FEATURE_MASK);

        assertEquals(westmere.physicalFeatures().orElseThrow(), masked.physicalFeatures().orElseThrow());
        assertEquals(Pool.DEFAULT_CPU_FEATURE_MASK.apply(NEHALEM),
                Pool.DEFAULT_CPU_FEATURE_MASK.apply(masked.features().orElseThrow()));
        assertEquals("aes", FeatureCatalog.x86().describe(masked.hiddenFeatures()));
        assertTrue(masked.isMasked());
        assertEquals(westmere, masked.unmasked());
        assertFalse(westmere.isMasked(), "the original is unchanged");
    }

    @Test
    void maskingToTheSameLevelReturnsTheSameCpu() {
        Cpu nehalem = CATALOG.model("Nehalem").toCpuBuilder().build();
        assertSame(nehalem, nehalem.maskedTo(NEHALEM, Pool.DEFAULT_CPU_FEATURE_MASK));
    }

    @Test
    void maskingUpIsRefusedNamingTheMissingFeatures() {
        Cpu nehalem = CATALOG.model("Nehalem").toCpuBuilder().build();
        FeatureSet westmere = CATALOG.model("Westmere").features();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> nehalem.maskedTo(westmere, Pool.DEFAULT_CPU_FEATURE_MASK));
        assertTrue(e.getMessage().contains("it lacks aes"), e.getMessage());
    }

    @Test
    void maskingWithoutSupportIsRefusedNamingWhatCannotBeHidden() {
        Cpu westmere = CATALOG.model("Westmere").toCpuBuilder().maskingSupport(MaskingSupport.NONE).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> westmere.maskedTo(NEHALEM, Pool.DEFAULT_CPU_FEATURE_MASK));
        assertTrue(e.getMessage().contains("masking support NONE cannot hide aes"), e.getMessage());
    }

    @Test
    void exposedFeaturesMustBeASubsetOfPhysicalOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cpu.builder()
                .physicalFeatures(NEHALEM).features(NEHALEM.union(FeatureCatalog.x86().featureSet("avx2"))).build());
        assertTrue(e.getMessage().contains("exposes features its hardware lacks: avx2"), e.getMessage());
    }

    @Test
    void baseMaskingSupportCannotHideExtendedWords() {
        FeatureSet physical = NEHALEM.union(FeatureCatalog.x86().featureSet("pdpe1gb"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cpu.builder()
                .physicalFeatures(physical).features(NEHALEM).maskingSupport(MaskingSupport.BASE).build());
        assertTrue(e.getMessage().contains("masking support BASE cannot hide pdpe1gb (featureset word 2)"),
                e.getMessage());
    }

    @Test
    void nullComponentsAreRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Cpu(Optional.of(CpuVendor.INTEL), "x", 6,
                0, 0, null, Optional.of(NEHALEM), Optional.of(MaskingSupport.FULL), Optional.of(true), OptionalInt.of(1),
                OptionalInt.of(1), CpuInfo.NONE));
        assertEquals("physicalFeatures", e.getMessage());
        assertThrows(NullPointerException.class, () -> Cpu.builder().vendor(null));
    }

    @Test
    void countsOutOfRangeAreReportedTogether() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> Cpu.builder().sockets(0).cpuCount(-2).stepping(16).modelName(" ").build());

        assertEquals(java.util.List.of("cpuCount", "modelName", "sockets", "stepping"),
                e.violations().stream().map(v -> v.path()).toList());
        assertTrue(e.getMessage().contains("sockets: \"0\" must be greater than 0"), e.getMessage());
    }

    @Test
    void vendorsAreKnownByTheirCpuidStrings() {
        assertEquals(CpuVendor.HYGON, CpuVendor.fromCpuidString("HygonGenuine"));
        assertEquals(CpuVendor.AMD, CpuVendor.fromCpuidString("AuthenticAMD"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CpuVendor.fromCpuidString("CentaurHauls"));
        assertTrue(e.getMessage().contains("\"CentaurHauls\""), e.getMessage());
    }
}
