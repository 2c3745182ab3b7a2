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

final class PoolHaRule implements JoinRule {

    @Override
    public String id() {
        return PoolRules.HA_DISABLED;
    }

    @Override
    public String description() {
        return "the pool's HA is disabled while a host joins";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (!pool.haEnabled()) {
            return List.of();
        }
        return List.of(Violation.of(id(), Severity.BLOCKER, Subject.pool(pool))
                .message("HA is enabled on pool " + Text.name(pool.name()) + "; no host can join a pool while HA is on")
                .fixableByConfiguration(true)
                .expectedActual("HA disabled", "HA enabled")
                .step("Disable HA on pool " + Text.name(pool.name()))
                .step("Join " + Text.name(host.hostname()) + " to pool " + Text.name(pool.name()))
                .step("Enable HA on pool " + Text.name(pool.name()) + " again")
                .xapiErrorCode("HA_IS_ENABLED")
                .build());
    }
}
