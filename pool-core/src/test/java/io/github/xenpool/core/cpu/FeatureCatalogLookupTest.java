package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Finding features by featureset position, in the shipped catalog and in a catalog of one's own. */
class FeatureCatalogLookupTest {

    private static final int LAST_INDEX = FeatureSet.MAX_WORDS * FeatureSet.BITS_PER_WORD - 1;

    private static Feature feature(String name, int index) {
        return new Feature(name, List.of(), Feature.Source.CPUID, 7, 0, "ebx", index % 32, true,
                OptionalInt.of(index), "");
    }

    @Test
    void theFeatureAtAPositionIsFoundFromTheFirstPositionToTheLast() {
        Feature first = feature("first", 0);
        Feature last = feature("last", LAST_INDEX);
        FeatureCatalog catalog = FeatureCatalog.of(List.of(first, last));

        assertEquals(Optional.of(first), catalog.atIndex(0));
        assertEquals(Optional.of(last), catalog.atIndex(LAST_INDEX));
        assertEquals(Optional.empty(), catalog.atIndex(1));
        assertEquals("first, last", catalog.describe(FeatureSet.of(0, LAST_INDEX)));
        assertEquals("FeatureCatalog[2 features]", catalog.toString());
    }

    @Test
    void positionsOutsideAnyFeaturesetHoldNoFeature() {
        FeatureCatalog catalog = FeatureCatalog.x86();

        assertEquals(Optional.empty(), catalog.atIndex(-1));
        assertEquals(Optional.empty(), catalog.atIndex(LAST_INDEX + 1));
        assertEquals(Optional.of(catalog.feature("fpu")), catalog.atIndex(0));
    }

    @Test
    void aFeatureHasABitOfARegisterAndAPlaceInsideTheLargestFeatureset() {
        assertEquals(63, new Feature("msr-bit", List.of(), Feature.Source.MSR, 0x10a, 0, "edx:eax", 63, true,
                OptionalInt.empty(), "").bit());
        assertThrows(IllegalArgumentException.class, () -> new Feature("x", List.of(), Feature.Source.MSR, 0x10a, 0,
                "edx:eax", 64, true, OptionalInt.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> new Feature("x", List.of(), Feature.Source.CPUID, 1, 0,
                "edx", -1, true, OptionalInt.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> feature("x", LAST_INDEX + 1));
        assertThrows(IllegalArgumentException.class, () -> new Feature("x", List.of(), Feature.Source.CPUID, 1, 0,
                "edx", 0, true, OptionalInt.of(-1), ""));
        assertEquals("avx2", FeatureCatalog.x86().feature("avx2").toString());
    }

    @Test
    void anEmptyNameIsNoFeatureEvenWhereFeaturesHaveNoXenName() {
        FeatureCatalog catalog = FeatureCatalog.of(List.of(feature("first", 0), feature("second", 1)));

        assertEquals(Optional.empty(), catalog.find(""));
        assertEquals(Optional.empty(), FeatureCatalog.x86().find(""));
    }
}
