package io.github.xenpool.rules.security;

import static io.github.xenpool.rules.security.SecuritySamples.COWLEY;
import static io.github.xenpool.rules.security.SecuritySamples.STATE2;
import static io.github.xenpool.rules.security.SecuritySamples.candidate;
import static io.github.xenpool.rules.security.SecuritySamples.evaluate;
import static io.github.xenpool.rules.security.SecuritySamples.fingerprint;
import static io.github.xenpool.rules.security.SecuritySamples.namedCa;
import static io.github.xenpool.rules.security.SecuritySamples.pool;
import static io.github.xenpool.rules.security.SecuritySamples.trusted;
import static io.github.xenpool.rules.security.SecuritySamples.withCertificates;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code tls.ca-certificates}, xapi's {@code assert_legacy_ca_certificates_compatible}: named CA
 * certificates, name by name. No real dump holds certificates (XenServer 5.x has none), so each
 * case gives the real state2 pool and the real Cowley host the certificates it is about.
 */
class CaCertificatesRuleTest {

    private static final JoinRule RULE = SecurityRules.caCertificates();
    private static final Certificate POOL_HOST_CERT = new Certificate("", fingerprint(0x10), Certificate.TYPE_HOST,
            Set.of());

    private static Pool state2(Certificate... certificates) {
        return withCertificates(pool(STATE2), certificates);
    }

    private static Host cowley(Certificate... certificates) {
        return withCertificates(candidate(COWLEY), certificates);
    }

    @Test
    void aNameThatStandsForAnotherCertificateOnTheHostBlocksWithThatName() {
        Pool pool = state2(POOL_HOST_CERT, namedCa("corp-root.pem", 0xAB));
        Host host = cowley(namedCa("corp-root.pem", 0xCD));

        List<Violation> found = evaluate(RULE, pool, host);

        Violation v = found.get(0);
        assertAll(
                () -> assertEquals(1, found.size()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(XapiError.POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT), v.xapiError()),
                () -> assertEquals(List.of("corp-root.pem"), v.xapiErrorParameters()),
                () -> assertEquals("host.ownPool.certificates[corp-root.pem]", v.subject().path()),
                () -> assertEquals("\"corp-root.pem\": " + fingerprint(0xAB), v.expected()),
                () -> assertEquals("\"corp-root.pem\": " + fingerprint(0xCD), v.actual()),
                () -> assertEquals("the CA certificate name \"corp-root.pem\" (" + fingerprint(0xAB) + " in the pool, "
                        + fingerprint(0xCD) + " on " + host.hostname() + ") stands for another certificate in pool "
                        + pool.name() + " than in the pool " + host.hostname() + " heads; xapi will not trust two"
                        + " certificates under one name", v.message()),
                () -> assertEquals(List.of("Uninstall the CA certificate \"corp-root.pem\" from " + host.hostname()
                        + " (xe pool-uninstall-ca-certificate name=corp-root.pem on it), and install it there again"
                        + " under another name if " + host.hostname() + " still needs it"),
                        v.remediation().stream().map(RemediationStep::description).toList()));
    }

    @Test
    void theSameCertificateUnderTheSameNamePasses() {
        assertEquals(List.of(), evaluate(RULE, state2(POOL_HOST_CERT, namedCa("corp-root.pem", 0xAB)),
                cowley(namedCa("corp-root.pem", 0xAB))));
    }

    @Test
    void namesAreComparedExactlyAndOnlyNamesBothSidesHave() {
        Pool pool = state2(namedCa("corp-root.pem", 0xAB), namedCa("lab.pem", 0x01));
        Host host = cowley(namedCa("Corp-Root.pem", 0xCD), namedCa("other.pem", 0x02));

        assertEquals(List.of(), evaluate(RULE, pool, host));
    }

