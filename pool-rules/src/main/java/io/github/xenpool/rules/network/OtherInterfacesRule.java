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
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;

final class OtherInterfacesRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.OTHER_INTERFACES,
                    "the host has no VLANs, bonds, tunnels or SR-IOV networks besides its management interface",
                    Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS, XapiError.POOL_JOINING_HOST_HAS_BONDS,
                    XapiError.POOL_JOINING_HOST_HAS_TUNNELS, XapiError.POOL_JOINING_HOST_HAS_NETWORK_SRIOVS)
            .withSources(
                    RuleDescriptor.Source.xapiCheck("assert_no_non_management_vlans_on_me"),
                    RuleDescriptor.Source.xapiCheck("assert_no_bonds_on_me"),
                    RuleDescriptor.Source.xapiCheck("assert_no_tunnels_on_me"),
                    RuleDescriptor.Source.xapiCheck("assert_no_network_sriovs_on_me"))
            .withFixableByConfiguration(true);

    OtherInterfacesRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        for (NetworkInterface nic : host.networkInterfaces()) {
            if (nic.kind() == NetworkInterface.Kind.PHYSICAL) {
                continue;
            }
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            NetworkInterface.Kind kind = nic.kind();
            String what = kind == NetworkInterface.Kind.VLAN
                    ? "VLAN " + nic.vlanTag().getAsInt() + " (" + nic.device() + ")"
                    : kind == NetworkInterface.Kind.TUNNEL ? "tunnel " + nic.device()
                    : kind == NetworkInterface.Kind.SRIOV ? "SR-IOV network on " + nic.device()
                    : "bond " + nic.device();
            String pooled = kind == NetworkInterface.Kind.VLAN ? "VLAN" : kind == NetworkInterface.Kind.TUNNEL
                    ? "private network" : kind == NetworkInterface.Kind.SRIOV ? "SR-IOV network" : "bond";
            XapiError error = kind == NetworkInterface.Kind.VLAN
                    ? XapiError.POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS
                    : kind == NetworkInterface.Kind.TUNNEL ? XapiError.POOL_JOINING_HOST_HAS_TUNNELS
                    : kind == NetworkInterface.Kind.SRIOV ? XapiError.POOL_JOINING_HOST_HAS_NETWORK_SRIOVS
                    : XapiError.POOL_JOINING_HOST_HAS_BONDS;
            found.add(Violation.of(DESCRIPTOR, Subject.networkInterface(nic))
                    .message(Text.name(host.hostname()) + " has the " + what + " besides its management interface;"
                            + " a joining host takes the pool's networks, so it may have no VLANs, bonds, tunnels or"
                            + " SR-IOV networks of its own")
                    .fixableByConfiguration(true)
                    .expectedActual("physical NICs only", what)
                    .step("Remove the " + what + " from " + Text.name(host.hostname()))
                    .step("After the join, use the pool's networks (create the " + pooled + " pool-wide if it is"
                            + " needed)")
                    .xapiError(error)
                    .build());
        }
        return UnknownFacts.withIncompleteList(found, host, Host.Listing.NETWORK_INTERFACES, Subject.Kind.HOST,
                "networkInterfaces", "network interfaces",
                "the host's PIFs (xe pif-list params=all, or its database)", id());
    }
}
