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
        assertEquals(Set.of("XS602E001"), software.hotfixes());
        assertEquals(Set.of(new SupplementalPack("xs-tools", "6.0.2")), software.supplementalPacks());
    }

    @Test
    void givenHotfixesAndPacksReplaceTheOnesAddedBefore() {
        Software software = Software.builder()
                .hotfix("XS56E001").hotfixes(List.of("XS56E002", "XS56E003"))
                .supplementalPack("old", "1").supplementalPacks(List.of(new SupplementalPack("new", "2")))
                .build();

        assertEquals(Set.of("XS56E002", "XS56E003"), software.hotfixes());
        assertEquals(Set.of(new SupplementalPack("new", "2")), software.supplementalPacks());
    }

    @Test
    void aBuilderFromSoftwareRebuildsTheSameSoftware() {
        Software software = Software.builder().productVersion(ProductVersion.parse("6.2")).buildNumber("70446c")
                .hotfixes(List.of("XS62E001")).supplementalPack("xs-tools", "6.2.0").build();

        assertEquals(software, software.toBuilder().build());
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
