package io.github.xenpool.rules.software;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiSamples;
import io.github.xenpool.rules.XapiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * xapi's checks of the joining host's software against the master's, on the real samples with
 * one fact changed: tampa (two XenServer 6.0.50 hosts, dt16 its master), dt40 (a standalone
 * XenServer 5.9.960 host of the same CPU), and the software_version of two XenServer 8 hosts.
 */
class SoftwareXapiChecksTest {

    private static final Pool TAMPA = XapiSamples.pool(XapiSamples.TAMPA);
    private static final Host DT40 = XapiSamples.host(XapiSamples.SMALL_VMS);
    private static final String DT40_REF = "OpaqueRef:27a4a9a1-5ec5-1cde-8b60-54bc5a7050e1";
    private static final String DT16_REF = "OpaqueRef:b7ea03ae-3e9f-1f33-f31b-f959c139b495";

    private static List<Violation> evaluate(JoinRule rule, Pool pool, Host host) {
        return rule.evaluate(pool, host, JoinContext.defaults());
    }

    private static Host withSoftware(Host host, UnaryOperator<Software.Builder> change) {
        return host.toBuilder().software(change.apply(host.software().toBuilder()).build()).build();
    }

    private static Pool withMaster(Pool pool, UnaryOperator<Host> change) {
        return pool.toBuilder().master(change.apply(pool.master())).build();
    }

    private static SoftwareVersion with(SoftwareVersion version, String key, String value) {
        TreeMap<String, String> fields = new TreeMap<>(version.fields());
        if (value == null) {
            fields.remove(key);
        } else {
            fields.put(key, value);
        }
        return SoftwareVersion.of(fields);
    }

    /** The sample Intel pool whose master runs XenServer 8 with xapi 24.11, and whose pool.cpu_info is Intel. */
    private static Pool xenServer8Pool() {
        Pool pool = withMaster(JoinFixtures.POOL, master -> withSoftware(master,
                s -> s.softwareVersion(XapiSamples.xenServer84Xapi2411())));
        return XapiSamples.withCpuInfoVendor(pool, "GenuineIntel");
    }

    private static Host xenServer8Candidate(SoftwareVersion version) {
        return withSoftware(JoinFixtures.candidate().build(), s -> s.softwareVersion(version));
    }

