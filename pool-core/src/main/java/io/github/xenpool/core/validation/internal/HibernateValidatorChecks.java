package io.github.xenpool.core.validation.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.validation.ModelViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks model values with Hibernate Validator. Only this class names Hibernate Validator, so
 * that the model loads and works without it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class HibernateValidatorChecks implements ConstraintChecks {

    private final Validator validator;

    /**
     * Builds a validator that needs no Expression Language implementation. Its messages are
     * Hibernate Validator's base (English) ones in every default locale, like the model's own
     * messages and like those of the checks made without a provider.
     */
    public HibernateValidatorChecks() {
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
                .buildValidatorFactory()
                .getValidator();
    }

    @Override
    public List<ModelViolation> validate(Object value) {
        return validator.validate(value).stream().map(HibernateValidatorChecks::toViolation).toList();
    }

    @Override
    public List<ModelViolation> validateValue(Class<?> type, String property, Object value) {
        return validator.validateValue(type, property, value).stream()
                .map(HibernateValidatorChecks::toViolation)
                .toList();
    }

    private static ModelViolation toViolation(ConstraintViolation<?> violation) {
        return new ModelViolation(
                violation.getPropertyPath().toString(),
                violation.getMessage(),
                String.valueOf(violation.getInvalidValue()),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }
}
