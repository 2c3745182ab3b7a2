package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import java.util.List;

final class BondedManagementRule implements JoinRule {

    @Override
    public String id() {
        return NetworkRules.BONDED_MANAGEMENT;
    }

    @Override
    public String description() {
        return "the host's management interface is a physical NIC, not a bond";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        ManagementInterface nic = host.managementInterface();
        if (!nic.bonded()) {
            return List.of();
        }
        return List.of(Violation.of(id(), Severity.BLOCKER,
                        Subject.of(Subject.Kind.MANAGEMENT_INTERFACE, host, "managementInterface", "bonded"))
                .message("the management interface of " + Text.name(host.hostname()) + " is the bond " + nic.device()
                        + "; a joining host's management traffic must run on a physical NIC")
                .fixableByConfiguration(true)
                .expectedActual("a physical NIC", "bond " + nic.device())
                .step("Move the management interface of " + Text.name(host.hostname()) + " from " + nic.device()
                        + " to a physical NIC")
                .step("Join " + Text.name(host.hostname()) + " to pool " + Text.name(pool.name()))
                .step("Re-create the bond on " + Text.name(host.hostname()) + " and move management back to it")
                .xapiErrorCode("JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND")
                .build());
    }
}
