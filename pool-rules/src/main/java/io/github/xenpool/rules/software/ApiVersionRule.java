package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

/** xapi's {@code assert_api_version_matches}: the joining host speaks the master's XenAPI version. */
final class ApiVersionRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.API_VERSION,
                    "the host speaks the master's XenAPI version", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_api_version_matches"))
            .withFixableByConfiguration(true)
            // 1.32.0 on the main line, in 1.29.3 on, and backported to XenServer 7.1 (1.14) from 1.14.8: a range
            // holds one start, so the releases between count in too; a check that may run is never left out.
            .withXapiReleases(XapiReleases.since("1.14.8"));

    private static final String SOURCE = "API_version_major and API_version_minor of the host record (xe"
            + " host-param-list)";

    ApiVersionRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<ApiVersion> mine = host.software().apiVersion();
        Optional<ApiVersion> master = pool.master().software().apiVersion();
        if (mine.isEmpty() || master.isEmpty()) {
            return new UnknownFacts()
                    .note(mine.isEmpty(), SoftwareSubjects.host(host, "apiVersion"),
                            "the XenAPI version of " + Text.name(host.hostname()), SOURCE + " of the host")
                    .note(master.isEmpty(), SoftwareSubjects.master(pool, "apiVersion"),
                            "the XenAPI version of " + SoftwareSubjects.theMaster(pool), SOURCE + " of the master")
                    .cannotCheck(id());
        }
        if (mine.get().equals(master.get())) {
            return List.of();
        }
        String direction = mine.get().compareTo(master.get()) < 0 ? "Upgrade " : "Downgrade ";
        return List.of(Violation.of(DESCRIPTOR, SoftwareSubjects.host(host, "apiVersion"))
                .message(Text.name(host.hostname()) + " speaks XenAPI " + mine.get() + " and "
                        + SoftwareSubjects.theMaster(pool) + " " + master.get() + "; xapi joins only hosts of the"
                        + " master's API version")
                .xapiError(XapiError.POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION, mine.get().toString(),
                        master.get().toString())
                .expectedActual(master.get(), mine.get())
                .step(direction + Text.name(host.hostname()) + " to the release the master runs (XenAPI "
                        + master.get() + ")")
                .build());
    }
}
