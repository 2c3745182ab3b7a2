package io.github.xenpool.rules.vm;

import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VmRulesTest {

    private static Vm vm(String name, PowerState state, VmOperation... operations) {
        return Vm.builder().uuid(String.format("4b5c6d7e-8f90-4a1b-8c2d-%012d", Math.abs(name.hashCode())))
                .name(name).powerState(state).currentOperations(List.of(operations)).build();
    }

    @ParameterizedTest
    @CsvSource({
        "RUNNING,   Shut down VM db",
        "PAUSED,    Unpause VM db and shut it down",
        "SUSPENDED, Resume VM db and shut it down, or discard its suspended state"})
    void aVmHoldingStateBlocksWithAStepForItsState(PowerState state, String step) {
        Vm db = vm("db", state);
        Violation v = only(evaluate(candidate().vm(db).build()), VmRules.RUNNING_OR_SUSPENDED);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.vms[" + db.uuid() + "]", v.subject().path()),
                () -> assertEquals("db", v.subject().label()),
                () -> assertEquals(Subject.Kind.VM, v.subject().kind()),
                () -> assertEquals(new ViolationDetails.VmState(db.uuid(), "db", state, Set.of()), v.details()),
                () -> assertEquals("HALTED", v.expected()),
                () -> assertEquals(state.name(), v.actual()),
                () -> assertEquals("JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS", v.xapiErrorCode().orElseThrow()),
                () -> assertEquals(true, steps(v).get(0).startsWith(step), steps(v).get(0)));
    }

    @Test
    void everyVmThatHoldsStateIsListedInVmOrder() {
        Vm web = vm("web", PowerState.RUNNING);
        Vm batch = vm("batch", PowerState.SUSPENDED);
        JoinReport report = evaluate(candidate().vm(web).vm(vm("old", PowerState.HALTED)).vm(batch).build());

        assertEquals(List.of("host.vms[" + web.uuid() + "]", "host.vms[" + batch.uuid() + "]"),
                report.violationsOf(VmRules.RUNNING_OR_SUSPENDED).stream().map(v -> v.subject().path()).toList());
    }

    @Test
    void haltedVmsPass() {
        JoinAssertions.assertAllowed(evaluate(candidate().vm(vm("old", PowerState.HALTED)).build()));
    }

    @Test
    void theBlockingStatesCanBeChosen() {
        var rule = VmRules.inStates(EnumSet.of(PowerState.RUNNING));
        var host = candidate().vm(vm("batch", PowerState.SUSPENDED)).build();

        assertEquals(List.of(), rule.evaluate(io.github.xenpool.rules.JoinFixtures.POOL, host,
                io.github.xenpool.rules.JoinContext.defaults()));
        assertThrows(IllegalArgumentException.class, () -> VmRules.inStates(EnumSet.of(PowerState.HALTED)));
        assertThrows(IllegalArgumentException.class, () -> VmRules.inStates(EnumSet.noneOf(PowerState.class)));
    }

    @Test
    void aVmWithAnOperationInProgressBlocksEvenWhenHalted() {
        Vm db = vm("db", PowerState.HALTED, VmOperation.EXPORT);
        Violation v = only(evaluate(candidate().vm(db).build()), VmRules.ACTIVE_OPERATIONS);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.vms[" + db.uuid() + "]", v.subject().path()),
                () -> assertEquals("export", v.actual()),
                () -> assertEquals(Set.of(VmOperation.EXPORT), ((ViolationDetails.VmState) v.details()).currentOperations()),
                () -> assertEquals(List.of("Wait for export of VM db to finish, or cancel it"), steps(v)),
                () -> assertEquals("JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS",
                        v.xapiErrorCode().orElseThrow()));
    }

    @Test
    void theOperationsOfAVmStateIterateInDeclarationOrderWhateverOrderTheyWereGivenIn() {
        List<VmOperation> reversed = new ArrayList<>(List.of(VmOperation.values()));
        Collections.reverse(reversed);

        ViolationDetails.VmState state = new ViolationDetails.VmState("4b5c6d7e-8f90-4a1b-8c2d-000000000001", "db",
                PowerState.RUNNING, new LinkedHashSet<>(reversed));

        assertEquals(List.of(VmOperation.values()), List.copyOf(state.currentOperations()));
    }

    @Test
    void aBusyVmsViolationPrintsTheSameTextWhateverTheOrderOfItsOperations() {
        Vm given = vm("db", PowerState.RUNNING, VmOperation.SNAPSHOT, VmOperation.EXPORT, VmOperation.CLEAN_SHUTDOWN);
        Vm reordered = vm("db", PowerState.RUNNING, VmOperation.CLEAN_SHUTDOWN, VmOperation.SNAPSHOT,
                VmOperation.EXPORT);

        Violation first = only(evaluate(candidate().vm(given).build()), VmRules.ACTIVE_OPERATIONS);
        Violation second = only(evaluate(candidate().vm(reordered).build()), VmRules.ACTIVE_OPERATIONS);

        assertEquals(first.toString(), second.toString());
        assertEquals("VmState[uuid=" + given.uuid() + ", name=db, powerState=RUNNING,"
                + " currentOperations=[CLEAN_SHUTDOWN, EXPORT, SNAPSHOT]]", first.details().toString());
        assertEquals("clean_shutdown, export, snapshot", first.actual());
    }

    @Test
    void onAHostWhoseVmListMayBeIncompleteEachVmRuleReportsTheVmsItSeesAndWarnsOfTheRest() {
        Vm db = vm("db", PowerState.RUNNING, VmOperation.EXPORT);
        JoinReport report = evaluate(candidate().vm(db).incomplete(Host.Listing.VMS).build());

        for (String rule : List.of(VmRules.RUNNING_OR_SUSPENDED, VmRules.ACTIVE_OPERATIONS)) {
            List<Violation> found = report.violationsOf(rule);
            assertEquals(List.of(Severity.BLOCKER, Severity.WARNING), found.stream().map(Violation::severity).toList(),
                    rule);
            assertEquals("host.vms[" + db.uuid() + "]", found.get(0).subject().path(), rule);
            assertEquals("cannot check: whether xs-04 has VMs besides those listed is unknown", found.get(1).message(),
                    rule);
        }
    }

    @Test
    void idleVmsPass() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().vm(vm("db", PowerState.HALTED)).build()),
                VmRules.ACTIVE_OPERATIONS);
    }
}
