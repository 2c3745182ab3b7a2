package io.github.xenpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.validation.InvalidModelException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The values xapi's authentication and trust checks read: certificates with the UUID and
 * reference that xapi's errors name, a pool configuration whose TLS and certificate facts can be
 * set or made unknown, and service names compared as xapi compares them.
 */
class TrustAndAuthValuesTest {

    private static final String FINGERPRINT = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
            + "AB:CD:EF:01:23:45:67:89";
    private static final String UUID = "6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5";
    private static final String REF = "OpaqueRef:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static Certificate ca(String name) {
        return new Certificate(name, FINGERPRINT, Certificate.TYPE_CA, Set.of());
    }

    @Test
    void aCertificateMadeFromItsFourFactsHasNoKnownUuidOrReference() {
        Certificate certificate = ca("corp-root.pem");

        assertEquals(Optional.empty(), certificate.uuid());
        assertEquals(Optional.empty(), certificate.reference());
        assertEquals(new Certificate("corp-root.pem", FINGERPRINT, "ca", Set.of(), Optional.empty(), Optional.empty()),
                certificate);
    }

    @Test
    void aCertificateKeepsItsRecordsUuidInLowerCaseAndItsReferenceAsGiven() {
        Certificate certificate = ca("corp-root.pem").withUuid(UUID.toUpperCase(java.util.Locale.ROOT))
                .withReference(REF);

        assertEquals(Optional.of(UUID), certificate.uuid());
        assertEquals(Optional.of(REF), certificate.reference());
        assertEquals("corp-root.pem", certificate.name(), "the other facts stay");
    }

    @Test
    void aUuidOrReferenceThatIsNotOneIsRejectedWithItsProperty() {
        InvalidModelException uuid = assertThrows(InvalidModelException.class, () -> ca("a").withUuid("not-a-uuid"));
        InvalidModelException ref = assertThrows(InvalidModelException.class, () -> ca("a").withReference(UUID));

        assertEquals(List.of("uuid"), uuid.violations().stream().map(v -> v.path()).toList());
        assertEquals(List.of("reference"), ref.violations().stream().map(v -> v.path()).toList());
        assertTrue(ref.getMessage().contains("OpaqueRef:"), ref.getMessage());
    }

    @Test
    void aCertificatesPurposesAreCopiedInNameOrderAndCannotChange() {
        Set<String> given = new LinkedHashSet<>(List.of("licensing", "ldaps"));
        Certificate certificate = new Certificate("", FINGERPRINT, Certificate.TYPE_PINNED, given);
        given.clear();

        assertEquals(List.of("ldaps", "licensing"), new ArrayList<>(certificate.purposes()));
        assertThrows(UnsupportedOperationException.class, () -> certificate.purposes().add("x"));
        assertThrows(NullPointerException.class, () -> new Certificate("", FINGERPRINT, "ca",
                new LinkedHashSet<>(java.util.Arrays.asList("ldaps", null))));
    }

    @Test
    void aPoolConfigurationChangesItsTlsSettingAndItsCertificatesOneAtATime() {
        PoolConfiguration known = PoolConfiguration.UNKNOWN.withTlsVerificationEnabled(true)
                .withCertificates(List.of(ca("corp-root.pem")));

        assertEquals(Optional.of(true), known.tlsVerificationEnabled());
        assertEquals(Optional.of(List.of(ca("corp-root.pem"))), known.certificates());
        assertEquals(PoolConfiguration.UNKNOWN.withCertificates(List.of(ca("corp-root.pem"))),
                known.withTlsVerificationEnabled(Optional.empty()));
        assertEquals(PoolConfiguration.UNKNOWN.withTlsVerificationEnabled(true),
                known.withCertificates(Optional.empty()));
        assertThrows(UnsupportedOperationException.class, () -> known.certificates().orElseThrow().add(ca("b")));
    }

    @Test
    void serviceNamesMatchButForTheCaseOfAsciiLettersOnlyAsXapiLowerCasesThem() {
        ExternalAuth corp = new ExternalAuth("AD", "corp.example.com");

        assertTrue(corp.matches(new ExternalAuth("AD", "CORP.Example.COM")));
        assertFalse(corp.matches(new ExternalAuth("LDAP", "corp.example.com")), "the type is compared exactly");
        assertFalse(new ExternalAuth("AD", "ÉCOLE.example").matches(new ExternalAuth("AD", "école.example")),
                "String.lowercase_ascii leaves É as it is");
        assertEquals("école.example", ExternalAuth.asciiLowerCase("école.EXAMPLE"));
        assertTrue(ExternalAuth.NONE.matches(new ExternalAuth("", "")));
    }

    @Test
    void aHostsExternalAuthenticationCanBeMadeUnknownAgain() {
        Host host = Host.builder().hostname("xs-04").externalAuth(ExternalAuth.NONE).build();

        assertEquals(Optional.of(ExternalAuth.NONE), host.externalAuth());
        assertEquals(Optional.empty(), host.toBuilder().unknownExternalAuth().build().externalAuth());
    }
}
