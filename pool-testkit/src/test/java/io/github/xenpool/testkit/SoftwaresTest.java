package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.Update;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The software of each xapi release carries the {@code software_version} that release's xapi fills
 * in (xen-api's {@code Xapi_globs.software_version} and {@code Create_misc.make_software_version},
 * with the product's inventory), and the updates the release records.
 */
class SoftwaresTest {

    /** The keys every release from 1.249 on fills in, v6d's aside. */
    private static final Set<String> XAPI_KEYS = Set.of("product_version", "product_version_text",
            "product_version_text_short", "platform_name", "platform_version", "product_brand", "build_number",
            "hostname", "date", "xapi", "xen", "linux", "xencenter_min", "xencenter_max", "network_backend",
            "db_schema");

    @Test
    void citrixHypervisorAndXcpNg82SayXapi120WithoutBuildOrGitIdAndTheirBrand() {
        Set<String> brands = new TreeSet<>();
        qt(60).forAll(Softwares.of("1.249.26")).checkAssert(s -> {
            Map<String, String> fields = s.softwareVersion().fields();
            assertEquals(XAPI_KEYS, fields.keySet());
            assertEquals("1.20", fields.get("xapi"));
            assertEquals("5.602", fields.get("db_schema"));
            assertEquals("8.2.1", fields.get("product_version"));
            assertEquals("3.2.1", fields.get("platform_version"));
            assertEquals("XCP", fields.get("platform_name"));
            assertEquals(Optional.of(new ApiVersion(2, 15)), s.apiVersion());
            assertEquals("2.15", fields.get("xencenter_min"));
            assertEquals("2.15", fields.get("xencenter_max"));
            assertTrue(s.softwareVersion().xapiBuild().isEmpty() && s.softwareVersion().gitId().isEmpty());
            brands.add(fields.get("product_brand"));
        });
        assertEquals(Set.of("Citrix Hypervisor", "XCP-ng"), brands);
    }

    @Test
    void xcpNg83AtItsReleaseRunsXapi24192WithSchema5779() {
        Set<String> products = new TreeSet<>();
        qt(60).forAll(Softwares.of("24.19.2")).checkAssert(s -> {
            Map<String, String> fields = s.softwareVersion().fields();
            assertEquals("24.19.2", fields.get("xapi_build"));
            assertEquals("24.19", fields.get("xapi"));
            assertEquals("2", fields.get("git_id"));
            assertEquals("5.779", fields.get("db_schema"));
            assertEquals("3.4.0", fields.get("platform_version"));
            assertEquals(Optional.of(new ApiVersion(2, 21)), s.apiVersion());
            products.add(fields.get("product_brand") + " " + fields.get("product_version"));
        });
        assertEquals(Set.of("XCP-ng 8.3.0", "XenServer 8.4.0"), products);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.39.1:5.785", "25.33.1:5.791", "26.1.4:5.793"})
    void laterReleasesNameThemselvesAndTheirSchema(String releaseAndSchema) {
        String release = releaseAndSchema.split(":")[0];
        String schema = releaseAndSchema.split(":")[1];
        String[] parts = release.split("\\.");
        qt(30).forAll(Softwares.of(release)).checkAssert(s -> {
            Map<String, String> fields = s.softwareVersion().fields();
            Set<String> keys = new TreeSet<>(XAPI_KEYS);
            keys.addAll(Set.of("xapi_build", "git_id"));
            if (fields.get("product_brand").equals("XenServer")) {
                keys.addAll(Set.of("dbv", "is_preview_release"));
            }
            assertEquals(keys, fields.keySet());
            assertEquals(release, fields.get("xapi_build"));
            assertEquals(parts[0] + "." + parts[1], fields.get("xapi"));
            assertEquals(parts[2], fields.get("git_id"));
            assertEquals(schema, fields.get("db_schema"));
            assertEquals("2.21", fields.get("xencenter_max"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.249.26", "24.19.2", "24.39.1", "25.33.1", "26.1.4"})
    void theHotfixesOfALaterReleaseAreAppliedAsPoolUpdatesThatEnforceHomogeneity(String release) {
        qt(30).forAll(Softwares.of(release)).checkAssert(s -> {
            Set<Update> updates = s.updates().orElseThrow();
            assertEquals(s.hotfixes().orElseThrow(), updates.stream().map(Update::name).collect(Collectors.toSet()));
            assertTrue(updates.stream().allMatch(u -> u.kind() == Update.Kind.UPDATE
                    && u.enforceHomogeneity().equals(Optional.of(true))), updates::toString);
            assertEquals(Optional.of(Set.of()), s.pendingGuidance());
            assertEquals(Optional.of("openvswitch"), s.softwareVersion().networkBackend());
        });
    }

    @Test
    void xenServer5And6KeepsItsPatchesAndNamesNoRelease() {
        qt(60).forAll(Softwares.xenServer5And6()).checkAssert(s -> {
            assertTrue(Softwares.VERSIONS.contains(s.productVersion().orElseThrow().toString()));
            assertEquals("1.3", s.softwareVersion().xapi().orElseThrow());
            assertTrue(s.softwareVersion().xapiBuild().isEmpty());
            assertTrue(s.updates().orElseThrow().stream().allMatch(u -> u.kind() == Update.Kind.PATCH));
        });
    }

    @Test
    void anySoftwareSpansEveryEra() {
        Map<String, Integer> eras = new TreeMap<>();
        qt(300).forAll(Softwares.software()).checkAssert(s -> eras.merge(s.softwareVersion().xapiBuild()
                .orElse(s.softwareVersion().xapi().orElseThrow()), 1, Integer::sum));
        assertEquals(Set.of("1.3", "1.20", "24.19.2", "24.39.1", "25.33.1", "26.1.4"), eras.keySet(),
                eras::toString);
    }

    @Test
    void anUnknownReleaseIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Softwares.of("8.3.0"));
        assertEquals("the testkit generates no software of xapi \"8.3.0\"; it knows 1.249.26, 24.19.2, 24.39.1,"
                + " 25.33.1, 26.1.4", e.getMessage());
    }

    @Test
    void withHotfixesChangesTheRecordsOfTheRelease() {
        Software old = Softwares.xenServer56();
        Software patched = Softwares.withHotfixes(old, Set.of("XS56E001"));
        assertEquals(Set.of(Update.Kind.PATCH), patched.updates().orElseThrow().stream().map(Update::kind)
                .collect(Collectors.toSet()));
        qt(10).forAll(Softwares.of("24.19.2")).checkAssert(s -> {
            Software updated = Softwares.withHotfixes(s, Set.of("XS8E006"));
            assertEquals(Set.of("XS8E006"), updated.updates().orElseThrow().stream().map(Update::name)
                    .collect(Collectors.toSet()));
        });
    }
}
