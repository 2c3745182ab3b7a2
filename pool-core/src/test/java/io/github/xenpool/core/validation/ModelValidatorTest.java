package io.github.xenpool.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.storage.StorageServer;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidatorTest {

    private final ModelValidator validator = ModelValidator.shared();
    private final Host valid = Host.builder().hostname("xs-01.example.com").build();

    private static List<String> paths(InvalidModelException e) {
        return e.violations().stream().map(ModelViolation::path).toList();
    }

    @Test
    void aValidHostHasNoViolations() {
        assertEquals(List.of(), validator.validate(valid));
        assertSame(valid, validator.requireValid(valid));
    }

    @Test
    void aConstructorReportsEveryProblemOfItsOwnComponentsAtOnceWithItsPropertyPath() {
        Vm vm = Vm.builder().uuid("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d").name("win7").build();

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Host("6b3f", "xs_01",
                valid.cpu(), valid.software(), valid.licence(), valid.managementInterface(), List.of(), valid.clock(),
                List.of(vm, vm), List.of(), valid.membership(), valid.licenceParams(), valid.externalAuth(),
                valid.ownPool(), valid.incompleteListings(), valid.managementInterfaceExists(), valid.ipv4Bridges(),
                valid.nonGuestVms(), valid.nameLabel(), valid.xapiReference()));

        assertEquals(List.of("hostname", "id", "vms[1].uuid"), paths(e),
                "constraint violations and broken structure come together");
        assertTrue(e.getMessage().startsWith("invalid Host (3 problems):"), e.getMessage());
        assertEquals("UniqueVmUuids", e.violations().get(2).constraint());
    }

    @Test
    void everyRecordOfTheModelChecksItsConstraintsWhenMade() {
        assertEquals(List.of("ipAddress", "vlanTag"), paths(assertThrows(InvalidModelException.class,
                () -> new ManagementInterface("eth0", Optional.of(Addressing.STATIC), Optional.of("10.0.0.300"), Optional.of(false),
                        OptionalInt.of(5000), Optional.empty()))));
        assertEquals(List.of("cpuCount", "sockets"), paths(assertThrows(InvalidModelException.class,
                () -> new Cpu(Optional.empty(), "x", 6, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(true), OptionalInt.of(0), OptionalInt.of(70_000), CpuInfo.NONE))));
        assertEquals(List.of("uuid"), paths(assertThrows(InvalidModelException.class,
                () -> new Vm("not-a-uuid", "win7", PowerState.HALTED, VirtualizationMode.HVM, Set.of()))));
        assertEquals(List.of("type"), paths(assertThrows(InvalidModelException.class,
                () -> new StorageRepository("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c", "nfs", "NFS", true,
                        Optional.empty()))));
        assertEquals(List.of("address"), paths(assertThrows(InvalidModelException.class,
                () -> StorageServer.of("filer_01", Addressing.STATIC))));
        assertEquals(List.of("hotfixes[].<iterable element>"), paths(assertThrows(InvalidModelException.class,
                () -> new Software(Optional.empty(), Optional.of("39265p"), Optional.of(Set.of("XS56E001", "bad fix")),
                        Set.of(), SoftwareVersion.NONE, Optional.empty(), Optional.empty(), Optional.empty()))));
        assertEquals(List.of("revision"), paths(assertThrows(InvalidModelException.class,
                () -> new SupplementalPack("linux-pack", ""))));
        assertEquals(List.of("device", "vlanTag"), paths(assertThrows(InvalidModelException.class,
                () -> new NetworkInterface("eth 1", NetworkInterface.Kind.VLAN, OptionalInt.of(5000)))));
    }

    @Test
    void eachViolationCarriesTheOffendingValueAndWhatWasExpected() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> Host.builder().hostname("xs_01")
                .managementInterface(valid.managementInterface()).build());
        ModelViolation hostname = e.violations().get(0);
        ModelViolation ip = validator.validateValue(ManagementInterface.class, "ipAddress",
                Optional.of("10.0.0.300")).get(0);

        assertEquals("10.0.0.300", ip.invalidValue());
        assertEquals("IpAddress", ip.constraint());
        assertTrue(ip.message().contains("IPv4 or IPv6"), ip.message());
        assertEquals("xs_01", hostname.invalidValue());
        assertEquals("Hostname", hostname.constraint());
        assertTrue(hostname.toString().startsWith("hostname: \"xs_01\" must be an RFC 1123 host name"),
                hostname.toString());
    }

    @Test
    void aValueThatExistsIsValidSoTheValidatorFindsNothingInIt() {
        Host host = Host.builder().hostname("xs-01").vm(Vm.builder().uuid("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
                .name("win7").build()).build();

        assertEquals(List.of(), validator.validate(host));
        assertEquals(List.of(), validator.validate(Pool.builder().master(host).build()));
    }

    @Test
    void validateValueChecksOnePropertyWithoutFollowingValid() {
        assertEquals(List.of(), validator.validateValue(Host.class, "hostname", "xs-01"));
        assertEquals(List.of("hostname"), validator.validateValue(Host.class, "hostname", "xs_01").stream()
                .map(ModelViolation::path).toList());
        assertThrows(IllegalArgumentException.class, () -> validator.validateValue(Host.class, "colour", "red"));
    }

    @Test
    void buildersRejectInvalidValuesWithEveryProblemListed() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> Host.builder()
                .hostname("-bad-")
                .id("42")
                .build());

        assertEquals(List.of("hostname", "id"), e.violations().stream().map(ModelViolation::path).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xs01", "xs-01.example.com", "a", "1.example",
        "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0.com"})
    void acceptsRfc1123Hostnames(String name) {
        assertEquals(List.of(), validator.validate(Host.builder().hostname(name).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-xs", "xs-", "xs_01", "a..b", "xs 01", "é.com"})
    void rejectsHostnamesOutsideRfc1123(String name) {
        assertThrows(InvalidModelException.class, () -> Host.builder().hostname(name).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xs01\n", "xs01\nVerdict", "xs\r01", "xs\t01", "xs\u000b01", "xs\u001b[2J", "xs\u008501",
        "xs\u202801", "xs\u202901", "xs\u202e10", "\nxs01", "xs01\u0000"})
    void rejectsHostnamesWithControlOrSeparatorCharacters(String name) {
        assertEquals(List.of("hostname"), paths(assertThrows(InvalidModelException.class, () -> hostNamed(name))));
    }

    private Host hostNamed(String name) {
        return new Host(valid.id(), name, valid.cpu(), valid.software(), valid.licence(), valid.managementInterface(),
                valid.networkInterfaces(), valid.clock(), valid.vms(), valid.storage(), valid.membership(),
                valid.licenceParams(), valid.externalAuth(), valid.ownPool(), valid.incompleteListings(),
                valid.managementInterfaceExists(), valid.ipv4Bridges(), valid.nonGuestVms(), valid.nameLabel(),
                valid.xapiReference());
    }

    @Test
    void anInvalidValueWithLineBreaksStaysOnTheLineOfItsViolation() {
        Vm vm = Vm.builder().uuid("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d").name("win7").build();
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Host(valid.id(),
                "xs01\n  vms[0].uuid: fine\u2028\u001b[2J", valid.cpu(), valid.software(), valid.licence(),
                valid.managementInterface(), valid.networkInterfaces(), valid.clock(), List.of(vm, vm),
                valid.storage(), valid.membership(), valid.licenceParams(), valid.externalAuth(),
                valid.ownPool(), valid.incompleteListings(), valid.managementInterfaceExists(), valid.ipv4Bridges(),
                valid.nonGuestVms(), valid.nameLabel(), valid.xapiReference()));

        assertEquals(e.violations().size() + 1, e.getMessage().split("\n", -1).length, e.getMessage());
        assertTrue(e.getMessage().contains("hostname: \"xs01\\n  vms[0].uuid: fine\\u2028\\u001B[2J\""),
                e.getMessage());
        assertTrue(e.getMessage().codePoints().filter(c -> c != '\n').noneMatch(Character::isISOControl));
    }

    @Test
    void aLongInvalidValueIsCutInTheMessageButKeptWholeInTheViolation() {
        String longName = "x".repeat(10_000) + "_";
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> hostNamed(longName));

        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertTrue(e.getMessage().contains("(10001 characters in all)"), e.getMessage());
        assertEquals(longName, e.violations().get(0).invalidValue());
    }

    @Test
    void rejectsHostnamesWithOverlongLabelsOrLength() {
        assertThrows(InvalidModelException.class, () -> Host.builder().hostname("x".repeat(64)).build());
        String longName = String.join(".", java.util.Collections.nCopies(64, "abc"));
        assertThrows(InvalidModelException.class, () -> Host.builder().hostname(longName).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "2001:db8::8a2e:370:7334",
        "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.0.2.128", "1::"})
    void acceptsIpAddressLiterals(String address) {
        assertEquals(List.of(), validator.validate(ManagementInterface.builder().ipAddress(address).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0", "10.0.0.256", "010.0.0.1", "1.2.3.4.5", "fe80:::1", "1:2:3:4:5:6:7:8:9",
        "::1::", "12345::", "g::1", "example.com", ":1", "1:"})
    void rejectsWhatIsNotAnIpAddressLiteral(String address) {
        assertThrows(InvalidModelException.class, () -> ManagementInterface.builder().ipAddress(address).build());
    }

    @Test
    void storageServersMayBeNamedOrAddressed() {
        assertEquals(List.of(), validator.validate(StorageServer.of("filer01.example.com", Addressing.STATIC)));
        assertEquals(List.of(), validator.validate(StorageServer.of("2001:db8::10", Addressing.STATIC)));
        assertThrows(InvalidModelException.class, () -> StorageServer.of("filer 01", Addressing.STATIC));
    }
}
