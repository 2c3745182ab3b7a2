package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** xapi's releases as its tags name them, and the ranges of releases that run a check. */
class XapiVersionTest {

    @Test
    void aVersionReadsAsTagsAndBuildsPrintIt() {
        assertEquals(new XapiVersion(1, 249, 26), XapiVersion.parse("1.249.26"));
        assertEquals(new XapiVersion(24, 19, 2), XapiVersion.parse("v24.19.2"));
        assertEquals(new XapiVersion(25, 6, 0), XapiVersion.parse("25.6"));
        assertEquals("1.249.26", XapiVersion.parse("v1.249.26").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.2.3.4", "1..2", "v", "1.x", "-1.2", "1.2.", " 1.2", "1.2.9999999999"})
    void textThatIsNotAVersionIsRefusedAndQuoted(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> XapiVersion.parse(text));
        assertTrue(refused.getMessage().contains("\"" + text + "\""), refused.getMessage());
    }

    @Test
    void releasesOrderByTheirNumbersNotTheirText() {
        assertTrue(XapiVersion.parse("24.0.0").compareTo(XapiVersion.parse("1.249.26")) > 0);
        assertTrue(XapiVersion.parse("1.249.26").compareTo(XapiVersion.parse("1.249.9")) > 0);
        assertTrue(XapiVersion.parse("1.249.9").isAtLeast(XapiVersion.parse("1.249.9")));
        assertFalse(XapiVersion.parse("1.249.9").isAtLeast(XapiVersion.parse("1.250.0")));
    }

    @Test
    void orderAgreesWithEquality() {
        Theories.qt(200).forAll(integers().between(0, 3), integers().between(0, 3), integers().between(0, 3),
                integers().between(0, 3)).check((a, b, c, d) -> {
                    XapiVersion left = new XapiVersion(a, b, c);
                    XapiVersion right = new XapiVersion(a, d, c);
                    return (left.compareTo(right) == 0) == left.equals(right)
                            && Integer.signum(left.compareTo(right)) == -Integer.signum(right.compareTo(left));
                });
    }

    @Test
    void negativePartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new XapiVersion(1, -1, 0));
    }

    @Test
    void aRangeHoldsItsFirstReleaseAndNotTheReleaseThatRemovedTheCheck() {
        XapiReleases releases = XapiReleases.between("1.14.0", "1.160.0");

        assertFalse(releases.contains(XapiVersion.parse("1.13.9")));
        assertTrue(releases.contains(XapiVersion.parse("1.14.0")));
        assertTrue(releases.contains(XapiVersion.parse("1.159.99")));
        assertFalse(releases.contains(XapiVersion.parse("1.160.0")));
        assertEquals("1.14.0 to before 1.160.0", releases.toString());
    }

    @Test
    void openRangesHoldEverythingOnTheirOpenSide() {
        assertTrue(XapiReleases.ALWAYS.contains(XapiVersion.parse("0.0")));
        assertTrue(XapiReleases.since("24.0").contains(XapiVersion.parse("99.0")));
        assertTrue(XapiReleases.until("1.14").contains(XapiVersion.parse("0.5")));
        assertEquals("every release", XapiReleases.ALWAYS.toString());
        assertEquals("24.0.0 on", XapiReleases.since("24.0").toString());
        assertEquals("before 1.14.0", XapiReleases.until("1.14").toString());
    }

    @Test
    void aCheckIsRemovedOnlyAfterItIsAdded() {
        assertThrows(IllegalArgumentException.class, () -> XapiReleases.between("1.160.0", "1.14.0"));
        assertThrows(IllegalArgumentException.class, () -> XapiReleases.between("1.14.0", "1.14.0"));
        assertEquals(Optional.of(XapiVersion.parse("1.14")), XapiReleases.since("1.14").since());
    }
}
