package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class PoolHaRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.HA_DISABLED,
                    "the pool's HA is disabled while a host joins", Severity.BLOCKER)
            .withXapiErrors(XapiError.HA_IS_ENABLED)
            .withSources(
                    RuleDescriptor.Source.xapiCheck("ha_is_not_enable_on_the_distant_pool"),
                    RuleDescriptor.Source.documentation("XenServer 5.5 and later (xapi's check since"
                            + " its first release): a host cannot join a pool while HA is enabled on it."))
            .withFixableByConfiguration(true);

    PoolHaRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (!pool.haEnabled()) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, Subject.pool(pool))
                .message("HA is enabled on pool " + Text.name(pool.name()) + "; no host can join a pool while HA is on")
                .fixableByConfiguration(true)
                .expectedActual("HA disabled", "HA enabled")
                .step("Disable HA on pool " + Text.name(pool.name()))
                .step("Join " + Text.name(host.hostname()) + " to pool " + Text.name(pool.name()))
                .step("Enable HA on pool " + Text.name(pool.name()) + " again")
                .build());
    }
}
