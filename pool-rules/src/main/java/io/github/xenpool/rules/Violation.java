package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.xenpool.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One problem a rule found with a join: which rule, how much it matters, what it is about, what
 * was expected and found, the typed facts, the steps that fix it, and the error xapi would give.
 *
 * @param ruleId the stable id of the rule, such as {@code cpu.vendor}
 * @param severity how much it matters
 * @param subject what it is about
 * @param message what is wrong, in a sentence a person can act on
 * @param expected what the pool needs, as text
 * @param actual what the host has, as text
 * @param details the typed facts
 * @param remediation the steps that fix it, in order; empty when nothing can be done about it
 * @param xapiErrorCode the error xapi's {@code pool.join} reports for this, if it has one, as its wire
 *     string; {@link #xapiError()} gives it typed. It stays a string so that code written against
 *     earlier versions, and the Bean Validation payload, read it unchanged
 * @param reason why the rule applies, when a rule set says so with {@link JoinRule#because(String)}
 * @param fixableByConfiguration whether changing configuration (of the host, the pool, their
 *     software, licences, VMs, storage, network, clock or firmware settings) can resolve it; false
 *     when only other hardware, another pool or a fixed rule can, and false unless the rule says so
 * @param xapiErrorParameters the parameters xapi raises with its error code, in xapi's order, such
 *     as {@code ["CPUs differ"]} for {@code HOSTS_NOT_HOMOGENEOUS}; empty when the error has none or
 *     there is no error. A parameter that xapi fills with an object reference holds the reference
 *     when the model knows it, otherwise the object's UUID
 *
 * <pre>{@code
 * Violation violation = Violation.of("site.same-rack", Severity.WARNING, Subject.host(host))
 *         .message(host.hostname() + " is not in rack 7")
 *         .step("Move it to rack 7, or accept the longer network path")
 *         .build();
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public record Violation(
        String ruleId,
        Severity severity,
        Subject subject,
        String message,
        String expected,
        String actual,
        ViolationDetails details,
        List<RemediationStep> remediation,
        Optional<String> xapiErrorCode,
        Optional<String> reason,
        boolean fixableByConfiguration,
        List<String> xapiErrorParameters) {

    /**
     * Checks and copies the components.
     *
     * @param ruleId the rule's id
     * @param severity how much it matters
     * @param subject what it is about
     * @param message what is wrong
     * @param expected what the pool needs
     * @param actual what the host has
     * @param details the typed facts
     * @param remediation the steps that fix it
     * @param xapiErrorCode xapi's error code
     * @param reason why the rule applies
     * @param fixableByConfiguration whether configuration can resolve it
     * @param xapiErrorParameters the parameters of xapi's error
     * @throws NullPointerException if a component or a parameter is null
     * @throws IllegalArgumentException if the rule id or message is blank, the xapi error code
     *     is not one (see {@link XapiError}), or there are parameters without a code
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(details, "details");
        remediation = List.copyOf(Objects.requireNonNull(remediation, "remediation"));
        Objects.requireNonNull(xapiErrorCode, "xapiErrorCode");
        xapiErrorCode.ifPresent(XapiError::of);
        Objects.requireNonNull(reason, "reason");
        xapiErrorParameters = List.copyOf(Objects.requireNonNull(xapiErrorParameters, "xapiErrorParameters"));
        if (xapiErrorCode.isEmpty() && !xapiErrorParameters.isEmpty()) {
            throw new IllegalArgumentException("xapi error parameters " + xapiErrorParameters
                    + " need an xapi error code");
        }
        if (ruleId.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a violation needs a rule id and a message, got " + Text.quoted(ruleId)
                    + " and " + Text.quoted(message));
        }
    }

    /**
     * Makes the violation of a rule that could not check a join because a fact it needs is
     * unknown: a WARNING "cannot check", naming the fact, with the step that provides it. A rule
     * never passes or blocks on a fact it does not know.
     *
     * @param ruleId the rule's id
     * @param subject what the unknown fact is about
     * @param fact the fact, such as {@code the CPU features of xs-05}
     * @param howToProvide where the fact comes from, such as {@code cpu_info:features of the host}
     * @return the violation, with {@link ViolationDetails.UnknownFact} details
     */
    public static Violation cannotCheck(String ruleId, Subject subject, String fact, String howToProvide) {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(howToProvide, "howToProvide");
        return of(ruleId, Severity.WARNING, subject)
                .message("cannot check: " + fact + " is unknown")
                .expectedActual(fact, "unknown")
                .details(new ViolationDetails.UnknownFact(fact, howToProvide))
                .step("Provide " + howToProvide + ", then check the join again")
                .build();
    }

    /**
     * Makes a violation whose xapi error, if it has one, has no parameters.
     *
     * @param ruleId the rule's id
     * @param severity how much it matters
     * @param subject what it is about
     * @param message what is wrong
     * @param expected what the pool needs
     * @param actual what the host has
     * @param details the typed facts
     * @param remediation the steps that fix it
     * @param xapiErrorCode xapi's error code
     * @param reason why the rule applies
     * @param fixableByConfiguration whether configuration can resolve it
     */
    public Violation(String ruleId, Severity severity, Subject subject, String message, String expected,
            String actual, ViolationDetails details, List<RemediationStep> remediation, Optional<String> xapiErrorCode,
            Optional<String> reason, boolean fixableByConfiguration) {
        this(ruleId, severity, subject, message, expected, actual, details, remediation, xapiErrorCode, reason,
                fixableByConfiguration, List.of());
    }

    /**
     * Makes a violation that is not known to be fixable by configuration.
     *
     * @param ruleId the rule's id
     * @param severity how much it matters
     * @param subject what it is about
     * @param message what is wrong
     * @param expected what the pool needs
     * @param actual what the host has
     * @param details the typed facts
     * @param remediation the steps that fix it
     * @param xapiErrorCode xapi's error code
     * @param reason why the rule applies
     */
    public Violation(String ruleId, Severity severity, Subject subject, String message, String expected,
            String actual, ViolationDetails details, List<RemediationStep> remediation, Optional<String> xapiErrorCode,
            Optional<String> reason) {
        this(ruleId, severity, subject, message, expected, actual, details, remediation, xapiErrorCode, reason,
                false);
    }

    /**
     * Starts a violation of a rule.
     *
     * @param ruleId the rule's id
     * @param severity how much it matters
     * @param subject what it is about
     * @return a builder to complete with at least a message
     */
    public static Builder of(String ruleId, Severity severity, Subject subject) {
        return new Builder(ruleId, severity, subject, null);
    }

    /**
     * Starts a violation of a described rule, at the rule's default severity: the rule's id, its
     * usual xapi error and its fixability come from the descriptor, so a rule states them once.
     *
     * @param descriptor the rule's descriptor
     * @param subject what it is about
     * @return a builder to complete with at least a message
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static Builder of(RuleDescriptor descriptor, Subject subject) {
        Objects.requireNonNull(descriptor, "descriptor");
        return of(descriptor, descriptor.defaultSeverity(), subject);
    }

    /**
     * Starts a violation of a described rule at a given severity: the rule's id, its usual xapi
     * error and its fixability come from the descriptor. {@link Builder#xapiError(XapiError)} may
     * then pick another of the descriptor's errors, and no other.
     *
     * @param descriptor the rule's descriptor
     * @param severity how much it matters
     * @param subject what it is about
     * @return a builder to complete with at least a message
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static Builder of(RuleDescriptor descriptor, Severity severity, Subject subject) {
        Objects.requireNonNull(descriptor, "descriptor");
        Builder builder = new Builder(descriptor.id(), severity, subject, descriptor);
        builder.xapiError = descriptor.xapiError().orElse(null);
        builder.fixableByConfiguration = descriptor.fixableByConfiguration();
        return builder;
    }

    /**
     * Returns the error xapi's {@code pool.join} reports for this, typed.
     *
     * @return the error, or empty when xapi has none for it
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public Optional<XapiError> xapiError() {
        return xapiErrorCode.map(XapiError::of);
    }

    /**
     * Returns this violation with another severity.
     *
     * @param newSeverity the severity
     * @return the same violation at that severity
     */
    public Violation withSeverity(Severity newSeverity) {
        Objects.requireNonNull(newSeverity, "newSeverity");
        return new Violation(ruleId, newSeverity, subject, message, expected, actual, details, remediation,
                xapiErrorCode, reason, fixableByConfiguration, xapiErrorParameters);
    }

    /**
     * Returns this violation with a reason attached; a reason already there is kept first.
     *
     * @param newReason why the rule applies
     * @return the same violation with the reason
     */
    public Violation because(String newReason) {
        Objects.requireNonNull(newReason, "newReason");
        String combined = reason.map(r -> r + "; " + newReason).orElse(newReason);
        return new Violation(ruleId, severity, subject, message, expected, actual, details, remediation,
                xapiErrorCode, Optional.of(combined), fixableByConfiguration, xapiErrorParameters);
    }

    /**
     * Tells whether this violation blocks the join.
     *
     * @return true for {@link Severity#BLOCKER}
     */
    public boolean isBlocker() {
        return severity == Severity.BLOCKER;
    }

    /** Builds a {@link Violation}. */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private final String ruleId;
        private final Severity severity;
        private final Subject subject;
        private String message;
        private String expected = "";
        private String actual = "";
        private ViolationDetails details = ViolationDetails.NONE;
        private final List<RemediationStep> remediation = new ArrayList<>();
        // Set when the violation is of a described rule: its xapi error is one the rule declares.
        private final RuleDescriptor descriptor;
        private XapiError xapiError;
        private List<String> xapiErrorParameters = List.of();
        private boolean fixableByConfiguration;

        private Builder(String ruleId, Severity severity, Subject subject, RuleDescriptor descriptor) {
            this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
            this.severity = Objects.requireNonNull(severity, "severity");
            this.subject = Objects.requireNonNull(subject, "subject");
            this.descriptor = descriptor;
        }

        /**
         * Sets what is wrong.
         *
         * @param text a sentence a person can act on
         * @return this builder
         */
        public Builder message(String text) {
            this.message = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets what the pool needs and what the host has.
         *
         * @param expectedValue what the pool needs
         * @param actualValue what the host has
         * @return this builder
         */
        public Builder expectedActual(Object expectedValue, Object actualValue) {
            this.expected = String.valueOf(expectedValue);
            this.actual = String.valueOf(actualValue);
            return this;
        }

        /**
         * Sets the typed facts.
         *
         * @param facts the details
         * @return this builder
         */
        public Builder details(ViolationDetails facts) {
            this.details = Objects.requireNonNull(facts, "facts");
            return this;
        }

        /**
         * Adds a step a person takes.
         *
         * @param description what to do
         * @return this builder
         */
        public Builder step(String description) {
            remediation.add(RemediationStep.manual(description));
            return this;
        }

        /**
         * Adds a step a tool can take on its own.
         *
         * @param description what to do
         * @return this builder
         */
        public Builder automaticStep(String description) {
            remediation.add(RemediationStep.automatic(description));
            return this;
        }

        /**
         * Sets the error xapi reports for this problem.
         *
         * @param code such as {@code HOSTS_NOT_HOMOGENEOUS}
         * @return this builder
         * @throws IllegalArgumentException if the code is not an xapi error code, or the violation
         *     is of a described rule that does not stand for it
         */
        public Builder xapiErrorCode(String code) {
            return xapiError(XapiError.of(Objects.requireNonNull(code, "code")));
        }

        /**
         * Sets the error xapi reports for this problem. A violation started from a
         * {@link RuleDescriptor} has the descriptor's usual error already; this picks another of
         * its {@link RuleDescriptor#xapiErrors()}. Parameters set before are dropped.
         *
         * @param error such as {@link XapiError#HOSTS_NOT_HOMOGENEOUS}
         * @return this builder
         * @throws IllegalArgumentException if the violation is of a described rule that does not
         *     stand for this error; the message lists those it stands for
         */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public Builder xapiError(XapiError error) {
            Objects.requireNonNull(error, "error");
            if (descriptor != null && !descriptor.xapiErrors().contains(error)) {
                throw new IllegalArgumentException("rule " + ruleId + " stands for the xapi errors "
                        + descriptor.xapiErrors() + ", not " + error + "; add it to the rule's descriptor");
            }
            this.xapiError = error;
            this.xapiErrorParameters = List.of();
            return this;
        }

        /**
         * Says that xapi has no error for this problem, although the rule usually stands for one:
         * a case xapi does not check.
         *
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public Builder withoutXapiError() {
            this.xapiError = null;
            this.xapiErrorParameters = List.of();
            return this;
        }

        /**
         * Sets the error xapi reports for this problem and the parameters it raises it with, in
         * xapi's order, as {@link #xapiError(XapiError)} does.
         *
         * @param error such as {@link XapiError#HOSTS_NOT_HOMOGENEOUS}
         * @param parameters such as {@code "CPUs differ"}
         * @return this builder
         * @throws NullPointerException if a parameter is null
         * @throws IllegalArgumentException if the violation is of a described rule that does not
         *     stand for this error
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder xapiError(XapiError error, String... parameters) {
            xapiError(error);
            this.xapiErrorParameters = List.of(Objects.requireNonNull(parameters, "parameters"));
            return this;
        }

        /**
         * Sets the parameters xapi raises its error with, in xapi's order, for the error the
         * builder has (from the rule's descriptor or set before).
         *
         * @param parameters such as {@code "CPUs differ"}
         * @return this builder
         * @throws NullPointerException if a parameter is null
         * @throws IllegalStateException if the builder has no xapi error
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder xapiErrorParameters(String... parameters) {
            List<String> given = List.of(Objects.requireNonNull(parameters, "parameters"));
            if (xapiError == null) {
                throw new IllegalStateException("violation of " + ruleId + " has no xapi error for the parameters "
                        + given + "; set one with xapiError(...)");
            }
            this.xapiErrorParameters = given;
            return this;
        }

        /**
         * Says whether changing configuration can resolve the problem: installing software or a
         * licence, shutting down VMs, detaching storage, setting up the network, the clock or a
         * firmware setting, ejecting the host from another pool. Not when only other hardware,
         * another pool or a fixed rule can. A violation is not fixable by configuration unless
         * its rule says so.
         *
         * @param fixable true if configuration can resolve it
         * @return this builder
         */
        public Builder fixableByConfiguration(boolean fixable) {
            this.fixableByConfiguration = fixable;
            return this;
        }

        /**
         * Builds the violation.
         *
         * @return the violation
         * @throws NullPointerException if no message was set
         */
        public Violation build() {
            Objects.requireNonNull(message, "message (a violation needs one; call message(...))");
            return new Violation(ruleId, severity, subject, message, expected, actual, details, remediation,
                    Optional.ofNullable(xapiError).map(XapiError::code), Optional.empty(), fixableByConfiguration,
                    xapiError == null ? List.of() : xapiErrorParameters);
        }
    }
}
