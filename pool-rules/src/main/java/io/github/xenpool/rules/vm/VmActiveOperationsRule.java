package io.github.xenpool.rules.vm;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
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
import java.util.stream.Collectors;

final class VmActiveOperationsRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(VmRules.ACTIVE_OPERATIONS,
                    "no VM of the host has an operation in progress", Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("No VM of a joining host has an"
                            + " operation in progress."),
                    RuleDescriptor.Source.xapiCheck("assert_no_vms_with_current_ops"))
            .withFixableByConfiguration(true);

    VmActiveOperationsRule() {
        super(DESCRIPTOR);
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
            found.add(Violation.of(DESCRIPTOR, Subject.vm(vm))
                    .message("VM " + Text.name(vm.name()) + " on " + Text.name(host.hostname()) + " has " + operations
                            + " in progress; a joining host's VMs must be idle")
                    .fixableByConfiguration(true)
                    .expectedActual("no operation in progress", operations)
                    .details(new ViolationDetails.VmState(vm.uuid(), vm.name(), vm.powerState(),
                            vm.currentOperations()))
                    .step("Wait for " + operations + " of VM " + Text.name(vm.name()) + " to finish, or cancel it")
                    .build());
        }
        return UnknownFacts.withIncompleteList(found, host, Host.Listing.VMS, Subject.of(Subject.Kind.VM, host, "vms"),
                "VMs",
                "the host's VMs (xe vm-list params=all, or the VM records of its database)", id());
    }
}
