package io.github.xenpool.rules.vm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiSamples;
import io.github.xenpool.rules.XapiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * xapi's checks of the joining host's VM records, {@code vm.running} and
 * {@code vm.active-operations} of every record, on hosts imported from real database dumps with
 * one fact changed.
 */
class VmXapiChecksTest {

    private static final Pool TAMPA = XapiSamples.pool(XapiSamples.TAMPA);
    /** dt40: a running dom0, halted idle guests, templates. */
    private static final Host DT40 = XapiSamples.host(XapiSamples.SMALL_VMS);

    private static List<Violation> evaluate(JoinRule rule, Host host) {
        return rule.evaluate(TAMPA, host, JoinContext.defaults());
    }

    private static Host withNonGuest(Host host, Vm vm) {
        List<Vm> vms = new ArrayList<>(host.nonGuestVms().orElseThrow());
        vms.add(vm);
        return host.toBuilder().nonGuestVms(vms).build();
    }

    private static Vm driverDomain(PowerState state) {
        return Vm.builder().uuid("5d6e7f80-9a1b-4c2d-8e3f-405162738495").name("storage driver domain")
                .kind(Vm.Kind.CONTROL_DOMAIN).powerState(state).mode(VirtualizationMode.PV).build();
    }

    @Test
    void aStandaloneHostWhoseOnlyRunningVmIsDom0PassesInEveryRelease() {
        assertTrue(DT40.nonGuestVms().orElseThrow().stream()
                .anyMatch(vm -> vm.kind() == Vm.Kind.DOM0 && vm.powerState() == PowerState.RUNNING));

        assertEquals(List.of(), evaluate(VmRules.running(), DT40));
        assertEquals(List.of(), evaluate(VmRules.running(XapiVersion.parse("1.9.50")), DT40));
    }

