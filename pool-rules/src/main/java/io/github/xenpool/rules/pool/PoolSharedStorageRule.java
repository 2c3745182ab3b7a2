package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class PoolSharedStorageRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.SHARED_STORAGE,
                    "the pool has shared storage, so that VMs can move between members", Severity.INFO)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A pool without a shared SR cannot"
                            + " migrate VMs between members or place them freely; create a shared"
                            + " SR first."))
            .withFixableByConfiguration(true);

    PoolSharedStorageRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (pool.hasSharedStorage()) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, Subject.pool(pool))
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
