package io.github.xenpool.core.software;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Building a host's software: collections given at once replace what was added before. */
class SoftwareBuilderTest {

    @Test
    void theBuilderSetsEveryValue() {
        Software software = Software.builder().productVersion("6.0.2").buildNumber("53456c")
                .hotfix("XS602E001").supplementalPack("xs-tools", "6.0.2").build();

        assertEquals(Optional.of(ProductVersion.parse("6.0.2")), software.productVersion());
        assertEquals(Optional.of("53456c"), software.buildNumber());
        assertEquals(Set.of("XS602E001"), software.hotfixes().orElseThrow());
        assertEquals(Set.of(new SupplementalPack("xs-tools", "6.0.2")), software.supplementalPacks());
    }

    @Test
    void givenHotfixesAndPacksReplaceTheOnesAddedBefore() {
        Software software = Software.builder()
                .hotfix("XS56E001").hotfixes(List.of("XS56E002", "XS56E003"))
                .supplementalPack("old", "1").supplementalPacks(List.of(new SupplementalPack("new", "2")))
                .build();

        assertEquals(Set.of("XS56E002", "XS56E003"), software.hotfixes().orElseThrow());
        assertEquals(Set.of(new SupplementalPack("new", "2")), software.supplementalPacks());
    }

    @Test
    void aBuilderFromSoftwareRebuildsTheSameSoftware() {
        Software software = Software.builder().productVersion(ProductVersion.parse("6.2")).buildNumber("70446c")
                .hotfixes(List.of("XS62E001")).supplementalPack("xs-tools", "6.2.0").build();

        assertEquals(software, software.toBuilder().build());
        Software unknownFixes = software.toBuilder().unknownHotfixes().build();
        assertEquals(java.util.Optional.empty(), unknownFixes.hotfixes());
        assertEquals(unknownFixes, unknownFixes.toBuilder().build());
        assertEquals(java.util.Optional.of(Set.of("XS62E002")), unknownFixes.toBuilder().hotfix("XS62E002").build()
                .hotfixes(), "a hotfix given makes the hotfixes known");
    }

    @Test
    void xapiFactsSurviveToBuilder() {
        Software software = Software.builder().softwareVersion(SoftwareVersion.of(java.util.Map.of("product_brand",
                "XenServer", "xapi", "24.11", "xs:main", "Base Pack, version 8.4.0")))
                .apiVersion(ApiVersion.parse("2.21"))
                .updates(List.of(new Update("6e0f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "XS84E001", "1.0",
                        Update.Kind.UPDATE, java.util.Optional.of(true))))
                .build();

        assertEquals(software, software.toBuilder().build());
        assertEquals(java.util.Optional.of("XenServer"), software.softwareVersion().compatibilityName());
        assertEquals(java.util.Map.of("xs:main", "Base Pack, version 8.4.0"), software.softwareVersion().packs());
        assertEquals("2.21", software.apiVersion().orElseThrow().toString());
        assertEquals(1, software.updates().orElseThrow().size());
    }

    @Test
    void aPackIsFoundByItsNameOnly() {
        Software software = Software.builder().supplementalPack("xs-tools", "6.2.0")
                .supplementalPack("linux-guest", "1.0").build();

        assertEquals(Optional.of(new SupplementalPack("xs-tools", "6.2.0")), software.pack("xs-tools"));
        assertEquals(Optional.empty(), software.pack("xs-tool"));
        assertEquals(Optional.empty(), Software.builder().build().pack("xs-tools"));
    }

    @Test
    void aPackPrintsItsNameAndRevision() {
        String text = new SupplementalPack("xs-tools", "6.2.0").toString();

        assertTrue(text.contains("xs-tools") && text.contains("6.2.0"), text);
    }
}
