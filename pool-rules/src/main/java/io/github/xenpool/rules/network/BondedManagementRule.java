package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;

final class BondedManagementRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.BONDED_MANAGEMENT,
                    "the host's management interface is a physical NIC, not a bond", Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("The management interface of a joining"
                            + " host is a physical NIC: move management off a bond, join, then"
                            + " re-bond."),
                    RuleDescriptor.Source.xapiCheck("assert_no_network_bond_on_me"))
            .withFixableByConfiguration(true);

    BondedManagementRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        ManagementInterface nic = host.managementInterface();
        if (nic.bonded().isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "bonded"),
                            "whether the management interface of " + Text.name(host.hostname()) + " is a bond",
                            "the host's management PIF (xe pif-list management=true params=device,bond-master-of)")
                    .cannotCheck(id());
        }
        if (!nic.bonded().get()) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR,
                Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "bonded"))
                .message("the management interface of " + Text.name(host.hostname()) + " is the bond " + nic.device()
                        + "; a joining host's management traffic must run on a physical NIC")
                .fixableByConfiguration(true)
                .expectedActual("a physical NIC", "bond " + nic.device())
                .step("Move the management interface of " + Text.name(host.hostname()) + " from " + nic.device()
                        + " to a physical NIC")
                .step("Join " + Text.name(host.hostname()) + " to pool " + Text.name(pool.name()))
                .step("Re-create the bond on " + Text.name(host.hostname()) + " and move management back to it")
                .build());
    }
}
