package io.github.xenpool.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.validation.internal.HostAddressValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated string must name a machine: an RFC 1123 host name (see {@link Hostname}) or an
 * IP address literal (see {@link IpAddress}). {@code null} is valid; pair with {@code @NotNull}.
 */
// The validator lives in a package opened only to Hibernate Validator, which instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = HostAddressValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@API(status = MAINTAINED, since = "0.1.0")
public @interface HostAddress {

    /**
     * The message.
     *
     * @return the message template
     */
    String message() default "must be an RFC 1123 host name or an IPv4 or IPv6 address literal";

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
