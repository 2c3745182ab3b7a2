package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class BondsRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.BONDS, "the host has no bonds, its management interface included",
                    Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_HAS_BONDS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_bonds_on_me"))
            .withXapiReleases(XapiReleases.since("1.35.0"))
            .withFixableByConfiguration(true);

    BondsRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        return bonds(DESCRIPTOR, pool, host, id());
    }

    /**
     * One violation per bond of the host, the management interface's first: xapi's bond checks
     * refuse a host whose database has any {@code Bond}.
     */
    static List<Violation> bonds(RuleDescriptor descriptor, Pool pool, Host host, String ruleId) {
        boolean management = host.managementInterfaceExists().orElse(true);
        if ((!management || host.managementInterface().bonded().equals(Optional.of(false)))
                && host.isComplete(Host.Listing.NETWORK_INTERFACES)
                && !HostInterfaces.hasKind(host, NetworkInterface.Kind.BOND)) {
            return List.of();   // the usual answer, without a report to build
        }
        List<Violation> found = new ArrayList<>();
        String name = Text.name(host.hostname());
        if (management && host.managementInterface().bonded().orElse(false)) {
            String device = host.managementInterface().device();
            found.add(Violation.of(descriptor, Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host,
                            "managementInterface", "bonded"))
                    .message("the management interface of " + name + " is the bond " + device + "; a joining host"
                            + " may have no bonds, since it takes the pool's")
                    .expectedActual("no bond", "bond " + device + " (management)")
                    .step("Move the management interface of " + name + " from " + device + " to a physical NIC,"
                            + " and destroy the bond (xe bond-destroy)")
                    .step("Join " + name + " to pool " + Text.name(pool.name()) + ", then bond its NICs again on"
                            + " the pool's bonded network")
                    .build());
        }
        for (NetworkInterface bond : HostInterfaces.ofKind(host, NetworkInterface.Kind.BOND)) {
            found.add(Violation.of(descriptor, Subject.networkInterface(bond))
                    .message(name + " has the bond " + bond.device() + "; a joining host may have no bonds, since"
                            + " it takes the pool's")
                    .expectedActual("no bond", "bond " + bond.device())
                    .step("Destroy the bond " + bond.device() + " of " + name + " (xe bond-destroy)")
                    .step("Join " + name + " to pool " + Text.name(pool.name()) + ", then bond its NICs again on"
                            + " the pool's bonded network")
                    .build());
        }
        UnknownFacts unknown = new UnknownFacts().note(management && host.managementInterface().bonded().isEmpty(),
                Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "bonded"),
                "whether the management interface of " + name + " is a bond",
                "the host's management PIF (xe pif-list management=true params=device,bond-master-of)");
        HostInterfaces.noteIncomplete(unknown, host, "bonds");
        found.addAll(unknown.cannotCheck(ruleId));
        return found.isEmpty() ? List.of() : found;
    }
}
