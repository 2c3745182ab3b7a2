package io.github.xenpool.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.validation.internal.IpAddressValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated string must be an IP address literal: IPv4 dotted quad ({@code 10.0.0.7}) or
 * IPv6 in any RFC 4291 text form ({@code fe80::1}, {@code ::ffff:10.0.0.7}). Nothing is looked
 * up in DNS. {@code null} is valid; pair with {@code @NotNull}.
 */
// The validator lives in a package opened only to Hibernate Validator, which instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = IpAddressValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@API(status = MAINTAINED, since = "0.1.0")
public @interface IpAddress {

    /**
     * The message.
     *
     * @return the message template
     */
    String message() default "must be an IPv4 or IPv6 address literal (e.g. 10.0.0.7 or fe80::1)";

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
