package io.github.xenpool.rules.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.xenpool.rules.validation.internal.JoinableIntoValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link JoinRequest}'s host must be able to join its pool under a rule set: each
 * BLOCKER of the join report becomes one constraint violation, whose property path is the
 * violation's subject ({@code host.cpu.vendor}, {@code host.vms[win7]}) and whose message starts
 * with the rule id. A request whose pool or host is null is left to {@code @NotNull}.
 *
 * <pre>{@code
 * @JoinableInto
 * record PlannedJoin(Pool pool, Host host) implements JoinRequest { }
 *
 * Set<ConstraintViolation<PlannedJoin>> problems = validator.validate(new PlannedJoin(pool, host));
 * }</pre>
 */
// The validator lives in a package opened only to Hibernate Validator, which instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = JoinableIntoValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface JoinableInto {

    /**
     * The message used when the report has no blocker messages to give; each blocker otherwise
     * brings its own.
     *
     * @return the message template
     */
    String message() default "the host cannot join the pool";

    /**
     * The name of the rule set to check with, as {@code RuleSets.named} knows it.
     *
     * @return the rule set's name
     */
    String ruleSet() default "xenServer56";

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
