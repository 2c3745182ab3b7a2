package io.github.xenpool.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.rules.LicenceServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** --licence-server EDITION=COUNT[,EDITION=COUNT...][@ADDRESS]. */
class LicenceServerConverterTest {

    private final LicenceServerConverter converter = new LicenceServerConverter();

    @Test
    void editionsAndCountsWithAnAddress() {
        assertEquals(new LicenceServer("lic.example.com", Map.of(LicenceEdition.ENTERPRISE, 4, LicenceEdition.PLATINUM,
                2)), converter.convert("enterprise=4,platinum=2@lic.example.com"));
    }

    @Test
    void theAddressHasADefault() {
        assertEquals(LicenceServer.offering("licence-server", LicenceEdition.ENTERPRISE, 1),
                converter.convert("Enterprise=1"));
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertEquals("'enterprise' is no EDITION=COUNT, such as enterprise=4",
                assertThrows(TypeConversionException.class, () -> converter.convert("enterprise")).getMessage());
        assertEquals("edition enterprise is given twice",
                assertThrows(TypeConversionException.class, () -> converter.convert("enterprise=1,enterprise=2"))
                        .getMessage());
        assertThrows(TypeConversionException.class, () -> converter.convert("enterprise=-1"));
        assertThrows(TypeConversionException.class, () -> converter.convert("enterprise=1@ "));
        assertThrows(TypeConversionException.class, () -> converter.convert("=1"));
    }
}
