package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.List;

final class ProductVersionRule implements JoinRule {

    @Override
    public String id() {
        return SoftwareRules.VERSION;
    }

    @Override
    public String description() {
        return "the host runs the pool's product version";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        ProductVersion wanted = pool.master().software().productVersion();
        ProductVersion actual = host.software().productVersion();
        if (wanted.equals(actual)) {
            return List.of();
        }
        String direction = actual.compareTo(wanted) < 0 ? "Upgrade" : "Downgrade";
        return List.of(Violation.of(id(), Severity.BLOCKER,
                        Subject.of(Subject.Kind.SOFTWARE, host, "software.productVersion"))
                .message(host.hostname() + " runs version " + actual + " and pool " + pool.name() + " runs "
                        + wanted + "; every member runs the same version")
                .fixableByConfiguration(true)
                .expectedActual(wanted, actual)
                .details(new ViolationDetails.Versions(wanted, actual))
                .step(direction + " " + host.hostname() + " to version " + wanted + " (build "
                        + pool.master().software().buildNumber() + ")")
                .xapiErrorCode("POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION")
                .build());
    }
}
