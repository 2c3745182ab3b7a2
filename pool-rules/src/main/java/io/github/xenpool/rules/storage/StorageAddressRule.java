package io.github.xenpool.rules.storage;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.storage.StorageServer;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.ArrayList;
import java.util.List;

final class StorageAddressRule implements JoinRule {

    @Override
    public String id() {
        return StorageRules.STATIC_ADDRESS;
    }

    @Override
    public String description() {
        return "the servers of the pool's shared storage have stable addresses";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        for (StorageRepository sr : pool.sharedStorage()) {
            if (sr.server().isEmpty() || sr.server().get().addressing().isStable()) {
                continue;
            }
            StorageServer server = sr.server().get();
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            found.add(Violation.of(id(), Severity.WARNING, Subject.poolStorage(sr))
                    .message("the storage server " + server.address() + " of the pool's shared SR "
                            + Text.name(sr.name())
                            + " takes its address from DHCP without a reservation; if it changes, every member"
                            + " loses the SR")
                    .fixableByConfiguration(true)
                    .expectedActual(Addressing.STATIC + " or " + Addressing.DHCP_RESERVED, server.addressing())
                    .details(new ViolationDetails.Storage(sr.uuid(), sr.name(), sr.type(),
                            sr.server().map(StorageServer::address)))
                    .step("Give the storage server " + server.address() + " a static IP address or a DHCP"
                            + " reservation")
                    .build());
        }
        return found;
    }
}
