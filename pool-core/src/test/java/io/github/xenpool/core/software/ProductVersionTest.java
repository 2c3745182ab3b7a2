package io.github.xenpool.core.software;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Product versions: one to four numbers, compared part by part with missing parts as zero. */
class ProductVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"7", "5.6", "5.6.100", "6.0.2.1", "999999.0"})
    void oneToFourNumbersOfUpToSixDigitsAreAVersion(String text) {
        assertEquals(text, ProductVersion.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5.6.100.1.2", "5..6", ".5", "5.", "5.x", "1000000.0", "5.-6", "5 .6"})
    void anythingElseIsRefusedQuotingTheText(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ProductVersion.parse(text));
        assertTrue(refused.getMessage().contains("\"" + text + "\""), refused.getMessage());
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertTrue(ProductVersion.parse("5.6.100").compareTo(ProductVersion.parse("5.6.99")) > 0);
        assertTrue(ProductVersion.parse("5.6").compareTo(ProductVersion.parse("5.6.1")) < 0);
        assertTrue(ProductVersion.parse("6").compareTo(ProductVersion.parse("5.99.99.99")) > 0);
        assertEquals(0, ProductVersion.parse("5.6").compareTo(ProductVersion.parse("5.6.0.0")));
    }

    @Test
    void trailingZerosDoNotMakeAnotherVersion() {
        assertEquals(ProductVersion.parse("5.6"), ProductVersion.parse("5.6.0"));
        assertEquals(ProductVersion.parse("5.6").hashCode(), ProductVersion.parse("5.6.0.0").hashCode());
        assertEquals(ProductVersion.parse("0"), ProductVersion.parse("0.0.0"));
        assertEquals(ProductVersion.parse("0").hashCode(), ProductVersion.parse("0.0.0").hashCode());
    }

    @Test
    void differentVersionsAreNotEqual() {
        assertNotEquals(ProductVersion.parse("5.6"), ProductVersion.parse("5.6.1"));
        assertNotEquals(ProductVersion.parse("5.6").hashCode(), ProductVersion.parse("5.6.1").hashCode());
        assertNotEquals(ProductVersion.parse("6.0").hashCode(), ProductVersion.parse("6.1").hashCode());
        assertNotEquals(ProductVersion.parse("5.6"), "5.6");
    }
}
