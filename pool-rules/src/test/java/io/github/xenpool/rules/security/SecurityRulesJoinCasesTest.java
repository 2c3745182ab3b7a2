package io.github.xenpool.rules.security;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.testkit.Blank;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The security rules on pool-testkit's join cases: a compliant candidate passes all four, each of
 * the four trust and authentication mutations trips exactly its rule with xapi's code, and each
 * fact made unknown leaves the rules that read it unable to check.
 */
class SecurityRulesJoinCasesTest {

    private static final RuleSet RULES = RuleSet.of("security", CpuLevelPolicy.LEVELLING, JoinContext.defaults(),
            List.of(SecurityRules.externalAuth(), SecurityRules.tlsVerification(), SecurityRules.caCertificates(),
                    SecurityRules.trustedCertificates()));

    private static final Map<Mutation, String> CAUGHT_BY = Map.of(
            Mutation.EXTERNAL_AUTH, SecurityRules.EXTERNAL_AUTH,
            Mutation.TLS_VERIFICATION, SecurityRules.TLS_VERIFICATION,
            Mutation.CA_CERTIFICATE_NAME, SecurityRules.CA_CERTIFICATES,
            Mutation.TRUSTED_CERTIFICATE_PURPOSES, SecurityRules.TRUSTED_CERTIFICATES);

    private static final Map<String, XapiError> ERRORS = Map.of(
            SecurityRules.EXTERNAL_AUTH, XapiError.POOL_JOINING_EXTERNAL_AUTH_MISMATCH,
            SecurityRules.TLS_VERIFICATION, XapiError.POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH,
            SecurityRules.CA_CERTIFICATES, XapiError.POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT,
            SecurityRules.TRUSTED_CERTIFICATES, XapiError.POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT);

    @Test
    void aCompliantCandidatePassesEverySecurityRule() {
        qt(150).forAll(JoinCases.compliant()).checkAssert(c -> {
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            assertEquals(List.of(), report.violations(), report::render);
            assertEquals(Verdict.ALLOWED, report.verdict());
        });
    }

    @ParameterizedTest
    @EnumSource(value = Mutation.class, names = {"EXTERNAL_AUTH", "TLS_VERIFICATION", "CA_CERTIFICATE_NAME",
            "TRUSTED_CERTIFICATE_PURPOSES"})
    void eachTrustMutationTripsExactlyItsRuleWithXapisError(Mutation mutation) {
        String rule = CAUGHT_BY.get(mutation);
        qt(60).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            assertEquals(List.of(rule), report.violations().stream().map(Violation::ruleId).toList(), report::render);
            Violation v = report.violations().get(0);
            assertEquals(Severity.BLOCKER, v.severity());
            assertEquals(ERRORS.get(rule), v.xapiError().orElseThrow());
            assertEquals(ERRORS.get(rule).code(), report.xapiAnswer().error().orElseThrow().xapiErrorCode()
                    .orElseThrow());
        });
    }

    @Test
    void aCaNameConflictNamesTheConflictingNameAndATrustConflictTheTwoRecords() {
        qt(40).forAll(JoinCases.mutated(Mutation.CA_CERTIFICATE_NAME)).checkAssert(c -> {
            Violation v = RULES.evaluate(c.pool(), c.host()).violations().get(0);
            assertEquals(List.of(c.pool().name() + "-root.pem"), v.xapiErrorParameters());
        });
        qt(40).forAll(JoinCases.mutated(Mutation.TRUSTED_CERTIFICATE_PURPOSES)).checkAssert(c -> {
            Violation v = RULES.evaluate(c.pool(), c.host()).violations().get(0);
            assertEquals(2, v.xapiErrorParameters().size());
            v.xapiErrorParameters().forEach(ref -> assertTrue(ref.startsWith("OpaqueRef:"), ref));
        });
    }

    @ParameterizedTest
    @EnumSource(value = Blank.class, names = {"HOST_EXTERNAL_AUTH", "MASTER_EXTERNAL_AUTH", "HOST_TLS_VERIFICATION",
            "POOL_TLS_VERIFICATION", "HOST_CERTIFICATES", "POOL_CERTIFICATES"})
    void anUnknownFactLeavesTheRulesThatReadItUnableToCheck(Blank blank) {
        List<String> readers = blank.name().contains("AUTH") ? List.of(SecurityRules.EXTERNAL_AUTH)
                : blank.name().contains("TLS") ? List.of(SecurityRules.TLS_VERIFICATION)
                : List.of(SecurityRules.CA_CERTIFICATES, SecurityRules.TRUSTED_CERTIFICATES);
        qt(40).forAll(JoinCases.compliant()).checkAssert(compliant -> {
            JoinCase c = blank.applyTo(compliant);
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            assertEquals(readers, report.violations().stream().map(Violation::ruleId).toList(), report::render);
            for (Violation v : report.violations()) {
                assertEquals(Severity.WARNING, v.severity());
                assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
            }
        });
    }
}
