package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class TunnelsRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.TUNNELS,
                    "the host has no tunnels (private networks of Open vSwitch)", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_HAS_TUNNELS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_tunnels_on_me"))
            .withXapiReleases(XapiReleases.since("1.35.0"))
            .withFixableByConfiguration(true);

    TunnelsRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        return HostInterfaces.each(DESCRIPTOR, pool, host, NetworkInterface.Kind.TUNNEL, "tunnels",
                "xe tunnel-destroy", "the pool's private networks");
    }
}
