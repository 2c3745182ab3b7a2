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

final class NonManagementVlansRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.NON_MANAGEMENT_VLANS,
                    "the host has no VLANs besides its management interface's", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_non_management_vlans_on_me"))
            .withXapiReleases(XapiReleases.since("1.35.0"))
            .withFixableByConfiguration(true);

    NonManagementVlansRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        return HostInterfaces.each(DESCRIPTOR, pool, host, NetworkInterface.Kind.VLAN, "non-management VLANs",
                "xe vlan-destroy", "the pool's VLANs");
    }
}
