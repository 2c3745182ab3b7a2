package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.internal.Tsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeatureCatalogTest {

    private final FeatureCatalog catalog = FeatureCatalog.x86();

    @Test
    void holdsEveryFeatureOfTheData() {
        assertEquals(364, catalog.features().size());
        assertEquals(232, catalog.features().stream().filter(Feature::inFeatureset).count());
    }

    @Test
    void findsFeaturesByLibvirtNameAliasOrXenNameInAnyCase() {
        Feature sse3 = catalog.feature("pni");

        assertAll(
                () -> assertEquals(sse3, catalog.feature("sse3")),
                () -> assertEquals(sse3, catalog.feature("SSE3")),
                () -> assertEquals(catalog.feature("sse4.1"), catalog.feature("sse4_1")),
                () -> assertEquals(catalog.feature("pclmuldq"), catalog.feature("PCLMULQDQ")),
                () -> assertEquals(32, sse3.featuresetIndex().getAsInt()),
                () -> assertEquals(1, sse3.featuresetWord().getAsInt()));
    }

    @Test
    void placesFeaturesWhereXenPutsThem() {
        // word 0 = 1.edx (fpu bit 0), word 1 = 1.ecx (est bit 7), word 5 = 7:0.ebx (avx2 bit 5).
        assertAll(
                () -> assertEquals(0, catalog.feature("fpu").featuresetIndex().getAsInt()),
                () -> assertEquals(32 + 7, catalog.feature("est").featuresetIndex().getAsInt()),
                () -> assertEquals(5 * 32 + 5, catalog.feature("avx2").featuresetIndex().getAsInt()),
                () -> assertEquals(5 * 32 + 8, catalog.feature("bmi2").featuresetIndex().getAsInt()));
    }

    @Test
    void buildsSetsFromNamesAndNamesTheirFeaturesInFeaturesetOrder() {
        FeatureSet set = catalog.featureSet("bmi2", "avx2", "fpu");

        assertEquals(List.of("fpu", "avx2", "bmi2"), catalog.names(set));
        assertEquals("fpu, avx2, bmi2", catalog.describe(set));
        assertEquals("none", catalog.describe(FeatureSet.EMPTY));
    }

    @Test
    void saysDifferencesByName() {
        FeatureSet pool = catalog.featureSet("fpu", "avx2", "bmi2");
        FeatureSet host = catalog.featureSet("fpu", "rdrand");

        assertEquals("missing: avx2, bmi2; extra: rdrand", catalog.describeDifference(pool, host));
        assertEquals("missing: avx2, bmi2", catalog.describeDifference(pool, catalog.featureSet("fpu")));
        assertEquals("equal", catalog.describeDifference(pool, pool));
    }

    @Test
    void namesUnknownBitsByTheirPosition() {
        // Word 4 bit 31 (0xD:1.eax) has no feature in the data.
        FeatureSet set = FeatureSet.of(4 * 32 + 31);
        assertTrue(catalog.atIndex(4 * 32 + 31).isEmpty());

        assertEquals(List.of("word4.bit31"), catalog.names(set));
    }

    @Test
    void anUnknownNameIsAnErrorThatQuotesIt() {
        UnknownFeatureException e = assertThrows(UnknownFeatureException.class,
                () -> catalog.featureSet("avx2", "avx9000"));

        assertEquals("avx9000", e.featureName());
        assertTrue(e.getMessage().contains("\"avx9000\""), e.getMessage());
        assertTrue(catalog.find("avx9000").isEmpty());
    }

    @Test
    void aFeatureWithoutAFeaturesetPlaceCannotGoInASet() {
        UnknownFeatureException e = assertThrows(UnknownFeatureException.class, () -> catalog.featureSet("npt"));

        assertTrue(e.getMessage().contains("\"npt\" has no place in a Xen featureset"), e.getMessage());
        assertEquals(catalog.featureSet("fpu"), catalog.featureSetOfKnown(List.of("fpu", "npt")));
    }

    @Test
    void rejectsCatalogsWithClashingNamesOrPlaces() {
        Feature a = catalog.feature("fpu");
        Feature clash = new Feature("other", List.of("fpu"), Feature.Source.CPUID, 1, 0, "edx", 1, true,
                java.util.OptionalInt.of(1), "");
        Feature samePlace = new Feature("other", List.of(), Feature.Source.CPUID, 1, 0, "edx", 0, true,
                a.featuresetIndex(), "");

        assertThrows(IllegalArgumentException.class, () -> FeatureCatalog.of(List.of(a, clash)));
        assertThrows(IllegalArgumentException.class, () -> FeatureCatalog.of(List.of(a, samePlace)));
    }

    static Stream<Arguments> libvirtModels() {
        return Tsv.read(FeatureCatalog.class, "x86-cpu-models.tsv").stream()
                .map(row -> Arguments.of(row.get("model"), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libvirtModels")
    void everyLibvirtModelsNamedFeaturesGiveItsFeaturesetWords(String model, Map<String, String> row) {
        FeatureSet words = FeatureSet.parse(row.get("xen_featureset_words"));
        FeatureSet fromAllNames = catalog.featureSetOfKnown(Tsv.list(row.get("features_all")));
        FeatureSet fromCpuidNames = catalog.featureSetOfKnown(Tsv.list(row.get("features_cpuid_only")));
        // The CPUID-only list leaves out the ARCH_CAPS MSR features of words 16 and 17.
        int[] archCapsWords = new int[18];
        archCapsWords[16] = -1;
        archCapsWords[17] = -1;
        FeatureSet msrWords = FeatureSet.ofWords(archCapsWords);

        assertEquals(words, fromAllNames);
        assertEquals(words.minus(msrWords), fromCpuidNames);
        assertEquals(words, CpuCatalog.shipped().model(model).features());
    }

    @Test
    void everyRealHostsNamedFeaturesGiveItsFeaturesetWords() {
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(FeatureCatalog.class, "x86-real-hosts.tsv")) {
            FeatureSet words = FeatureSet.parse(row.get("xen_featureset_words"));
            if (!words.equals(catalog.featureSetOfKnown(Tsv.list(row.get("features_all"))))) {
                mismatches.add(row.get("test_name"));
            }
        }
        assertEquals(List.of(), mismatches);
        assertFalse(CpuCatalog.shipped().realHosts().isEmpty());
    }
}
