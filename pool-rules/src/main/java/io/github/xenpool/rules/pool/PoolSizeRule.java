package io.github.xenpool.rules.pool;

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
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class PoolSizeRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.SIZE, "the pool has room for one more host", Severity.BLOCKER)
            .withXapiErrors(XapiError.LICENCE_RESTRICTION)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A pool holds at most maxPoolSize"
                            + " hosts (16 in XenServer 5.6)."),
                    RuleDescriptor.Source.xapiCheck("assert_pool_size_unrestricted"));

    PoolSizeRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        int max = context.maxPoolSize();
        if (pool.size() < max) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, Subject.pool(pool))
                .message("pool " + Text.name(pool.name()) + " already has " + pool.size()
                        + " hosts, the most a pool may have;"
                        + " " + Text.name(host.hostname()) + " cannot join it")
                .fixableByConfiguration(false)
                .expectedActual("at most " + (max - 1) + " hosts before the join", pool.size() + " hosts")
                .details(new ViolationDetails.PoolSize(pool.size(), max))
                .step("Join " + Text.name(host.hostname()) + " to another pool, or make it the master of a new pool")
                .build());
    }
}
