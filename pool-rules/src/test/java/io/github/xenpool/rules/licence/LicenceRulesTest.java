package io.github.xenpool.rules.licence;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LicenceServer;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicenceRulesTest {

    private static final LicenceServer SERVER = LicenceServer.offering("licence.example.com", LicenceEdition.ENTERPRISE, 1);

    @Test
    void freeHostJoiningEnterprisePoolIsOfferedALicenceFromTheLicenceServer() {
        Violation v = only(evaluate(POOL, candidate().licence(LicenceEdition.FREE).build(),
                JoinContext.defaults().withLicenceServer(SERVER)), LicenceRules.EDITION);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.licence", v.subject().path()),
                () -> assertEquals(new ViolationDetails.Licences(LicenceEdition.ENTERPRISE, LicenceEdition.FREE,
                        Optional.of("licence.example.com")), v.details()),
                () -> assertEquals("Enterprise", v.expected()),
                () -> assertEquals("Free", v.actual()),
                () -> assertEquals(List.of("Assign an Enterprise licence from licence server licence.example.com to"
                        + " xs-04"), steps(v)),
                () -> assertTrue(v.remediation().get(0).automatic()),
                () -> assertEquals("LICENSE_HOST_POOL_MISMATCH", v.xapiErrorCode().orElseThrow()));
    }

    @Test
    void withoutALicenceServerTheStepIsManual() {
        Violation v = only(evaluate(candidate().licence(LicenceEdition.FREE).build()), LicenceRules.EDITION);

        assertEquals(List.of("Apply an Enterprise licence to xs-04"), steps(v));
        assertFalse(v.remediation().get(0).automatic());
    }

    @Test
    void aLicenceServerWithoutThePoolsEditionOffersNothing() {
        LicenceServer advancedOnly = LicenceServer.offering("lic02", LicenceEdition.ADVANCED, 10);
        Violation v = only(evaluate(POOL, candidate().licence(LicenceEdition.FREE).build(),
                JoinContext.defaults().withLicenceServer(advancedOnly)), LicenceRules.EDITION);

        assertFalse(v.remediation().get(0).automatic());
        assertEquals(Optional.empty(), ((ViolationDetails.Licences) v.details()).licenceServer());
    }

    @Test
    void aLicenceServerWhoseLicencesOfTheEditionAreAllTakenOffersNothing() {
        LicenceServer exhausted = LicenceServer.offering("lic03", LicenceEdition.ENTERPRISE, 0);
        assertFalse(exhausted.canProvide(LicenceEdition.ENTERPRISE));

        Violation v = only(evaluate(POOL, candidate().licence(LicenceEdition.FREE).build(),
                JoinContext.defaults().withLicenceServer(exhausted)), LicenceRules.EDITION);

        assertEquals(List.of("Apply an Enterprise licence to xs-04"), steps(v));
        assertEquals(Optional.empty(), ((ViolationDetails.Licences) v.details()).licenceServer());
    }

    @Test
    void theArticleOfAnEditionFollowsHowItsNameIsSpoken() {
        Violation advanced = only(evaluate(withEveryMember(LicenceEdition.ADVANCED),
                candidate().licence(LicenceEdition.FREE).build(), JoinContext.defaults()), LicenceRules.EDITION);
        Violation platinum = only(evaluate(withEveryMember(LicenceEdition.PLATINUM),
                candidate().licence(LicenceEdition.ENTERPRISE).build(), JoinContext.defaults()), LicenceRules.EDITION);

        assertEquals(List.of("Apply an Advanced licence to xs-04"), steps(advanced));
        assertEquals(List.of("Apply a Platinum licence to xs-04"), steps(platinum));
    }

    @Test
    void aHigherEditionAlsoDiffers() {
        Violation v = only(evaluate(candidate().licence(LicenceEdition.PLATINUM).build()), LicenceRules.EDITION);

        assertEquals(List.of("Apply an Enterprise licence to xs-04, or upgrade every member of pool prod-intel to"
                + " Platinum"), steps(v));
    }

    @Test
    void theSameEditionPasses() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().build()), LicenceRules.EDITION);
    }

    @Test
    void anEditionOfAnotherFamilyIsRefusedLikeXapiDoesAndTheFixAppliesThePoolsEdition() {
        Pool xcpng = withEveryMember(LicenceEdition.XCP_NG);

        Violation v = only(evaluate(xcpng, candidate().licence(LicenceEdition.FREE).build(), JoinContext.defaults()),
                LicenceRules.EDITION);

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals(List.of("Apply an XCP-ng licence to xs-04"), steps(v));
    }

    @Test
    void maskingInAPoolWhoseEditionHasNoKnownOrderCannotBeChecked() {
        Pool xcpng = withEveryMember(LicenceEdition.XCP_NG);
        Host newer = SamplePools.newerIntelCandidate().withLicence(LicenceEdition.XCP_NG);

        JoinReport report = RuleSets.xenServer56().evaluate(xcpng, newer);

        Violation v = only(report, io.github.xenpool.rules.cpu.CpuRules.MASKING_LICENCE);
        assertEquals(Severity.WARNING, v.severity());
        assertEquals("cannot check: whether the licence edition of pool prod-intel (xcp-ng) is Enterprise or higher,"
                + " which masking xs-05 needs to be Enterprise or higher is unknown", v.message());
        assertEquals(Verdict.ALLOWED_WITH_MASKING, report.verdict());
    }

    private static Pool withEveryMember(LicenceEdition edition) {
        Pool.Builder pool = POOL.toBuilder().master(POOL.master().withLicence(edition)).secondaries(List.of());
        POOL.secondaries().forEach(member -> pool.secondary(member.withLicence(edition)));
        return pool.build();
    }
}
