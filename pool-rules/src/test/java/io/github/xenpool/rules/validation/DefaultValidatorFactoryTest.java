package io.github.xenpool.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.SamplePools;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What README.md tells a Jakarta Validation user: Hibernate Validator's default factory needs an
 * Expression Language implementation. The build runs this test without one and again with
 * Expressly (see pom.xml).
 */
class DefaultValidatorFactoryTest {

    @JoinableInto
    record PlannedJoin(Pool pool, Host host) implements JoinRequest {
    }

    private static final boolean EXPRESSION_LANGUAGE =
            Boolean.getBoolean("xenpool.validation.expression-language");

    @Test
    void theDefaultFactoryWorksWithAnExpressionLanguageImplementationAndOnlyThen() {
        if (!EXPRESSION_LANGUAGE) {
            ValidationException e = assertThrows(ValidationException.class, Validation::buildDefaultValidatorFactory);
            assertTrue(e.getMessage().contains("HV000183"), e.getMessage());
            return;
        }
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<PlannedJoin>> problems = validator.validate(
                    new PlannedJoin(SamplePools.enterpriseIntelPool(), SamplePools.troubledCandidate()));

            assertTrue(problems.stream().anyMatch(p -> p.getMessage().startsWith("vm.running-or-suspended")), problems::toString);
            assertEquals(Set.of(), validator.validate(
                    new PlannedJoin(SamplePools.enterpriseIntelPool(), SamplePools.compliantCandidate())));
        }
    }
}
