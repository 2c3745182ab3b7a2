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
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * xapi's {@code assert_no_running_vms_on_me}: no VM record of the joining host's database is
 * {@code Running}, dom0 aside. Paused and suspended VMs pass, whatever xapi's log line says.
 * Before 1.9.91 xapi left out every control domain; from 1.9.91 (CA-216724) only dom0, so a
 * running driver domain blocks.
 */
final class VmRunningRule extends DescribedRule {

    private static final String CHECK = "assert_no_running_vms_on_me";

    /** xapi 1.9.91 on: every running VM record but dom0. */
    static final RuleDescriptor DESCRIPTOR = describe("no VM of the host but dom0 is running, control domains"
            + " included", XapiReleases.since("1.9.91"));

    /** xapi before 1.9.91: every running VM record that is not a control domain. */
    static final RuleDescriptor WITHOUT_CONTROL_DOMAINS = describe("no VM of the host that is not a control domain"
            + " is running", XapiReleases.until("1.9.91"));

    /** Every release, each as it checks: the rule of {@link VmRules#running()}. */
    static final RuleDescriptor OF_THE_HOSTS_RELEASE = describe("no VM of the host is running but dom0 (before"
            + " xapi 1.9.91, but any control domain), as the joining host's xapi checks it", XapiReleases.ALWAYS);

    private static final String SOURCE = "the host's templates, snapshots and control domains (the VM records of"
            + " its database, or xe vm-list params=all with is-a-template and is-control-domain)";

    private final boolean controlDomainsCount;

    private VmRunningRule(RuleDescriptor descriptor, boolean controlDomainsCount) {
        super(descriptor);
        this.controlDomainsCount = controlDomainsCount;
    }

    static VmRunningRule everyVmButDom0() {
        return new VmRunningRule(DESCRIPTOR, true);
    }

    static VmRunningRule everyVmButControlDomains() {
        return new VmRunningRule(WITHOUT_CONTROL_DOMAINS, false);
    }

    private static RuleDescriptor describe(String title, XapiReleases releases) {
        return RuleDescriptor.of(VmRules.RUNNING, title, Severity.BLOCKER)
                .withXapiErrors(XapiError.JOINING_HOST_CANNOT_HAVE_RUNNING_VMS)
                .withSources(RuleDescriptor.Source.xapiCheck(CHECK))
                .withFixableByConfiguration(true)
                .withXapiReleases(releases);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (host.isComplete(Host.Listing.VMS) && !(controlDomainsCount && host.nonGuestVms().isEmpty())
                && !anyBlocks(host)) {
            return List.of();   // the usual answer, without a report to build
        }
        List<Violation> found = new ArrayList<>();
        for (Vm vm : host.vms()) {
            if (vm.powerState() == PowerState.RUNNING) {
                found.add(running(host, vm, Subject.vm(vm)));
            }
        }
        // Templates and snapshots never run: before 1.9.91 only the guests can block.
        for (Vm vm : host.nonGuestVms().orElse(List.of())) {
            if (vm.powerState() == PowerState.RUNNING && blocks(vm)) {
                found.add(running(host, vm, VmSubjects.nonGuest(vm)));
            }
        }
        List<Violation> all = UnknownFacts.withIncompleteList(found, host, Host.Listing.VMS,
                Subject.Kind.VM, "vms", "VMs",
                "the host's VMs (xe vm-list params=all, or the VM records of its database)", id());
        if (controlDomainsCount && host.nonGuestVms().isEmpty()) {
            all = new ArrayList<>(all);
            all.addAll(new UnknownFacts().note(true, Subject.of(Subject.Kind.VM, host, "nonGuestVms"),
                    "whether a control domain of " + Text.name(host.hostname()) + " other than dom0 is running",
                    SOURCE).cannotCheck(id()));
        }
        return all;
    }

    /** Whether a VM record of the host that this rule reads is running and blocks. */
    private boolean anyBlocks(Host host) {
        for (Vm vm : host.vms()) {
            if (vm.powerState() == PowerState.RUNNING) {
                return true;
            }
        }
        for (Vm vm : host.nonGuestVms().orElse(List.of())) {
            if (vm.powerState() == PowerState.RUNNING && blocks(vm)) {
                return true;
            }
        }
        return false;
    }

    private boolean blocks(Vm vm) {
        return controlDomainsCount ? vm.kind() != Vm.Kind.DOM0 : !vm.kind().isControlDomain();
    }

    private Violation running(Host host, Vm vm, Subject subject) {
        String what = VmSubjects.describe(vm);
        return Violation.of(descriptor(), subject)
                .message(what + " on " + Text.name(host.hostname()) + " is running; xapi refuses a join while a VM of"
                        + " the joining host runs" + (vm.kind().isControlDomain()
                        ? ", a control domain other than dom0 included (xapi 1.9.91 on)" : ""))
                .expectedActual(PowerState.HALTED, vm.powerState())
                .details(new ViolationDetails.VmState(vm.uuid(), vm.name(), vm.powerState(), vm.currentOperations()))
                .step("Shut down " + what + " (xe vm-shutdown uuid=" + vm.uuid() + ")")
                .build();
    }
}
