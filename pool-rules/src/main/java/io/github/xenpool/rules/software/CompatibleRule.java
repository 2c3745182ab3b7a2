package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

/**
 * xapi's {@code assert_hosts_compatible}: the joining host's {@code platform_version} and
 * compatibility name ({@code product_brand}, or {@code platform_name} without a brand) are the
 * master's, a key absent on both sides counting as equal.
 */
final class CompatibleRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.COMPATIBLE,
                    "the host runs the master's product on the master's platform version", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_COMPATIBLE)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_hosts_compatible"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.ALWAYS);

    CompatibleRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        SoftwareVersion mine = host.software().softwareVersion();
        SoftwareVersion master = pool.master().software().softwareVersion();
        if (mine.isEmpty() || master.isEmpty()) {
            return SoftwareSubjects.softwareVersionsUnknown(id(), pool, host);
        }
        if (mine.platformVersion().equals(master.platformVersion())
                && mine.compatibilityName().equals(master.compatibilityName())) {
            return List.of();
        }
        String wanted = describe(master);
        String actual = describe(mine);
        return List.of(Violation.of(DESCRIPTOR, SoftwareSubjects.host(host, "softwareVersion"))
                .message(Text.name(host.hostname()) + " runs " + actual + " and " + SoftwareSubjects.theMaster(pool)
                        + " runs " + wanted + "; xapi joins only hosts of one product on one platform version")
                .expectedActual(wanted, actual)
                .step("Install " + wanted + " on " + Text.name(host.hostname()) + ", the release the master runs")
                .build());
    }

    /** Such as {@code XenServer on platform 3.4.0}; xapi's log says {@code Unknown} for an absent key. */
    private static String describe(SoftwareVersion version) {
        return Text.name(version.compatibilityName().orElse("Unknown")) + " on platform "
                + Text.name(version.platformVersion().orElse("Unknown"));
    }
}
