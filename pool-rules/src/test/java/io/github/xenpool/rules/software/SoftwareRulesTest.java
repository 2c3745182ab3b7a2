package io.github.xenpool.rules.software;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftwareRulesTest {

    private static Software.Builder poolSoftware() {
        return POOL.master().software().toBuilder();
    }

    @Test
    void anOlderProductVersionBlocksWithAnUpgradeStep() {
        Violation v = only(evaluate(candidate().software(poolSoftware().productVersion("5.5.0").build()).build()),
                SoftwareRules.VERSION);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.software.productVersion", v.subject().path()),
                () -> assertEquals(new ViolationDetails.Versions(ProductVersion.parse("5.6.100"),
                        ProductVersion.parse("5.5.0")), v.details()),
                () -> assertEquals(List.of("Upgrade xs-04 to version 5.6.100 (build 39265p)"), steps(v)),
                () -> assertEquals("POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION", v.xapiErrorCode().orElseThrow()));
    }

    @Test
    void aNewerProductVersionBlocksWithADowngradeStep() {
        Violation v = only(evaluate(candidate().software(poolSoftware().productVersion("6.0.0").build()).build()),
                SoftwareRules.VERSION);
        assertEquals(List.of("Downgrade xs-04 to version 5.6.100 (build 39265p)"), steps(v));
    }

    @Test
    void theSameVersionWrittenDifferentlyPasses() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().software(poolSoftware().productVersion("5.6.100.0")
                .build()).build()), SoftwareRules.VERSION);
    }

    @Test
    void hotfixDifferencesListMissingAndExtra() {
        Software software = poolSoftware().hotfixes(List.of("XS56EFP1001", "XS56EFP1005")).build();
        Violation v = only(evaluate(candidate().software(software).build()), SoftwareRules.PATCH_LEVEL);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.software.hotfixes", v.subject().path()),
                () -> assertEquals(new ViolationDetails.Hotfixes(List.of("XS56EFP1002"), List.of("XS56EFP1005")),
                        v.details()),
                () -> assertEquals("XS56EFP1001, XS56EFP1002", v.expected()),
                () -> assertEquals("XS56EFP1001, XS56EFP1005", v.actual()),
                () -> assertEquals(List.of("Install XS56EFP1002 on xs-04", "Remove XS56EFP1005 from xs-04, or install it"
                        + " on every member of pool prod-intel first"), steps(v)),
                () -> assertEquals("HOSTS_NOT_HOMOGENEOUS", v.xapiErrorCode().orElseThrow()));
    }

    @Test
    void theSameHotfixesPass() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().build()), SoftwareRules.PATCH_LEVEL);
    }

    @Test
    void packDifferencesListMissingExtraAndOtherRevisions() {
        Software poolSide = poolSoftware().supplementalPack("dell-openmanage", "6.2").build();
        var pool = POOL.toBuilder().master(POOL.master().toBuilder().software(poolSide).build()).build();
        Software hostSide = poolSoftware().supplementalPacks(List.of(new SupplementalPack("hp-insight-manager", "8.3.1-4"),
                new SupplementalPack("xs-tools", "1.0"))).build();

        Violation v = only(io.github.xenpool.rules.JoinFixtures.evaluate(pool, candidate().software(hostSide).build(),
                io.github.xenpool.rules.JoinContext.defaults()), SoftwareRules.SUPPLEMENTAL_PACKS);
        ViolationDetails.SupplementalPacks details = (ViolationDetails.SupplementalPacks) v.details();

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.software.supplementalPacks", v.subject().path()),
                () -> assertEquals(List.of(new SupplementalPack("dell-openmanage", "6.2")), details.missing()),
                () -> assertEquals(List.of(new SupplementalPack("xs-tools", "1.0")), details.extra()),
                () -> assertEquals(List.of(new ViolationDetails.PackRevisions("hp-insight-manager", "8.4.0-1", "8.3.1-4")),
                        details.otherRevision()),
                () -> assertEquals(List.of(
                        "Install supplemental pack dell-openmanage at revision 6.2 on xs-04",
                        "Install revision 8.4.0-1 of supplemental pack hp-insight-manager on xs-04 in place of 8.3.1-4",
                        "Remove supplemental pack xs-tools from xs-04, or install it at revision 1.0 on every member of"
                                + " pool prod-intel first"), steps(v)),
                () -> assertEquals("xs-04 does not have the pool's supplemental packs: it lacks dell-openmanage 6.2;"
                        + " it has hp-insight-manager at 8.3.1-4 instead of 8.4.0-1; it has xs-tools 1.0 that the pool"
                        + " has not", v.message()));
    }

    @Test
    void theSamePacksAtTheSameRevisionsPass() {
        JoinAssertions.assertNoViolationOf(evaluate(candidate().build()), SoftwareRules.SUPPLEMENTAL_PACKS);
    }
}
