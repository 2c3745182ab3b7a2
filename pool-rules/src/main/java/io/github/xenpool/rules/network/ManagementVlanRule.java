package io.github.xenpool.rules.network;

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
import java.util.OptionalInt;

final class ManagementVlanRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.MANAGEMENT_VLAN,
                    "the host's management interface is on the master's management VLAN, or both"
                    + " are untagged", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH)
            .withSources(
                    RuleDescriptor.Source.xapiCheck("assert_management_vlan_are_same"))
            .withFixableByConfiguration(true);

    ManagementVlanRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        OptionalInt mine = host.managementInterface().vlanTag();
        OptionalInt master = pool.master().managementInterface().vlanTag();
        if (mine.equals(master)) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR,
                Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "vlanTag"))
                .message("the management interface of " + Text.name(host.hostname()) + " is " + describe(mine)
                        + " and the master " + Text.name(pool.master().hostname()) + "'s is " + describe(master)
                        + "; a joining host's management traffic must be on the pool's management VLAN")
                .fixableByConfiguration(true)
                .expectedActual(describe(master), describe(mine))
                .step(master.isPresent()
                        ? "Move the management interface of " + Text.name(host.hostname()) + " to VLAN "
                                + master.getAsInt()
                        : "Move the management interface of " + Text.name(host.hostname())
                                + " to an untagged physical NIC")
                .build());
    }

    private static String describe(OptionalInt tag) {
        return tag.isPresent() ? "on VLAN " + tag.getAsInt() : "untagged";
    }
}