    @Test
    void aRunningGuestBlocksWithXapisCodeAndNoParameters() {
        Vm guest = DT40.vms().get(0);
        Host host = DT40.toBuilder().vms(List.of(guest.toBuilder().powerState(PowerState.RUNNING).build())).build();

        Violation v = evaluate(VmRules.running(), host).get(0);

        assertAll(
                () -> assertEquals(VmRules.RUNNING, v.ruleId()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS"), v.xapiErrorCode()),
                () -> assertEquals(List.of(), v.xapiErrorParameters()),
                () -> assertEquals("host.vms[" + guest.uuid() + "]", v.subject().path()),
                () -> assertEquals("HALTED", v.expected()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    @Test
    void pausedAndSuspendedGuestsPassAsXapiLooksAtRunningOnly() {
        Vm guest = DT40.vms().get(0);
        for (PowerState state : List.of(PowerState.PAUSED, PowerState.SUSPENDED)) {
            Host host = DT40.toBuilder().vms(List.of(guest.toBuilder().powerState(state).build())).build();
            assertEquals(List.of(), evaluate(VmRules.running(), host), state.name());
        }
    }

    @Test
    void aRunningDriverDomainBlocksFromXapi1991AndPassedBefore() {
        Host host = withNonGuest(DT40, driverDomain(PowerState.RUNNING));

        List<Violation> found = evaluate(VmRules.running(XapiVersion.parse("1.9.91")), host);
        List<Violation> before = evaluate(VmRules.running(XapiVersion.parse("1.9.90")), host);

        assertEquals(1, found.size(), found.toString());
        assertEquals("host.nonGuestVms[5d6e7f80-9a1b-4c2d-8e3f-405162738495]", found.get(0).subject().path());
        assertTrue(found.get(0).message().startsWith("control domain storage driver domain on dt40 is running"),
                found.get(0).message());
        assertEquals(List.of(), before);
        assertEquals(List.of(), evaluate(VmRules.running(XapiVersion.parse("1.9.91")),
                withNonGuest(DT40, driverDomain(PowerState.HALTED))));
    }

    @Test
    void theRuleOfTheHostsReleaseLetsDt40sDriverDomainRunAsXenServer6DidAndNotAsXapi2419() {
        Host host = withNonGuest(DT40, driverDomain(PowerState.RUNNING));
        Map<String, String> fields = new TreeMap<>(host.software().softwareVersion().fields());
        fields.put("xapi_build", "24.19.2");
        Host upgraded = host.toBuilder().software(host.software().toBuilder()
                .softwareVersion(SoftwareVersion.of(fields)).build()).build();

        assertEquals(Optional.of("5.9.960"), host.software().softwareVersion().get("product_version"));
        assertEquals(List.of(), evaluate(VmRules.running(), host));
        assertEquals(List.of(Severity.BLOCKER), evaluate(VmRules.running(), upgraded).stream()
                .map(Violation::severity).toList());
    }

    @Test
    void withItsReleaseUnknownARunningDriverDomainCannotBeCheckedAndARunningGuestStillBlocks() {
        Host unknown = withNonGuest(DT40, driverDomain(PowerState.RUNNING)).toBuilder().software(
                DT40.software().toBuilder().softwareVersion(SoftwareVersion.NONE).build()).build();
        Host guest = DT40.toBuilder().software(DT40.software().toBuilder().softwareVersion(SoftwareVersion.NONE)
                .build()).vms(List.of(DT40.vms().get(0).toBuilder().powerState(PowerState.RUNNING).build())).build();

        List<Violation> found = evaluate(VmRules.running(), unknown);

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().startsWith("cannot check: the xapi release of dt40 (unknown)"),
                found.get(0).message());
        assertEquals(List.of(Severity.BLOCKER), evaluate(VmRules.running(), guest).stream()
                .map(Violation::severity).toList(), "both releases block a running guest");
    }

    @Test
    void theTwoVariantsOfVmRunningSayTheReleasesThatRunThem() {
        assertEquals(Optional.of(XapiReleases.ALWAYS), VmRules.running().descriptor().xapiReleases());
        assertEquals(Optional.of(XapiReleases.since("1.9.91")),
                VmRules.running(XapiVersion.parse("1.9.91")).descriptor().xapiReleases());
        assertEquals(Optional.of(XapiReleases.until("1.9.91")),
                VmRules.running(XapiVersion.parse("1.9.83")).descriptor().xapiReleases());
        assertEquals(VmRules.RUNNING, VmRules.running(XapiVersion.parse("1.9.83")).id());
        assertEquals(VmRules.running(XapiVersion.parse("1.9.91")).descriptor(),
                VmRules.running(XapiVersion.parse("24.19.2")).descriptor());
    }

    @Test
    void everyRunningVmOfCowleyBlocksButItsDom0() {
        Host berlin = XapiSamples.host(XapiSamples.COWLEY);
        long running = berlin.vms().stream().filter(vm -> vm.powerState() == PowerState.RUNNING).count();

        List<Violation> found = evaluate(VmRules.running(), berlin);

        assertEquals(8, running);
        assertEquals(running, found.size());
        assertTrue(found.stream().allMatch(v -> v.subject().path().startsWith("host.vms[")));
    }

    @Test
    void withItsControlDomainsUnknownTheRunningCheckWarnsItCannotCheckAndStillBlocksWhatItSees() {
        Vm guest = DT40.vms().get(0).toBuilder().powerState(PowerState.RUNNING).build();
        Host host = DT40.toBuilder().vms(List.of(guest)).unknownNonGuestVms().build();

        List<Violation> found = evaluate(VmRules.running(XapiVersion.parse("1.9.91")), host);

        assertEquals(List.of(Severity.BLOCKER, Severity.WARNING), found.stream().map(Violation::severity).toList());
        assertEquals("cannot check: whether a control domain of dt40 other than dom0 is running is unknown",
                found.get(1).message());
        assertTrue(found.get(1).details() instanceof ViolationDetails.UnknownFact);
        // Before 1.9.91 only guests block: templates and snapshots never run.
        assertEquals(List.of(Severity.BLOCKER), evaluate(VmRules.running(XapiVersion.parse("1.9.50")), host).stream()
                .map(Violation::severity).toList());
    }

    @Test
    void aTemplateWithAnOperationInProgressBlocksXapisCheckButNotTheSeedsRule() {
        List<Vm> others = new ArrayList<>(DT40.nonGuestVms().orElseThrow());
        int template = others.stream().map(Vm::kind).toList().indexOf(Vm.Kind.TEMPLATE);
        Vm busy = others.get(template).toBuilder().currentOperation(VmOperation.CLONE).build();
        others.set(template, busy);
        Host host = DT40.toBuilder().nonGuestVms(others).build();

        List<Violation> found = evaluate(VmRules.activeOperationsOfEveryVmRecord(), host);

        assertEquals(List.of(), evaluate(VmRules.activeOperationsOfEveryVmRecord(), DT40));
        assertEquals(1, found.size(), found.toString());
        assertAll(
                () -> assertEquals(VmRules.ACTIVE_OPERATIONS, found.get(0).ruleId()),
                () -> assertEquals(Optional.of("JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS"),
                        found.get(0).xapiErrorCode()),
                () -> assertEquals(List.of(), found.get(0).xapiErrorParameters()),
                () -> assertEquals("host.nonGuestVms[" + busy.uuid() + "]", found.get(0).subject().path()),
                () -> assertTrue(found.get(0).message().startsWith("template " + busy.name()),
                        found.get(0).message()),
                () -> assertEquals(Optional.of(XapiReleases.ALWAYS),
                        VmRules.activeOperationsOfEveryVmRecord().descriptor().xapiReleases()));
        assertEquals(List.of(), evaluate(VmRules.activeOperations(), host), "the seed's rule reads the guests");
    }

    @Test
    void dom0WithAnOperationInProgressBlocksXapisCheckToo() {
        List<Vm> others = new ArrayList<>();
        for (Vm vm : DT40.nonGuestVms().orElseThrow()) {
            others.add(vm.kind() == Vm.Kind.DOM0 ? vm.toBuilder().currentOperation(VmOperation.OTHER).build() : vm);
        }

        List<Violation> found = evaluate(VmRules.activeOperationsOfEveryVmRecord(),
                DT40.toBuilder().nonGuestVms(others).build());

        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("dom0 "), found.get(0).message());
    }

    @Test
    void withItsTemplatesUnknownXapisOperationsCheckWarnsItCannotCheck() {
        List<Violation> found = evaluate(VmRules.activeOperationsOfEveryVmRecord(),
                DT40.toBuilder().unknownNonGuestVms().build());

        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("cannot check: whether a template, snapshot or control domain of dt40 has an operation in"
                + " progress is unknown", found.get(0).message());
    }
}
