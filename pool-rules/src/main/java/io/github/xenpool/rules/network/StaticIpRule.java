package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;

final class StaticIpRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.STATIC_IP,
                    "the host's management address is static or reserved on the DHCP server", Severity.BLOCKER)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("The management interface has a static"
                            + " IP address; a DHCP reservation counts as static."))
            .withFixableByConfiguration(true);

    StaticIpRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        ManagementInterface nic = host.managementInterface();
        if (nic.addressing().isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "addressing"),
                            "whether the management address of " + Text.name(host.hostname()) + " is static or reserved",
                            "the host's management PIF (xe pif-list management=true params=IP-configuration-mode) and,"
                            + " for DHCP, whether the DHCP server reserves the address")
                    .cannotCheck(id());
        }
        if (nic.addressing().get().isStable()) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR,
                Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "addressing"))
                .message("the management interface " + nic.device() + " of " + Text.name(host.hostname()) + " takes its address"
                        + nic.ipAddress().map(address -> " " + address).orElse("")
                        + " from DHCP without a reservation; pool members need a management address that does not"
                        + " change")
                .fixableByConfiguration(true)
                .expectedActual(Addressing.STATIC + " or " + Addressing.DHCP_RESERVED, nic.addressing().get())
                .step("Give " + nic.device() + " of " + Text.name(host.hostname()) + " a static IP address, or reserve "
                        + nic.ipAddress().orElse("its address") + " for it on the DHCP server")
                .build());
    }
}
