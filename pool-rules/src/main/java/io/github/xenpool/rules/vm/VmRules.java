package io.github.xenpool.rules.vm;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.rules.JoinRule;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/** Rules about the candidate's VMs. */
@API(status = MAINTAINED, since = "0.1.0")
public final class VmRules {

    /** The id of {@link #runningOrSuspended()}. */
    public static final String RUNNING_OR_SUSPENDED = "vm.running-or-suspended";
    /** The id of {@link #activeOperations()}. */
    public static final String ACTIVE_OPERATIONS = "vm.active-operations";

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
     * {@code VmState}. xapi: {@code JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS}.
     *
     * @return the rule
     */
    public static JoinRule activeOperations() {
        return new VmActiveOperationsRule();
    }
}
