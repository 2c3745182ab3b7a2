package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import java.util.List;

final class StandaloneHostRule implements JoinRule {

    @Override
    public String id() {
        return PoolRules.STANDALONE;
    }

    @Override
    public String description() {
        return "the host is not a member of another pool";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Subject subject = Subject.of(Subject.Kind.HOST, host, "membership");
        if (pool.member(host.id()).isPresent()) {
            return List.of(Violation.of(id(), Severity.BLOCKER, subject)
                    .message(Text.name(host.hostname()) + " (" + host.id() + ") is already a member of pool "
                            + Text.name(pool.name()))
                    // There is no join to make: the host is in the pool already.
                    .fixableByConfiguration(false)
                    .expectedActual("a host outside pool " + Text.name(pool.name()), "a member of pool "
                            + Text.name(pool.name()))
                    .step("Nothing to do: " + Text.name(host.hostname()) + " is in the pool already")
                    .build());
        }
        Membership membership = host.membership();
        if (membership instanceof Membership.Member) {
            String other = ((Membership.Member) membership).poolId();
            return List.of(Violation.of(id(), Severity.BLOCKER, subject)
                    .message(Text.name(host.hostname()) + " is a member of pool " + other
                            + "; a host can be in one pool only")
                    .fixableByConfiguration(true)
                    .expectedActual("standalone", membership)
                    .step("Eject " + Text.name(host.hostname()) + " from pool " + other
                            + " (this reboots it and clears its VMs"
                            + " from that pool)")
                    .step("Check the join again")
                    .xapiErrorCode("HOST_IS_SLAVE")
                    .build());
        }
        if (membership instanceof Membership.Master && !membership.isFree()) {
            Membership.Master master = (Membership.Master) membership;
            int others = master.poolSize() - 1;
            return List.of(Violation.of(id(), Severity.BLOCKER, subject)
                    .message(Text.name(host.hostname()) + " is the master of pool " + master.poolId() + " with "
                            + others
                            + (others == 1 ? " other host" : " other hosts")
                            + "; a host that joins a pool must be on its own")
                    .fixableByConfiguration(true)
                    .expectedActual("standalone", membership)
                    .step("Eject the " + others + (others == 1 ? " other host" : " other hosts") + " from pool "
                            + master.poolId() + ", or designate another master there and eject "
                            + Text.name(host.hostname()))
                    .step("Check the join again")
                    .xapiErrorCode("JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS")
                    .build());
        }
        return List.of();
    }
}
