package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;
import java.util.Optional;

final class HostHaRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.HOST_HA_DISABLED,
                    "HA is disabled on the pool the host heads", Severity.BLOCKER)
            .withXapiErrors(XapiError.HA_IS_ENABLED)
            .withSources(RuleDescriptor.Source.xapiCheck("ha_is_not_enable_on_me"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.ALWAYS);

    HostHaRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Boolean> ha = host.ownPool().flatMap(PoolConfiguration::haEnabled);
        if (ha.isPresent() && !ha.get()) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.HOST, host, "ownPool", "haEnabled");
        if (ha.isEmpty()) {
            return List.of(Violation.cannotCheck(id(), subject, "whether HA is enabled on the pool "
                    + Text.name(host.hostname()) + " heads", OwnPool.source(host, "ha_enabled")));
        }
        if (!ha.get()) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, subject)
                .message("HA is enabled on the pool " + Text.name(host.hostname()) + " heads; a host with HA on"
                        + " cannot join pool " + Text.name(pool.name()) + " or any other")
                .fixableByConfiguration(true)
                .expectedActual("HA disabled", "HA enabled")
                .step("Disable HA on the pool " + Text.name(host.hostname()) + " heads")
                .step("Check the join again")
                .build());
    }
}
