package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class StandaloneHostRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.STANDALONE,
                    "the host is not a member of another pool", Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS, XapiError.HOST_IS_SLAVE)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A joining host is a member of no"
                            + " other pool and masters no pool with other hosts; eject it first."),
                    RuleDescriptor.Source.xapiCheck("assert_i_know_of_no_other_hosts"))
            .withFixableByConfiguration(true);

    StandaloneHostRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Membership membership = host.membership();
        if (!pool.hasMember(host) && membership.isFree()) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.HOST, host, "membership");
        if (pool.hasMember(host)) {
            return List.of(Violation.of(DESCRIPTOR, subject)
                    .message(Text.name(host.hostname()) + " (" + host.id() + ") is already a member of pool "
                            + Text.name(pool.name()))
                    // There is no join to make: the host is in the pool already.
                    .fixableByConfiguration(false)
                    .withoutXapiError()
                    .expectedActual("a host outside pool " + Text.name(pool.name()), "a member of pool "
                            + Text.name(pool.name()))
                    .step("Nothing to do: " + Text.name(host.hostname()) + " is in the pool already")
                    .build());
        }
        if (membership instanceof Membership.Member) {
            String other = ((Membership.Member) membership).poolId();
            return List.of(Violation.of(DESCRIPTOR, subject)
                    .message(Text.name(host.hostname()) + " is a member of pool " + other
                            + "; a host can be in one pool only")
                    .fixableByConfiguration(true)
                    .expectedActual("standalone", membership)
                    .step("Eject " + Text.name(host.hostname()) + " from pool " + other
                            + " (this reboots it and clears its VMs"
                            + " from that pool)")
                    .step("Check the join again")
                    .xapiError(XapiError.HOST_IS_SLAVE)
                    .build());
        }
        if (membership instanceof Membership.Master && !membership.isFree()) {
            Membership.Master master = (Membership.Master) membership;
            int others = master.poolSize() - 1;
            return List.of(Violation.of(DESCRIPTOR, subject)
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
                    .build());
        }
        return List.of();
    }
}
