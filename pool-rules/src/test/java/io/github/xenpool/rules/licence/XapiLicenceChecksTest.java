package io.github.xenpool.rules.licence;

import static io.github.xenpool.rules.DumpSamples.COWLEY;
import static io.github.xenpool.rules.DumpSamples.SMALL_VMS;
import static io.github.xenpool.rules.DumpSamples.STATE1;
import static io.github.xenpool.rules.DumpSamples.TAMPA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.LicenceParams;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.LicenceServer;
import io.github.xenpool.rules.DumpSamples;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * xapi's licence checks of {@code Pool.join}, on hosts and pools imported from real database
 * dumps with one fact changed: {@code assert_pooling_licensed}, {@code assert_pool_size_unrestricted}
 * and {@code assert_restrictions_match}, with xapi's codes and parameters.
 */
class XapiLicenceChecksTest {

    /** berlin, standalone, Platinum: its own pool's restrictions say restrict_pooling false and nothing of size. */
    private static final Host BERLIN = DumpSamples.candidate(COWLEY);
    /** dt40, standalone, Free. */
    private static final Host DT40 = DumpSamples.candidate(SMALL_VMS);
    /** dt16 and dt23, both Platinum. */
    private static final Pool TAMPA_POOL = DumpSamples.pool(TAMPA);

