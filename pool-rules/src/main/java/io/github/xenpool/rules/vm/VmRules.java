package io.github.xenpool.rules.vm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.XapiVersion;
import io.github.xenpool.rules.internal.ByRelease;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Rules about the candidate's VMs. {@code vm.running} and {@code vm.active-operations} are xapi's
 * checks of the joining host's VM records, templates, snapshots and control domains included.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class VmRules {

    /** The id of {@link #runningOrSuspended()}. */
    public static final String RUNNING_OR_SUSPENDED = "vm.running-or-suspended";
    /** The id of {@link #activeOperations()} and {@link #activeOperationsOfEveryVmRecord()}. */
    public static final String ACTIVE_OPERATIONS = "vm.active-operations";
    /** The id of {@link #running()} and {@link #running(XapiVersion)}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String RUNNING = "vm.running";

    private VmRules() {
    }

    /**
     * {@code vm.running-or-suspended}, XenServer 5.6: one BLOCKER per VM that is running, paused
     * or suspended. Details: {@code VmState}. xapi:
     * {@code JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS}.
     *
     * @return the rule
     */
    public static JoinRule runningOrSuspended() {
        return inStates(EnumSet.of(PowerState.RUNNING, PowerState.PAUSED, PowerState.SUSPENDED));
    }

    /**
     * {@code vm.running-or-suspended} with the power states that block chosen: later XenServer
     * releases let suspended VMs through.
     *
     * @param blocking the power states that block a join
     * @return the rule
     * @throws IllegalArgumentException if {@code blocking} is empty or holds HALTED
     */
    public static JoinRule inStates(Set<PowerState> blocking) {
        Objects.requireNonNull(blocking, "blocking");
        if (blocking.isEmpty() || blocking.contains(PowerState.HALTED)) {
            throw new IllegalArgumentException("the blocking power states must be some of RUNNING, PAUSED and"
                    + " SUSPENDED, got " + blocking);
        }
        return new VmPowerStateRule(EnumSet.copyOf(blocking));
    }

    /**
     * {@code vm.active-operations}: one BLOCKER per VM with an operation in progress. Details:
     * {@code VmState}. xapi: {@code JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS}. It
     * reads the host's guests only, as the seed's requirement says; xapi's own check reads every
     * VM record ({@link #activeOperationsOfEveryVmRecord()}).
     *
     * @return the rule
     */
    public static JoinRule activeOperations() {
        return VmActiveOperationsRule.guests();
    }

    /**
     * {@code vm.active-operations} as xapi's {@code assert_no_vms_with_current_ops} checks it, in
     * every release ({@link io.github.xenpool.rules.XapiReleases#ALWAYS}): one BLOCKER per VM
     * record of the joining host's database with an operation in progress, its guests and
     * {@link io.github.xenpool.core.Host#nonGuestVms()} (templates, snapshots, dom0 and other
     * control domains) alike. xapi: {@code JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS},
     * no parameters. Details: {@code VmState}. When the host's templates, snapshots and control
     * domains are unknown, or its VM list may be incomplete: a WARNING that it cannot check, as
     * well as the BLOCKERs of the VMs it sees.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule activeOperationsOfEveryVmRecord() {
        return VmActiveOperationsRule.everyVmRecord();
    }

    /**
     * {@code vm.running}, xapi's {@code assert_no_running_vms_on_me} (every release), as the
     * joining host's own xapi runs it ({@link io.github.xenpool.rules.XapiReleases#of} of its
     * {@code software_version}; see {@link #running(XapiVersion)}): one BLOCKER per VM record of
     * the joining host's database that is {@code Running}, except dom0 from xapi 1.9.91 on, and
     * except every control domain before. Paused and suspended VMs pass. xapi:
     * {@code JOINING_HOST_CANNOT_HAVE_RUNNING_VMS}, no parameters. Details: {@code VmState}. When
     * the host's control domains are unknown ({@link io.github.xenpool.core.Host#nonGuestVms()}),
     * or its VM list may be incomplete: a WARNING that it cannot check, as well as the BLOCKERs of
     * the VMs it sees; when its release is unknown and the two releases would answer differently
     * (a control domain other than dom0 runs): a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule running() {
        return new ByRelease(VmRunningRule.OF_THE_HOSTS_RELEASE, List.of(VmRunningRule.everyVmButControlDomains(),
                VmRunningRule.everyVmButDom0()));
    }

    /**
     * {@code vm.running} as one xapi release checks it: from 1.9.91 on (XenServer 7.1 on, every
     * XCP-ng), every running VM record but dom0, so that a running driver domain or other control
     * domain blocks; before (XenServer 6.x and 7.0), every running VM record that is not a control
     * domain, so that only running guests block (templates and snapshots never run).
     *
     * @param release the joining host's xapi release, which runs the check
     * @return the rule, whose {@link io.github.xenpool.rules.RuleDescriptor#xapiReleases()}
     *     contain the release
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule running(XapiVersion release) {
        Objects.requireNonNull(release, "release");
        return VmRunningRule.DESCRIPTOR.xapiReleases().orElseThrow().contains(release)
                ? VmRunningRule.everyVmButDom0() : VmRunningRule.everyVmButControlDomains();
    }
}
