package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

final class ProductVersionRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.VERSION,
                    "the host runs the pool's product version", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A joining host runs the pool's product version."))
            .withFixableByConfiguration(true);

    private static final String SOURCE = "software_version:product_version";

    ProductVersionRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<ProductVersion> poolVersion = pool.master().software().productVersion();
        Optional<ProductVersion> hostVersion = host.software().productVersion();
        if (hostVersion.isEmpty() || poolVersion.isEmpty()) {
            return new UnknownFacts()
                    .note(hostVersion.isEmpty(), Subject.of(Subject.Kind.SOFTWARE, host, "software", "productVersion"),
                            "the product version of " + Text.name(host.hostname()), SOURCE + " of the host")
                    .note(poolVersion.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "master", "software",
                                    "productVersion"),
                            "the product version of " + Text.name(pool.master().hostname()) + ", master of pool " + Text.name(pool.name()),
                            SOURCE + " of the pool master")
                    .cannotCheck(id());
        }
        ProductVersion wanted = poolVersion.get();
        ProductVersion actual = hostVersion.get();
        if (wanted.equals(actual)) {
            return List.of();
        }
        String direction = actual.compareTo(wanted) < 0 ? "Upgrade" : "Downgrade";
        return List.of(Violation.of(DESCRIPTOR,
                Subject.of(Subject.Kind.SOFTWARE, host, "software", "productVersion"))
                .message(Text.name(host.hostname()) + " runs version " + actual + " and pool " + Text.name(pool.name()) + " runs "
                        + wanted + "; every member runs the same version")
                .fixableByConfiguration(true)
                .expectedActual(wanted, actual)
                .details(new ViolationDetails.Versions(wanted, actual))
                .step(direction + " " + Text.name(host.hostname()) + " to version " + wanted
                        + pool.master().software().buildNumber().map(build -> " (build " + build + ")").orElse(""))
                .build());
    }
}
