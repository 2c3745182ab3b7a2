package io.github.xenpool.rules.vm;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

final class VmActiveOperationsRule implements JoinRule {

    @Override
    public String id() {
        return VmRules.ACTIVE_OPERATIONS;
    }

    @Override
    public String description() {
        return "no VM of the host has an operation in progress";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        for (Vm vm : host.vms()) {
            if (!vm.isBusy()) {
                continue;
            }
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            String operations = vm.currentOperations().stream().map(VmOperation::xapiName)
                    .collect(Collectors.joining(", "));
            found.add(Violation.of(id(), Severity.BLOCKER, Subject.vm(vm))
                    .message("VM " + Text.name(vm.name()) + " on " + Text.name(host.hostname()) + " has " + operations
                            + " in progress; a joining host's VMs must be idle")
                    .fixableByConfiguration(true)
                    .expectedActual("no operation in progress", operations)
                    .details(new ViolationDetails.VmState(vm.uuid(), vm.name(), vm.powerState(),
                            vm.currentOperations()))
                    .step("Wait for " + operations + " of VM " + Text.name(vm.name()) + " to finish, or cancel it")
                    .xapiErrorCode("JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS")
                    .build());
        }
        return found;
    }
}
