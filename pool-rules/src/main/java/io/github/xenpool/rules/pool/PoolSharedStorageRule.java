package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import java.util.List;

final class PoolSharedStorageRule implements JoinRule {

    @Override
    public String id() {
        return PoolRules.SHARED_STORAGE;
    }

    @Override
    public String description() {
        return "the pool has shared storage, so that VMs can move between members";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (pool.hasSharedStorage()) {
            return List.of();
        }
        return List.of(Violation.of(id(), Severity.INFO, Subject.pool(pool))
                .message("pool " + Text.name(pool.name())
                        + " has no shared storage: VMs cannot migrate between members or"
                        + " start on the best host, so most advantages of a pool are unavailable")
                .fixableByConfiguration(true)
                .expectedActual("at least one shared SR", "none")
                .step("Create a shared SR (NFS or iSCSI) for pool " + Text.name(pool.name()))
                .step("Copy the disks of VMs on local storage to the shared SR")
                .build());
    }
}
