package io.github.xenpool.rules.storage;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
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

final class HostSharedStorageRule implements JoinRule {

    @Override
    public String id() {
        return StorageRules.SHARED;
    }

    @Override
    public String description() {
        return "the host has no shared storage configured";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        for (StorageRepository sr : host.storage()) {
            if (!sr.shared()) {
                continue;
            }
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            found.add(Violation.of(id(), Severity.BLOCKER, Subject.hostStorage(sr))
                    .message(Text.name(host.hostname()) + " has the shared SR " + Text.name(sr.name()) + " ("
                            + sr.type()
                            + sr.server().map(s -> " on " + s.address()).orElse("") + ") configured; a joining host"
                            + " may not have shared storage")
                    .fixableByConfiguration(true)
                    .expectedActual("no shared SR", "shared SR " + Text.name(sr.name()) + " (" + sr.uuid() + ")")
                    .details(new ViolationDetails.Storage(sr.uuid(), sr.name(), sr.type(),
                            sr.server().map(StorageServer::address)))
                    .step("Detach the shared SR " + Text.name(sr.name()) + " from " + Text.name(host.hostname())
                            + " (unplug its PBDs and forget it); after the join, the pool's shared SRs reach it")
                    .xapiErrorCode("JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS")
                    .build());
        }
        return found;
    }
}
