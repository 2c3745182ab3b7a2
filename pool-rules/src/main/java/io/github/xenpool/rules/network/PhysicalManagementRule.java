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
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

final class PhysicalManagementRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.PHYSICAL_MANAGEMENT,
                    "the host's management interface is a physical NIC, neither a bond nor a VLAN (xapi before"
                    + " 1.9.81)", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_MUST_HAVE_PHYSICAL_MANAGEMENT_NIC)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_management_interface_is_physical"))
            .withXapiReleases(XapiReleases.until("1.9.81"))
            .withFixableByConfiguration(true);

    PhysicalManagementRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Boolean> virtual = HostInterfaces.managementIsVirtual(host);
        String name = Text.name(host.hostname());
        if (virtual.isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface"),
                            "whether the management interface of " + name + " is a physical NIC",
                            "the host's management PIF (xe pif-list management=true params=device,physical,VLAN)")
                    .cannotCheck(id());
        }
        if (!virtual.get()) {
            return List.of();
        }
        ManagementInterface nic = host.managementInterface();
        String what = nic.bonded().orElse(false) ? "the bond " + nic.device()
                : "VLAN " + nic.vlanTag().getAsInt() + " on " + nic.device();
        return List.of(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host,
                        "managementInterface"))
                .message("the management interface of " + name + " is " + what + "; a joining host's management"
                        + " interface must be a physical NIC")
                .expectedActual("a physical NIC", what)
                .step("Move the management interface of " + name + " to a physical NIC (xe"
                        + " host-management-reconfigure)")
                .step("Join " + name + " to pool " + Text.name(pool.name()) + ", then move management back")
                .build());
    }
}
