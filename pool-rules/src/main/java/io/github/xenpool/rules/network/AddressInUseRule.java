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
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class AddressInUseRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.ADDRESS_IN_USE,
                    "no member of the pool has the host's management address", Severity.BLOCKER)
            .withSources(
                    RuleDescriptor.Source.documentation("Every host of a pool has a management"
                            + " address of its own."));

    private static final String SOURCE = "the IP address of the management PIF";

    AddressInUseRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        ManagementInterface nic = host.managementInterface();
        Optional<String> address = nic.ipAddress();
        if (address.isPresent()) {
            // No two members share a known address: one look-up finds the member that may clash.
            Optional<Host> user = pool.memberWithAddress(address.get());
            if (user.isEmpty() || user.get().id().equals(host.id())) {
                if (pool.managementAddressesKnown()) {
                    return List.of();
                }
            } else {
                return List.of(inUse(pool, host, user.get(), address.get(), Subject.of(
                        Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "ipAddress")));
            }
        }
        Subject subject = Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "ipAddress");
        List<String> unknown = List.of();
        for (Host member : pool.members()) {
            if (member.id().equals(host.id())) {
                // The host itself: host.standalone says it is a member already.
                continue;
            }
            Optional<String> used = member.managementInterface().ipAddress();
            if (used.isEmpty()) {
                if (unknown.isEmpty()) {
                    unknown = new ArrayList<>();
                }
                unknown.add(Text.name(member.hostname()));
            } else if (address.isPresent() && used.get().equals(address.get())) {
                return List.of(inUse(pool, host, member, address.get(), subject));
            }
        }
        return new UnknownFacts()
                .note(address.isEmpty(), subject, "the management address of " + Text.name(host.hostname()),
                        SOURCE + " of the host")
                .note(!unknown.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "members",
                                "managementInterface", "ipAddress"),
                        "the management address of " + String.join(", ", unknown) + " (pool " + Text.name(pool.name()) + ")",
                        SOURCE + " of every member of the pool")
                .cannotCheck(id());
    }

    private Violation inUse(Pool pool, Host host, Host member, String address, Subject subject) {
        ManagementInterface nic = host.managementInterface();
        return Violation.of(DESCRIPTOR, subject)
                .message("the management address " + address + " of " + Text.name(host.hostname()) + " is that of "
                        + Text.name(member.hostname()) + " (" + member.id() + "), a member of pool "
                        + Text.name(pool.name())
                        + "; every member needs a management address of its own")
                .expectedActual("an address no member of pool " + Text.name(pool.name()) + " uses",
                        address + " (used by " + Text.name(member.hostname()) + ")")
                .details(new ViolationDetails.AddressInUse(address, member.id(), member.hostname()))
                .step("Give " + nic.device() + " of " + Text.name(host.hostname())
                        + " another static IP address, or a DHCP"
                        + " reservation of its own, then check the join again")
                .build();
    }
}
