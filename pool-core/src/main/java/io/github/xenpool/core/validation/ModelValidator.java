package io.github.xenpool.core.validation;

import io.github.xenpool.core.validation.internal.DeclaredConstraints;
import io.github.xenpool.core.validation.internal.HibernateValidatorChecks;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks model values against their Jakarta Validation constraints and reports every problem at
 * once, each with its property path.
 *
 * <p>The model's constructors reject nulls and broken structure (two masters, duplicate host
 * ids) straight away. Values that come from outside (host names, UUIDs, IP addresses, counts
 * and sizes) carry constraints instead, so that one call can report all that is wrong with an
 * input. The builders run this validator; call it yourself for values made with a constructor,
 * for example by a JSON mapper.
 *
 * <p>Hibernate Validator is an optional dependency. When it is present (on the class path, or
 * resolved on the module path), it checks the constraints, without needing an Expression
 * Language implementation. Without it, xenpool checks the same constraint annotations itself,
 * with the same paths and messages, so that the model never lets an invalid value through;
 * it then knows only the constraints that the model uses.
 *
 * <pre>{@code
 * List<ModelViolation> problems = ModelValidator.shared().validate(host);
 * // [managementInterface.ipAddress: "10.0.0.300" must be an IPv4 or IPv6 address literal ...]
 * }</pre>
 */
public final class ModelValidator {

    private static final class Shared {
        static final ModelValidator INSTANCE = new ModelValidator();
    }

    private static final Comparator<ModelViolation> ORDER = Comparator.comparing(ModelViolation::path)
            .thenComparing(ModelViolation::constraint)
            .thenComparing(ModelViolation::message)
            .thenComparing(ModelViolation::invalidValue);

    private final Function<Object, List<ModelViolation>> checks;

    private ModelValidator() {
        this.checks = hibernateValidatorIsPresent()
                ? new HibernateValidatorChecks()
                : DeclaredConstraints::violations;
    }

    /**
     * Tells whether Hibernate Validator is there and this module can use it: on the class path,
     * or on the module path and resolved (the module descriptor requires it only statically).
     */
    private static boolean hibernateValidatorIsPresent() {
        Class<?> provider;
        try {
            provider = Class.forName("org.hibernate.validator.HibernateValidator", false,
                    ModelValidator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        return ModelValidator.class.getModule().canRead(provider.getModule());
    }

    /**
     * Returns the validator shared by the whole library; it is thread-safe.
     *
     * @return the shared validator
     */
    public static ModelValidator shared() {
        return Shared.INSTANCE;
    }

    /**
     * Finds every constraint violation of a value and of the values it holds.
     *
     * @param value a model value
     * @return the violations sorted by path; empty when the value is valid
     */
    public List<ModelViolation> validate(Object value) {
        Objects.requireNonNull(value, "value");
        return checks.apply(value).stream()
                .sorted(ORDER)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the value if it is valid.
     *
     * @param value a model value
     * @param <T> its type
     * @return {@code value}
     * @throws InvalidModelException listing every violation, if there is any
     */
    public <T> T requireValid(T value) {
        List<ModelViolation> violations = validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidModelException(value.getClass().getSimpleName(), violations);
        }
        return value;
    }
}
