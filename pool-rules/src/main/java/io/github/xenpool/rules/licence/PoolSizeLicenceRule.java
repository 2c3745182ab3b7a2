package io.github.xenpool.rules.licence;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;
import java.util.Optional;

final class PoolSizeLicenceRule extends DescribedRule {

    /** {@code Xapi_globs.restricted_pool_size}: the hosts a pool restricted in size may have. */
    static final int RESTRICTED_POOL_SIZE = 3;
    /** {@code Features.name_of_feature Pool_size}, the parameter of xapi's error. */
    static final String POOL_SIZE_FEATURE = "Pool_size";

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(LicenceRules.POOL_SIZE,
                    "a host whose licence restricts the pool size joins a pool of fewer than 3 hosts",
                    Severity.BLOCKER)
            .withXapiErrors(XapiError.LICENCE_RESTRICTION)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_pool_size_unrestricted"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("1.54.0"));

    PoolSizeLicenceRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        // xapi counts every host of the pool, offline ones too, and reads the licence only for a pool of 3 or more.
        if (pool.size() < RESTRICTED_POOL_SIZE) {
            return List.of();
        }
        Optional<String> flag = PoolingLicenceRule.restriction(host, "restrict_pool_size");
        if (flag.isPresent() && PoolingLicenceRule.allows(flag.get())) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.LICENCE, host, "ownPool", "restrictions");
        if (flag.isEmpty()) {
            return List.of(Violation.cannotCheck(id(), subject, "whether the licence of "
                    + Text.name(host.hostname()) + " restricts the pool size (restrict_pool_size in the restrictions"
                    + " of the pool it heads), which decides whether it may join pool " + Text.name(pool.name())
                    + " of " + pool.size() + " hosts", PoolingLicenceRule.ownRestrictions(host)));
        }
        if (PoolingLicenceRule.allows(flag.get())) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, subject)
                .message("the licence of " + Text.name(host.hostname()) + " restricts pools to "
                        + RESTRICTED_POOL_SIZE + " hosts (restrict_pool_size is " + Text.quoted(flag.get())
                        + " in the restrictions of the pool it heads), and pool " + Text.name(pool.name())
                        + " already has " + pool.size())
                .fixableByConfiguration(true)
                .expectedActual("at most " + (RESTRICTED_POOL_SIZE - 1) + " hosts before the join, or a licence"
                        + " without restrict_pool_size", pool.size() + " hosts, restrict_pool_size " + flag.get())
                .details(new ViolationDetails.PoolSize(pool.size(), RESTRICTED_POOL_SIZE))
                .xapiError(XapiError.LICENCE_RESTRICTION, POOL_SIZE_FEATURE)
                .step("Apply a licence that does not restrict the pool size to " + Text.name(host.hostname())
                        + ", or join it to a pool of at most " + (RESTRICTED_POOL_SIZE - 1) + " hosts")
                .step("Check the join again")
                .build());
    }
}
