package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
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
import java.util.Optional;
import java.util.Set;

/** xapi's two checks that no pool of the join is applying updates: the host's own, or the pool it joins. */
final class UpdatingRule extends DescribedRule {

    /** The pool operation xapi looks for. */
    static final String APPLY_UPDATES = "apply_updates";

    static final RuleDescriptor HOST = RuleDescriptor.of(PoolRules.HOST_NOT_UPDATING,
                    "the pool the host heads is not applying updates", Severity.BLOCKER)
            .withXapiErrors(XapiError.NOT_SUPPORTED_DURING_UPGRADE)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_not_in_updating_on_me"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("1.301.0"));

    static final RuleDescriptor POOL = RuleDescriptor.of(PoolRules.POOL_NOT_UPDATING,
                    "the pool is not applying updates", Severity.BLOCKER)
            .withXapiErrors(XapiError.NOT_SUPPORTED_DURING_UPGRADE)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_hosts_in_updating"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("1.301.0"));

    private final boolean ownPool;

    private UpdatingRule(RuleDescriptor descriptor, boolean ownPool) {
        super(descriptor);
        this.ownPool = ownPool;
    }

    static UpdatingRule hostsOwnPool() {
        return new UpdatingRule(HOST, true);
    }

    static UpdatingRule poolJoined() {
        return new UpdatingRule(POOL, false);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Set<String>> operations = ownPool
                ? host.ownPool().flatMap(PoolConfiguration::currentOperations)
                : pool.configuration().currentOperations();
        if (operations.isPresent() && !applyingUpdates(operations.get())) {
            return List.of();   // the usual answer, without a report to build
        }
        String which = ownPool ? "the pool " + Text.name(host.hostname()) + " heads" : "pool " + Text.name(pool.name());
        Subject subject = ownPool ? Subject.of(Subject.Kind.HOST, host, "ownPool", "currentOperations")
                : Subject.of(Subject.Kind.POOL, pool, "configuration", "currentOperations");
        if (operations.isEmpty()) {
            String record = ownPool ? OwnPool.source(host, "current_operations")
                    : "current_operations of the pool record of pool " + Text.name(pool.name())
                            + " (xe pool-param-list, or the pool's database)";
            return List.of(Violation.cannotCheck(id(), subject, "whether " + which + " is applying updates", record));
        }
        if (operations.get().stream().noneMatch(operation -> operation.strip().equals(APPLY_UPDATES))) {
            return List.of();
        }
        return List.of(Violation.of(descriptor(), subject)
                .message(which + " is applying updates (" + APPLY_UPDATES + " in progress); no host can join a pool"
                        + " while either side updates")
                .fixableByConfiguration(true)
                .expectedActual("no " + APPLY_UPDATES + " in progress", APPLY_UPDATES + " in progress")
                .step("Wait until " + which + " has applied its updates")
                .step("Check the join again")
                .build());
    }

    private static boolean applyingUpdates(Set<String> operations) {
        for (String operation : operations) {
            if (operation.strip().equals(APPLY_UPDATES)) {
                return true;
            }
        }
        return false;
    }
}
