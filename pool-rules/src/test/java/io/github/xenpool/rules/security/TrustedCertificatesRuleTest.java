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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code tls.trusted-certificates}, xapi's {@code assert_trusted_certificates_compatible}: unnamed
 * trusted certificates, fingerprint by fingerprint, on the real state2 pool and Cowley host given
 * the certificates each case is about.
 */
class TrustedCertificatesRuleTest {

    private static final JoinRule RULE = SecurityRules.trustedCertificates();
    private static final String POOL_REF = "OpaqueRef:7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String HOST_REF = "OpaqueRef:8b2c3d4e-5f60-4b7c-9d8e-0f1a2b3c4d5e";
    private static final String POOL_UUID = "1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
    private static final String HOST_UUID = "2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6";

    private static Pool state2(Certificate... certificates) {
        return withCertificates(pool(STATE2), certificates);
    }

    private static Host cowley(Certificate... certificates) {
        return withCertificates(candidate(COWLEY), certificates);
    }

    private static Certificate ldapsInPool() {
        return trusted(Certificate.TYPE_CA, 0x42, "ldaps").withUuid(POOL_UUID).withReference(POOL_REF);
    }

    @Test
    void overlappingButDifferentPurposesBlockWithTheReferencesOfThePoolsAndTheHostsRecords() {
        Pool pool = state2(ldapsInPool());
        Host host = cowley(trusted(Certificate.TYPE_CA, 0x42, "ldaps", "licensing").withUuid(HOST_UUID)
                .withReference(HOST_REF));

        List<Violation> found = evaluate(RULE, pool, host);

        Violation v = found.get(0);
        assertAll(
                () -> assertEquals(1, found.size()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(XapiError.POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT),
                        v.xapiError()),
                () -> assertEquals(List.of(POOL_REF, HOST_REF), v.xapiErrorParameters(), "[ref_in_pool; ref_on_host]"),
                () -> assertEquals("host.ownPool.certificates[" + fingerprint(0x42) + "]", v.subject().path()),
                () -> assertEquals("trusted for ldaps", v.expected()),
                () -> assertEquals("trusted for ldaps, licensing", v.actual()),
                () -> assertEquals("certificate " + fingerprint(0x42) + " is trusted for ldaps in pool " + pool.name()
                        + " and for ldaps, licensing in the pool " + host.hostname() + " heads; a certificate both"
                        + " trust must have the same purposes on both sides, or none in common", v.message()),
                () -> assertEquals(List.of("Uninstall certificate " + fingerprint(0x42) + " from " + host.hostname()
                        + " (xe pool-uninstall-trusted-certificate certificate-uuid=" + HOST_UUID + " on it), and"
                        + " install it there again for purpose ldaps if " + host.hostname() + " still needs it"),
                        v.remediation().stream().map(RemediationStep::description).toList()));
    }

    @Test
    void withoutReferencesTheParametersAreTheUuids() {
        Pool pool = state2(trusted(Certificate.TYPE_PINNED, 0x42, "ldaps", "licensing").withUuid(POOL_UUID));
        Host host = cowley(trusted(Certificate.TYPE_PINNED, 0x42, "licensing").withUuid(HOST_UUID));

        assertEquals(List.of(POOL_UUID, HOST_UUID), evaluate(RULE, pool, host).get(0).xapiErrorParameters());
        assertEquals(List.of("", ""), evaluate(RULE, state2(trusted(Certificate.TYPE_CA, 0x42, "ldaps")),
                cowley(trusted(Certificate.TYPE_CA, 0x42, "ldaps", "licensing"))).get(0).xapiErrorParameters(),
                "neither known: empty");
    }

    @Test
    void equalOrDisjointPurposesPass() {
        Pool pool = state2(ldapsInPool());

        assertEquals(List.of(), evaluate(RULE, pool, cowley(trusted(Certificate.TYPE_CA, 0x42, "ldaps"))), "equal");
        assertEquals(List.of(), evaluate(RULE, pool, cowley(trusted(Certificate.TYPE_CA, 0x42, "licensing"))),
                "disjoint");
        assertEquals(List.of(), evaluate(RULE, pool, cowley(trusted(Certificate.TYPE_CA, 0x42))),
                "no purpose is disjoint from any");
        assertEquals(List.of(), evaluate(RULE, state2(trusted(Certificate.TYPE_CA, 0x42)),
                cowley(trusted(Certificate.TYPE_PINNED, 0x42))), "no purpose on both sides is equal");
    }

