package io.github.xenpool.rules.security;

import static io.github.xenpool.rules.security.SecuritySamples.COWLEY;
import static io.github.xenpool.rules.security.SecuritySamples.STATE2;
import static io.github.xenpool.rules.security.SecuritySamples.TAMPA;
import static io.github.xenpool.rules.security.SecuritySamples.UPDATES;
import static io.github.xenpool.rules.security.SecuritySamples.candidate;
import static io.github.xenpool.rules.security.SecuritySamples.evaluate;
import static io.github.xenpool.rules.security.SecuritySamples.pool;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code auth.external}, xapi's {@code assert_external_auth_matches}, on real database dumps:
 * state2 (two XenServer 5.5 hosts in AD domain xendt.net), updatesState (a standalone 5.5 host in
 * AD domain xencenter.net), tampa and Cowley (no external authentication).
 */
class ExternalAuthRuleTest {

    private static final JoinRule RULE = SecurityRules.externalAuth();

    private static Host withAuth(Host host, ExternalAuth auth) {
        return host.toBuilder().externalAuth(auth).build();
    }

    /** The host with another xapi key, and no product version that would tell its release first. */
    private static Host withXapi(Host host, Optional<String> xapi) {
        Map<String, String> fields = new TreeMap<>(host.software().softwareVersion().fields());
        fields.remove("xapi");
        fields.remove("product_version");
        xapi.ifPresent(v -> fields.put("xapi", v));
        return host.toBuilder().software(host.software().toBuilder().softwareVersion(SoftwareVersion.of(fields))
                .build()).build();
    }

    private static List<String> steps(Violation violation) {
        return violation.remediation().stream().map(RemediationStep::description).toList();
    }

    @Test
    void theDumpSamplesHaveTheExternalAuthenticationTheTestsStartFrom() {
        assertEquals(Optional.of(new ExternalAuth("AD", "xendt.net")), pool(STATE2).master().externalAuth());
        assertEquals(Optional.of(new ExternalAuth("AD", "xencenter.net")), candidate(UPDATES).externalAuth());
        assertEquals(Optional.of(ExternalAuth.NONE), pool(TAMPA).master().externalAuth());
        assertEquals(Optional.of(ExternalAuth.NONE), candidate(COWLEY).externalAuth());
        assertEquals(Optional.of("1.3"), candidate(UPDATES).software().softwareVersion().xapi());
    }

    @Test
    void aHostWithoutActiveDirectoryCannotJoinAPoolWhoseMasterUsesItAndIsToldToJoinTheDomain() {
        Pool state2 = pool(STATE2);
        Host cowley = candidate(COWLEY);

        List<Violation> found = evaluate(RULE, state2, cowley);

        Violation v = found.get(0);
        assertAll(
                () -> assertEquals(1, found.size()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(XapiError.POOL_JOINING_EXTERNAL_AUTH_MISMATCH), v.xapiError()),
                () -> assertEquals(List.of(), v.xapiErrorParameters()),
                () -> assertEquals("host.externalAuth", v.subject().path()),
                () -> assertEquals("AD for \"xendt.net\"", v.expected()),
                () -> assertEquals("no external authentication", v.actual()),
                () -> assertTrue(v.fixableByConfiguration()),
                () -> assertEquals(cowley.hostname() + " authenticates users with no external authentication and the"
                        + " master " + state2.master().hostname() + " with AD for \"xendt.net\"; a joining host's"
                        + " external authentication must be the master's", v.message()),
                () -> assertEquals(List.of("Enable external authentication on " + cowley.hostname() + " as the master"
                        + " has it: xe pool-enable-external-auth auth-type=AD service-name=xendt.net on it, with the"
                        + " credentials of the domain"), steps(v)));
    }

    @Test
    void aHostInAnotherDomainIsToldToLeaveItAndJoinTheMasters() {
        Violation v = evaluate(RULE, pool(STATE2), candidate(UPDATES)).get(0);

        assertEquals(List.of(), v.xapiErrorParameters());
        assertEquals("AD for \"xencenter.net\"", v.actual());
        assertEquals(2, steps(v).size());
        assertTrue(steps(v).get(0).startsWith("Disable external authentication on "), steps(v).get(0));
        assertTrue(steps(v).get(1).contains("service-name=xendt.net"), steps(v).get(1));
    }

    @Test
    void aHostInADomainCannotJoinAPoolWithoutExternalAuthenticationAndIsToldToLeaveIt() {
        Host updates = candidate(UPDATES);

        Violation v = evaluate(RULE, pool(TAMPA), updates).get(0);

        assertEquals(Optional.of(XapiError.POOL_JOINING_EXTERNAL_AUTH_MISMATCH), v.xapiError());
        assertEquals("no external authentication", v.expected());
        assertEquals(List.of("Disable external authentication on " + updates.hostname()
                + " (xe pool-disable-external-auth on it)"), steps(v));
    }

    @Test
    void hostsThatAuthenticateAsTheMasterDoesPass() {
        assertEquals(List.of(), evaluate(RULE, pool(TAMPA), candidate(COWLEY)), "neither uses external authentication");
        assertEquals(List.of(), evaluate(RULE, pool(STATE2), withAuth(candidate(UPDATES),
                new ExternalAuth("AD", "xendt.net"))), "the same domain");
    }

