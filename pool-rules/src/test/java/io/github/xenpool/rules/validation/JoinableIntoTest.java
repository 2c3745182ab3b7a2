package io.github.xenpool.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.demo.SamplePools;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class JoinableIntoTest {

    /** How an application might model a planned join. */
    @JoinableInto
    record PlannedJoin(Pool pool, Host host) implements JoinRequest {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private List<String> describe(Set<ConstraintViolation<PlannedJoin>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + " | " + v.getMessage()).sorted().toList();
    }

    /** The build runs these tests with Hibernate Validator 9 and again with 8 (see pom.xml). */
    @Test
    void theBridgeRunsWithTheHibernateValidatorTheBuildAskedFor() {
        String expected = System.getProperty("xenpool.validation.provider", "hibernate-validator").equals(
                "hibernate-validator-8") ? "8." : "9.";
        String version = org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion();

        assertTrue(version.startsWith(expected), version);
    }

    @Test
    void aJoinThatIsAllowedHasNoConstraintViolation() {
        assertEquals(Set.of(), validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(),
                SamplePools.compliantCandidate())));
    }

    @Test
    void maskingIsNoConstraintViolation() {
        assertEquals(Set.of(), validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(),
                SamplePools.newerIntelCandidate())));
    }

    @Test
    void eachBlockerIsAConstraintViolationWithItsPropertyPath() {
        List<String> found = describe(validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(),
                SamplePools.troubledCandidate())));

        assertEquals(7, found.size(), String.join("\n", found));
        assertEquals(List.of(
                "host.licence",
                "host.managementInterface.addressing",
                "host.managementInterface.bonded",
                "host.software.hotfixes",
                "host.software.supplementalPacks",
                "host.vms[build-agent]",
                "host.vms[win2008-sql]"), found.stream().map(s -> s.substring(0, s.indexOf(" | "))).toList());
        assertTrue(found.contains("host.software.hotfixes | software.patch-level: xs-07 is not at the pool's patch"
                + " level: it lacks XS56EFP1002"), String.join("\n", found));
    }

    @Test
    void aRequestWithoutAHostIsLeftToNotNull() {
        assertEquals(Set.of(), validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(), null)));
    }
}
