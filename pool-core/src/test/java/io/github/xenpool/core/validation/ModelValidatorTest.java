package io.github.xenpool.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.software.Software;
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

    /** A host as a JSON mapper would make it: through the constructor, bypassing the builder. */
    private Host hostFromOutside() {
        Cpu cpu = valid.cpu();
        Cpu badCpu = new Cpu(cpu.vendor(), cpu.modelName(), cpu.family(), cpu.model(), cpu.stepping(),
                cpu.physicalFeatures(), cpu.features(), cpu.maskingSupport(), true, 0, 8);
        ManagementInterface badNic = new ManagementInterface("eth0", Addressing.STATIC, Optional.of("10.0.0.300"),
                false,
                OptionalInt.of(5000));
        Vm badVm = new Vm("not-a-uuid", "win7", PowerState.HALTED, VirtualizationMode.HVM, Set.of());
        StorageRepository badSr = new StorageRepository("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c", "nfs", "NFS", true,
                Optional.of(new StorageServer("filer_01", Addressing.STATIC)));
        Software badSoftware = new Software(valid.software().productVersion(), Optional.of("39265p"),
                Set.of("XS56E001", "bad fix"),
                Set.of(new SupplementalPack("linux-pack", "")));
        return new Host("6b3f", "xs_01", badCpu, badSoftware, valid.licence(), badNic,
                List.of(new NetworkInterface("eth1", NetworkInterface.Kind.VLAN, OptionalInt.of(5000))), valid.clock(),
                List.of(badVm), List.of(badSr), valid.membership());
    }

    @Test
    void aValidHostHasNoViolations() {
        assertEquals(List.of(), validator.validate(valid));
        assertSame(valid, validator.requireValid(valid));
    }

    @Test
    void reportsEveryProblemOfAnInputAtOnceWithItsPropertyPath() {
        List<ModelViolation> violations = validator.validate(hostFromOutside());

        assertEquals(List.of(
                        "cpu.sockets",
                        "hostname",
                        "id",
                        "managementInterface.ipAddress",
                        "managementInterface.vlanTag",
                        "networkInterfaces[0].vlanTag",
                        "software.hotfixes[].<iterable element>",
                        "software.supplementalPacks[].revision",
                        "storage[0].server.address",
                        "storage[0].type",
                        "vms[0].uuid"),
                violations.stream().map(ModelViolation::path).toList());
    }

    @Test
    void eachViolationCarriesTheOffendingValueAndWhatWasExpected() {
        List<ModelViolation> violations = validator.validate(hostFromOutside());
        ModelViolation ip = violations.stream().filter(v -> v.path().equals("managementInterface.ipAddress"))
                .findFirst().orElseThrow();
        ModelViolation hostname = violations.stream().filter(v -> v.path().equals("hostname")).findFirst().orElseThrow();

        assertEquals("10.0.0.300", ip.invalidValue());
        assertEquals("IpAddress", ip.constraint());
        assertTrue(ip.message().contains("IPv4 or IPv6"), ip.message());
        assertEquals("xs_01", hostname.invalidValue());
        assertEquals("Hostname", hostname.constraint());
        assertTrue(hostname.toString().startsWith("hostname: \"xs_01\" must be an RFC 1123 host name"),
                hostname.toString());
    }

    @Test
    void requireValidThrowsOneExceptionListingEveryViolation() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> validator.requireValid(hostFromOutside()));

        assertEquals(11, e.violations().size());
        assertTrue(e.getMessage().startsWith("invalid Host (11 problems):"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  vms[0].uuid: \"not-a-uuid\" must be a UUID"), e.getMessage());
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
        assertEquals(List.of(), validator.validate(new StorageServer("filer01.example.com", Addressing.STATIC)));
        assertEquals(List.of(), validator.validate(new StorageServer("2001:db8::10", Addressing.STATIC)));
        assertEquals(1, validator.validate(new StorageServer("filer 01", Addressing.STATIC)).size());
    }
}
