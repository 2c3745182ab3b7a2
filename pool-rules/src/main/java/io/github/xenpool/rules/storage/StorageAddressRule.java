package io.github.xenpool.rules.storage;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.storage.StorageServer;
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

final class StorageAddressRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(StorageRules.STATIC_ADDRESS,
                    "the servers of the pool's shared storage have stable addresses", Severity.WARNING)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("The storage server of a shared SR has"
                            + " a static address."))
            .withFixableByConfiguration(true);

    StorageAddressRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        UnknownFacts unknown = new UnknownFacts();
        for (StorageRepository sr : pool.sharedStorage()) {
            if (sr.server().isPresent() && sr.server().get().addressing().isEmpty()) {
                unknown.note(true, Subject.poolStorage(sr), "how the storage server " + sr.server().get().address()
                        + " of the pool's shared SR " + Text.name(sr.name()) + " gets its address",
                        "the storage server's own network configuration (xapi does not record it)");
                continue;
            }
            if (sr.server().isEmpty() || sr.server().get().addressing().get().isStable()) {
                continue;
            }
            StorageServer server = sr.server().get();
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            found.add(Violation.of(DESCRIPTOR, Subject.poolStorage(sr))
                    .message("the storage server " + server.address() + " of the pool's shared SR "
                            + Text.name(sr.name())
                            + " takes its address from DHCP without a reservation; if it changes, every member"
                            + " loses the SR")
                    .fixableByConfiguration(true)
                    .expectedActual(Addressing.STATIC + " or " + Addressing.DHCP_RESERVED, server.addressing().get())
                    .details(new ViolationDetails.Storage(sr.uuid(), sr.name(), sr.type(),
                            sr.server().map(StorageServer::address)))
                    .step("Give the storage server " + server.address() + " a static IP address or a DHCP"
                            + " reservation")
                    .build());
        }
        List<Violation> cannotCheck = unknown.cannotCheck(id());
        if (cannotCheck.isEmpty()) {
            return found;
        }
        List<Violation> all = new ArrayList<>(found);
        all.addAll(cannotCheck);
        return all;
    }
}
