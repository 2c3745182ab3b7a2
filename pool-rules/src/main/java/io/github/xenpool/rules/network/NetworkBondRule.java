package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class NetworkBondRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.NETWORK_BOND, "the host has no bonds (xapi 1.9.60 to 1.9.80)",
                    Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_network_bond_on_me"))
            .withXapiReleases(XapiReleases.between("1.9.60", "1.9.81"))
            .withFixableByConfiguration(true);

    NetworkBondRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        return BondsRule.bonds(DESCRIPTOR, pool, host, id());
    }
}