    @Test
    void certificatesOtherThanNamedCasAreNotThisChecks() {
        // Host certificates have no name; unnamed trusted CAs and pinned ones are the trusted-certificates check's.
        Pool pool = state2(POOL_HOST_CERT, trusted(Certificate.TYPE_CA, 0x20, "ldaps"),
                new Certificate("x.pem", fingerprint(0x21), Certificate.TYPE_HOST, Set.of()));
        Host host = cowley(new Certificate("", fingerprint(0x11), Certificate.TYPE_HOST, Set.of()),
                trusted(Certificate.TYPE_CA, 0x30, "ldaps"),
                new Certificate("x.pem", fingerprint(0x31), Certificate.TYPE_HOST_INTERNAL, Set.of()));

        assertEquals(List.of(), evaluate(RULE, pool, host));
    }

    @Test
    void everyConflictingNameIsOneParameterOfOneViolationInByteOrder() {
        Pool pool = state2(namedCa("b.pem", 0x01), namedCa("a.pem", 0x02), namedCa("Z.pem", 0x03),
                namedCa("same.pem", 0x04));
        Host host = cowley(namedCa("a.pem", 0x12), namedCa("b.pem", 0x11), namedCa("Z.pem", 0x13),
                namedCa("same.pem", 0x04));

        List<Violation> found = evaluate(RULE, pool, host);

        assertEquals(1, found.size());
        assertEquals(List.of("Z.pem", "a.pem", "b.pem"), found.get(0).xapiErrorParameters());
        assertEquals("host.ownPool.certificates", found.get(0).subject().path());
        assertEquals(3, found.get(0).remediation().size(), "one step per name");
        assertTrue(found.get(0).message().startsWith("the CA certificate names \"Z.pem\" ("), found.get(0).message());
    }

    @Test
    void aNameListedTwiceDecidesOnlyWhenEveryChoiceOfXapisGivesTheSameAnswer() {
        // xapi keeps the last record it lists per name; which one that is the model does not say.
        Pool pool = state2(namedCa("twice.pem", 0x01), namedCa("twice.pem", 0x02), namedCa("clash.pem", 0x03),
                namedCa("both.pem", 0x05), namedCa("both.pem", 0x06));
        Host host = cowley(namedCa("twice.pem", 0x02), namedCa("clash.pem", 0x04), namedCa("both.pem", 0x07));

        List<Violation> found = evaluate(RULE, pool, host);

        assertEquals(2, found.size());
        Violation unsure = found.get(0);
        assertEquals(Severity.WARNING, unsure.severity());
        assertTrue(assertInstanceOf(ViolationDetails.UnknownFact.class, unsure.details()).fact()
                .startsWith("which certificate the CA name \"twice.pem\" stands for"), unsure.message());
        assertEquals(List.of("both.pem", "clash.pem"), found.get(1).xapiErrorParameters(),
                "both.pem conflicts whichever of its two the pool's xapi keeps");
    }

    @Test
    void unknownCertificatesOnEitherSideCannotBeChecked() {
        Pool known = state2(namedCa("corp-root.pem", 0xAB));

        Violation realSamples = evaluate(RULE, pool(STATE2), candidate(COWLEY)).get(0);
        Violation hostUnknown = evaluate(RULE, known, candidate(COWLEY)).get(0);

        assertEquals(Severity.WARNING, realSamples.severity());
        assertEquals("the certificates of the pool " + candidate(COWLEY).hostname() + " heads and the certificates of"
                + " pool " + pool(STATE2).name(), ((ViolationDetails.UnknownFact) realSamples.details()).fact());
        assertEquals("host.ownPool.certificates", hostUnknown.subject().path());
        assertEquals(1, evaluate(RULE, known, candidate(COWLEY)).size());
    }

    @Test
    void itIsXapisCheckFrom1302On() {
        assertEquals(Optional.of(XapiReleases.since("1.302.0")), RULE.descriptor().xapiReleases());
        assertEquals(SecurityRules.CA_CERTIFICATES, RULE.id());
    }
}
