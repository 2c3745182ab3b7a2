package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.ManagementInterface;
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

final class OnlyPhysicalPifsRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.ONLY_PHYSICAL_PIFS,
                    "every interface of the host is a physical NIC: no bonds, VLANs or tunnels, its management"
                    + " interface included (xapi 1.9.81 to 1.34)", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_MUST_ONLY_HAVE_PHYSICAL_PIFS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_only_physical_pifs"))
            .withXapiReleases(XapiReleases.between("1.9.81", "1.35.0"))
            .withFixableByConfiguration(true);

    OnlyPhysicalPifsRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = new ArrayList<>();
        String name = Text.name(host.hostname());
        Optional<Boolean> virtualManagement = HostInterfaces.managementIsVirtual(host);
        if (virtualManagement.orElse(false)) {
            ManagementInterface nic = host.managementInterface();
            String what = nic.bonded().orElse(false) ? "the bond " + nic.device()
                    : "VLAN " + nic.vlanTag().getAsInt() + " on " + nic.device();
            found.add(violation(pool, host, Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface"),
                    what + " (its management interface)", "Move the management interface of " + name
                    + " to a physical NIC (xe host-management-reconfigure), then remove " + what));
        }
        for (NetworkInterface nic : host.networkInterfaces()) {
            if (nic.kind() != NetworkInterface.Kind.PHYSICAL) {
                String what = HostInterfaces.describe(nic);
                found.add(violation(pool, host, Subject.networkInterface(nic), "the " + what, "Remove the " + what
                        + " from " + name));
            }
        }
        UnknownFacts unknown = new UnknownFacts().note(virtualManagement.isEmpty(),
                Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface"),
                "whether the management interface of " + name + " is a physical NIC",
                "the host's management PIF (xe pif-list management=true params=device,physical,VLAN)");
        HostInterfaces.noteIncomplete(unknown, host, "interfaces other than physical NICs");
        found.addAll(unknown.cannotCheck(id()));
        return found.isEmpty() ? List.of() : found;
    }

    private static Violation violation(Pool pool, Host host, Subject subject, String what, String remove) {
        String name = Text.name(host.hostname());
        return Violation.of(DESCRIPTOR, subject)
                .message(name + " has " + what + "; a joining host may have physical NICs only, since it takes the"
                        + " pool's bonds, VLANs and private networks")
                .expectedActual("physical NICs only", what)
                .step(remove)
                .step("Join " + name + " to pool " + Text.name(pool.name()) + ", then use the pool's networks")
                .build();
    }
}
