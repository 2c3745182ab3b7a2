package io.github.xenpool.rules.sets;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiReleases;
import java.util.List;
import java.util.Optional;

/**
 * Which xapi release runs a join, read from the joining host's {@code software_version} (its xapi
 * runs the checks), and the checks that release runs. A release known only as one of several
 * (a product line, or nothing known at all) runs every check that any of them runs: a check that
 * may run is never left out.
 */
final class XapiRelease {

    /** The id of the rule that says when the release is not known exactly. */
    static final String RULE_ID = "xapi.release";

    private XapiRelease() {
    }

    /** The releases that may run a join: the joining host's, or the master's when the host's are unknown. */
    static XapiReleases of(Pool pool, Host host, JoinContext context) {
        XapiReleases releases = context.xapiReleases(host);
        return unbounded(releases) ? context.xapiReleases(pool.master()) : releases;
    }

    /**
     * Whether the releases are {@link XapiReleases#ALWAYS}, read from the bounds: every gated check
     * asks on every evaluation, and a record's generated {@code equals} costs more.
     */
    private static boolean unbounded(XapiReleases releases) {
        return releases.since().isEmpty() && releases.until().isEmpty();
    }

    /**
     * A check that runs when a release that runs it may run the join.
     *
     * @param check one of xapi's checks, whose descriptor has its releases
     * @return the check, applied only then
     */
    static JoinRule gated(JoinRule check) {
        XapiReleases runs = check.descriptor().xapiReleases().orElseThrow(
                () -> new IllegalArgumentException(check.id() + " is not one of xapi's checks"));
        return check.onlyWhen((pool, host, context) -> runs.overlaps(of(pool, host, context)),
                "the joining host's xapi may run it (" + runs + ")");
    }

    /**
     * A rule described as one of xapi's checks, run by these releases: a shipped rule that stands
     * for an xapi check in {@code xapi()} and also serves rule sets in another order.
     *
     * @param rule the rule
     * @param releases the releases that run the check
     * @return the rule, so described
     */
    static JoinRule asXapiCheck(JoinRule rule, XapiReleases releases) {
        return new Redescribed(rule, rule.descriptor().withXapiReleases(releases));
    }

    /**
     * A rule described as none of xapi's checks, for a rule set whose order is not xapi's, so that
     * its reports foresee no xapi answer from a partial order.
     *
     * @param rule the rule
     * @return the rule, so described
     */
    static JoinRule notInXapiOrder(JoinRule rule) {
        RuleDescriptor d = rule.descriptor();
        return d.xapiReleases().isEmpty() ? rule : new Redescribed(rule, new RuleDescriptor(d.id(), d.title(),
                d.defaultSeverity(), d.xapiErrors(), d.sources(), d.fixableByConfiguration(), d.reason(),
                Optional.empty()));
    }

    /**
     * The rule that warns when the release of the joining host is not known exactly, and says which
     * checks therefore run.
     *
     * @return the rule
     */
    static JoinRule rule() {
        RuleDescriptor descriptor = RuleDescriptor.of(RULE_ID,
                "the xapi release of the joining host is known, so that exactly its checks run", Severity.WARNING)
                .withSources(RuleDescriptor.Source.documentation(
                        "pool.join runs on the joining host, with the checks of its own xapi release"))
                // Which checks xapi runs is part of its answer: not knowing them makes that answer uncertain.
                .withXapiReleases(XapiReleases.ALWAYS);
        return JoinRule.of(descriptor, (Pool pool, Host host, JoinContext context) -> {
            XapiReleases own = context.xapiReleases(host);
            if (own.single().isPresent()) {
                return List.of();
            }
            XapiReleases releases = of(pool, host, context);
            String which;
            if (own.equals(XapiReleases.ALWAYS) && !releases.equals(XapiReleases.ALWAYS)) {
                // The host's own release is what runs the checks; the master's only stands in for it.
                which = "unknown; the checks of the master's, " + releases + ", are applied";
            } else {
                which = (releases.equals(XapiReleases.ALWAYS) ? "unknown" : "one of the releases " + releases)
                        + "; the checks of every release it may be are applied";
            }
            return List.of(Violation.cannotCheck(RULE_ID, Subject.of(Subject.Kind.SOFTWARE, host, "software",
                            "softwareVersion"),
                    "the xapi release of " + Text.name(host.hostname()) + " (" + which + ")",
                    "xapi_build of the host's software_version, or a rule set of one release,"
                            + " RuleSets.xapi(XapiVersion)"));
        });
    }
}
