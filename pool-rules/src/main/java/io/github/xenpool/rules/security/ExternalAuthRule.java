package io.github.xenpool.rules.security;

import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

/**
 * xapi's {@code assert_external_auth_matches}: the joining host's {@code external_auth_type} and
 * {@code external_auth_service_name} against the remote master's. The joining host runs the check,
 * so its own xapi decides how the service names compare: exactly before 24.33, ignoring the case
 * of ASCII letters from 24.33 on ({@code CA-399256}).
 */
final class ExternalAuthRule extends DescribedRule {

    /** The first xapi release that compares the service names ignoring case. */
    static final XapiVersion IGNORES_CASE_SINCE = XapiVersion.parse("24.33.0");

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SecurityRules.EXTERNAL_AUTH,
                    "the host authenticates users as the pool master does: the same external authentication type"
                    + " and service name", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_EXTERNAL_AUTH_MISMATCH)
            .withSources(
                    RuleDescriptor.Source.xapiCheck("assert_external_auth_matches"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.ALWAYS);

    private static final String SOURCE = "external_auth_type and external_auth_service_name";

    ExternalAuthRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Host master = pool.master();
        Optional<ExternalAuth> mine = host.externalAuth();
        Optional<ExternalAuth> masters = master.externalAuth();
        if (mine.isEmpty() || masters.isEmpty()) {
            return new UnknownFacts()
                    .note(mine.isEmpty(), Subject.of(Subject.Kind.HOST, host, "externalAuth"),
                            "the external authentication of " + Text.name(host.hostname()),
                            SOURCE + " of the host")
                    .note(masters.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "master", "externalAuth"),
                            "the external authentication of " + Text.name(master.hostname()) + ", master of pool "
                                    + Text.name(pool.name()),
                            SOURCE + " of the pool master")
                    .cannotCheck(id());
        }
        ExternalAuth own = mine.get();
        ExternalAuth wanted = masters.get();
        if (own.equals(wanted)) {
            return List.of();
        }
        String exactly = "";
        if (own.matches(wanted)) {
            // The service names differ in the case of ASCII letters only: the host's xapi decides.
            XapiReleases releases = context.xapiReleases(host);
            boolean ignoresCase = !releases.overlaps(XapiReleases.until(IGNORES_CASE_SINCE.toString()));
            boolean comparesExactly = !releases.overlaps(XapiReleases.since(IGNORES_CASE_SINCE.toString()));
            if (!ignoresCase && !comparesExactly) {
                return List.of(Violation.cannotCheck(id(), Subject.of(Subject.Kind.SOFTWARE, host, "software",
                                "softwareVersion"),
                        "the xapi version of " + Text.name(host.hostname()) + ", which decides whether the service"
                                + " names " + Text.quoted(own.serviceName()) + " and "
                                + Text.quoted(wanted.serviceName()) + " match (xapi 24.33 and later ignore their"
                                + " case)",
                        "xapi_build (or product_version, or xapi) of the host's software_version"));
            }
            if (ignoresCase) {
                return List.of();
            }
            exactly = " (the xapi of " + Text.name(host.hostname()) + ", " + releases + ", compares the service"
                    + " names exactly; 24.33 and later ignore their case)";
        }
        Violation.Builder violation = Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "externalAuth"))
                .message(Text.name(host.hostname()) + " authenticates users with " + describe(own) + " and the master "
                        + Text.name(master.hostname()) + " with " + describe(wanted)
                        + "; a joining host's external authentication must be the master's" + exactly)
                .fixableByConfiguration(true)
                .expectedActual(describe(wanted), describe(own));
        // own and wanted differ, so one of them is not NONE: there is always a step.
        if (!own.equals(ExternalAuth.NONE)) {
            violation.step("Disable external authentication on " + Text.name(host.hostname())
                    + " (xe pool-disable-external-auth on it)");
        }
        if (!wanted.equals(ExternalAuth.NONE)) {
            violation.step("Enable external authentication on " + Text.name(host.hostname()) + " as the master has"
                    + " it: xe pool-enable-external-auth auth-type=" + Text.name(wanted.type()) + " service-name="
                    + Text.name(wanted.serviceName()) + " on it, with the credentials of the domain");
        }
        return List.of(violation.build());
    }

    private static String describe(ExternalAuth auth) {
        if (auth.type().isEmpty() && auth.serviceName().isEmpty()) {
            return "no external authentication";
        }
        return (auth.type().isEmpty() ? "no external authentication type" : Text.name(auth.type())) + " for "
                + (auth.serviceName().isEmpty() ? "no service name" : Text.quoted(auth.serviceName()));
    }
}