    private static void assertCannotCheck(List<Violation> found, String fact) {
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).details() instanceof ViolationDetails.UnknownFact, found.toString());
        assertTrue(found.get(0).message().contains(fact), found.get(0).message());
    }

    // --- software.compatible ---------------------------------------------------------------

    @Test
    void dt40WithoutAPlatformVersionIsNotCompatibleWithTampaOnPlatform1550() {
        assertEquals(Optional.empty(), DT40.software().softwareVersion().platformVersion());
        assertEquals(Optional.of("1.5.50"), TAMPA.master().software().softwareVersion().platformVersion());

        List<Violation> found = evaluate(SoftwareRules.compatible(), TAMPA, DT40);

        assertEquals(1, found.size());
        Violation v = found.get(0);
        assertAll(
                () -> assertEquals(SoftwareRules.COMPATIBLE, v.ruleId()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of("HOSTS_NOT_COMPATIBLE"), v.xapiErrorCode()),
                () -> assertEquals(List.of(), v.xapiErrorParameters()),
                () -> assertEquals("XenServer on platform 1.5.50", v.expected()),
                () -> assertEquals("XenServer on platform Unknown", v.actual()),
                () -> assertEquals(Optional.of(XapiReleases.ALWAYS),
                        SoftwareRules.compatible().descriptor().xapiReleases()));
    }

    @Test
    void dt40OnTampasPlatformVersionIsCompatible() {
        Host host = withSoftware(DT40, s -> s.softwareVersion(with(DT40.software().softwareVersion(),
                "platform_version", "1.5.50")));

        assertEquals(List.of(), evaluate(SoftwareRules.compatible(), TAMPA, host));
    }

    @Test
    void twoXenServer8HostsOfOnePlatformAreCompatibleAndAnotherBrandIsNot() {
        Host host = xenServer8Candidate(XapiSamples.xenServer84Xapi2415());
        Host xcpng = xenServer8Candidate(with(XapiSamples.xenServer84Xapi2415(), "product_brand", null));

        assertEquals(List.of(), evaluate(SoftwareRules.compatible(), xenServer8Pool(), host));
        // Without a brand xapi compares platform_name, XCP, with the master's brand, XenServer.
        assertEquals(List.of(), evaluate(SoftwareRules.compatible(), xenServer8Pool(), host));
        assertEquals("XCP on platform 3.4.0", evaluate(SoftwareRules.compatible(), xenServer8Pool(), xcpng).get(0)
                .actual());
    }

    @Test
    void compatibilityCannotBeCheckedWithoutBothSoftwareVersions() {
        Host unknown = withSoftware(DT40, s -> s.softwareVersion(SoftwareVersion.NONE));

        assertCannotCheck(evaluate(SoftwareRules.compatible(), TAMPA, unknown), "the software_version of dt40");
    }

    // --- host.homogeneous --------------------------------------------------------------------

    @Test
    void aXenServer8HostOfAnotherXapiAndGitIdDiffersInSoftwareVersionButItsCpuIsThePools() {
        List<Violation> found = evaluate(SoftwareRules.hostsHomogeneous(), xenServer8Pool(),
                xenServer8Candidate(XapiSamples.xenServer84Xapi2415()));

        assertEquals(1, found.size(), found.toString());
        Violation v = found.get(0);
        assertAll(
                () -> assertEquals(SoftwareRules.HOSTS_HOMOGENEOUS, v.ruleId()),
                () -> assertEquals("host.homogeneous", v.ruleId()),
                () -> assertEquals(Optional.of("HOSTS_NOT_HOMOGENEOUS"), v.xapiErrorCode()),
                () -> assertEquals(List.of("Software version differs"), v.xapiErrorParameters()),
                () -> assertTrue(v.message().contains("xapi version 24.15 instead of 24.11"), v.message()),
                () -> assertTrue(v.message().contains("git id 0.41.g036d8331c instead of 0"), v.message()),
                () -> assertTrue(v.message().contains("Pool.join_force skips this check"), v.message()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    @Test
    void aXenServer8HostOfTheMastersSoftwareVersionIsHomogeneous() {
        assertEquals(List.of(), evaluate(SoftwareRules.hostsHomogeneous(), xenServer8Pool(),
                xenServer8Candidate(XapiSamples.xenServer84Xapi2411())));
    }

    @Test
    void anAmdHostDiffersFromTheVendorOfPoolCpuInfo() {
        Host amd = xenServer8Candidate(XapiSamples.xenServer84Xapi2411()).withCpu(
                CpuCatalog.shipped().models(CpuVendor.AMD).get(0).toCpuBuilder().build());

        Violation v = evaluate(SoftwareRules.hostsHomogeneous(), xenServer8Pool(), amd).get(0);

        assertAll(
                () -> assertEquals(List.of("CPUs differ"), v.xapiErrorParameters()),
                () -> assertEquals("GenuineIntel", v.expected()),
                () -> assertEquals("AuthenticAMD", v.actual()),
                () -> assertEquals(new ViolationDetails.Vendors(CpuVendor.INTEL, CpuVendor.AMD), v.details()),
                () -> assertFalse(v.fixableByConfiguration()));
    }

    @Test
    void theCpuVendorComparedIsThatOfPoolCpuInfoNotTheMasters() {
        Host amd = xenServer8Candidate(XapiSamples.xenServer84Xapi2411()).withCpu(
                CpuCatalog.shipped().models(CpuVendor.AMD).get(0).toCpuBuilder().build());
        // xapi folds the pool's hosts into pool.cpu_info: the vendor is the last one's, here an AMD host's.
        Pool folded = XapiSamples.withCpuInfoVendor(xenServer8Pool(), "AuthenticAMD");

        assertEquals(List.of(), evaluate(SoftwareRules.hostsHomogeneous(), folded, amd));
        assertEquals(List.of("CPUs differ"), evaluate(SoftwareRules.hostsHomogeneous(), folded,
                xenServer8Candidate(XapiSamples.xenServer84Xapi2411())).get(0).xapiErrorParameters());
    }

    @Test
    void withoutPoolCpuInfoTheCpuPartCannotBeCheckedAndTheSoftwarePartStillIs() {
        Pool unknown = withMaster(JoinFixtures.POOL, master -> withSoftware(master,
                s -> s.softwareVersion(XapiSamples.xenServer84Xapi2411())));

        List<Violation> found = evaluate(SoftwareRules.hostsHomogeneous(), unknown,
                xenServer8Candidate(XapiSamples.xenServer84Xapi2415()));

        assertEquals(List.of(Severity.BLOCKER, Severity.WARNING), found.stream().map(Violation::severity).toList());
        assertTrue(found.get(1).message().contains("the CPU vendor of pool"), found.get(1).message());
    }

    @Test
    void dt40DiffersFromTampasMasterInPlatformVersionAndBuildAsXenServer6ComparedThem() {
        JoinRule xenServer6 = SoftwareRules.hostsHomogeneous(XapiVersion.parse("1.9.50"));

        List<Violation> found = evaluate(xenServer6, TAMPA, DT40);

        // The same Xeon X3450: vendor and features agree, so only the software differs.
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("software version differs"), found.get(0).xapiErrorParameters());
        assertTrue(found.get(0).message().contains("platform version none instead of 1.5.50"), found.get(0).message());
        assertTrue(found.get(0).message().contains("build number 49695c instead of 58062c"), found.get(0).message());
    }

    @Test
    void dt40WithTampasSoftwareVersionIsHomogeneousForXenServer6() {
        Host host = withSoftware(DT40, s -> s.softwareVersion(TAMPA.master().software().softwareVersion()));

        assertEquals(List.of(), evaluate(SoftwareRules.hostsHomogeneous(XapiVersion.parse("1.9.50")), TAMPA, host));
    }

    @Test
    void beforeXapi1981AFeatureTheMasterLacksMakesTheCpusDifferUnlessThePoolMaskHidesIt() {
        Host same = withSoftware(DT40, s -> s.softwareVersion(TAMPA.master().software().softwareVersion()));
        var features = same.cpu().features().orElseThrow();
        int missing = features.indices().findFirst().orElseThrow();
        Host lacking = same.withCpu(same.cpu().toBuilder().features(features.minus(
                io.github.xenpool.core.cpu.FeatureSet.of(missing))).build());
        JoinRule xenServer6 = SoftwareRules.hostsHomogeneous(XapiVersion.parse("1.9.50"));

        List<Violation> found = evaluate(xenServer6, TAMPA, lacking);
        Pool masked = TAMPA.toBuilder().cpuFeatureMask(FeatureMask.hiding(
                io.github.xenpool.core.cpu.FeatureSet.of(missing))).build();

        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("CPUs differ"), found.get(0).xapiErrorParameters());
        assertTrue(found.get(0).message().contains("missing: " + FeatureCatalog.x86().describe(
                io.github.xenpool.core.cpu.FeatureSet.of(missing))), found.get(0).message());
        assertFalse(found.get(0).fixableByConfiguration(), "no mask adds a feature");
        assertEquals(List.of(), evaluate(xenServer6, masked, lacking));
    }

    @ParameterizedTest
    @CsvSource({
        "1.9.50,   software version differs, true,  false",
        "1.9.80,   software version differs, true,  false",
        "1.9.81,   software version differs, true,  true",
        "1.9.91,   Software version differs, true,  true",
        "1.14.61,  Software version differs, true,  true",
        "1.31.0,   Software version differs, true,  true",
        "1.32.0,   Software version differs, false, true",
        "1.249.26, Software version differs, false, true",
        "22.13.0,  Software version differs, false, true",
        "24.19.2,  Software version differs, false, true"})
    void eachReleaseComparesItsOwnFields(String release, String parameter, boolean buildNumber, boolean poolCpu) {
        JoinRule rule = SoftwareRules.hostsHomogeneous(XapiVersion.parse(release));
        Pool pool = XapiSamples.withCpuInfoVendor(TAMPA, "GenuineIntel");
        Host otherBuild = withSoftware(DT40, s -> s.softwareVersion(with(TAMPA.master().software().softwareVersion(),
                "build_number", "60000c")));
        Host sameBuild = withSoftware(DT40, s -> s.softwareVersion(TAMPA.master().software().softwareVersion()));
        Host onlyPoolSaysAmd = sameBuild;
        Pool amdCpuInfo = XapiSamples.withCpuInfoVendor(TAMPA, "AuthenticAMD");

        assertTrue(rule.descriptor().xapiReleases().orElseThrow().contains(XapiVersion.parse(release)));
        assertEquals(buildNumber ? List.of(parameter) : List.of(), evaluate(rule, pool, otherBuild).stream()
                .flatMap(v -> v.xapiErrorParameters().stream()).toList());
        assertEquals(List.of(), evaluate(rule, pool, sameBuild));
        assertEquals(poolCpu ? List.of("CPUs differ") : List.of(), evaluate(rule, amdCpuInfo, onlyPoolSaysAmd)
                .stream().flatMap(v -> v.xapiErrorParameters().stream()).toList());
    }

    @Test
    void fromXapi2213TheXapiVersionIsComparedAndThePlatformVersionNoLonger() {
        Host otherPlatform = xenServer8Candidate(with(XapiSamples.xenServer84Xapi2411(), "platform_version", "3.5.0"));

        assertEquals(List.of(), evaluate(SoftwareRules.hostsHomogeneous(), xenServer8Pool(), otherPlatform));
        assertEquals(List.of("Software version differs"), evaluate(SoftwareRules.hostsHomogeneous(
                XapiVersion.parse("1.249.26")), xenServer8Pool(), otherPlatform).get(0).xapiErrorParameters());
    }

    @Test
    void theLinuxPackCountsByItsPresenceOnly() {
        Pool pool = withMaster(xenServer8Pool(), master -> withSoftware(master, s -> s.softwareVersion(with(
                XapiSamples.xenServer84Xapi2411(), "xs:linux", "Linux Pack, version 8.4.0"))));
        Host otherRevision = xenServer8Candidate(with(XapiSamples.xenServer84Xapi2411(), "xs:linux",
                "Linux Pack, version 8.4.1"));
        Host none = xenServer8Candidate(XapiSamples.xenServer84Xapi2411());

        assertEquals(List.of(), evaluate(SoftwareRules.hostsHomogeneous(), pool, otherRevision));
        assertTrue(evaluate(SoftwareRules.hostsHomogeneous(), pool, none).get(0).message()
                .contains("Linux pack not present instead of installed"));
    }

    // --- software.api-version ----------------------------------------------------------------

    @Test
    void dt40SpeaksXenApi19AndTampa110() {
        List<Violation> found = evaluate(SoftwareRules.apiVersion(), TAMPA, DT40);

        assertEquals(1, found.size());
        Violation v = found.get(0);
        assertAll(
                () -> assertEquals(SoftwareRules.API_VERSION, v.ruleId()),
                () -> assertEquals(Optional.of("POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION"), v.xapiErrorCode()),
                () -> assertEquals(List.of("1.9", "1.10"), v.xapiErrorParameters()),
                () -> assertEquals(List.of("Upgrade dt40 to the release the master runs (XenAPI 1.10)"),
                        v.remediation().stream().map(step -> step.description()).toList()),
                () -> assertEquals(Optional.of(XapiReleases.since("1.14.8")),
                        SoftwareRules.apiVersion().descriptor().xapiReleases()));
    }

    @Test
    void dt40SpeakingXenApi110Passes() {
        assertEquals(List.of(), evaluate(SoftwareRules.apiVersion(), TAMPA,
                withSoftware(DT40, s -> s.apiVersion(new ApiVersion(1, 10)))));
    }

    @Test
    void anUnknownXenApiVersionCannotBeChecked() {
        Host unknown = DT40.toBuilder().software(new Software(DT40.software().productVersion(),
                DT40.software().buildNumber(), DT40.software().hotfixes(), DT40.software().supplementalPacks(),
                DT40.software().softwareVersion(), Optional.empty(), DT40.software().updates(),
                DT40.software().pendingGuidance())).build();

        assertCannotCheck(evaluate(SoftwareRules.apiVersion(), TAMPA, unknown), "the XenAPI version of dt40");
    }

    // --- software.db-schema ------------------------------------------------------------------

    @Test
    void twoXenServer8HostsOfSchemas5778And5775Differ() {
        Violation v = evaluate(SoftwareRules.dbSchema(), xenServer8Pool(),
                xenServer8Candidate(XapiSamples.xenServer84Xapi2415())).get(0);

        assertAll(
                () -> assertEquals(Optional.of("POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA"), v.xapiErrorCode()),
                () -> assertEquals(List.of("5.778", "5.775"), v.xapiErrorParameters()),
                () -> assertEquals(Optional.of(XapiReleases.since("1.14.8")),
                        SoftwareRules.dbSchema().descriptor().xapiReleases()));
    }

    @Test
    void aXenServer8HostOfTheMastersSchemaPasses() {
        assertEquals(List.of(), evaluate(SoftwareRules.dbSchema(), xenServer8Pool(),
                xenServer8Candidate(with(XapiSamples.xenServer84Xapi2415(), "db_schema", "5.775"))));
    }

    @Test
    void hostsThatReportNoSchemaFailAsXapiComparesTwoEmptyOnes() {
        Violation v = evaluate(SoftwareRules.dbSchema(), TAMPA, DT40).get(0);

        assertEquals(List.of("", ""), v.xapiErrorParameters());
        assertTrue(v.message().startsWith("neither dt40 nor the master dt16 of pool"), v.message());
    }

    // --- software.pending-guidance -----------------------------------------------------------

    @Test
    void dt40WithARebootPendingBlocksWithItsReference() {
        Host host = withSoftware(DT40, s -> s.pendingGuidance(List.of("reboot_host")));
        Pool pool = withMaster(TAMPA, master -> withSoftware(master, s -> s.pendingGuidance(List.of())));

        List<Violation> found = evaluate(SoftwareRules.pendingGuidance(), pool, host);

        assertEquals(1, found.size(), found.toString());
        Violation v = found.get(0);
        assertAll(
                () -> assertEquals(SoftwareRules.PENDING_GUIDANCE, v.ruleId()),
                () -> assertEquals(Optional.of("HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY"), v.xapiErrorCode()),
                () -> assertEquals(List.of(DT40_REF), v.xapiErrorParameters()),
                () -> assertEquals(List.of("Reboot dt40 (after evacuating its VMs)"),
                        v.remediation().stream().map(step -> step.description()).toList()),
                () -> assertEquals(Optional.of(XapiReleases.since("24.31.0")),
                        SoftwareRules.pendingGuidance().descriptor().xapiReleases()));
    }

    @Test
    void bothTheHostsAndTheMastersPendingGuidanceBlockTheHostsFirst() {
        Host host = withSoftware(DT40, s -> s.pendingGuidance(List.of("restart_toolstack")));
        Pool pool = withMaster(TAMPA, master -> withSoftware(master, s -> s.pendingGuidance(List.of("reboot_host"))));

        List<Violation> found = evaluate(SoftwareRules.pendingGuidance(), pool, host);

        assertEquals(List.of(List.of(DT40_REF), List.of(DT16_REF)),
                found.stream().map(Violation::xapiErrorParameters).toList());
        assertEquals("pool.master.software.pendingGuidance", found.get(1).subject().path());
    }

    @Test
    void noPendingGuidancePassesAndAHostWithoutAReferenceIsNamedByItsUuid() {
        Host builderMade = JoinFixtures.candidate().software(JoinFixtures.candidate().build().software().toBuilder()
                .pendingGuidance(List.of("restart_vm")).build()).build();
        Pool pool = withMaster(JoinFixtures.POOL, master -> withSoftware(master, s -> s.pendingGuidance(List.of())));

        assertEquals(List.of(), evaluate(SoftwareRules.pendingGuidance(), pool,
                withSoftware(builderMade, s -> s.pendingGuidance(List.of()))));
        assertEquals(List.of(builderMade.id()), evaluate(SoftwareRules.pendingGuidance(), pool, builderMade).get(0)
                .xapiErrorParameters());
    }

    @Test
    void theDumpsPredatePendingGuidanceSoItCannotBeChecked() {
        List<Violation> found = evaluate(SoftwareRules.pendingGuidance(), TAMPA, DT40);

        assertCannotCheck(found, "the pending update guidance of dt40 and the pending update guidance of the master");
    }

    // --- software.updates --------------------------------------------------------------------

    private static Update update(String name, int n, Optional<Boolean> enforce) {
        return new Update(String.format("c0ffee00-0000-4000-8000-%012d", n), name, "1.0", Update.Kind.UPDATE,
                enforce);
    }

    private static Host withUpdates(Host host, Update... more) {
        List<Update> updates = new ArrayList<>(host.software().updates().orElseThrow());
        updates.addAll(List.of(more));
        return withSoftware(host, s -> s.updates(updates));
    }

    @Test
    void dt40AndTampaHaveNoPoolUpdateAndPass() {
        assertEquals(List.of(), evaluate(SoftwareRules.updates(), TAMPA, DT40));
    }

    @Test
    void anUpdateThatEnforcesHomogeneityOnDt40AloneBlocksNamingBothHostsByNameLabel() {
        Host host = withUpdates(DT40, update("XS71ECU1001", 1, Optional.of(true)));

        Violation v = evaluate(SoftwareRules.updates(), TAMPA, host).get(0);

        assertAll(
                () -> assertEquals(SoftwareRules.UPDATES, v.ruleId()),
                () -> assertEquals(Optional.of("HOSTS_NOT_HOMOGENEOUS"), v.xapiErrorCode()),
                () -> assertEquals(List.of("Updates on local host dt40 and pool host dt16 differ"),
                        v.xapiErrorParameters()),
                () -> assertEquals(new ViolationDetails.Hotfixes(List.of(), List.of("XS71ECU1001")), v.details()),
                () -> assertEquals(Optional.of(XapiReleases.since("1.14.25")),
                        SoftwareRules.updates().descriptor().xapiReleases()));
        assertEquals(List.of("Updates on local host dt40 (lab) and pool host dt16 differ"), evaluate(
                SoftwareRules.updates(), TAMPA, host.toBuilder().nameLabel("dt40 (lab)").build()).get(0)
                .xapiErrorParameters(), "xapi names hosts by name_label");
    }

    @Test
    void updatesOnBothSidesOrThatDoNotEnforceHomogeneityPass() {
        Update shared = update("XS71ECU1001", 1, Optional.of(true));
        Pool pool = withMaster(TAMPA, master -> withUpdates(master, shared));

        assertEquals(List.of(), evaluate(SoftwareRules.updates(), pool, withUpdates(DT40, shared)));
        assertEquals(List.of(), evaluate(SoftwareRules.updates(), TAMPA,
                withUpdates(DT40, update("XS71ECU1002", 2, Optional.of(false)))));
        assertEquals(List.of("XS71ECU1001"), ((ViolationDetails.Hotfixes) evaluate(SoftwareRules.updates(), pool, DT40)
                .get(0).details()).missing());
    }

    @Test
    void anUpdateOnOneSideWhoseFlagIsUnknownCannotBeChecked() {
        assertCannotCheck(evaluate(SoftwareRules.updates(), TAMPA,
                withUpdates(DT40, update("XS71ECU1003", 3, Optional.empty()))), "enforce homogeneity");
    }

    // --- software.patches --------------------------------------------------------------------

    @Test
    void dt40sPatchThatTampaLacksBlocksListingBothSidesUuids() {
        Violation v = evaluate(SoftwareRules.patches(), TAMPA, DT40).get(0);

        assertAll(
                () -> assertEquals(SoftwareRules.PATCHES, v.ruleId()),
                () -> assertEquals(Optional.of("HOSTS_NOT_HOMOGENEOUS"), v.xapiErrorCode()),
                () -> assertEquals(List.of("Patches applied differ: Remote has  -- Local has"
                        + " abcd1234-feed-dead-beef-000000000000"), v.xapiErrorParameters()),
                () -> assertEquals(new ViolationDetails.Hotfixes(List.of(), List.of("succeed.asc")), v.details()),
                () -> assertEquals(Optional.of(XapiReleases.until("1.32.0")),
                        SoftwareRules.patches().descriptor().xapiReleases()));
    }

    @Test
    void dt40WithoutItsPatchMatchesTampa() {
        assertEquals(List.of(), evaluate(SoftwareRules.patches(), TAMPA, withSoftware(DT40,
                s -> s.updates(List.of()))));
    }

    @Test
    void patchesOfAHostWhoseUpdatesAreUnknownCannotBeChecked() {
        Host unknown = DT40.toBuilder().software(new Software(DT40.software().productVersion(),
                DT40.software().buildNumber(), DT40.software().hotfixes(), DT40.software().supplementalPacks(),
                DT40.software().softwareVersion(), DT40.software().apiVersion(), Optional.empty(),
                DT40.software().pendingGuidance())).build();

        assertCannotCheck(evaluate(SoftwareRules.patches(), TAMPA, unknown), "the patches applied to dt40");
    }

    @Test
    void everyXapiCheckOfThisPackageNamesItsFunctionAndReleases() {
        Map<JoinRule, String> checks = Map.of(
                SoftwareRules.pendingGuidance(), "assert_no_host_pending_mandatory_guidance",
                SoftwareRules.compatible(), "assert_hosts_compatible",
                SoftwareRules.hostsHomogeneous(), "assert_hosts_homogeneous",
                SoftwareRules.apiVersion(), "assert_api_version_matches",
                SoftwareRules.dbSchema(), "assert_db_schema_matches",
                SoftwareRules.updates(), "assert_homogeneous_updates",
                SoftwareRules.patches(), "assert_applied_patches_match");
        checks.forEach((rule, function) -> {
            assertEquals(List.of(function), rule.descriptor().sources().stream().map(s -> s.reference()).toList());
            assertTrue(rule.descriptor().xapiReleases().isPresent(), rule.id());
        });
    }
}
