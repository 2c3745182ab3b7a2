package io.github.xenpool.rules.cpu;

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
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LicenceServer;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuRulesTest {

    private static Cpu realCpu(String realHost, MaskingSupport support) {
        return CpuCatalog.shipped().realHost(realHost).toCpuBuilder().maskingSupport(support).build();
    }

    @Test
    void anAmdHostCannotJoinAnIntelPool() {
        Violation v = only(evaluate(SamplePools.amdCandidate()), CpuRules.VENDOR);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.cpu.vendor", v.subject().path()),
                () -> assertEquals(Subject.Kind.CPU, v.subject().kind()),
                () -> assertEquals(new ViolationDetails.Vendors(CpuVendor.INTEL, CpuVendor.AMD), v.details()),
                () -> assertEquals("Intel", v.expected()),
                () -> assertEquals("AMD", v.actual()),
                () -> assertEquals(List.of("Join xs-amd to a pool of AMD hosts instead"), steps(v)),
                () -> assertEquals("HOSTS_NOT_HOMOGENEOUS", v.xapiErrorCode().orElseThrow()),
                () -> assertTrue(v.message().contains("Intel VT-x and AMD-V hosts never share a pool"), v.message()));
    }

    @Test
    void hygonIsAVendorOfItsOwnEvenBesideAmd() {
        Pool amdPool = SamplePools.advancedAmdPool();
        Host hygon = amdPool.master().toBuilder().hostname("hygon-01").id("2a1b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c69")
                .membership(io.github.xenpool.core.Membership.standalone())
                .cpu(realCpu("Hygon-C86-7185-32-core", MaskingSupport.FULL)).build();

        JoinReport report = evaluate(amdPool, hygon, JoinContext.defaults());

        JoinAssertions.assertBlockedBy(report, CpuRules.VENDOR);
        assertFalse(report.hasViolation(CpuRules.FEATURES), "features of different vendors are not compared");
    }

    @Test
    void theSameCpuJoinsWithoutAnyCpuViolation() {
        JoinReport report = evaluate(candidate().build());

        for (String id : List.of(CpuRules.VENDOR, CpuRules.FEATURES, CpuRules.MASKING_LICENCE,
                CpuRules.VIRTUALIZATION)) {
            JoinAssertions.assertNoViolationOf(report, id);
        }
        assertEquals(Verdict.ALLOWED, report.verdict());
    }

    @Test
    void aNewerCpuThatCanMaskJoinsWithAMaskingPlanNamingTheHiddenFeatures() {
        JoinReport report = evaluate(SamplePools.newerIntelCandidate());
        Violation v = only(report, CpuRules.FEATURES);
        ViolationDetails.CpuFeatures details = (ViolationDetails.CpuFeatures) v.details();

        assertAll(
                () -> assertEquals(Verdict.ALLOWED_WITH_MASKING, report.verdict()),
                () -> assertEquals(Severity.INFO, v.severity()),
                () -> assertEquals("host.cpu.features", v.subject().path()),
                () -> assertEquals(List.of("3dnowprefetch", "hle", "rtm", "rdseed", "adx", "smap", "intel-pt"), details.hiddenNames()),
                () -> assertTrue(details.missing().isEmpty()),
                () -> assertTrue(details.rebootRequired()),
                () -> assertEquals(details, report.maskingPlan().orElseThrow()),
                () -> assertEquals(List.of("Apply the pool's CPU mask to xs-05, hiding 3dnowprefetch, hle, rtm, rdseed, adx, smap, intel-pt",
                        "Reboot xs-05 for the mask to take effect"), steps(v)),
                () -> assertTrue(v.remediation().get(0).automatic()),
                () -> assertFalse(v.remediation().get(1).automatic()),
                () -> assertEquals(POOL.cpuLevel().orElseThrow().compared(),
                        report.resultingCpuLevel().orElseThrow().compared(),
                        "masking leaves the pool's level under the mask as it is"),
                () -> assertTrue(report.render().replace("\n  ", " ").contains("must reboot for the mask to take effect")),
                () -> assertEquals("xs-05 has 7 features the pool lacks (3dnowprefetch, hle, rtm, rdseed, adx, smap,"
                        + " intel-pt); CPU masking will hide them so that its CPU looks like the pool's", v.message()));
    }

    @Test
    void aMaskedJoinThatAlsoDropsAFeatureTheMaskDoesNotCompareSaysSo() {
        Cpu newer = SamplePools.newerIntelCandidate().cpu();
        var withoutEst = newer.physicalFeatures().orElseThrow().minus(FeatureCatalog.x86().featureSet("est"));
        Host host = SamplePools.newerIntelCandidate().withCpu(newer.toBuilder().physicalFeatures(withoutEst)
                .features(withoutEst).build());

        JoinReport report = evaluate(host);
        Violation v = only(report, CpuRules.FEATURES);

        assertEquals(Verdict.ALLOWED_WITH_MASKING, report.verdict());
        assertEquals("xs-05 has 7 features the pool lacks (3dnowprefetch, hle, rtm, rdseed, adx, smap, intel-pt);"
                + " CPU masking will hide them so that its CPU looks like the pool's; the pool's level also loses est,"
                + " which its mask does not compare", v.message());
    }

    @Test
    void anOlderCpuIsBlockedWithTheMissingFeaturesNamed() {
        Violation v = only(evaluate(SamplePools.olderIntelCandidate()), CpuRules.FEATURES);
        ViolationDetails.CpuFeatures details = (ViolationDetails.CpuFeatures) v.details();

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(List.of("fma", "movbe", "f16c", "rdrand", "abm", "fsgsbase", "tsc_adjust", "bmi1",
                        "avx2", "smep", "bmi2", "erms", "invpcid", "cmt", "zero-fcs-fds"), details.missingNames()),
                () -> assertFalse(details.rebootRequired()),
                () -> assertTrue(v.actual().startsWith("missing: fma, movbe"), v.actual()),
                () -> assertEquals("HOSTS_NOT_HOMOGENEOUS", v.xapiErrorCode().orElseThrow()),
                () -> assertTrue(v.message().contains("masking hides features but never adds them"), v.message()));
    }

    @Test
    void aNewerCpuWithoutMaskingSupportIsBlocked() {
        Host host = SamplePools.newerIntelCandidate().withCpu(realCpu("Xeon-E5-2650-v4", MaskingSupport.NONE));

        Violation v = only(evaluate(host), CpuRules.FEATURES);

        assertEquals(Severity.BLOCKER, v.severity());
        assertTrue(v.message().contains("its CPU cannot mask any feature"), v.message());
        assertEquals(List.of("3dnowprefetch", "hle", "rtm", "rdseed", "adx", "smap", "intel-pt"),
                ((ViolationDetails.CpuFeatures) v.details()).unhideableNames());
    }

    @Test
    void baseMaskingCannotHideAnExtendedLeafFeature() {
        // 3dnowprefetch is CPUID 0x80000001.ecx and the others leaf 7: none is in the base leaf, the
        // only one BASE masking can touch.
        Host host = SamplePools.newerIntelCandidate().withCpu(realCpu("Xeon-E5-2650-v4", MaskingSupport.BASE));

        Violation v = only(evaluate(host), CpuRules.FEATURES);

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals(List.of("3dnowprefetch", "hle", "rtm", "rdseed", "adx", "smap", "intel-pt"), ((ViolationDetails.CpuFeatures) v.details()).unhideableNames());
        assertTrue(v.message().contains("can mask only the base CPUID leaf"), v.message());
    }

    @Test
    void baseMaskingSufficesWhenTheExtraFeaturesSitInTheBaseLeaf() {
        // fma and movbe are CPUID 1.ecx bits: the base leaf. The pool's CPUs lack them here.
        Cpu hostCpu = POOL.master().cpu().toBuilder().maskingSupport(MaskingSupport.BASE).build();
        var fewer = hostCpu.physicalFeatures().orElseThrow().minus(FeatureCatalog.x86().featureSet("fma", "movbe"));
        Pool pool = POOL.toBuilder().master(POOL.master().withCpu(hostCpu.toBuilder().physicalFeatures(fewer)
                .features(fewer).build())).secondaries(List.of()).build();

        JoinReport report = RuleSets.xenServer56().evaluate(pool, candidate().cpu(hostCpu).build(),
                JoinContext.defaults());

        assertEquals(Verdict.ALLOWED_WITH_MASKING, report.verdict());
        assertEquals(List.of("fma", "movbe"), report.maskingPlan().orElseThrow().hiddenNames());
    }

    @Test
    void maskingNeedsAnEnterprisePool() {
        Pool advanced = downgrade(POOL, LicenceEdition.ADVANCED);
        Host newer = SamplePools.newerIntelCandidate().withLicence(LicenceEdition.ADVANCED);

        JoinReport report = evaluate(advanced, newer, JoinContext.defaults());
        Violation v = only(report, CpuRules.MASKING_LICENCE);

        assertAll(
                () -> assertEquals(Verdict.BLOCKED, report.verdict()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("pool", v.subject().path()),
                () -> assertEquals("FEATURE_RESTRICTED", v.xapiErrorCode().orElseThrow()),
                () -> assertEquals(new ViolationDetails.Licences(LicenceEdition.ADVANCED, LicenceEdition.ADVANCED,
                        java.util.Optional.empty()), v.details()),
                () -> assertEquals(List.of("Upgrade pool prod-intel and xs-05 to Enterprise licences (4 hosts)"),
                        steps(v)),
                () -> assertTrue(report.hasViolation(CpuRules.FEATURES), "the plan is still reported"));
    }

    @Test
    void aLicenceServerWithEnoughEnterpriseLicencesMakesTheMaskingUpgradeAutomatic() {
        Pool advanced = downgrade(POOL, LicenceEdition.ADVANCED);
        Host newer = SamplePools.newerIntelCandidate().withLicence(LicenceEdition.ADVANCED);
        JoinContext context = JoinContext.defaults()
                .withLicenceServer(LicenceServer.offering("lic01", LicenceEdition.ENTERPRISE, 4));

        Violation v = only(evaluate(advanced, newer, context), CpuRules.MASKING_LICENCE);

        assertTrue(v.remediation().get(0).automatic());
        assertEquals("Assign Enterprise licences from licence server lic01 to the 4 hosts of pool prod-intel and xs-05",
                v.remediation().get(0).description());
    }

    @Test
    void theMaskingLicenceOfAPoolBelowEnterpriseCannotBeCheckedAgainstAnUnknownCpu() {
        Pool advanced = downgrade(POOL, LicenceEdition.ADVANCED);
        Host unknown = candidate().cpu(Cpu.unknown()).licence(LicenceEdition.ADVANCED).build();

        Violation v = only(evaluate(advanced, unknown, JoinContext.defaults()), CpuRules.MASKING_LICENCE);

        assertEquals(Severity.WARNING, v.severity());
        assertEquals("cannot check: the CPU features of xs-04 is unknown", v.message());
        assertTrue(v.details() instanceof ViolationDetails.UnknownFact, v.details().toString());
    }

    @Test
    void aMasterWhoseCpuVendorIsUnknownLeavesTheVendorUncheckedAndIsNamed() {
        Pool pool = POOL.toBuilder().master(POOL.master().withCpu(Cpu.unknown())).build();

        Violation v = only(evaluate(pool, candidate().build(), JoinContext.defaults()), CpuRules.VENDOR);

        assertEquals(Severity.WARNING, v.severity());
        assertEquals("cannot check: the CPU vendor of pool prod-intel's master xs-01 is unknown", v.message());
        assertEquals("host.cpu.vendor", v.subject().path());
    }

    @Test
    void anEnterprisePoolNeedsNoLicenceForMasking() {
        JoinAssertions.assertNoViolationOf(evaluate(SamplePools.newerIntelCandidate()), CpuRules.MASKING_LICENCE);
    }

    @Test
    void disabledVirtualizationBlocksWhenThePoolRunsHvmVms() {
        Pool withWindows = withHvmVm(POOL);
        Host host = candidate().cpu(POOL.master().cpu().toBuilder().virtualizationEnabled(false).build()).build();

        Violation v = only(evaluate(withWindows, host, JoinContext.defaults()), CpuRules.VIRTUALIZATION);

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals("host.cpu.virtualizationEnabled", v.subject().path());
        assertEquals("Intel VT-x enabled", v.expected());
        assertEquals(List.of("Enable Intel VT-x in the BIOS/UEFI setup of xs-04 and power-cycle it"), steps(v));
        assertEquals("Intel VT-x is disabled in the firmware of xs-04; pool prod-intel runs HVM VMs (such as Windows),"
                + " which cannot run on it", v.message());
    }

    @Test
    void disabledVirtualizationOnlyWarnsWhenThePoolRunsNoHvmVm() {
        Host host = candidate().cpu(POOL.master().cpu().toBuilder().virtualizationEnabled(false).build()).build();

        JoinReport report = evaluate(host);

        assertEquals(Severity.WARNING, only(report, CpuRules.VIRTUALIZATION).severity());
        assertEquals("Intel VT-x is disabled in the firmware of xs-04; pool prod-intel runs no HVM VM today, but none"
                + " will be able to run on it", only(report, CpuRules.VIRTUALIZATION).message());
        assertEquals(Verdict.ALLOWED, report.verdict());
        assertEquals(Severity.BLOCKER, only(evaluate(POOL, host, JoinContext.defaults().withPoolRunningHvmVms(true)),
                CpuRules.VIRTUALIZATION).severity(), "the context can say the pool runs HVM VMs");
    }

    static Pool downgrade(Pool pool, LicenceEdition edition) {
        Pool.Builder builder = pool.toBuilder().master(pool.master().withLicence(edition)).secondaries(List.of());
        pool.secondaries().forEach(h -> builder.secondary(h.withLicence(edition)));
        return builder.build();
    }

    static Pool withHvmVm(Pool pool) {
        Host master = pool.master().toBuilder().vm(Vm.builder().uuid("6c1e2d3f-4a5b-4c6d-8e7f-8091a2b3c4d5")
                .name("win2008").mode(VirtualizationMode.HVM).powerState(PowerState.RUNNING).build()).build();
        return pool.toBuilder().master(master).build();
    }
}
