package io.github.xenpool.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A VM as its builder makes it, and whether an operation keeps it busy. */
class VmTest {

    private static final String UUID = "9a4a0d3b-1e6f-4b7c-8d2e-3f4a5b6c7d8e";

    @Test
    void aVmWithNoOperationInProgressIsNotBusy() {
        assertFalse(Vm.builder().uuid(UUID).name("idle").build().isBusy());
    }

    @Test
    void givenOperationsReplaceTheOnesAddedBefore() {
        Vm vm = Vm.builder().uuid(UUID).name("db").currentOperation(VmOperation.EXPORT)
                .currentOperations(List.of(VmOperation.SUSPEND)).build();

        assertEquals(Set.of(VmOperation.SUSPEND), vm.currentOperations());
        assertTrue(vm.isBusy());
    }

    @Test
    void aBuilderFromAVmRebuildsTheSameVm() {
        Vm vm = Vm.builder().uuid(UUID).name("db").powerState(PowerState.RUNNING).mode(VirtualizationMode.PV)
                .currentOperation(VmOperation.EXPORT).build();

        assertEquals(vm, vm.toBuilder().build());
    }
}
