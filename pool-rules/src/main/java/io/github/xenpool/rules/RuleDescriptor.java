package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a join rule is, told without running it: its id, a title, the severity of its violations
 * unless a case says otherwise, the xapi errors it stands for, where the requirement comes from,
 * whether configuration can fix what it blocks, and the reason a rule set gave for it. Every
 * {@link JoinRule} has one ({@link JoinRule#descriptor()}); {@link RuleSet#descriptors()} lists a
 * rule set's in order, so that documentation, indexes and tools can read a rule set instead of
 * retyping it.
 *
 * <p>A rule that builds its violations with {@link Violation#of(RuleDescriptor, Subject)} takes
 * their id, severity, xapi error and fixability from here, so they are stated in one place.
 *
 * @param id the rule's stable id, such as {@code cpu.vendor}
 * @param title what the rule checks, in a short sentence: the rule's description
 * @param defaultSeverity the severity of the rule's violations where a case does not say
 *     otherwise (a rule that cannot check a fact still warns; see
 *     {@link Violation#cannotCheck(String, Subject, String, String)})
 * @param xapiErrors the errors of xapi's {@code pool.join} the rule stands for, the usual one
 *     first; empty when xapi has no such check
 * @param sources where the requirement comes from, in order; empty for a rule that does not say
 * @param fixableByConfiguration whether changing configuration can resolve what the rule blocks,
 *     unless a case says otherwise (see {@link Violation#fixableByConfiguration()})
 * @param reason why a rule set applies the rule, as {@link JoinRule#because(String)} gave it
 * @param xapiReleases the xapi releases that run the check the rule stands for, or empty when the
 *     rule is not one of xapi's checks
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RuleDescriptor(String id, String title, Severity defaultSeverity, List<XapiError> xapiErrors,
        List<Source> sources, boolean fixableByConfiguration, Optional<String> reason,
        Optional<XapiReleases> xapiReleases) {

    /**
     * Checks and copies the components.
     *
     * @param id the rule's id
     * @param title what the rule checks
     * @param defaultSeverity the usual severity
     * @param xapiErrors the xapi errors, the usual one first
     * @param sources where the requirement comes from
     * @param fixableByConfiguration whether configuration can resolve what the rule blocks
     * @param reason why a rule set applies the rule
     * @param xapiReleases the xapi releases that run the check
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the id is blank or padded, or an xapi error is listed twice
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        xapiErrors = List.copyOf(Objects.requireNonNull(xapiErrors, "xapiErrors"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(xapiReleases, "xapiReleases");
        if (id.isBlank() || !id.equals(id.strip())) {
            throw new IllegalArgumentException("a rule id is a non-blank word such as cpu.vendor, got " + Text.quoted(id));
        }
        if (xapiErrors.stream().distinct().count() != xapiErrors.size()) {
            throw new IllegalArgumentException("rule " + id + " lists an xapi error twice: " + xapiErrors);
        }
    }

    /**
     * Makes a descriptor of a rule that is not one of xapi's checks.
     *
     * @param id the rule's id
     * @param title what the rule checks
     * @param defaultSeverity the usual severity
     * @param xapiErrors the xapi errors, the usual one first
     * @param sources where the requirement comes from
     * @param fixableByConfiguration whether configuration can resolve what the rule blocks
     * @param reason why a rule set applies the rule
     */
    public RuleDescriptor(String id, String title, Severity defaultSeverity, List<XapiError> xapiErrors,
            List<Source> sources, boolean fixableByConfiguration, Optional<String> reason) {
        this(id, title, defaultSeverity, xapiErrors, sources, fixableByConfiguration, reason, Optional.empty());
    }

    /**
     * Describes a rule that stands for no xapi error, names no source, is not known to be fixable
     * by configuration and has no reason: add the rest with the {@code with} methods.
     *
     * @param id the rule's id
     * @param title what the rule checks
     * @param defaultSeverity the usual severity of its violations
     * @return the descriptor
     */
    public static RuleDescriptor of(String id, String title, Severity defaultSeverity) {
        return new RuleDescriptor(id, title, defaultSeverity, List.of(), List.of(), false, Optional.empty());
    }

    /**
     * Returns the xapi error the rule usually stands for: the first of {@link #xapiErrors()}.
     *
     * @return the error, or empty when xapi has no such check
     */
    public Optional<XapiError> xapiError() {
        return xapiErrors.isEmpty() ? Optional.empty() : Optional.of(xapiErrors.get(0));
    }

    /**
     * Returns this descriptor standing for these xapi errors instead.
     *
     * @param errors the errors, the usual one first
     * @return the new descriptor
     */
    public RuleDescriptor withXapiErrors(XapiError... errors) {
        Objects.requireNonNull(errors, "errors");
        return new RuleDescriptor(id, title, defaultSeverity, Arrays.asList(errors), sources, fixableByConfiguration,
                reason, xapiReleases);
    }

    /**
     * Returns this descriptor of one of xapi's checks, run by these releases.
     *
     * @param releases the releases that run the check
     * @return the new descriptor
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public RuleDescriptor withXapiReleases(XapiReleases releases) {
        return new RuleDescriptor(id, title, defaultSeverity, xapiErrors, sources, fixableByConfiguration, reason,
                Optional.of(Objects.requireNonNull(releases, "releases")));
    }

    /**
     * Returns this descriptor with more sources, after those it has.
     *
     * @param more where the requirement comes from
     * @return the new descriptor
     */
    public RuleDescriptor withSources(Source... more) {
        Objects.requireNonNull(more, "more");
        List<Source> all = new ArrayList<>(sources);
        all.addAll(Arrays.asList(more));
        return new RuleDescriptor(id, title, defaultSeverity, xapiErrors, all, fixableByConfiguration, reason,
                xapiReleases);
    }

    /**
     * Returns this descriptor saying whether configuration can resolve what the rule blocks.
     *
     * @param fixable true if configuration can resolve it
     * @return the new descriptor
     */
    public RuleDescriptor withFixableByConfiguration(boolean fixable) {
        return new RuleDescriptor(id, title, defaultSeverity, xapiErrors, sources, fixable, reason, xapiReleases);
    }

    /**
     * Returns this descriptor with another usual severity, as {@link JoinRule#withSeverity(Severity)}
     * gives.
     *
     * @param severity the severity
     * @return the new descriptor
     */
    public RuleDescriptor withDefaultSeverity(Severity severity) {
        return new RuleDescriptor(id, title, Objects.requireNonNull(severity, "severity"), xapiErrors, sources,
                fixableByConfiguration, reason, xapiReleases);
    }

    /**
     * Returns this descriptor with another title.
     *
     * @param newTitle what the rule checks
     * @return the new descriptor
     */
    public RuleDescriptor withTitle(String newTitle) {
        return new RuleDescriptor(id, Objects.requireNonNull(newTitle, "newTitle"), defaultSeverity, xapiErrors,
                sources, fixableByConfiguration, reason, xapiReleases);
    }

    /**
     * Returns this descriptor with a reason attached; a reason already there is kept first, as
     * {@link Violation#because(String)} does.
     *
     * @param newReason why the rule applies
     * @return the new descriptor
     */
    public RuleDescriptor because(String newReason) {
        Objects.requireNonNull(newReason, "newReason");
        String combined = reason.map(r -> r + "; " + newReason).orElse(newReason);
        return new RuleDescriptor(id, title, defaultSeverity, xapiErrors, sources, fixableByConfiguration,
                Optional.of(combined), xapiReleases);
    }

    /**
     * Where a rule's requirement comes from.
     *
     * @param kind what kind of source it is
     * @param reference the source itself: the requirement's sentence, the name of xapi's check
     *     function (such as {@code assert_no_shared_srs_on_me}), or the documented requirement
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Source(Kind kind, String reference) {

        /** The kinds of source. */
        @API(status = EXPERIMENTAL, since = "0.1.0")
        public enum Kind {
            /** A requirement of XenServer 5.6 pools that xenpool started from, in a sentence. */
            SEED_REQUIREMENT,
            /** A check of xapi's {@code pool.join}, by the name of its function in {@code xapi_pool.ml}. */
            XAPI_CHECK,
            /** A requirement that product documentation states. */
            DOCUMENTATION
        }

        /**
         * Checks the components.
         *
         * @param kind what kind of source it is
         * @param reference the source itself
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the reference is blank
         */
        public Source {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reference, "reference");
            if (reference.isBlank()) {
                throw new IllegalArgumentException("a source of a rule needs a reference");
            }
        }

        /**
         * A requirement of XenServer 5.6 pools that xenpool started from.
         *
         * @param sentence the requirement, in a sentence
         * @return the source
         */
        public static Source seedRequirement(String sentence) {
            return new Source(Kind.SEED_REQUIREMENT, Objects.requireNonNull(sentence, "sentence"));
        }

        /**
         * A check of xapi's {@code pool.join}.
         *
         * @param function the name of its function, such as {@code assert_no_shared_srs_on_me}
         * @return the source
         */
        public static Source xapiCheck(String function) {
            return new Source(Kind.XAPI_CHECK, Objects.requireNonNull(function, "function"));
        }

        /**
         * A requirement that product documentation states.
         *
         * @param requirement the requirement, with the product or release it applies to
         * @return the source
         */
        public static Source documentation(String requirement) {
            return new Source(Kind.DOCUMENTATION, Objects.requireNonNull(requirement, "requirement"));
        }
    }
}
