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
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * No VM of the host has an operation in progress. The seed's rule reads the host's guests; xapi's
 * {@code assert_no_vms_with_current_ops} reads every VM record of the joining host's database,
 * its templates, snapshots and control domains (dom0 too) included.
 */
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

    /** xapi's check itself: every VM record of the database, in every release. */
    static final RuleDescriptor EVERY_VM_RECORD =
            RuleDescriptor.of(VmRules.ACTIVE_OPERATIONS,
                    "no VM record of the host's database, templates, snapshots and control domains included, has an"
                    + " operation in progress", Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_vms_with_current_ops"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.ALWAYS);

    private static final String SOURCE = "the host's templates, snapshots and control domains (the VM records of"
            + " its database)";

    private final boolean everyRecord;

    private VmActiveOperationsRule(RuleDescriptor descriptor, boolean everyRecord) {
        super(descriptor);
        this.everyRecord = everyRecord;
    }

    static VmActiveOperationsRule guests() {
        return new VmActiveOperationsRule(DESCRIPTOR, false);
    }

    static VmActiveOperationsRule everyVmRecord() {
        return new VmActiveOperationsRule(EVERY_VM_RECORD, true);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        for (Vm vm : host.vms()) {
            if (vm.isBusy()) {
                found = add(found, busy(host, vm, Subject.vm(vm)));
            }
        }
        if (everyRecord) {
            for (Vm vm : host.nonGuestVms().orElse(List.of())) {
                if (vm.isBusy()) {
                    found = add(found, busy(host, vm, VmSubjects.nonGuest(vm)));
                }
            }
        }
        if (found.isEmpty() && host.isComplete(Host.Listing.VMS) && !(everyRecord && host.nonGuestVms().isEmpty())) {
            return found;   // the usual answer, without a report to build
        }
        List<Violation> all = UnknownFacts.withIncompleteList(found, host, Host.Listing.VMS,
                Subject.Kind.VM, "vms", "VMs",
                "the host's VMs (xe vm-list params=all, or the VM records of its database)", id());
        if (everyRecord && host.nonGuestVms().isEmpty()) {
            all = new ArrayList<>(all);
            all.addAll(new UnknownFacts().note(true, Subject.of(Subject.Kind.VM, host, "nonGuestVms"),
                    "whether a template, snapshot or control domain of " + Text.name(host.hostname())
                    + " has an operation in progress", SOURCE).cannotCheck(id()));
        }
        return all;
    }

    private static List<Violation> add(List<Violation> found, Violation violation) {
        List<Violation> more = found.isEmpty() ? new ArrayList<>() : found;
        more.add(violation);
        return more;
    }

    private Violation busy(Host host, Vm vm, Subject subject) {
        String operations = vm.currentOperations().stream().map(VmOperation::xapiName)
                .collect(Collectors.joining(", "));
        String what = VmSubjects.describe(vm);
        return Violation.of(descriptor(), subject)
                .message(what + " on " + Text.name(host.hostname()) + " has " + operations
                        + " in progress; a joining host's VMs must be idle")
                .fixableByConfiguration(true)
                .expectedActual("no operation in progress", operations)
                .details(new ViolationDetails.VmState(vm.uuid(), vm.name(), vm.powerState(), vm.currentOperations()))
                .step("Wait for " + operations + " of " + what + " to finish, or cancel it")
                .build();
    }
}
