package io.github.xenpool.core.validation.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.validation.ModelViolation;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What checks constraints for {@code ModelValidator}: Hibernate Validator when it is present,
 * {@link DeclaredConstraints} otherwise.
 */
@API(status = INTERNAL, since = "0.1.0")
public interface ConstraintChecks {

    /**
     * Finds every constraint violation of a value and of the values it cascades to.
     *
     * @param value the value
     * @return the violations, in no particular order
     */
    List<ModelViolation> validate(Object value);

    /**
     * Finds the violations of the constraints declared on one property of a type, for a value
     * it could take, without cascading.
     *
     * @param type the type that declares the property
     * @param property the property's name
     * @param value the candidate value
     * @return the violations, in no particular order
     * @throws IllegalArgumentException if the type has no such property
     */
    List<ModelViolation> validateValue(Class<?> type, String property, Object value);
}
