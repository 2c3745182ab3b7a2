package io.github.xenpool.core.validation;

import static io.github.xenpool.core.Fixtures.host;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.validation.internal.IpAddresses;
import io.github.xenpool.core.vm.Vm;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Addresses are IP literals or RFC 1123 host names, never something in between, and a UUID has one
 * spelling whatever case it was given in.
 */
class AddressesAndUuidsTest {

    private static final Pattern HOSTNAME = Pattern.compile(Hostname.REGEXP);
    private static final String UPPER = "1F0E6B8A-4C2D-4E5F-8A9B-0C1D2E3F4A51";

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.300", "256.1.1.1", "999.999.999.999", "1.2.3.4.5", "1.2.3", "010.0.0.1", "42",
        "host.123"})
    void anAllNumericDottedNameIsNeitherAnAddressNorAHostName(String text) {
        assertFalse(IpAddresses.isIpAddress(text), text + " is no IP address");
        assertFalse(HOSTNAME.matcher(text).matches(), text + " is no host name: its last label is all digits");
        StorageRepository.Builder sr = StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c", text);
        InvalidModelException e = assertThrows(InvalidModelException.class, sr::build);
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nfs01.example.com", "10.0.0.30", "xs-01", "3com.example", "a1.b2.c3", "host.x9",
        "2001:db8::1"})
    void addressesAndHostNamesStillPass(String text) {
        assertTrue(IpAddresses.isIpAddress(text) || HOSTNAME.matcher(text).matches(), text);
        StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c", text).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:1.2.3.256", "::ffff:1.2.3", "::1.2.3.4.5", "1:2:3:4:5:6:7::8", "1:2:3:4:5:6:7:8:9",
        "1::2::3", "12345::1", "::g", "fe80::1%eth0", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "1.2.3.4::",
        "1:2:3:4:5:6:1.2.3.4:5", "0000:0000:0000:0000:0000:0000:0000:0000:0", "::ffff:01.2.3.4",
        "1:2:3:4:5:6:7:1.2.3.4"})
    void malformedIpv6IsRefused(String text) {
        assertFalse(IpAddresses.isIpv6(text), text);
        assertFalse(IpAddresses.isIpAddress(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "2001:db8::", "2001:DB8:0:0:8:800:200C:417A", "::ffff:192.0.2.1",
        "1:2:3:4:5:6:1.2.3.4", "1::1.2.3.4", "fe80::", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
        "0000:0000:0000:0000:0000:ffff:192.168.100.228"})
    void wellFormedIpv6IsAccepted(String text) {
        assertTrue(IpAddresses.isIpv6(text), text);
        assertFalse(IpAddresses.isIpv4(text), text);
    }

    @Test
    void overLongAddressTextIsRefusedWithoutScanningIt() {
        String longText = "1:".repeat(100_000) + "1";

        assertFalse(IpAddresses.isIpv6(longText));
        assertFalse(IpAddresses.isIpv4("1.".repeat(100_000) + "1"));
        assertFalse(IpAddresses.isIpv6("0000:0000:0000:0000:0000:ffff:192.168.100.2288"));
    }

    @Test
    void aUuidIsSpelledInLowerCase() {
        assertEquals(UPPER.toLowerCase(Locale.ROOT), Uuids.canonical(UPPER));
        String lower = "1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f4a51";
        assertSame(lower, Uuids.canonical(lower), "a canonical UUID is returned as it is");
        assertEquals("not-a-uuid", Uuids.canonical("not-a-uuid"), "other text is left for validation to reject");
        assertEquals("1F0E6B8A-4C2D-4E5F-8A9B-0C1D2E3F4A5G", Uuids.canonical("1F0E6B8A-4C2D-4E5F-8A9B-0C1D2E3F4A5G"));
        assertEquals("1F0E6B8A_4C2D-4E5F-8A9B-0C1D2E3F4A51", Uuids.canonical("1F0E6B8A_4C2D-4E5F-8A9B-0C1D2E3F4A51"));
        assertThrows(NullPointerException.class, () -> Uuids.canonical(null));
    }

    @Test
    void idsThatDifferOnlyInCaseAreOneHost() {
        Host upper = host("xs-01", "Xeon-E5-2650-v3", "192.0.2.1").toBuilder().id(UPPER).build();
        Host lower = upper.toBuilder().id(UPPER.toLowerCase(Locale.ROOT)).hostname("xs-02").build();

        assertEquals(UPPER.toLowerCase(Locale.ROOT), upper.id());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Pool.builder().name("p").master(upper).secondary(lower.toBuilder()
                        .managementInterface(lower.managementInterface().toBuilder().ipAddress("192.0.2.2").build())
                        .build()).build());
        assertTrue(twice.getMessage().contains("appears twice"), twice.getMessage());
    }

    @Test
    void aPoolFindsItsMembersByIdInAnyCase() {
        Host master = host("xs-01", "Xeon-E5-2650-v3", "192.0.2.1").toBuilder().id(UPPER).build();
        Pool pool = Pool.builder().id("D6A2B7C4-5E1F-4A3B-9C8D-1E2F3A4B5C6D").name("p").master(master)
                .offline(UPPER).build();

        assertEquals("d6a2b7c4-5e1f-4a3b-9c8d-1e2f3a4b5c6d", pool.id());
        assertEquals(new Membership.Master("d6a2b7c4-5e1f-4a3b-9c8d-1e2f3a4b5c6d", 1), pool.master().membership());
        assertTrue(pool.member(UPPER).isPresent());
        assertTrue(pool.member(UPPER.toLowerCase(Locale.ROOT)).isPresent());
        assertEquals(List.of(UPPER.toLowerCase(Locale.ROOT)), List.copyOf(pool.offlineHosts()));
        assertFalse(pool.isOnline(UPPER));
    }

    @Test
    void vmsAndStorageOfOneUuidInTwoCasesAreOneObject() {
        Vm vm = Vm.builder().uuid("3E0C4F1A-8B2D-4C6E-9F1A-2B3C4D5E6F70").name("win7").build();
        Host.Builder host = host("xs-01", "Xeon-E5-2650-v3", "192.0.2.1").toBuilder();

        assertEquals("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70", vm.uuid());
        assertThrows(IllegalArgumentException.class, () -> host.vm(vm)
                .vm(Vm.builder().uuid("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70").name("win7-copy").build()).build());
        StorageRepository sr = StorageRepository.sharedNfs("7C2B9A64-1D3E-4F5A-8B6C-7D8E9F0A1B2C", "nfs.example.com")
                .build();
        assertEquals("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c", sr.uuid());
    }
}
