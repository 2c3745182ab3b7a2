package io.github.xenpool.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.MAINTAINED;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated string must be a UUID as xapi prints them: 32 hexadecimal digits in groups of
 * 8-4-4-4-12 joined by {@code -}, either case. {@code null} is valid; pair with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Uuid.REGEXP)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@API(status = MAINTAINED, since = "0.1.0")
public @interface Uuid {

    /** The regular expression of a UUID. */
    String REGEXP = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

    /**
     * The message.
     *
     * @return the message template
     */
    String message() default "must be a UUID (8-4-4-4-12 hex digits, e.g. 0f6c8ec4-2b41-4c8e-9d3c-6a2f1b9e7d10)";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
