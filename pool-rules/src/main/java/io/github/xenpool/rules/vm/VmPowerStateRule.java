package io.github.xenpool.rules.vm;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

final class VmPowerStateRule extends DescribedRule {

    private final Set<PowerState> blocking;

    VmPowerStateRule(Set<PowerState> blocking) {
        super(describe(blocking));
        this.blocking = Set.copyOf(blocking);
    }

    private static RuleDescriptor describe(Set<PowerState> blocking) {
        return RuleDescriptor.of(VmRules.RUNNING_OR_SUSPENDED, "no VM of the host is "
                        + blocking.stream().sorted().map(s -> s.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(" or ")), Severity.BLOCKER)
                .withXapiErrors(XapiError.JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS)
                .withSources(RuleDescriptor.Source.seedRequirement("No VM of a joining host is running, paused or"
                                + " suspended."),
                        // xapi stopped refusing suspended VMs when this check replaced the older one.
                        RuleDescriptor.Source.xapiCheck(blocking.contains(PowerState.SUSPENDED)
                                ? "assert_no_running_or_suspended_vms_on_me" : "assert_no_running_vms_on_me"))
                .withFixableByConfiguration(true);
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
            found.add(Violation.of(descriptor(), Subject.vm(vm))
                    .message("VM " + Text.name(vm.name()) + " on " + Text.name(host.hostname()) + " is "
                            + vm.powerState()
                            + "; a joining host must have every VM shut down")
                    .fixableByConfiguration(true)
                    .expectedActual(PowerState.HALTED, vm.powerState())
                    .details(new ViolationDetails.VmState(vm.uuid(), vm.name(), vm.powerState(),
                            vm.currentOperations()))
                    .step(stepFor(vm))
                    .build());
        }
        return UnknownFacts.withIncompleteList(found, host, Host.Listing.VMS, Subject.Kind.VM, "vms",
                "VMs",
                "the host's VMs (xe vm-list params=all, or the VM records of its database)", id());
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
