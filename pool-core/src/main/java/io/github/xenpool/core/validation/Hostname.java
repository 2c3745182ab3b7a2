package io.github.xenpool.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string must be a host name per RFC 1123: dot-separated labels of letters,
 * digits and {@code -}, each 1 to 63 characters that neither start nor end with {@code -},
 * at most 253 characters in all, and a last label that is not all digits (RFC 1123 section
 * 2.1: a host name never has the form of a dotted-decimal number, so {@code 10.0.0.300} is a
 * malformed address, not a name). {@code null} is valid; pair with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Hostname.REGEXP)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Hostname {

    /** The regular expression of an RFC 1123 host name. */
    String REGEXP = "^(?=.{1,253}$)(?!(?:.*\\.)?[0-9]+$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$";

    /**
     * The message.
     *
     * @return the message template
     */
    String message() default "must be an RFC 1123 host name (labels of letters, digits and '-', "
            + "1 to 63 characters each, 253 in all, the last not all digits)";

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
