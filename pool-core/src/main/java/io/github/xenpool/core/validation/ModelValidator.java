package io.github.xenpool.core.validation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks model values against their Jakarta Validation constraints and reports every problem at
 * once, each with its property path.
 *
 * <p>The model's constructors reject nulls and broken structure (two masters, duplicate host
 * ids) straight away. Values that come from outside (host names, UUIDs, IP addresses, counts
 * and sizes) carry constraints instead, so that one call can report all that is wrong with an
 * input. The builders run this validator; call it yourself for values made with a constructor,
 * for example by a JSON mapper. It runs on Hibernate Validator and needs no Expression Language
 * implementation.
 *
 * <pre>{@code
 * List<ModelViolation> problems = ModelValidator.shared().validate(host);
 * // [managementInterface.ipAddress: "10.0.0.300" must be an IPv4 or IPv6 address literal ...]
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ModelValidator {

    private static final class Shared {
        static final ModelValidator INSTANCE = new ModelValidator();
    }

    private static final Comparator<ModelViolation> ORDER = Comparator.comparing(ModelViolation::path)
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

    private static ModelViolation toViolation(ConstraintViolation<Object> violation) {
        return new ModelViolation(
                violation.getPropertyPath().toString(),
                violation.getMessage(),
                String.valueOf(violation.getInvalidValue()),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }
}
