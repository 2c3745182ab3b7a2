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

final class SriovsRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.SRIOVS,
                    "the host has no SR-IOV networks", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_HAS_NETWORK_SRIOVS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_network_sriovs_on_me"))
            .withXapiReleases(XapiReleases.since("1.85.0"))
            .withFixableByConfiguration(true);

    SriovsRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        return HostInterfaces.each(DESCRIPTOR, pool, host, NetworkInterface.Kind.SRIOV, "SR-IOV networks",
                "xe network-sriov-destroy", "the pool's SR-IOV networks");
    }
}
