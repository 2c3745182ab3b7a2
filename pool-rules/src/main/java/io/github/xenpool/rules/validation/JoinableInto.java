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
 * BLOCKER of the join report becomes one constraint violation, and none is lost. The message is
 * {@code <rule id>: <message>}. A request whose pool or host is null is left to {@code @NotNull}.
 *
 * <p>The property path is built node by node from the violation's {@link
 * io.github.xenpool.rules.Subject#nodes() subject}, never from text: {@code host.cpu.vendor} is
 * three property nodes; a VM is {@code host.vms[<vm uuid>]}, the property nodes {@code host} and
 * {@code vms} and then a bean node in an iterable whose key is the VM's UUID, so two running VMs
 * of one name are two constraint violations. A blocker about the request itself rather than a
 * part of it (a rule that could not check) has the empty path.
 *
 * <p>With Hibernate Validator, each constraint violation carries its blocker as the dynamic
 * payload, so the rule id, the expected and actual values, the remediation steps and the xapi
 * error code stay within reach:
 *
 * <pre>{@code
 * @JoinableInto
 * record PlannedJoin(Pool pool, Host host) implements JoinRequest { }
 *
 * for (ConstraintViolation<PlannedJoin> problem : validator.validate(new PlannedJoin(pool, host))) {
 *     HibernateConstraintViolation<?> hibernate = problem.unwrap(HibernateConstraintViolation.class);
 *     Violation blocker = hibernate.getDynamicPayload(Violation.class);
 *     // problem.getPropertyPath(): host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70]
 *     // blocker.subject().label(): win2008-sql
 *     // blocker.xapiErrorCode(): JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS
 *     // blocker.remediation(): the steps that fix it, in order
 * }
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
