package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.PrimaryAddressType;
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

final class PrimaryAddressTypeRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.PRIMARY_ADDRESS_TYPE,
                    "the host's management interface uses the master's address family first (IPv4 or IPv6)",
                    Severity.BLOCKER)
            .withXapiErrors(XapiError.OPERATION_NOT_ALLOWED)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_homogeneous_primary_address_type"))
            .withXapiReleases(XapiReleases.ALWAYS)
            .withFixableByConfiguration(true);

    static final String DIFFERS = "Primary address type differs";
    private static final String SOURCE = "(xe pif-list management=true params=primary-address-type)";

    PrimaryAddressTypeRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Host master = pool.master();
        Optional<PrimaryAddressType> mine = type(host);
        Optional<PrimaryAddressType> masters = type(master);
        if (mine.isEmpty() || masters.isEmpty()) {
            return new UnknownFacts()
                    .note(mine.isEmpty(), Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface",
                                    "primaryAddressType"), "the primary address type of " + Text.name(host.hostname()),
                            "primary_address_type of the host's management PIF " + SOURCE)
                    .note(masters.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "master", "managementInterface",
                                    "primaryAddressType"), "the primary address type of "
                                    + Text.name(master.hostname()) + ", master of pool " + Text.name(pool.name()),
                            "primary_address_type of the master's management PIF " + SOURCE)
                    .cannotCheck(id());
        }
        if (mine.equals(masters)) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host,
                        "managementInterface", "primaryAddressType"))
                .message("the management interface of " + Text.name(host.hostname()) + " uses " + spell(mine.get())
                        + " first and the master " + Text.name(master.hostname()) + "'s uses " + spell(masters.get())
                        + "; the hosts of a pool manage each other over one address family")
                .expectedActual(spell(masters.get()), spell(mine.get()))
                .xapiErrorParameters(DIFFERS)
                .step("Make the management interface of " + Text.name(host.hostname()) + " use "
                        + spell(masters.get()) + " first (xe host-management-reconfigure pif-uuid=<PIF>"
                        + " primary-address-type=" + spell(masters.get()) + ")")
                .step("Check the join again")
                .build());
    }

    /** The primary address type of a host's management PIF; empty when unknown or when it has none. */
    private static Optional<PrimaryAddressType> type(Host host) {
        return host.managementInterfaceExists().orElse(true) ? host.managementInterface().primaryAddressType()
                : Optional.empty();
    }

    private static String spell(PrimaryAddressType type) {
        return type == PrimaryAddressType.IPV4 ? "IPv4" : "IPv6";
    }
}
