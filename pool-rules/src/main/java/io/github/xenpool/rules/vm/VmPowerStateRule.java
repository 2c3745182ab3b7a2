package io.github.xenpool.rules.vm;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

final class VmPowerStateRule implements JoinRule {

    private final Set<PowerState> blocking;

    VmPowerStateRule(Set<PowerState> blocking) {
        this.blocking = Set.copyOf(blocking);
    }

    @Override
    public String id() {
        return VmRules.RUNNING_OR_SUSPENDED;
    }

    @Override
    public String description() {
        return "no VM of the host is " + blocking.stream().sorted().map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "));
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        for (Vm vm : host.vms()) {
            if (!blocking.contains(vm.powerState())) {
                continue;
            }
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            found.add(Violation.of(id(), Severity.BLOCKER, Subject.vm(vm))
                    .message("VM " + Text.name(vm.name()) + " on " + Text.name(host.hostname()) + " is "
                            + vm.powerState()
                            + "; a joining host must have every VM shut down")
                    .fixableByConfiguration(true)
                    .expectedActual(PowerState.HALTED, vm.powerState())
                    .details(new ViolationDetails.VmState(vm.uuid(), vm.name(), vm.powerState(),
                            vm.currentOperations()))
                    .step(stepFor(vm))
                    .xapiErrorCode("JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS")
                    .build());
        }
        return found;
    }

    private static String stepFor(Vm vm) {
        switch (vm.powerState()) {
            case SUSPENDED:
                return "Resume VM " + Text.name(vm.name()) + " and shut it down, or discard its suspended state";
            case PAUSED:
                return "Unpause VM " + Text.name(vm.name()) + " and shut it down";
            default:
                return "Shut down VM " + Text.name(vm.name()) + " (" + vm.uuid() + ")";
        }
    }
}
