package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A violation checks its xapi error code however it is made. */
class ViolationTest {

    private static final Host HOST = JoinFixtures.candidate().build();

    @Test
    void aViolationMadeFromItsPartsRefusesAnXapiErrorCodeThatIsNotOne() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Violation("site.rack", Severity.WARNING, Subject.host(HOST), "in another rack", "", "",
                        ViolationDetails.NONE, List.of(), Optional.of("not a code"), Optional.empty()));
        assertTrue(refused.getMessage().contains("\"not a code\""), refused.getMessage());
    }

    @Test
    void aBuilderTakesAnXapiErrorCodeAsItsWireString() {
        Violation violation = Violation.of("site.rack", Severity.WARNING, Subject.host(HOST))
                .message("in another rack")
                .xapiErrorCode("HOSTS_NOT_HOMOGENEOUS")
                .build();

        assertEquals(Optional.of("HOSTS_NOT_HOMOGENEOUS"), violation.xapiErrorCode());
        assertEquals(Optional.of(XapiError.HOSTS_NOT_HOMOGENEOUS), violation.xapiError());
    }
}
