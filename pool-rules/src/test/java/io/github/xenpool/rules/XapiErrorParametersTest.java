package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A violation carries the parameters xapi raises its error with, and only with an error. */
class XapiErrorParametersTest {

    private static final Host HOST = JoinFixtures.candidate().build();
    private static final RuleDescriptor HOMOGENEOUS = RuleDescriptor.of("host.homogeneous",
            "the host runs the master's software on a CPU of the pool's vendor", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS);

    @Test
    void aViolationOfADescribedRuleTakesParametersForTheRulesError() {
        Violation violation = Violation.of(HOMOGENEOUS, Subject.host(HOST)).message("CPUs differ")
                .xapiErrorParameters("CPUs differ").build();

        assertEquals(Optional.of("HOSTS_NOT_HOMOGENEOUS"), violation.xapiErrorCode());
        assertEquals(List.of("CPUs differ"), violation.xapiErrorParameters());
    }

    @Test
    void anErrorAndItsParametersAreSetTogether() {
        Violation violation = Violation.of("site.rack", Severity.BLOCKER, Subject.host(HOST)).message("differs")
                .xapiError(XapiError.POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH, "-1", "12").build();

        assertEquals(List.of("-1", "12"), violation.xapiErrorParameters());
    }

    @Test
    void settingAnotherErrorDropsTheParametersOfTheFirst() {
        Violation violation = Violation.of("site.rack", Severity.BLOCKER, Subject.host(HOST)).message("differs")
                .xapiError(XapiError.HOSTS_NOT_HOMOGENEOUS, "CPUs differ")
                .xapiError(XapiError.HA_IS_ENABLED).build();

        assertEquals(List.of(), violation.xapiErrorParameters());
    }

    @Test
    void sayingXapiHasNoErrorDropsTheParametersToo() {
        Violation violation = Violation.of(HOMOGENEOUS, Subject.host(HOST)).message("differs")
                .xapiErrorParameters("CPUs differ").withoutXapiError().build();

        assertEquals(Optional.empty(), violation.xapiErrorCode());
        assertEquals(List.of(), violation.xapiErrorParameters());
    }

    @Test
    void parametersWithoutAnErrorAreRefusedByTheBuilderAndByTheConstructor() {
        IllegalStateException fromBuilder = assertThrows(IllegalStateException.class,
                () -> Violation.of("site.rack", Severity.BLOCKER, Subject.host(HOST)).xapiErrorParameters("x"));
        assertTrue(fromBuilder.getMessage().contains("site.rack"), fromBuilder.getMessage());

        IllegalArgumentException fromConstructor = assertThrows(IllegalArgumentException.class,
                () -> new Violation("site.rack", Severity.BLOCKER, Subject.host(HOST), "differs", "", "",
                        ViolationDetails.NONE, List.of(), Optional.empty(), Optional.empty(), false, List.of("x")));
        assertTrue(fromConstructor.getMessage().contains("[x]"), fromConstructor.getMessage());
    }

    @Test
    void theParametersSurviveANewSeverityAndAReason() {
        Violation violation = Violation.of(HOMOGENEOUS, Subject.host(HOST)).message("differs")
                .xapiErrorParameters("Software version differs").build();

        assertEquals(List.of("Software version differs"),
                violation.withSeverity(Severity.WARNING).because("a test").xapiErrorParameters());
    }

    @Test
    void theParametersAreCopied() {
        String[] given = {"CPUs differ"};
        Violation violation = Violation.of(HOMOGENEOUS, Subject.host(HOST)).message("differs")
                .xapiErrorParameters(given).build();
        given[0] = "changed";

        assertEquals(List.of("CPUs differ"), violation.xapiErrorParameters());
        assertThrows(UnsupportedOperationException.class, () -> violation.xapiErrorParameters().add("more"));
    }

    @Test
    void anErrorPrintsWithItsParametersQuoted() {
        assertEquals("HOSTS_NOT_HOMOGENEOUS [\"CPUs differ\"]",
                XapiError.format("HOSTS_NOT_HOMOGENEOUS", List.of("CPUs differ")));
        assertEquals("POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH [\"-1\", \"12\"]",
                XapiError.format("POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH", List.of("-1", "12")));
        assertEquals("HA_IS_ENABLED", XapiError.format("HA_IS_ENABLED", List.of()));
        assertEquals("LICENSE_HOST_POOL_MISMATCH [\"host edition = \\\"free\\\"\", \"a\\\\b\"]",
                XapiError.format("LICENSE_HOST_POOL_MISMATCH", List.of("host edition = \"free\"", "a\\b")));
    }
}
