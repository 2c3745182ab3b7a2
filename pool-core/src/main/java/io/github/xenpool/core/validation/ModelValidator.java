package io.github.xenpool.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks model values against their Jakarta Validation constraints and reports every problem at
 * once, each with its property path.
 *
 * <p>Values that come from outside (host names, UUIDs, IP addresses, counts and sizes) carry
 * constraints. Every way to make a model value enforces them: a constructor checks the
 * constraints of its own components together with its structure (two masters, duplicate host
 * ids) and throws one {@link InvalidModelException} that lists every problem; components that
 * are model values checked themselves when they were made, so nothing is checked twice. The
 * builders' {@code tryBuild()} returns the problems as a {@link Validated} instead of throwing.
 * Nulls are not problems of an input but mistakes of a caller: they are rejected straight away
 * with a {@link NullPointerException} naming the parameter.
 *
 * <p>So a model value is valid once it exists, and {@link #validate(Object)} finds nothing to
 * say about one; it is for other values that carry constraints, such as a request that holds
 * model values. The validator runs on Hibernate Validator and needs no Expression Language
 * implementation.
 *
 * <pre>{@code
 * List<ModelViolation> problems = ModelValidator.shared()
 *         .validateValue(ManagementInterface.class, "ipAddress", Optional.of("10.0.0.300"));
 * // [ipAddress: "10.0.0.300" must be an IPv4 or IPv6 address literal ...]
 * }</pre>
 */
public final class ModelValidator {

    private static final class Shared {
        static final ModelValidator INSTANCE = new ModelValidator();
    }

    /** The order of violations in every list of them: by path, then constraint, then message. */
    static final Comparator<ModelViolation> ORDER = Comparator.comparing(ModelViolation::path)
            .thenComparing(ModelViolation::constraint)
            .thenComparing(ModelViolation::message);

    private final Validator validator;

    private ModelValidator() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
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
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        return found.stream()
                .map(ModelValidator::toViolation)
                .sorted(ORDER)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds the violations of the constraints declared on one property of a type, for a value
     * that property could take. Values held by the property are not visited ({@code @Valid} is
     * not followed): model values check themselves when they are made.
     *
     * @param type the type that declares the property, such as {@code Host.class}
     * @param property the property's name, such as {@code hostname}
     * @param value the candidate value; never null, as no component of a model value is null
     * @return the violations sorted by path (the property's name, with container elements
     *     marked); empty when the value is valid
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the type has no such property
     */
    public List<ModelViolation> validateValue(Class<?> type, String property, Object value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        return validator.validateValue(type, property, value).stream()
                .map(ModelValidator::toViolation)
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

    private static ModelViolation toViolation(ConstraintViolation<?> violation) {
        return new ModelViolation(
                violation.getPropertyPath().toString(),
                violation.getMessage(),
                String.valueOf(violation.getInvalidValue()),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }
}
