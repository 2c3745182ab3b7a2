package io.github.xenpool.core.validation.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which texts are IP address literals: RFC 4291 text forms and dotted quads, nothing looser. */
class IpAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "192.168.1.20", "255.255.255.255", "9.99.199.249"})
    void dottedQuadsOfDecimalPartsUpTo255AreIpv4(String text) {
        assertTrue(IpAddresses.isIpv4(text), text);
        assertTrue(IpAddresses.isIpAddress(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "1..3.4", "1.2.3.", "256.1.1.1", "1.2.3.300", "1000.1.1.1",
        "01.2.3.4", "1.2.3.04", "00.1.1.1", "a.b.c.d", "1.2.3.4a", "1.2.-3.4", "1.2.3.+4", "1.2.3.4 "})
    void anythingElseIsNotIpv4(String text) {
        assertFalse(IpAddresses.isIpv4(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1:2:3:4:5:6:7:8",
        "2001:db8:0:0:0:0:2:1",
        "2001:DB8::2:1",
        "fe80::1",
        "::",
        "::1",
        "1::",
        "1::3:4:5:6:7:8",
        "1:2:3:4:5:6::8",
        "::2:3:4:5:6:7:8",
        "1:2:3:4:5:6:1.2.3.4",
        "::ffff:192.0.2.1",
        "::2:3:4:5:6:1.2.3.4",
        "1:2::1.2.3.4",
        "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255",
        "abcd:ef01:2345:6789:ABCD:EF01:2345:6789"})
    void rfc4291TextFormsAreIpv6(String text) {
        assertTrue(IpAddresses.isIpv6(text), text);
        assertTrue(IpAddresses.isIpAddress(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1::2:3:4:5:6:7:8",
        "::1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8::",
        "1::2::3",
        ":::",
        "1:::2",
        ":1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:",
        "12345::",
        "g::",
        "1:2:3:4:5:6:7:8g",
        "\uff11::",
        "1:2:3:4:5:6:7:1.2.3.4",
        "1:2:3:4:5:1.2.3.4",
        "::1:2:3:4:5:6:1.2.3.4",
        "1:2:3:4:5:6:1.2.3.256",
        "::1.2.3.256",
        "1.2.3.4::",
        "1.2.3.4:1:2:3:4:5:6",
        "::1.2.3.4:1",
        "1.2.3.4",
        "0ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255",
        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
    void anythingElseIsNotIpv6(String text) {
        assertFalse(IpAddresses.isIpv6(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "host.example.com", "1.2.3.4.5", "::g"})
    void namesAreNotIpAddresses(String text) {
        assertFalse(IpAddresses.isIpAddress(text), text);
    }
}