    @Test
    void onlyUnnamedCaAndPinnedCertificatesOfTheSameFingerprintAreCompared() {
        Pool pool = state2(ldapsInPool(), new Certificate("", fingerprint(0x50), Certificate.TYPE_HOST,
                Set.of("ldaps")));
        Host host = cowley(new Certificate("legacy.pem", fingerprint(0x42), Certificate.TYPE_CA,
                Set.of("ldaps", "licensing")), new Certificate("", fingerprint(0x50), Certificate.TYPE_HOST,
                Set.of("ldaps", "licensing")), trusted(Certificate.TYPE_CA, 0x43, "ldaps", "licensing"));

        assertEquals(List.of(), evaluate(RULE, pool, host));
        assertEquals(List.of(), evaluate(RULE, state2(namedCa("a.pem", 1)), cowley(namedCa("a.pem", 2))),
                "named CAs are the other check's");
    }

    @Test
    void eachConflictingFingerprintIsOneViolationInXapisOrderSoTheFirstIsTheErrorXapiRaises() {
        Certificate bInPool = trusted(Certificate.TYPE_CA, 0xB0, "ldaps").withUuid(POOL_UUID);
        Certificate bOnHost = trusted(Certificate.TYPE_CA, 0xB0, "ldaps", "licensing").withUuid(HOST_UUID);
        Certificate aInPool = trusted(Certificate.TYPE_PINNED, 0x0A, "licensing").withReference(POOL_REF);
        Certificate aOnHost = trusted(Certificate.TYPE_PINNED, 0x0A, "ldaps", "licensing").withReference(HOST_REF);
        Pool pool = state2(bInPool, aInPool);
        Host host = cowley(bOnHost, aOnHost);

        List<Violation> found = evaluate(RULE, pool, host);
        JoinReport report = RuleSet.of("certificates", CpuLevelPolicy.LEVELLING, JoinContext.defaults(),
                List.of(SecurityRules.caCertificates(), RULE)).evaluate(pool, host);

        assertEquals(List.of(List.of(POOL_REF, HOST_REF), List.of(POOL_UUID, HOST_UUID)),
                found.stream().map(Violation::xapiErrorParameters).toList());
        assertEquals(Optional.of(found.get(0)), report.xapiAnswer().error());
        assertTrue(report.xapiAnswer().isCertain(), report.xapiAnswer().toString());
    }

    @Test
    void aFingerprintListedTwiceDecidesOnlyWhenEveryPairGivesTheSameAnswer() {
        // A side may trust one fingerprint twice, for disjoint purposes; xapi compares the last record it lists.
        Pool pool = state2(trusted(Certificate.TYPE_CA, 0x42).withUuid(POOL_UUID),
                trusted(Certificate.TYPE_CA, 0x42, "ldaps"));
        Host unsure = cowley(trusted(Certificate.TYPE_CA, 0x42, "ldaps", "licensing"));
        Host never = cowley(trusted(Certificate.TYPE_CA, 0x42, "licensing"));
        Pool twiceOverlapping = state2(trusted(Certificate.TYPE_CA, 0x42, "ldaps").withUuid(POOL_UUID),
                trusted(Certificate.TYPE_CA, 0x42, "licensing"));
        Host always = cowley(trusted(Certificate.TYPE_CA, 0x42, "ldaps", "licensing").withUuid(HOST_UUID));

        Violation maybe = evaluate(RULE, pool, unsure).get(0);
        Violation sure = evaluate(RULE, twiceOverlapping, always).get(0);

        assertEquals(Severity.WARNING, maybe.severity(), "no purpose passes, ldaps conflicts");
        assertTrue(maybe.message().startsWith("cannot check: which of the records of certificate "), maybe.message());
        assertEquals(List.of(), evaluate(RULE, pool, never), "disjoint from both");
        assertEquals(Severity.BLOCKER, sure.severity(), "ldaps and licensing both overlap ldaps, licensing");
        assertEquals(List.of("", HOST_UUID), sure.xapiErrorParameters(), "the last record the pool lists");
    }

    @Test
    void unknownCertificatesOnEitherSideCannotBeChecked() {
        Violation v = evaluate(RULE, pool(STATE2), cowley(ldapsInPool())).get(0);

        assertEquals(Severity.WARNING, v.severity());
        assertEquals("pool.configuration.certificates", v.subject().path());
    }

    @Test
    void itIsXapisCheckFrom26112OnWhereItWasBackportedFirst() {
        assertEquals(Optional.of(XapiReleases.since("26.1.12")), RULE.descriptor().xapiReleases());
        assertEquals(SecurityRules.TRUSTED_CERTIFICATES, RULE.id());
    }
}
