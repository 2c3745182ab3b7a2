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
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class NoOtherHostsRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.NO_OTHER_HOSTS,
                    "the host's own database knows of no other host", Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_i_know_of_no_other_hosts"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.ALWAYS);

    NoOtherHostsRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Membership membership = host.membership();
        if (membership.isFree()) {
            return List.of();
        }
        Violation.Builder violation = Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "membership"))
                .fixableByConfiguration(true)
                .expectedActual("standalone", membership);
        if (membership instanceof Membership.Master) {
            Membership.Master master = (Membership.Master) membership;
            int others = master.poolSize() - 1;
            String hosts = others + (others == 1 ? " other host" : " other hosts");
            return List.of(violation
                    .message(Text.name(host.hostname()) + " is the master of pool " + master.poolId() + " with "
                            + hosts + "; a host whose database knows of other hosts cannot join pool "
                            + Text.name(pool.name()))
                    .step("Eject the " + hosts + " from pool " + master.poolId() + ", or designate another master"
                            + " there and eject " + Text.name(host.hostname()))
                    .step("Check the join again")
                    .build());
        }
        String other = ((Membership.Member) membership).poolId();
        return List.of(violation
                .message(Text.name(host.hostname()) + " is a member of pool " + other + ", whose hosts its database"
                        + " lists; a host in a pool cannot join pool " + Text.name(pool.name()))
                .step("Eject " + Text.name(host.hostname()) + " from pool " + other
                        + " (this reboots it and clears its VMs from that pool)")
                .step("Check the join again")
                .build());
    }
}
