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
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

final class ManagementInterfaceRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.MANAGEMENT_INTERFACE,
                    "the host has a management interface: xapi has finished setting it up", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOST_STILL_BOOTING)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_management_interface_exists"))
            .withXapiReleases(XapiReleases.ALWAYS)
            .withFixableByConfiguration(true);

    ManagementInterfaceRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Boolean> exists = host.managementInterfaceExists();
        if (exists.isPresent() && exists.get()) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterfaceExists");
        if (exists.isEmpty()) {
            return new UnknownFacts()
                    .note(true, subject, "whether " + Text.name(host.hostname()) + " has a management interface",
                            "the host's PIFs and which is its management PIF (xe pif-list host-uuid=<host>"
                            + " params=uuid,device,management, or its database)")
                    .cannotCheck(id());
        }
        if (exists.get()) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, subject)
                .message(Text.name(host.hostname()) + " has no management interface: none of its PIFs is the"
                        + " management PIF, as while xapi is still setting the host up after it boots; xapi joins"
                        + " no host without one")
                .expectedActual("a management PIF", "none")
                .step("Wait until " + Text.name(host.hostname()) + " has finished booting, or give it a management"
                        + " interface (xe host-management-reconfigure pif-uuid=<PIF>)")
                .step("Check the join again")
                .build());
    }
}