    private static List<Violation> check(JoinRule rule, Pool pool, Host host) {
        return rule.evaluate(pool, host, JoinContext.defaults());
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    private static Violation cannotCheck(List<Violation> violations) {
        Violation v = only(violations);
        assertEquals(Severity.WARNING, v.severity(), v::toString);
        assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
        return v;
    }

    /** The host with one flag of its own pool's restrictions set, or removed when the value is null. */
    private static Host withFlag(Host host, String flag, String value) {
        PoolConfiguration own = host.ownPool().orElseThrow();
        Map<String, String> flags = new TreeMap<>(own.restrictions().orElseThrow().fields());
        if (value == null) {
            flags.remove(flag);
        } else {
            flags.put(flag, value);
        }
        return host.toBuilder().ownPool(own.toBuilder().restrictions(LicenceParams.of(flags)).build()).build();
    }

    private static Pool withEditions(Pool pool, LicenceEdition master, LicenceEdition secondary) {
        return pool.toBuilder().master(pool.master().withLicence(master))
                .secondaries(List.of(pool.secondaries().get(0).withLicence(secondary))).build();
    }

    /** Tampa with a third host, a copy of nothing known but its name. */
    private static Pool tampaOfThree() {
        return TAMPA_POOL.toBuilder().secondary(Host.builder().hostname("dt99").licence(LicenceEdition.PLATINUM)
                .build()).build();
    }

    // ------------------------------------------------------------------ licence.pooling

    @Test
    void aHostWhoseOwnPoolsLicenceAllowsPoolingMayJoin() {
        assertEquals(Optional.of("false"), BERLIN.ownPool().orElseThrow().restrictions().orElseThrow()
                .get("restrict_pooling"), "the dump's pool record says so");

        assertEquals(List.of(), check(LicenceRules.pooling(), TAMPA_POOL, BERLIN));
    }

    @Test
    void aHostWhoseOwnPoolsLicenceWithholdsPoolingIsRefusedWithLicenceRestrictionAndNoParameter() {
        Violation v = only(check(LicenceRules.pooling(), TAMPA_POOL, withFlag(BERLIN, "restrict_pooling", "true")));

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of("LICENCE_RESTRICTION"), v.xapiErrorCode()),
                () -> assertEquals(List.of(), v.xapiErrorParameters()),
                () -> assertEquals("host.ownPool.restrictions", v.subject().path()),
                () -> assertEquals("restrict_pooling false", v.expected()),
                () -> assertEquals("restrict_pooling true", v.actual()),
                () -> assertTrue(v.message().contains("berlin does not allow pooling"), v.message()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseWithholdsPoolingAsXapisBoolOfStringReadsIt() {
        Violation v = only(check(LicenceRules.pooling(), TAMPA_POOL, withFlag(BERLIN, "restrict_pooling", "False")));

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals("restrict_pooling False", v.actual());
    }

    @Test
    void poolingCannotBeCheckedWithoutTheFlagOrTheHostsOwnPool() {
        Host member = DumpSamples.candidate(TAMPA, "dt23");

        Violation noFlag = cannotCheck(check(LicenceRules.pooling(), TAMPA_POOL,
                withFlag(BERLIN, "restrict_pooling", null)));
        Violation noOwnPool = cannotCheck(check(LicenceRules.pooling(), DumpSamples.pool(COWLEY), member));

        assertEquals(Optional.empty(), member.ownPool(), "a member heads no pool of its own");
        assertTrue(noFlag.message().contains("whether the licence of berlin allows pooling"), noFlag.message());
        assertTrue(noOwnPool.message().contains("dt23"), noOwnPool.message());
    }

    // ------------------------------------------------------------------ licence.pool-size

    @Test
    void aPoolOfTwoTakesAHostWhateverItsLicenceSaysOfPoolSize() {
        assertEquals(2, TAMPA_POOL.size());

        assertEquals(List.of(), check(LicenceRules.poolSize(), TAMPA_POOL, withFlag(BERLIN, "restrict_pool_size",
                "true")));
        assertEquals(List.of(), check(LicenceRules.poolSize(), TAMPA_POOL, BERLIN), "the flag is not needed");
    }

    @Test
    void aHostWhoseLicenceRestrictsThePoolSizeCannotJoinAPoolOfThreeWithLicenceRestrictionPoolSize() {
        Violation v = only(check(LicenceRules.poolSize(), tampaOfThree(), withFlag(BERLIN, "restrict_pool_size",
                "true")));

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of("LICENCE_RESTRICTION"), v.xapiErrorCode()),
                () -> assertEquals(List.of("Pool_size"), v.xapiErrorParameters()),
                () -> assertEquals(new ViolationDetails.PoolSize(3, 3), v.details()),
                () -> assertTrue(v.message().contains("restricts pools to 3 hosts"), v.message()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    @Test
    void aLicenceWithoutThePoolSizeRestrictionJoinsAPoolOfThree() {
        assertEquals(List.of(), check(LicenceRules.poolSize(), tampaOfThree(), withFlag(BERLIN, "restrict_pool_size",
                "false")));
    }

    @Test
    void aXenServer56LicenceSaysNothingOfPoolSizeSoAPoolOfThreeCannotBeChecked() {
        Violation v = cannotCheck(check(LicenceRules.poolSize(), tampaOfThree(), BERLIN));

        assertTrue(v.message().contains("restrict_pool_size"), v.message());
        assertTrue(v.message().contains("3 hosts"), v.message());
    }

    // ------------------------------------------------------------------ licence.pool-edition

    @Test
    void aHostOfTheEditionOfEveryMemberJoins() {
        assertEquals(List.of(), check(LicenceRules.poolEdition(), TAMPA_POOL, BERLIN));
    }

    @Test
    void aFreeHostJoiningAPlatinumPoolIsRefusedWithBothEditionsAsXapiWritesThem() {
        Violation v = only(check(LicenceRules.poolEdition(), TAMPA_POOL, DT40));

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of("LICENSE_HOST_POOL_MISMATCH"), v.xapiErrorCode()),
                () -> assertEquals(List.of("host edition = \"free\"", "pool edition = \"platinum\""),
                        v.xapiErrorParameters()),
                () -> assertEquals(new ViolationDetails.Licences(LicenceEdition.PLATINUM, LicenceEdition.FREE,
                        Optional.empty()), v.details()),
                () -> assertEquals(List.of("Apply a Platinum licence to dt40"),
                        v.remediation().stream().map(RemediationStep::description).toList()));
    }

    @Test
    void aLicenceServerWithThePoolsEditionLicensesALowerHostAutomatically() {
        LicenceServer server = LicenceServer.offering("licences.example.com", LicenceEdition.PLATINUM, 2);

        Violation v = only(LicenceRules.poolEdition().evaluate(TAMPA_POOL, DT40,
                JoinContext.defaults().withLicenceServer(server)));

        assertTrue(v.remediation().get(0).automatic(), v.remediation()::toString);
        assertEquals(Optional.of("licences.example.com"), ((ViolationDetails.Licences) v.details()).licenceServer());
    }

    @Test
    void thePoolsEditionIsItsLowestOneSoAFreeHostJoinsAPoolWithAFreeMember() {
        Pool mixed = withEditions(TAMPA_POOL, LicenceEdition.FREE, LicenceEdition.PLATINUM);

        assertEquals(List.of(), check(LicenceRules.poolEdition(), mixed, DT40));
        Violation platinum = only(check(LicenceRules.poolEdition(), mixed, BERLIN));
        assertEquals(List.of("host edition = \"platinum\"", "pool edition = \"free\""),
                platinum.xapiErrorParameters());
    }

    @Test
    void editionsThatXenpoolCannotRankLeaveTheCheckToXapisLicensingDaemon() {
        Pool withXcpNg = withEditions(TAMPA_POOL, LicenceEdition.PLATINUM, LicenceEdition.XCP_NG);

        Violation v = cannotCheck(check(LicenceRules.poolEdition(), withXcpNg, BERLIN));

        assertTrue(v.message().contains("how the xcp-ng and platinum editions rank"), v.message());
        assertTrue(v.message().contains("v6d"), v.message());
    }

    @Test
    void aHostOfAnotherEditionThanAnUnrankedPoolCannotBeChecked() {
        Pool xcpNg = withEditions(TAMPA_POOL, LicenceEdition.XCP_NG, LicenceEdition.XCP_NG);

        Violation v = cannotCheck(check(LicenceRules.poolEdition(), xcpNg, DT40));

        assertTrue(v.message().contains("free and xcp-ng"), v.message());
        assertEquals(Severity.BLOCKER, only(check(LicenceRules.edition(), xcpNg, DT40)).severity(),
                "licence.edition, the seed's rule, wants the pool's one edition and blocks");
        assertEquals(List.of(), check(LicenceRules.poolEdition(), xcpNg, DT40.withLicence(LicenceEdition.XCP_NG)),
                "the same edition everywhere needs no ranking");
    }

    @Test
    void unknownEditionsOfTheHostOrOfMembersCannotBeChecked() {
        Pool noEditions = DumpSamples.pool(STATE1);

        Violation members = cannotCheck(check(LicenceRules.poolEdition(), noEditions, BERLIN));
        Violation host = cannotCheck(check(LicenceRules.poolEdition(), TAMPA_POOL,
                BERLIN.toBuilder().unknownLicence().build()));

        assertTrue(members.message().contains("incubus") && members.message().contains("inflames"),
                members.message());
        assertTrue(host.message().contains("the licence edition of berlin"), host.message());
    }

    // ------------------------------------------------------------------ descriptors

    @Test
    void eachRuleNamesItsXapiCheckAndTheReleasesThatRunIt() {
        assertAll(
                () -> assertEquals(Optional.of(XapiReleases.since("1.9.81")),
                        LicenceRules.pooling().descriptor().xapiReleases()),
                () -> assertEquals(Optional.of(XapiReleases.since("1.54.0")),
                        LicenceRules.poolSize().descriptor().xapiReleases()),
                () -> assertEquals(Optional.of(XapiReleases.ALWAYS),
                        LicenceRules.poolEdition().descriptor().xapiReleases()),
                () -> assertTrue(LicenceRules.poolSize().descriptor().xapiReleases().orElseThrow()
                        .contains(XapiVersion.parse("1.249.26"))),
                () -> assertTrue(!LicenceRules.poolSize().descriptor().xapiReleases().orElseThrow()
                        .contains(XapiVersion.parse("1.30.0")), "XenServer 7.2 has no pool size check"),
                () -> assertEquals("assert_pooling_licensed",
                        LicenceRules.pooling().descriptor().sources().get(0).reference()),
                () -> assertEquals("assert_pool_size_unrestricted",
                        LicenceRules.poolSize().descriptor().sources().get(0).reference()),
                () -> assertEquals("assert_restrictions_match",
                        LicenceRules.poolEdition().descriptor().sources().get(0).reference()));
    }
}
