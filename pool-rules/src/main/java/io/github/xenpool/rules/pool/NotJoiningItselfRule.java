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

final class NotJoiningItselfRule extends DescribedRule {

    /** xapi's words when the host's own database lists other hosts. */
    static final String PART_OF_A_POOL = "Host is already part of a pool";
    /** xapi's words when the host is alone in its database. */
    static final String SLAVE_OF_ITSELF = "Host cannot become slave of itself";

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.NOT_ITSELF, "the host is not the pool's master", Severity.BLOCKER)
            .withXapiErrors(XapiError.OPERATION_NOT_ALLOWED)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_not_joining_myself"))
            .withXapiReleases(XapiReleases.ALWAYS);

    NotJoiningItselfRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (!host.id().equals(pool.master().id())) {
            return List.of();
        }
        boolean othersInItsDatabase = !(host.membership() instanceof Membership.Standalone)
                && !(host.membership() instanceof Membership.Master && host.membership().isFree());
        return List.of(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "id"))
                .message(Text.name(host.hostname()) + " (" + host.id() + ") is the master of pool "
                        + Text.name(pool.name()) + " itself; a host cannot join the pool it heads")
                // There is no join to make: the host is the pool's master.
                .fixableByConfiguration(false)
                .expectedActual("a host other than the master " + Text.name(pool.master().hostname()),
                        "the master itself")
                .xapiError(XapiError.OPERATION_NOT_ALLOWED, othersInItsDatabase ? PART_OF_A_POOL : SLAVE_OF_ITSELF)
                .step("Nothing to do: " + Text.name(host.hostname()) + " heads pool " + Text.name(pool.name())
                        + "; check the host you meant to join")
                .build());
    }
}
