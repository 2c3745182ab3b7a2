package io.github.xenpool.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

/**
 * The build runs the tests with several Bean Validation set-ups (see pool-core's pom.xml); each
 * run checks that it has the one it claims, so that no run tests the wrong thing.
 */
class ValidationProviderTest {

    private static final String PROVIDER = System.getProperty("xenpool.validation.provider", "hibernate-validator");

    @Test
    void theTestsRunWithTheProviderTheBuildAskedFor() {
        switch (PROVIDER) {
            case "none" -> assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("org.hibernate.validator.HibernateValidator"));
            case "hibernate-validator-8" -> {
                assertEquals("8", hibernateValidatorVersion().substring(0, 1), hibernateValidatorVersion());
                String api = Validation.class.getProtectionDomain().getCodeSource().getLocation().toString();
                assertTrue(api.endsWith("jakarta.validation-api-3.0.2.jar"), api);
            }
            default -> assertTrue(hibernateValidatorVersion().startsWith("9."), hibernateValidatorVersion());
        }
    }

    @Test
    void buildersRefuseInvalidValuesWithAnyProviderOrNone() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> Host.builder().id("not-a-uuid").hostname("bad_name").build());

        assertEquals("invalid Host (2 problems):\n"
                + "  hostname: \"bad_name\" must be an RFC 1123 host name (labels of letters, digits and '-', "
                + "1 to 63 characters each, 253 in all, the last not all digits)\n"
                + "  id: \"not-a-uuid\" must be a UUID (8-4-4-4-12 hex digits, e.g. 0f6c8ec4-2b41-4c8e-9d3c-6a2f1b9e7d10)",
                e.getMessage());
    }

    private static String hibernateValidatorVersion() {
        try {
            return Class.forName("org.hibernate.validator.HibernateValidator").getPackage().getImplementationVersion();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Hibernate Validator is not on the class path", e);
        }
    }
}
