package io.github.xenpool.rules.security;

import static io.github.xenpool.rules.security.SecuritySamples.COWLEY;
import static io.github.xenpool.rules.security.SecuritySamples.STATE2;
import static io.github.xenpool.rules.security.SecuritySamples.candidate;
import static io.github.xenpool.rules.security.SecuritySamples.evaluate;
import static io.github.xenpool.rules.security.SecuritySamples.pool;
import static io.github.xenpool.rules.security.SecuritySamples.withOwnPool;
import static io.github.xenpool.rules.security.SecuritySamples.withPoolConfiguration;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
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
import org.junit.jupiter.api.Test;

/**
 * {@code tls.verification}, xapi's {@code assert_tls_verification_matches}. The real dumps are of
 * XenServer 5.x, before xapi 1.297 had the setting: they cannot be checked as they are, and each
 * case sets the setting on them.
 */
class TlsVerificationRuleTest {

    private static final JoinRule RULE = SecurityRules.tlsVerification();

    private static Pool verifying(boolean enabled) {
        Pool state2 = pool(STATE2);
        return withPoolConfiguration(state2, state2.configuration().withTlsVerificationEnabled(enabled));
    }

    private static Host ownPoolVerifying(boolean enabled) {
        Host cowley = candidate(COWLEY);
        return withOwnPool(cowley, cowley.ownPool().orElseThrow().withTlsVerificationEnabled(enabled));
    }

    private static List<String> steps(Violation violation) {
        return violation.remediation().stream().map(RemediationStep::description).toList();
    }

    @Test
    void theRealDumpsPredateTheSettingSoBothSidesCannotBeChecked() {
        Pool state2 = pool(STATE2);
        Host cowley = candidate(COWLEY);

        List<Violation> found = evaluate(RULE, state2, cowley);

        assertEquals(1, found.size());
        Violation v = found.get(0);
        ViolationDetails.UnknownFact fact = assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
        assertAll(
                () -> assertEquals(Severity.WARNING, v.severity()),
                () -> assertEquals("whether the pool " + cowley.hostname() + " heads verifies TLS certificates and"
                        + " whether pool " + state2.name() + " verifies TLS certificates", fact.fact()),
                () -> assertTrue(fact.howToProvide().contains("xapi 1.297 and later"), fact.howToProvide()),
                () -> assertEquals("host.ownPool.tlsVerificationEnabled", v.subject().path()));
    }

    @Test
    void aHostWhosePoolDoesNotVerifyCannotJoinAPoolThatDoesAndIsToldToEnableIt() {
        Host host = ownPoolVerifying(false);

        Violation v = evaluate(RULE, verifying(true), host).get(0);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(XapiError.POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH), v.xapiError()),
                () -> assertEquals(List.of(), v.xapiErrorParameters()),
                () -> assertEquals("TLS verification enabled", v.expected()),
                () -> assertEquals("TLS verification disabled", v.actual()),
                () -> assertEquals("pool " + verifying(true).name() + " verifies TLS certificates and the pool "
                        + host.hostname() + " heads does not; a joining host must verify them exactly when the pool"
                        + " does", v.message()),
                () -> assertEquals(List.of("Enable TLS verification on " + host.hostname()
                        + " (xe pool-enable-tls-verification on it)"), steps(v)));
    }

    @Test
    void aHostThatVerifiesCannotJoinAPoolThatDoesNotAndThePoolIsToldToEnableIt() {
        Pool pool = verifying(false);

        Violation v = evaluate(RULE, pool, ownPoolVerifying(true)).get(0);

        assertEquals(Optional.of(XapiError.POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH), v.xapiError());
        assertEquals("TLS verification disabled", v.expected());
        assertEquals(List.of("Enable TLS verification on pool " + pool.name() + " (xe pool-enable-tls-verification"
                + " on its master " + pool.master().hostname() + "); xapi has no call that turns it off on "
                + ownPoolVerifying(true).hostname()), steps(v));
    }

    @Test
    void theSameSettingOnBothSidesPasses() {
        assertEquals(List.of(), evaluate(RULE, verifying(true), ownPoolVerifying(true)));
        assertEquals(List.of(), evaluate(RULE, verifying(false), ownPoolVerifying(false)));
    }

    @Test
    void anUnknownSettingOnEitherSideCannotBeChecked() {
        Violation hostUnknown = evaluate(RULE, verifying(true), candidate(COWLEY)).get(0);
        Violation poolUnknown = evaluate(RULE, pool(STATE2), ownPoolVerifying(true)).get(0);

        assertEquals(Severity.WARNING, hostUnknown.severity());
        assertEquals("host.ownPool.tlsVerificationEnabled", hostUnknown.subject().path());
        assertEquals(Severity.WARNING, poolUnknown.severity());
        assertEquals("pool.configuration.tlsVerificationEnabled", poolUnknown.subject().path());
    }

    @Test
    void aMemberOfAnotherPoolHeadsNoPoolOfItsOwnSoItsSettingIsUnknown() {
        Host member = candidate(COWLEY).toBuilder().membership(new Membership.Member(
                "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9")).build();
        Host noOwnPool = new Host(member.id(), member.hostname(), member.cpu(), member.software(), member.licence(),
                member.managementInterface(), member.networkInterfaces(), member.clock(), member.vms(),
                member.storage(), member.membership(), member.licenceParams(), member.externalAuth(),
                Optional.empty(), member.incompleteListings());

        Violation v = evaluate(RULE, verifying(true), noOwnPool).get(0);

        assertEquals(Severity.WARNING, v.severity());
        assertTrue(((ViolationDetails.UnknownFact) v.details()).howToProvide().contains("as a standalone one"),
                v.details().toString());
    }

    @Test
    void itIsXapisCheckFrom1297On() {
        assertEquals(Optional.of(XapiReleases.since("1.297.0")), RULE.descriptor().xapiReleases());
        assertEquals(SecurityRules.TLS_VERIFICATION, RULE.id());
    }
}
