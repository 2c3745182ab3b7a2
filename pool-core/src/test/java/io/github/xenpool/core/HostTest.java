package io.github.xenpool.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HostTest {

    private static final String VM_UUID = "9a4a0d3b-1e6f-4b7c-8d2e-3f4a5b6c7d8e";

    @Test
    void aDefaultHostIsStandaloneWithNoVms() {
        Host host = Host.builder().build();

        assertEquals("xenserver", host.hostname());
        assertEquals(Membership.standalone(), host.membership());
        assertTrue(host.membership().isFree());
        assertTrue(host.vms().isEmpty());
    }

    @Test
    void factsThatDecideAJoinAreUnknownUnlessGiven() {
        Host host = Host.builder().build();

        assertAll(
                () -> assertEquals(Optional.empty(), host.software().productVersion()),
                () -> assertEquals(Optional.empty(), host.software().buildNumber()),
                () -> assertEquals(Optional.empty(), host.licence()),
                () -> assertEquals(Optional.empty(), host.managementInterface().ipAddress()),
                () -> assertEquals(Optional.empty(), host.managementInterface().addressing()),
                () -> assertEquals(Optional.empty(), host.managementInterface().bonded()),
                () -> assertEquals(Optional.empty(), host.clock()),
                () -> assertEquals(Optional.empty(), host.cpu().virtualizationEnabled()),
                () -> assertEquals(java.util.OptionalInt.empty(), host.cpu().sockets()),
                () -> assertTrue(host.cpu().info().isEmpty()));
    }

    @Test
    void givenClockAndAddressingSurviveToBuilderAndCanBeForgotten() {
        Host host = Host.builder().clock(HostClock.SYNCHRONIZED)
                .managementInterface(ManagementInterface.builder().addressing(Addressing.DHCP_RESERVED).bonded(true)
                        .build())
                .build();

        assertEquals(host, host.toBuilder().build());
        assertEquals(Optional.of(HostClock.SYNCHRONIZED), host.clock());
        assertEquals(Optional.empty(), host.toBuilder().unknownClock().build().clock());
        assertEquals(Optional.empty(),
                host.managementInterface().toBuilder().unknownAddressing().build().addressing());
    }

    @Test
    void givenFactsSurviveToBuilderAndCanBeForgotten() {
        Host host = Fixtures.host("xs-01", "Xeon-E5-2650", "192.0.2.11");

        assertEquals(host, host.toBuilder().build());
        assertEquals(Optional.of(ProductVersion.parse("5.6.100")), host.software().productVersion());
        assertEquals(Optional.of("39265p"), host.software().buildNumber());
        assertEquals(Optional.of(LicenceEdition.ENTERPRISE), host.licence());
        assertEquals(Optional.of("192.0.2.11"), host.managementInterface().ipAddress());
        Host blank = host.toBuilder().unknownLicence()
                .software(host.software().toBuilder().unknownProductVersion().unknownBuildNumber().build())
                .managementInterface(host.managementInterface().toBuilder().unknownIpAddress().build())
                .build();
        assertAll(
                () -> assertEquals(Optional.empty(), blank.licence()),
                () -> assertEquals(Optional.empty(), blank.software().productVersion()),
                () -> assertEquals(Optional.empty(), blank.software().buildNumber()),
                () -> assertEquals(Optional.empty(), blank.managementInterface().ipAddress()),
                () -> assertEquals(blank, blank.toBuilder().build()));
    }

    @Test
    void hostsWithOneHostnameAndNoIdGetDifferentRandomIds() {
        Host first = Host.builder().hostname("localhost.localdomain").build();
        Host second = Host.builder().hostname("localhost.localdomain").build();

        assertNotEquals(first.id(), second.id());
        assertEquals(first.id(), UUID.fromString(first.id()).toString());
        assertEquals(first.id(), first.toBuilder().hostname("xs-01").build().id(), "toBuilder keeps the identity");
        assertEquals(VM_UUID, Host.builder().id(VM_UUID).build().id());
    }

    @Test
    void listsAreCopiedAndCannotBeModified() {
        List<Vm> vms = new ArrayList<>();
        vms.add(Vm.builder().uuid(VM_UUID).name("win7").build());
        Host host = Host.builder().vms(vms).build();
        vms.clear();

        assertEquals(1, host.vms().size());
        assertThrows(UnsupportedOperationException.class, () -> host.vms().clear());
        assertThrows(UnsupportedOperationException.class, () -> host.storage().add(null));
        assertThrows(UnsupportedOperationException.class, () -> host.software().hotfixes().orElseThrow().add("XS56E001"));
    }

    @Test
    void witherMethodsReturnNewHostsAndLeaveTheOriginal() {
        Host host = Host.builder().licence(LicenceEdition.FREE).build();

        Host licensed = host.withLicence(LicenceEdition.PLATINUM);

        assertEquals(Optional.of(LicenceEdition.PLATINUM), licensed.licence());
        assertEquals(Optional.of(LicenceEdition.FREE), host.licence());
        assertSame(host, host.withLicence(LicenceEdition.FREE));
        assertSame(host, host.withMembership(Membership.standalone()));
    }

    @Test
    void vmUuidsAreUniqueOnAHost() {
        Vm vm = Vm.builder().uuid(VM_UUID).name("a").build();
        Vm sameUuid = Vm.builder().uuid(VM_UUID).name("b").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Host.builder().hostname("h1").vm(vm).vm(sameUuid).build());
        assertTrue(e.getMessage().contains("host h1 lists VM " + VM_UUID + " twice"), e.getMessage());
    }

    @Test
    void nullsAreRejectedByParameterName() {
        Host host = Host.builder().build();

        NullPointerException e = assertThrows(NullPointerException.class, () -> new Host(host.id(), host.hostname(),
                host.cpu(), host.software(), host.licence(), host.managementInterface(), List.of(), null, host.vms(),
                host.storage(), host.membership(), host.licenceParams(), host.externalAuth(), host.ownPool(),
                host.incompleteListings(), host.managementInterfaceExists(), host.ipv4Bridges(),
                host.nonGuestVms(), host.nameLabel(), host.xapiReference()));
        assertEquals("clock", e.getMessage());
        assertThrows(NullPointerException.class, () -> Host.builder().vm(null));
        assertThrows(NullPointerException.class, () -> Host.builder().vms(java.util.Arrays.asList((Vm) null)));
    }

    @Test
    void sharedStorageAndHvmVmsAreDerivedFromTheLists() {
        StorageRepository local = StorageRepository.builder().uuid("0b0c0d0e-0f10-4112-8314-151617181920").build();
        Host host = Host.builder().storageRepository(local).storageRepository(Fixtures.nfs())
                .vm(Vm.builder().uuid(VM_UUID).name("pv").mode(VirtualizationMode.PV).build()).build();

        assertEquals(List.of(Fixtures.nfs()), host.sharedStorage());
        assertFalse(host.hasHvmVms());
    }

    @Test
    void aVlanHasATagAndNothingElseHasOne() {
        assertEquals(java.util.OptionalInt.of(20), io.github.xenpool.core.network.NetworkInterface.vlan("eth1.20", 20)
                .vlanTag());
        IllegalArgumentException untagged = assertThrows(IllegalArgumentException.class,
                () -> new io.github.xenpool.core.network.NetworkInterface("eth1",
                        io.github.xenpool.core.network.NetworkInterface.Kind.VLAN, java.util.OptionalInt.empty()));
        assertTrue(untagged.getMessage().contains("a VLAN has a tag"), untagged.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new io.github.xenpool.core.network.NetworkInterface("bond1",
                io.github.xenpool.core.network.NetworkInterface.Kind.BOND, java.util.OptionalInt.of(3)));
        Host host = Host.builder().networkInterface(io.github.xenpool.core.network.NetworkInterface.bond("bond1")).build();
        assertEquals(1, host.networkInterfaces().size());
    }

    @Test
    void clockOffsetsAreRelativeToTheMaster() {
        HostClock clock = new HostClock(Duration.ofSeconds(-7), false);

        assertEquals(Duration.ofSeconds(7), clock.skew());
        assertEquals(Duration.ofSeconds(-10), clock.relativeTo(new HostClock(Duration.ofSeconds(3), true))
                .offsetFromMaster());
    }

    @Test
    void vmsKnowWhetherTheyHoldStateOrAreBusy() {
        Vm exporting = Vm.builder().uuid(VM_UUID).name("db").powerState(PowerState.HALTED)
                .currentOperation(VmOperation.EXPORT).build();

        assertTrue(exporting.isBusy());
        assertFalse(exporting.powerState().holdsHostState());
        assertTrue(PowerState.SUSPENDED.holdsHostState());
        assertEquals(VmOperation.CLEAN_SHUTDOWN, VmOperation.fromXapiName("clean_shutdown"));
        assertThrows(IllegalArgumentException.class, () -> VmOperation.fromXapiName("teleport"));
    }

    @Test
    void softwareKeepsHotfixesAndPacksSortedAndPacksUniqueByName() {
        Software software = Software.builder().hotfix("XS56E002").hotfix("XS56E001")
                .supplementalPack("linux-pack", "1.0").build();

        assertEquals(List.of("XS56E001", "XS56E002"), List.copyOf(software.hotfixes().orElseThrow()));
        assertEquals("1.0", software.pack("linux-pack").orElseThrow().revision());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Software.builder()
                .supplementalPack("linux-pack", "1.0").supplementalPack("linux-pack", "2.0").build());
        assertTrue(e.getMessage().contains("supplemental pack linux-pack is listed twice, at 1.0 and 2.0"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Software.builder().buildNumber(" ").build(),
                "a build number, when given, is not blank");
    }

    @Test
    void productVersionsCompareNumberByNumber() {
        var v = io.github.xenpool.core.software.ProductVersion.parse("5.6.100");

        assertTrue(v.compareTo(io.github.xenpool.core.software.ProductVersion.parse("5.6.99")) > 0);
        assertEquals(io.github.xenpool.core.software.ProductVersion.parse("5.6"),
                io.github.xenpool.core.software.ProductVersion.parse("5.6.0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> io.github.xenpool.core.software.ProductVersion.parse("5.x"));
        assertTrue(e.getMessage().contains("\"5.x\""), e.getMessage());
    }

    private static Vm vmOfKind(String uuid, String name, Vm.Kind kind) {
        return Vm.builder().uuid(uuid).name(name).kind(kind).build();
    }

    @Test
    void aHostsTemplatesSnapshotsAndControlDomainsAreUnknownUntilGivenAndKeptByItsBuilder() {
        Vm dom0 = vmOfKind("0a1b2c3d-4e5f-4a6b-8c7d-000000000001", "Control domain on host: xs-04", Vm.Kind.DOM0)
                .toBuilder().powerState(PowerState.RUNNING).build();
        Vm template = vmOfKind("0a1b2c3d-4e5f-4a6b-8c7d-000000000002", "Debian 12", Vm.Kind.TEMPLATE);

        Host unknown = Host.builder().build();
        Host host = Host.builder().nonGuestVms(List.of(dom0, template)).nameLabel("xs-04 (rack 7)")
                .xapiReference("OpaqueRef:27a4a9a1-5ec5-1cde-8b60-54bc5a7050e1").build();

        assertAll(
                () -> assertEquals(Optional.empty(), unknown.nonGuestVms()),
                () -> assertEquals(Optional.empty(), unknown.nameLabel()),
                () -> assertEquals(Optional.empty(), unknown.xapiReference()),
                () -> assertEquals(Optional.of(List.of(dom0, template)), host.nonGuestVms()),
                () -> assertEquals(host, host.toBuilder().build()),
                () -> assertEquals(host.nonGuestVms(), host.withCpu(host.cpu().toBuilder().sockets(2).build())
                        .nonGuestVms()),
                () -> assertEquals(Optional.empty(), host.toBuilder().unknownNonGuestVms().build().nonGuestVms()),
                () -> assertTrue(dom0.kind().isControlDomain()),
                () -> assertFalse(template.kind().isControlDomain()),
                () -> assertEquals(Vm.Kind.GUEST, new Vm("0a1b2c3d-4e5f-4a6b-8c7d-000000000003", "web",
                        PowerState.HALTED, VirtualizationMode.PV, java.util.Set.of()).kind()));
    }

    @Test
    void aGuestAmongTheOtherVmRecordsOrATemplateAmongTheGuestsOrABadReferenceIsRefusedWithItsPath() {
        Vm guest = vmOfKind("0a1b2c3d-4e5f-4a6b-8c7d-000000000001", "web", Vm.Kind.GUEST);
        Vm template = vmOfKind("0a1b2c3d-4e5f-4a6b-8c7d-000000000002", "Debian 12", Vm.Kind.TEMPLATE);

        var e = assertThrows(io.github.xenpool.core.validation.InvalidModelException.class, () -> Host.builder()
                .vm(template).nonGuestVms(List.of(guest, template)).xapiReference("27a4a9a1").build());

        assertEquals(List.of("nonGuestVms[0].kind", "nonGuestVms[1].uuid", "vms[0].kind", "xapiReference"),
                e.violations().stream().map(v -> v.path()).sorted().toList(), e.getMessage());
    }
}