    @Test
    void theTypeIsComparedExactly() {
        Violation v = evaluate(RULE, pool(STATE2), withAuth(candidate(UPDATES), new ExternalAuth("LDAP",
                "xendt.net"))).get(0);

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals("LDAP for \"xendt.net\"", v.actual());
    }

    @Test
    void aServiceNameThatDiffersInCaseOnlyBlocksUnderTheExactComparisonOfTheHostsOldXapi() {
        // updatesState is XenServer 5.5.900: its xapi, before 24.33, compares the service names exactly.
        Host upperCase = withAuth(candidate(UPDATES), new ExternalAuth("AD", "XENDT.NET"));

        Violation v = evaluate(RULE, pool(STATE2), upperCase).get(0);

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals(List.of(), v.xapiErrorParameters());
        assertTrue(v.message().endsWith("(the xapi of " + upperCase.hostname() + ", before 1.9.50, compares the"
                + " service names exactly; 24.33 and later ignore their case)"), v.message());
    }

    @Test
    void aServiceNameThatDiffersInCaseOnlyPassesFromXapi2433On() {
        Host upperCase = withAuth(candidate(UPDATES), new ExternalAuth("AD", "XenDT.Net"));

        assertEquals(List.of(), evaluate(RULE, pool(STATE2), withXapi(upperCase, Optional.of("24.33"))));
        assertEquals(List.of(), evaluate(RULE, pool(STATE2), withXapi(upperCase, Optional.of("26.1"))));
        assertEquals(Severity.BLOCKER, evaluate(RULE, pool(STATE2), withXapi(upperCase, Optional.of("24.32")))
                .get(0).severity());
    }

    @Test
    void withoutTheXapiKeyTheXapiBuildTellsTheRelease() {
        Host upperCase = withXapi(withAuth(candidate(UPDATES), new ExternalAuth("AD", "XENDT.NET")),
                Optional.empty());
        Map<String, String> fields = new TreeMap<>(upperCase.software().softwareVersion().fields());
        fields.put("xapi_build", "24.39.1.2.gabcdef0");
        Host built = upperCase.toBuilder().software(upperCase.software().toBuilder()
                .softwareVersion(SoftwareVersion.of(fields)).build()).build();

        assertEquals(List.of(), evaluate(RULE, pool(STATE2), built));
    }

    @Test
    void aServiceNameThatDiffersInCaseOnlyCannotBeCheckedWithoutTheHostsXapiVersion() {
        Host upperCase = withXapi(withAuth(candidate(UPDATES), new ExternalAuth("AD", "XENDT.NET")),
                Optional.empty());

        Violation v = evaluate(RULE, pool(STATE2), upperCase).get(0);

        assertEquals(Severity.WARNING, v.severity());
        ViolationDetails.UnknownFact fact = assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
        assertTrue(fact.fact().startsWith("the xapi version of " + upperCase.hostname()), fact.fact());
        assertEquals("xapi_build (or product_version, or xapi) of the host's software_version", fact.howToProvide());
        assertEquals(Severity.WARNING, evaluate(RULE, pool(STATE2), withXapi(upperCase, Optional.of("twenty")))
                .get(0).severity(), "a version that does not read is unknown");
    }

    @Test
    void aServiceNameDifferingInANonAsciiLetterOnlyBlocksWhateverTheXapi() {
        Pool ecole = pool(STATE2).toBuilder().master(withAuth(pool(STATE2).master(), new ExternalAuth("AD",
                "école.example"))).build();
        Host host = withXapi(withAuth(candidate(UPDATES), new ExternalAuth("AD", "ÉCOLE.example")),
                Optional.of("26.1"));

        assertEquals(Severity.BLOCKER, evaluate(RULE, ecole, host).get(0).severity());
    }

    @Test
    void anUnknownSettingOfTheHostOrTheMasterCannotBeChecked() {
        Host unknown = candidate(COWLEY).toBuilder().unknownExternalAuth().build();
        Pool state2 = pool(STATE2);
        Pool masterUnknown = state2.toBuilder().master(state2.master().toBuilder().unknownExternalAuth().build()).build();

        Violation host = evaluate(RULE, state2, unknown).get(0);
        Violation both = evaluate(RULE, masterUnknown, unknown).get(0);

        assertEquals(Severity.WARNING, host.severity());
        assertEquals("cannot check: the external authentication of " + unknown.hostname() + " is unknown",
                host.message());
        assertTrue(both.message().contains("master of pool " + state2.name()), both.message());
        assertEquals(1, evaluate(RULE, masterUnknown, unknown).size(), "one warning names both");
    }

    @Test
    void itIsXapisCheckOfEveryRelease() {
        assertEquals(Optional.of(XapiReleases.ALWAYS), RULE.descriptor().xapiReleases());
        assertEquals(List.of(XapiError.POOL_JOINING_EXTERNAL_AUTH_MISMATCH), RULE.descriptor().xapiErrors());
        assertEquals(SecurityRules.EXTERNAL_AUTH, RULE.id());
    }
}
