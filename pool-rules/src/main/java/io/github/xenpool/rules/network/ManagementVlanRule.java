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

    /** The same check as one of xapi's, with the releases that run it. */
    static final RuleDescriptor XAPI_DESCRIPTOR = DESCRIPTOR.withXapiReleases(XapiReleases.since("1.35.0"));

    private static final String SOURCE = "(xe pif-list management=true params=device,VLAN host-uuid=<host>)";

    ManagementVlanRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Host master = pool.master();
        // xapi's PIF.VLAN: the tag, or -1 when untagged.
        OptionalInt local = vlan(host);
        OptionalInt remote = vlan(master);
        if (local.isEmpty() || remote.isEmpty()) {
            return new UnknownFacts()
                    .note(local.isEmpty(), Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface",
                                    "vlanTag"), "the management VLAN of " + Text.name(host.hostname()),
                            "the VLAN of the host's management PIF " + SOURCE)
                    .note(remote.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "master", "managementInterface",
                                    "vlanTag"), "the management VLAN of " + Text.name(master.hostname())
                                    + ", master of pool " + Text.name(pool.name()),
                            "the VLAN of the master's management PIF " + SOURCE)
                    .cannotCheck(id());
        }
        OptionalInt mine = host.managementInterface().vlanTag();
        OptionalInt masters = master.managementInterface().vlanTag();
        if (local.getAsInt() == remote.getAsInt()) {
            return List.of();
        }
        return List.of(Violation.of(descriptor(),
                Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "vlanTag"))
                .message("the management interface of " + Text.name(host.hostname()) + " is " + describe(mine)
                        + " and the master " + Text.name(master.hostname()) + "'s is " + describe(masters)
                        + "; a joining host's management traffic must be on the pool's management VLAN")
                .fixableByConfiguration(true)
                .expectedActual(describe(masters), describe(mine))
                .xapiErrorParameters(Integer.toString(local.getAsInt()), Integer.toString(remote.getAsInt()))
                .step(masters.isPresent()
                        ? "Move the management interface of " + Text.name(host.hostname()) + " to VLAN "
                                + masters.getAsInt()
                        : "Move the management interface of " + Text.name(host.hostname())
                                + " to an untagged physical NIC")
                .build());
    }

    /** The VLAN of a host's management PIF, -1 when untagged; empty when unknown or when it has none. */
    private static OptionalInt vlan(Host host) {
        return host.managementInterfaceExists().orElse(true) ? host.managementInterface().xapiVlan()
                : OptionalInt.empty();
    }

    private static String describe(OptionalInt tag) {
        return tag.isPresent() ? "on VLAN " + tag.getAsInt() : "untagged";
    }
}
