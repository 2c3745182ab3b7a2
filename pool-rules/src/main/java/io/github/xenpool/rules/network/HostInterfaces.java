package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the checks of a joining host's own PIFs read: its interfaces of a kind, and what is unknown of them. */
final class HostInterfaces {

    static final String PIFS = "the host's PIFs (xe pif-list params=all host-uuid=<host>, or its database)";

    private HostInterfaces() {
    }

    /** The host's interfaces of a kind, besides its management interface, in order. */
    /** Whether the host lists an interface of the kind. */
    static boolean hasKind(Host host, NetworkInterface.Kind kind) {
        for (NetworkInterface nic : host.networkInterfaces()) {
            if (nic.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    static List<NetworkInterface> ofKind(Host host, NetworkInterface.Kind kind) {
        List<NetworkInterface> found = new ArrayList<>(2);
        for (NetworkInterface nic : host.networkInterfaces()) {
            if (nic.kind() == kind) {
                found.add(nic);
            }
        }
        return found;
    }

    /**
     * One violation per interface of a kind, and a "cannot check" when the host's interfaces may
     * not all be listed.
     *
     * @param entries the kind in the plural, such as {@code tunnels}
     * @param remove the command that removes one, such as {@code xe tunnel-destroy}
     * @param pooled what the host uses after the join instead, such as {@code the pool's private networks}
     */
    static List<Violation> each(RuleDescriptor descriptor, Pool pool, Host host, NetworkInterface.Kind kind,
            String entries, String remove, String pooled) {
        if (host.isComplete(Host.Listing.NETWORK_INTERFACES) && !hasKind(host, kind)) {
            return List.of();   // the usual answer, without a report to build
        }
        List<Violation> found = new ArrayList<>();
        String name = Text.name(host.hostname());
        for (NetworkInterface nic : ofKind(host, kind)) {
            String what = describe(nic);
            found.add(Violation.of(descriptor, Subject.networkInterface(nic))
                    .message(name + " has the " + what + " besides its management interface; a joining host may"
                            + " have no " + entries + ", since it takes the pool's networks")
                    .expectedActual("no " + entries, what)
                    .step("Remove the " + what + " from " + name + " (" + remove + ")")
                    .step("Join " + name + " to pool " + Text.name(pool.name()) + ", then use " + pooled)
                    .build());
        }
        found.addAll(noteIncomplete(new UnknownFacts(), host, entries).cannotCheck(descriptor.id()));
        return found.isEmpty() ? List.of() : found;
    }

    /** Notes that the host's list of interfaces may lack some, when it is incomplete. */
    static UnknownFacts noteIncomplete(UnknownFacts unknown, Host host, String entries) {
        return unknown.note(!host.isComplete(Host.Listing.NETWORK_INTERFACES),
                Subject.of(Subject.Kind.HOST, host, "networkInterfaces"),
                "whether " + Text.name(host.hostname()) + " has " + entries + " besides those listed", PIFS);
    }

    /** Whether the management PIF is not physical (a bond or a VLAN); empty when that is unknown. */
    static Optional<Boolean> managementIsVirtual(Host host) {
        ManagementInterface nic = host.managementInterface();
        if (host.managementInterfaceExists().equals(Optional.of(false))) {
            return Optional.of(false);   // no management PIF at all
        }
        if (nic.vlanTag().isPresent() || nic.bonded().orElse(false)) {
            return Optional.of(true);
        }
        if (!nic.vlanTagKnown() || nic.bonded().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(false);
    }

    /** How an interface is named in a message, such as {@code VLAN 20 (eth1)}. */
    static String describe(NetworkInterface nic) {
        switch (nic.kind()) {
            case VLAN:
                return "VLAN " + nic.vlanTag().getAsInt() + " (" + nic.device() + ")";
            case TUNNEL:
                return "tunnel " + nic.device();
            case SRIOV:
                return "SR-IOV network on " + nic.device();
            case BOND:
                return "bond " + nic.device();
            default:
                return "NIC " + nic.device();
        }
    }
}
