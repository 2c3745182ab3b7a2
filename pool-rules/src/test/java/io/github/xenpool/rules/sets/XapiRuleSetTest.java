package io.github.xenpool.rules.sets;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.rules.DumpSamples;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiAnswer;
import io.github.xenpool.rules.XapiVersion;
import io.github.xenpool.testkit.Blank;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import io.github.xenpool.testkit.Softwares;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@code RuleSets.xapi()} as xapi's own {@code Pool.join} answers: what each mutation of a join
 * case makes the joining host's xapi raise, which error comes first when several checks fail, what
 * an unknown fact leaves open, which checks each release runs, and what the rule set says of real
 * XenServer 5.6 databases. The expectations are written out from xen-api's code as the research
 * notes read it ({@code XAPI-JOIN-CHECKS.md} section 1 for the order, {@code xapi-versions.md} for
 * the releases and the parameters), never read from the rule set.
 */
class XapiRuleSetTest {

    /**
     * xapi's checks in the order it runs them, from 1.35.0 on: {@code assert_pooling_licensed} in
     * {@code join_common}, then the 33 helpers of {@code pre_join_checks}.
     */
    private static final List<String> XAPI_ORDER = List.of(
            "licence.pooling",                // assert_pooling_licensed, before the login to the master
            "licence.pool-size",              //  1 assert_pool_size_unrestricted
            "network.management-interface",   //  2 assert_management_interface_exists
            "host.ha-disabled",               //  3 ha_is_not_enable_on_me
            "host.clustering-disabled",       //  4 clustering_is_not_enabled_on_me
            "network.cluster-ip",             //  5 one_ip_configured_on_joining_cluster_network
            "pool.ha-disabled",               //  6 ha_is_not_enable_on_the_distant_pool
            "host.not-itself",                //  7 assert_not_joining_myself
            "host.no-other-hosts",            //  8 assert_i_know_of_no_other_hosts
            "vm.running",                     //  9 assert_no_running_vms_on_me
            "vm.active-operations",           // 10 assert_no_vms_with_current_ops
            "software.pending-guidance",      // 11 assert_no_host_pending_mandatory_guidance
            "software.compatible",            // 12 assert_hosts_compatible
            "host.homogeneous",               // 13 assert_hosts_homogeneous, skipped by join_force
            "storage.shared",                 // 14 assert_no_shared_srs_on_me
            "network.bonds",                  // 15 assert_no_bonds_on_me
            "network.tunnels",                // 16 assert_no_tunnels_on_me
            "network.sriovs",                 // 17 assert_no_network_sriovs_on_me
            "network.non-management-vlans",   // 18 assert_no_non_management_vlans_on_me
            "network.management-vlan",        // 19 assert_management_vlan_are_same
            "auth.external",                  // 20 assert_external_auth_matches
            "licence.pool-edition",           // 21 assert_restrictions_match
            "network.backend",                // 22 assert_homogeneous_vswitch_configuration
            "software.api-version",           // 23 assert_api_version_matches
            "software.db-schema",             // 24 assert_db_schema_matches
            "software.updates",               // 25 assert_homogeneous_updates
            "network.primary-address-type",   // 26 assert_homogeneous_primary_address_type
            "network.purpose",                // 27 assert_compatible_network_purpose
            "tls.verification",               // 28 assert_tls_verification_matches
            "tls.ca-certificates",            // 29 assert_legacy_ca_certificates_compatible
            "tls.trusted-certificates",       // 30 assert_trusted_certificates_compatible
            "host.not-updating",              // 31 assert_not_in_updating_on_me
            "pool.not-updating",              // 32 assert_no_hosts_in_updating
            "storage.sm-features");           // 33 assert_sm_features_compatible

    /** The releases the testkit generates whose software_version names them exactly (xapi_build). */
    private static final List<String> EXACT_RELEASES = List.of("24.19.2", "24.39.1", "25.33.1", "26.1.4");
    /** Citrix Hypervisor and XCP-ng 8.2: their software_version names only the 1.249 line. */
    private static final String LINE_82 = "1.249.26";
    /** The latest release the testkit generates: it runs every check but the trusted certificates'. */
    private static final String LATEST_GENERATED = "26.1.4";

    /** An error xapi raises: its wire code and parameters. */
    private record Raised(String code, List<String> params) {
        static Raised of(String code, String... params) {
            return new Raised(code, List.of(params));
        }

        static Raised of(Violation violation) {
            return new Raised(violation.xapiErrorCode().orElseThrow(), violation.xapiErrorParameters());
        }
    }

    /**
     * What xapi answers a case of one mutation: the check that fails (from release {@code since}
     * on; before it, and for a mutation no check reads, xapi accepts) and the error it raises.
     */
    private record Refusal(String check, XapiVersion since, Function<JoinCase, Raised> error) {
        boolean runsOn(XapiVersion release) {
            return release.isAtLeast(since);
        }
    }

    /** A check of every release this table covers, 1.35.0 on. */
    private static Refusal refuses(String check, Function<JoinCase, Raised> error) {
        return refuses(check, "1.35.0", error);
    }

    private static Refusal refuses(String check, String since, Function<JoinCase, Raised> error) {
        return new Refusal(check, XapiVersion.parse(since), error);
    }

    private static Refusal refuses(String check, String code, String... params) {
        return refuses(check, c -> Raised.of(code, params));
    }

    /**
     * The table: each mutation, the check of xapi's that refuses it and the error, as
     * {@code xapi-versions.md} section 2 gives the parameters. A mutation absent from it is one
     * that only the seed's requirements notice: xapi accepts it.
     */
    private static final Map<Mutation, Refusal> REFUSALS = new EnumMap<>(Map.ofEntries(
            Map.entry(Mutation.POOLING_UNLICENSED, refuses("licence.pooling", "LICENCE_RESTRICTION")),
            Map.entry(Mutation.POOL_SIZE_RESTRICTED, refuses("licence.pool-size", "LICENCE_RESTRICTION",
                    "Pool_size")),
            Map.entry(Mutation.NO_MANAGEMENT_INTERFACE, refuses("network.management-interface",
                    "HOST_STILL_BOOTING")),
            Map.entry(Mutation.HA_ENABLED_ON_HOST, refuses("host.ha-disabled", "HA_IS_ENABLED")),
            // The parameter is the joining host's enabled Cluster_host, as its database names it.
            Map.entry(Mutation.CLUSTERING_ON_HOST, refuses("host.clustering-disabled", c -> Raised.of(
                    "CLUSTERING_ENABLED", c.host().ownPool().orElseThrow().enabledClusterHosts().orElseThrow()
                            .iterator().next()))),
            Map.entry(Mutation.CLUSTER_NETWORK_ADDRESS, refuses("network.cluster-ip", "25.18.0",
                    XapiRuleSetTest::clusterNetworkError)),
            Map.entry(Mutation.HA_ENABLED, refuses("pool.ha-disabled", "HA_IS_ENABLED")),
            // The joining host's database knows one host, itself.
            Map.entry(Mutation.JOINING_ITSELF, refuses("host.not-itself", "OPERATION_NOT_ALLOWED",
                    "Host cannot become slave of itself")),
            Map.entry(Mutation.IN_ANOTHER_POOL, refuses("host.no-other-hosts",
                    "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS")),
            Map.entry(Mutation.RUNNING_VM, refuses("vm.running", "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS")),
            // A running driver domain blocks from 1.9.91 on: only dom0 may run.
            Map.entry(Mutation.RUNNING_CONTROL_DOMAIN, refuses("vm.running", "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS")),
            Map.entry(Mutation.VM_WITH_OPERATION, refuses("vm.active-operations",
                    "JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS")),
            // Every VM record counts: templates, snapshots and dom0 too.
            Map.entry(Mutation.BUSY_NON_GUEST_VM, refuses("vm.active-operations",
                    "JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS")),
            // The reference of the host whose guidance is pending: the joining host's, or the master's.
            Map.entry(Mutation.PENDING_GUIDANCE, refuses("software.pending-guidance", "24.31.0", c -> Raised.of(
                    "HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY", (c.host().software().pendingGuidance().orElseThrow()
                            .isEmpty() ? c.pool().master() : c.host()).xapiReference().orElseThrow()))),
            Map.entry(Mutation.PLATFORM_VERSION, refuses("software.compatible", "HOSTS_NOT_COMPATIBLE")),
            Map.entry(Mutation.SOFTWARE_BUILD, refuses("host.homogeneous", "HOSTS_NOT_HOMOGENEOUS",
                    "Software version differs")),
            Map.entry(Mutation.CPU_VENDOR, refuses("host.homogeneous", "HOSTS_NOT_HOMOGENEOUS", "CPUs differ")),
            Map.entry(Mutation.SHARED_SR, refuses("storage.shared", "JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS")),
            // A bonded management interface is a Bond record too.
            Map.entry(Mutation.BONDED_MANAGEMENT, refuses("network.bonds", "POOL_JOINING_HOST_HAS_BONDS")),
            Map.entry(Mutation.BOND, refuses("network.bonds", "POOL_JOINING_HOST_HAS_BONDS")),
            Map.entry(Mutation.TUNNEL, refuses("network.tunnels", "POOL_JOINING_HOST_HAS_TUNNELS")),
            Map.entry(Mutation.SRIOV_NETWORK, refuses("network.sriovs", "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS")),
            Map.entry(Mutation.VLAN, refuses("network.non-management-vlans",
                    "POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS")),
            // [the joining host's tag; the master's], -1 for untagged.
            Map.entry(Mutation.MANAGEMENT_VLAN, refuses("network.management-vlan", c -> Raised.of(
                    "POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH",
                    String.valueOf(c.host().managementInterface().vlanTag().getAsInt()), "-1"))),
            Map.entry(Mutation.EXTERNAL_AUTH, refuses("auth.external", "POOL_JOINING_EXTERNAL_AUTH_MISMATCH")),
            // Every edition of the generated pools is known to v6d, with its own order.
            Map.entry(Mutation.LICENCE_EDITION, refuses("licence.pool-edition", c -> Raised.of(
                    "LICENSE_HOST_POOL_MISMATCH",
                    "host edition = \"" + c.host().licence().orElseThrow().xapiName() + "\"",
                    "pool edition = \"" + c.pool().edition().orElseThrow().xapiName() + "\""))),
            Map.entry(Mutation.NETWORK_BACKEND, refuses("network.backend", "OPERATION_NOT_ALLOWED",
                    "Network backends differ")),
            // [the joining host's; the master's], as major.minor.
            Map.entry(Mutation.API_VERSION, refuses("software.api-version", c -> Raised.of(
                    "POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION", api(c.host()), api(c.pool().master())))),
            Map.entry(Mutation.DB_SCHEMA, refuses("software.db-schema", c -> Raised.of(
                    "POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA", dbSchema(c.host()), dbSchema(c.pool().master())))),
            // The hotfixes of these releases are pool_updates that enforce homogeneity.
            Map.entry(Mutation.HOTFIX, refuses("software.updates", XapiRuleSetTest::updatesDiffer)),
            Map.entry(Mutation.HOMOGENEOUS_UPDATE, refuses("software.updates", XapiRuleSetTest::updatesDiffer)),
            Map.entry(Mutation.PRIMARY_ADDRESS_TYPE, refuses("network.primary-address-type", "OPERATION_NOT_ALLOWED",
                    "Primary address type differs")),
            Map.entry(Mutation.NBD_PURPOSE, refuses("network.purpose", "OPERATION_NOT_ALLOWED",
                    "Incompatible network purposes: nbd and insecure_nbd")),
            Map.entry(Mutation.TLS_VERIFICATION, refuses("tls.verification", "1.297.0", c -> Raised.of(
                    "POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH"))),
            // The names of the conflicting CA certificates: here, the pool's first named CA.
            Map.entry(Mutation.CA_CERTIFICATE_NAME, refuses("tls.ca-certificates", "1.302.0", c -> Raised.of(
                    "POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT", firstNamedCa(c.pool()).name()))),
            // [the pool's certificate; the joining host's copy]. From 26.13.0 on, which no release the
            // testkit generates reaches: on those, xapi accepts.
            Map.entry(Mutation.TRUSTED_CERTIFICATE_PURPOSES, refuses("tls.trusted-certificates", "26.13.0",
                    XapiRuleSetTest::trustedCertificatesError)),
            Map.entry(Mutation.HOST_APPLYING_UPDATES, refuses("host.not-updating", "1.301.0", c -> Raised.of(
                    "NOT_SUPPORTED_DURING_UPGRADE"))),
            Map.entry(Mutation.POOL_APPLYING_UPDATES, refuses("pool.not-updating", "1.301.0", c -> Raised.of(
                    "NOT_SUPPORTED_DURING_UPGRADE"))),
            // [the pool's SM; the joining host's SM of that type, or "" when it has none or several].
            Map.entry(Mutation.SM_FEATURES, refuses("storage.sm-features", "24.37.0",
                    XapiRuleSetTest::smFeaturesError))));

    /**
     * The mutations xapi accepts: only the seed's requirements notice them (DHCP, clocks, product
     * version, packs, CPU features under levelling, hardware virtualization, pool size, suspended
     * VMs).
     */
    private static final Set<Mutation> XAPI_ACCEPTS = Set.of(Mutation.SUSPENDED_VM, Mutation.DYNAMIC_DHCP,
            Mutation.CLOCK_SKEW, Mutation.NO_NTP, Mutation.PRODUCT_VERSION, Mutation.SUPPLEMENTAL_PACK,
            Mutation.PACK_REVISION, Mutation.MISSING_CPU_FEATURES, Mutation.UNMASKABLE_CPU_FEATURES,
            Mutation.NO_MASKING_SUPPORT, Mutation.MASKABLE_CPU_FEATURES, Mutation.MASKING_WITHOUT_ENTERPRISE,
            Mutation.VIRTUALIZATION_OFF, Mutation.POOL_FULL);

    private static Raised clusterNetworkError(JoinCase c) {
        ClusterHost.Pif pif = c.pool().configuration().clusterHosts().orElseThrow().get(0).pif().orElseThrow();
        return pif.vlan() > 0 && !pif.management()
                ? Raised.of("POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK", String.valueOf(pif.vlan()))
                : Raised.of("POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK");
    }

    private static Raised updatesDiffer(JoinCase c) {
        return Raised.of("HOSTS_NOT_HOMOGENEOUS", "Updates on local host " + c.host().hostname() + " and pool host "
                + c.pool().master().hostname() + " differ");
    }

    /** The first SM of the pool the joining host does not match: it has not exactly one of its type, or less. */
    private static Raised smFeaturesError(JoinCase c) {
        List<StorageDriver> own = c.host().ownPool().orElseThrow().storageDrivers().orElseThrow();
        for (StorageDriver wanted : c.pool().configuration().storageDrivers().orElseThrow()) {
            List<StorageDriver> same = own.stream().filter(d -> d.type().equals(wanted.type())).toList();
            if (same.size() != 1) {
                return Raised.of("POOL_JOINING_SM_FEATURES_INCOMPATIBLE", wanted.ref().orElseThrow(), "");
            }
            if (!same.get(0).features().equals(wanted.features())) {
                return Raised.of("POOL_JOINING_SM_FEATURES_INCOMPATIBLE", wanted.ref().orElseThrow(),
                        same.get(0).ref().orElseThrow());
            }
        }
        throw new AssertionError("the host matches every SM of the pool: " + c);
    }

    /** The pool's unnamed trusted certificate whose purposes the joining host's copy overlaps, and that copy. */
    private static Raised trustedCertificatesError(JoinCase c) {
        for (Certificate inPool : c.pool().configuration().certificates().orElseThrow()) {
            for (Certificate onHost : c.host().ownPool().orElseThrow().certificates().orElseThrow()) {
                if (inPool.name().isEmpty() && onHost.name().isEmpty()
                        && onHost.fingerprint().equals(inPool.fingerprint())
                        && !onHost.purposes().equals(inPool.purposes())) {
                    return Raised.of("POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT",
                            inPool.reference().orElseThrow(), onHost.reference().orElseThrow());
                }
            }
        }
        throw new AssertionError("no trusted certificate of the pool has other purposes on the host: " + c);
    }

    private static String api(Host host) {
        ApiVersion api = host.software().apiVersion().orElseThrow();
        return api.major() + "." + api.minor();
    }

    private static String dbSchema(Host host) {
        return host.software().softwareVersion().dbSchema().orElseThrow();
    }

    private static Certificate firstNamedCa(Pool pool) {
        return pool.configuration().certificates().orElseThrow().stream()
                .filter(c -> c.type().equals(Certificate.TYPE_CA) && !c.name().isEmpty()).findFirst().orElseThrow();
    }

    private static int order(String check) {
        if (check.equals("xapi.release")) {
            // Which release runs the checks is known, or not, before any of them runs.
            return -1;
        }
        int index = XAPI_ORDER.indexOf(check);
        assertTrue(index >= 0, () -> check + " is not one of xapi's checks from 1.35.0 on");
        return index;
    }

    private static Set<String> ids(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The checks that could not run: the rule ids of the "cannot check" warnings. */
    private static Set<String> cannotCheck(JoinReport report) {
        Set<String> unknown = new TreeSet<>();
        for (Violation v : report.violations()) {
            if (v.details() instanceof ViolationDetails.UnknownFact) {
                assertEquals(Severity.WARNING, v.severity(), v::toString);
                unknown.add(v.ruleId());
            }
        }
        return unknown;
    }

    private static JoinReport xapi(JoinCase c) {
        return RuleSets.xapi().evaluate(c.pool(), c.host());
    }

    // --- compliant cases ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"24.19.2", "24.39.1", "25.33.1", "26.1.4"})
    void aCompliantCaseOfAnExactlyKnownReleaseIsAllowedWithoutAnyViolationAndXapiCertainlyAccepts(String release) {
        qt(60).forAll(JoinCases.compliant(release)).checkAssert(c -> {
            JoinReport report = xapi(c);
            assertEquals(List.of(), report.violations(), report::render);
            assertEquals(Verdict.ALLOWED, report.verdict());
            XapiAnswer answer = report.xapiAnswer();
            assertEquals(Optional.empty(), answer.error(), answer::toString);
            assertTrue(answer.isCertain(), answer::toString);
            assertEquals("xapi accepts the join", answer.toString());
        });
    }

    @Test
    void aCompliantCaseOfAReleaseKnownOnlyAsALineWarnsOnlyThatItsReleaseIsNotKnownExactly() {
        // Citrix Hypervisor and XCP-ng 8.2 say xapi 1.20 and no xapi_build: the 1.249 line. XenServer
        // 5.6 to 6.2 say their product version: a release of their time.
        Gen<JoinCase> lines = Generate.oneOf(JoinCases.compliant(LINE_82),
                JoinCases.compliant(Softwares.xenServer5And6()));
        qt(80).forAll(lines).checkAssert(c -> {
            JoinReport report = xapi(c);
            assertEquals(Set.of("xapi.release"), ids(report.violations()), report::render);
            assertEquals(Set.of("xapi.release"), cannotCheck(report));
            assertEquals(Verdict.ALLOWED, report.verdict());
            XapiAnswer answer = report.xapiAnswer();
            assertEquals(Optional.empty(), answer.error());
            // Which checks run is part of xapi's answer: not knowing the release leaves it open.
            assertEquals(Set.of("xapi.release"), ids(answer.unchecked()));
        });
    }

    // --- one mutation ---------------------------------------------------------------------------

    private static Stream<Arguments> mutationsOfModernReleases() {
        return Stream.concat(EXACT_RELEASES.stream(), Stream.of(LINE_82))
                .flatMap(release -> Stream.of(Mutation.values()).map(m -> Arguments.of(release, m)));
    }

    @Test
    void everyMutationIsInTheTableOnce() {
        Set<Mutation> both = new HashSet<>(REFUSALS.keySet());
        both.retainAll(XAPI_ACCEPTS);
        assertEquals(Set.of(), both);
        assertEquals(Mutation.values().length, REFUSALS.size() + XAPI_ACCEPTS.size());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mutationsOfModernReleases")
    void eachMutationBlocksByTheCheckOfXapiThatRefusesItWithXapisErrorAndParameters(String release,
            Mutation mutation) {
        XapiVersion version = XapiVersion.parse(release);
        boolean exact = !release.equals(LINE_82);
        Optional<Refusal> refusal = Optional.ofNullable(REFUSALS.get(mutation)).filter(r -> r.runsOn(version));
        qt(15).forAll(JoinCases.mutated(Softwares.of(release), mutation)).checkAssert(c -> {
            JoinReport report = xapi(c);
            XapiAnswer answer = report.xapiAnswer();
            Set<String> warnings = new TreeSet<>(exact ? Set.of() : Set.of("xapi.release"));
            if (refusal.isEmpty()) {
                assertEquals(warnings, ids(report.violations()), report::render);
                assertEquals(Optional.empty(), answer.error(), answer::toString);
                assertEquals(exact, answer.isCertain(), answer::toString);
                return;
            }
            Set<String> blockers = new TreeSet<>(Set.of(refusal.get().check()));
            if (mutation == Mutation.PLATFORM_VERSION && !version.isAtLeast(XapiVersion.parse("22.13.0"))) {
                // Before 22.13, assert_hosts_homogeneous compares platform_version too (CA-365121 made it xapi).
                blockers.add("host.homogeneous");
            }
            if (mutation == Mutation.NO_MANAGEMENT_INTERFACE) {
                // Without a management PIF its VLAN and address family are unknown, to checks after the failing one.
                warnings.addAll(Set.of("network.management-vlan", "network.primary-address-type"));
            }
            assertEquals(blockers, ids(report.blockers()), report::render);
            Set<String> all = new TreeSet<>(blockers);
            all.addAll(warnings);
            assertEquals(all, ids(report.violations()), report::render);
            if (mutation == Mutation.IN_ANOTHER_POOL && c.host().membership() instanceof Membership.Member) {
                // A member's own xapi refuses the session itself (HOST_IS_SLAVE) before Pool.join runs; of
                // Pool.join's checks, assert_i_know_of_no_other_hosts is the one its database fails.
                assertEquals("host.no-other-hosts", answer.error().orElseThrow().ruleId());
                return;
            }
            Violation first = answer.error().orElseThrow(() -> new AssertionError(report.render()));
            assertEquals(refusal.get().check(), first.ruleId());
            assertEquals(refusal.get().error().apply(c), Raised.of(first), () -> c + "\n" + report.render());
            assertEquals(exact, answer.isCertain(), answer::toString);
        });
    }

    @ParameterizedTest
    @EnumSource(value = Mutation.class, names = {"CPU_VENDOR", "SOFTWARE_BUILD"})
    void joinForceLetsAnotherCpuVendorAndAnotherBuildThrough(Mutation mutation) {
        for (String release : EXACT_RELEASES) {
            RuleSet force = RuleSets.xapiForce();
            RuleSet forceOfRelease = RuleSets.xapiForce(XapiVersion.parse(release));
            qt(20).forAll(JoinCases.mutated(Softwares.of(release), mutation)).checkAssert(c -> {
                for (RuleSet rules : List.of(force, forceOfRelease)) {
                    JoinReport report = rules.evaluate(c.pool(), c.host());
                    assertEquals(List.of(), report.violations(), report::render);
                    assertEquals("xapi accepts the join", report.xapiAnswer().toString());
                }
                assertEquals(Verdict.BLOCKED, xapi(c).verdict());
            });
        }
    }

    // --- several mutations: the first check that fails -------------------------------------------

    /** The mutations of the management interface: one that has none has no VLAN, bond or address family. */
    private static final Set<Mutation> MANAGEMENT_INTERFACE = Set.of(Mutation.NO_MANAGEMENT_INTERFACE,
            Mutation.BONDED_MANAGEMENT, Mutation.MANAGEMENT_VLAN, Mutation.PRIMARY_ADDRESS_TYPE);

    /**
     * Pairs and triples of mutations that xapi refuses on the latest release, each by another check
     * and of another fact.
     */
    private static List<List<Mutation>> combinations() {
        XapiVersion latest = XapiVersion.parse(LATEST_GENERATED);
        List<Mutation> refused = REFUSALS.entrySet().stream().filter(e -> e.getValue().runsOn(latest))
                // A member's answer is the session's, not a check's (see above).
                .map(Map.Entry::getKey).filter(m -> m != Mutation.IN_ANOTHER_POOL).sorted().toList();
        List<List<Mutation>> combinations = new ArrayList<>();
        for (int i = 0; i < refused.size(); i++) {
            for (int j = i + 1; j < refused.size(); j++) {
                combinations.add(List.of(refused.get(i), refused.get(j)));
                for (int k = j + 1; k < refused.size(); k += 7) {
                    combinations.add(List.of(refused.get(k), refused.get(i), refused.get(j)));
                }
            }
        }
        combinations.removeIf(ms -> ms.stream().map(m -> REFUSALS.get(m).check()).distinct().count() < ms.size()
                || ms.stream().filter(MANAGEMENT_INTERFACE::contains).count() > 1);
        return combinations;
    }

    @Test
    void withSeveralMutationsXapiRaisesTheErrorOfTheOneWhoseCheckComesFirst() {
        List<List<Mutation>> combinations = combinations();
        Gen<JoinCase> cases = Generate.pick(combinations).flatMap(ms -> JoinCases.mutated(
                Softwares.of(LATEST_GENERATED), ms.toArray(Mutation[]::new)));
        qt(300).forAll(cases).checkAssert(c -> {
            Mutation first = c.mutations().stream().min((a, b) -> Integer.compare(order(REFUSALS.get(a).check()),
                    order(REFUSALS.get(b).check()))).orElseThrow();
            JoinReport report = xapi(c);
            XapiAnswer answer = report.xapiAnswer();
            Violation error = answer.error().orElseThrow(() -> new AssertionError(report.render()));
            assertEquals(REFUSALS.get(first).check(), error.ruleId(), () -> c + "\n" + report.render());
            assertEquals(REFUSALS.get(first).error().apply(c), Raised.of(error), () -> c + "\n" + report.render());
            assertTrue(answer.isCertain(), answer::toString);
            // Every mutation's check blocks: xenpool runs them all where xapi stops at the first.
            for (Mutation m : c.mutations()) {
                assertTrue(report.blockingRuleIds().contains(REFUSALS.get(m).check()),
                        () -> m + "\n" + report.render());
            }
        });
    }

    // --- blanks ------------------------------------------------------------------------------------

    /** The checks of the latest generated release that read each fact; a blank not listed is read by none. */
    private static final Map<Blank, Set<String>> READ_BY = new EnumMap<>(Map.ofEntries(
            Map.entry(Blank.HOST_LICENCE, Set.of("licence.pool-edition")),
            Map.entry(Blank.MEMBER_LICENCE, Set.of("licence.pool-edition")),
            Map.entry(Blank.HOST_BONDING, Set.of("network.bonds")),
            Map.entry(Blank.HOST_VMS, Set.of("vm.running", "vm.active-operations")),
            Map.entry(Blank.HOST_STORAGE, Set.of("storage.shared")),
            Map.entry(Blank.HOST_NETWORK_INTERFACES, Set.of("network.bonds", "network.tunnels", "network.sriovs",
                    "network.non-management-vlans")),
            Map.entry(Blank.HOST_EXTERNAL_AUTH, Set.of("auth.external")),
            Map.entry(Blank.MASTER_EXTERNAL_AUTH, Set.of("auth.external")),
            Map.entry(Blank.HOST_TLS_VERIFICATION, Set.of("tls.verification")),
            Map.entry(Blank.POOL_TLS_VERIFICATION, Set.of("tls.verification")),
            Map.entry(Blank.HOST_CERTIFICATES, Set.of("tls.ca-certificates")),
            Map.entry(Blank.POOL_CERTIFICATES, Set.of("tls.ca-certificates")),
            // Its licence, HA, clustering, SDN controller, networks, trust, operations and storage drivers.
            Map.entry(Blank.HOST_OWN_POOL, Set.of("licence.pooling", "host.ha-disabled", "host.clustering-disabled",
                    "network.backend", "network.purpose", "tls.verification", "tls.ca-certificates",
                    "host.not-updating", "storage.sm-features")),
            Map.entry(Blank.HOST_OWN_POOL_HA, Set.of("host.ha-disabled")),
            Map.entry(Blank.HOST_CLUSTERING, Set.of("host.clustering-disabled")),
            Map.entry(Blank.POOL_OPERATIONS, Set.of("pool.not-updating")),
            Map.entry(Blank.HOST_MANAGEMENT_INTERFACE, Set.of("network.management-interface")),
            Map.entry(Blank.HOST_MANAGEMENT_VLAN, Set.of("network.management-vlan")),
            Map.entry(Blank.HOST_PRIMARY_ADDRESS_TYPE, Set.of("network.primary-address-type")),
            Map.entry(Blank.HOST_IPV4_BRIDGES, Set.of("network.cluster-ip")),
            Map.entry(Blank.POOL_CLUSTER_HOSTS, Set.of("network.cluster-ip")),
            Map.entry(Blank.HOST_NETWORK_BACKEND, Set.of("network.backend")),
            Map.entry(Blank.HOST_SDN_CONTROLLERS, Set.of("network.backend")),
            Map.entry(Blank.HOST_NETWORK_PURPOSES, Set.of("network.purpose")),
            Map.entry(Blank.HOST_STORAGE_DRIVERS, Set.of("storage.sm-features")),
            Map.entry(Blank.HOST_NON_GUEST_VMS, Set.of("vm.running", "vm.active-operations")),
            // The master's release then stands in for the host's, which runs the checks: xapi.release says so.
            Map.entry(Blank.HOST_SOFTWARE_VERSION, Set.of("xapi.release", "software.compatible", "host.homogeneous",
                    "network.backend", "software.db-schema")),
            Map.entry(Blank.MASTER_SOFTWARE_VERSION, Set.of("software.compatible", "host.homogeneous",
                    "network.backend", "software.db-schema")),
            Map.entry(Blank.HOST_API_VERSION, Set.of("software.api-version")),
            Map.entry(Blank.HOST_UPDATES, Set.of("software.updates")),
            Map.entry(Blank.HOST_PENDING_GUIDANCE, Set.of("software.pending-guidance")),
            Map.entry(Blank.POOL_CPU_INFO, Set.of("host.homogeneous"))));

    private static Set<String> readBy(Blank blank, JoinCase c) {
        Set<String> checks = new TreeSet<>(READ_BY.getOrDefault(blank, Set.of()));
        if (blank == Blank.HOST_OWN_POOL && c.pool().size() >= 3) {
            // A licence that may restrict the pool size matters only from 3 hosts on.
            checks.add("licence.pool-size");
        }
        return checks;
    }

    @ParameterizedTest
    @EnumSource(Blank.class)
    void aBlankedFactNeverBlocksAndEachCheckThatReadsItSaysItCannotCheck(Blank blank) {
        qt(30).forAll(JoinCases.compliant(LATEST_GENERATED).map(blank::applyTo)).checkAssert(c -> {
            JoinReport report = xapi(c);
            Set<String> expected = readBy(blank, c);
            assertEquals(List.of(), report.blockers(), report::render);
            assertEquals(expected, ids(report.violations()), report::render);
            assertEquals(expected, cannotCheck(report), report::render);
            assertEquals(expected, ids(report.xapiAnswer().unchecked()));
            assertEquals(expected.isEmpty(), report.xapiAnswer().isCertain());
        });
    }

    @ParameterizedTest
    @EnumSource(Blank.class)
    void aBlankedFactMakesTheAnswerUncertainWhenItsCheckComesBeforeTheFirstFailure(Blank blank) {
        List<Mutation> refused = combinations().stream().map(ms -> ms.get(0)).distinct().toList();
        Gen<JoinCase[]> cases = Generate.pick(refused).flatMap(m -> JoinCases.mutated(
                Softwares.of(LATEST_GENERATED), m).map(c -> new JoinCase[] {c, blank.applyTo(c)}));
        qt(40).forAll(cases).checkAssert(pair -> {
            JoinReport before = xapi(pair[0]);
            JoinReport after = xapi(pair[1]);
            // Never a new blocker: a check that cannot read a fact says so, it does not block.
            assertTrue(ids(before.blockers()).containsAll(ids(after.blockers())), after::render);
            Set<String> unknown = cannotCheck(after);
            // Each check that reads the fact cannot check, unless what it could read without it fails.
            for (String check : readBy(blank, pair[1])) {
                assertTrue(unknown.contains(check) || after.blockingRuleIds().contains(check), after::render);
            }
            int firstFailure = after.blockers().stream().mapToInt(v -> order(v.ruleId())).min()
                    .orElse(XAPI_ORDER.size());
            boolean uncheckedBefore = unknown.stream().anyMatch(id -> order(id) < firstFailure);
            assertEquals(!uncheckedBefore, after.xapiAnswer().isCertain(), after::render);
            after.xapiAnswer().error().ifPresent(e -> assertEquals(XAPI_ORDER.get(firstFailure), e.ruleId()));
        });
    }

    // --- the checks of each release ------------------------------------------------------------------

    /**
     * The checks of each release, from the "which check exists in which tag" table of
     * {@code xapi-versions.md}: v1.249.42 holds exactly v1.249.0's list, so 1.249.26 does too; the
     * latest tag, v26.17.0, holds every check of HEAD.
     */
    private static final Set<String> CHECKS_1_249 = Set.of("licence.pooling", "licence.pool-size",
            "network.management-interface", "host.ha-disabled", "host.clustering-disabled", "pool.ha-disabled",
            "host.not-itself", "host.no-other-hosts", "vm.running", "vm.active-operations", "software.compatible",
            "host.homogeneous", "storage.shared", "network.bonds", "network.tunnels", "network.sriovs",
            "network.non-management-vlans", "network.management-vlan", "auth.external", "licence.pool-edition",
            "network.backend", "software.api-version", "software.db-schema", "software.updates",
            "network.primary-address-type", "network.purpose");

    private static Set<String> plus(Set<String> checks, String... more) {
        Set<String> all = new HashSet<>(checks);
        all.addAll(List.of(more));
        return all;
    }

    private static final Set<String> CHECKS_24_19_2 = plus(CHECKS_1_249, "tls.verification", "tls.ca-certificates",
            "host.not-updating", "pool.not-updating");
    private static final Set<String> CHECKS_24_39_1 = plus(CHECKS_24_19_2, "software.pending-guidance",
            "storage.sm-features");
    private static final Set<String> CHECKS_26_17_0 = plus(CHECKS_24_39_1, "network.cluster-ip",
            "tls.trusted-certificates");

    private static Stream<Arguments> checksOfReleases() {
        return Stream.of(Arguments.of("1.249.26", CHECKS_1_249), Arguments.of("24.19.2", CHECKS_24_19_2),
                Arguments.of("24.39.1", CHECKS_24_39_1), Arguments.of("26.17.0", CHECKS_26_17_0));
    }

    private static List<String> ruleIds(RuleSet rules) {
        return rules.rules().stream().map(JoinRule::id).toList();
    }

    @ParameterizedTest
    @MethodSource("checksOfReleases")
    void aReleaseRunsExactlyTheChecksItsTagHoldsInXapisOrder(String release, Set<String> checks) {
        List<String> inOrder = XAPI_ORDER.stream().filter(checks::contains).toList();
        assertEquals(checks.size(), inOrder.size());

        assertEquals(inOrder, ruleIds(RuleSets.xapi(XapiVersion.parse(release))));
        assertEquals(inOrder.stream().filter(id -> !id.equals("host.homogeneous")).toList(),
                ruleIds(RuleSets.xapiForce(XapiVersion.parse(release))));
    }

    @Test
    void theRuleSetOfEveryReleaseHoldsEveryCheckInXapisOrderAfterTheRelease() {
        List<String> ids = ruleIds(RuleSets.xapi());
        assertEquals("xapi.release", ids.get(0));
        List<String> modern = ids.stream().filter(XAPI_ORDER::contains).toList();
        assertEquals(XAPI_ORDER, modern);
        assertEquals(ids.stream().filter(id -> !id.equals("host.homogeneous")).toList(),
                ruleIds(RuleSets.xapiForce()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xapi:1.249.26", "xapi-force:24.19.2", "xapi:v24.39.1", "xapi-force:26.17"})
    void aNameWithAReleaseIsTheRuleSetOfThatRelease(String name) {
        String release = name.substring(name.indexOf(':') + 1);
        XapiVersion version = XapiVersion.parse(release);
        RuleSet direct = name.startsWith("xapi-force:") ? RuleSets.xapiForce(version) : RuleSets.xapi(version);
        RuleSet named = RuleSets.named(name);

        assertEquals(direct.name(), named.name());
        assertEquals(name.substring(0, name.indexOf(':') + 1) + version, named.name());
        assertEquals(direct.descriptors(), named.descriptors());
        assertEquals(direct.cpuLevelPolicy(), named.cpuLevelPolicy());
        assertEquals(direct.defaultContext(), named.defaultContext());
        qt(20).forAll(JoinCases.mutated(Softwares.of("24.39.1"), Mutation.DB_SCHEMA, Mutation.RUNNING_VM))
                .checkAssert(c -> assertEquals(direct.evaluate(c.pool(), c.host()), named.evaluate(c.pool(),
                        c.host())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xapi:8.x", "xapi-force:", "xapi:1.249.26.1", "xapi-force:twenty-four"})
    void aBadReleaseInANameIsRefusedWithAMessageQuotingIt(String name) {
        String release = name.substring(name.indexOf(':') + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSets.named(name));

        assertTrue(e.getMessage().startsWith("rule set \"" + name + "\" names no xapi release: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("got \"" + release + "\""), e.getMessage());
    }

    // --- real data: XenServer 5.6 databases ------------------------------------------------------------

    /** A one-host pool, berlin, XenServer 5.6 FP1 (5.6.100, build 39265c): Linux bridge, Xeon X5650s. */
    private static final String COWLEY = DumpSamples.COWLEY;
    /**
     * Grimsby Pool, grimsby (master) and chester, XenServer 5.6.900 (build 36126c): Open vSwitch, a
     * bond, Pentium Ds.
     */
    private static final String COWLEY1 = DumpSamples.COWLEY1;

    /**
     * What every XenServer 5.6 host leaves open to xapi's checks: its release (5.6 names no release
     * more exactly than one of its time, so the checks of every such release run), and the address
     * family of its management interface (5.6 records have no primary_address_type; the check came
     * in 2012).
     */
    private static final Set<String> OPEN_ON_5_6 = Set.of("xapi.release", "network.primary-address-type");

    @Test
    void berlinOfXenServer56Fp1CannotJoinGrimsbyPoolWhileItsVmsRun() {
        Pool grimsbyPool = DumpSamples.pool(COWLEY1);
        Host berlin = DumpSamples.candidate(COWLEY);

        JoinReport report = RuleSets.xapi().evaluate(grimsbyPool, berlin);

        // berlin heads a pool of its own (its HA and VM records are known): only the release and the
        // address family are open. It runs 8 VMs, has 5 shared SRs, another build (39265c, the pool
        // 36126c) and other CPUs (Xeon X5650 against Pentium D under the pool's mask), and the Linux
        // bridge where the master runs Open vSwitch.
        assertEquals(OPEN_ON_5_6, cannotCheck(report), report::render);
        assertEquals(Set.of("vm.running", "host.homogeneous", "storage.shared", "network.backend"),
                ids(report.blockers()), report::render);
        assertEquals(8, report.violationsOf("vm.running").size());
        assertEquals(Set.of(List.of("software version differs"), List.of("CPUs differ")),
                report.violationsOf("host.homogeneous").stream().map(Violation::xapiErrorParameters)
                        .collect(Collectors.toSet()));
        // xapi stops at its first running VM, unless the release it may be runs a check before that fails.
        XapiAnswer answer = report.xapiAnswer();
        assertEquals("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS", answer.error().orElseThrow().xapiErrorCode().get());
        assertEquals(Set.of("xapi.release"), ids(answer.unchecked()));
    }

    @Test
    void grimsbyAndChesterAreInAPoolOfTheirOwnAndCannotJoinBerlinsPool() {
        Pool berlinsPool = DumpSamples.pool(COWLEY);

        for (String hostname : List.of("grimsby", "chester")) {
            Host host = DumpSamples.candidate(COWLEY1, hostname);
            JoinReport report = RuleSets.xapi().evaluate(berlinsPool, host);

            // In a pool of two, the database is the pool's: whether HA is on in the pool the host would
            // leave, and its templates, snapshots and control domains, are not the host's own to read.
            assertEquals(plus(OPEN_ON_5_6, "host.ha-disabled", "vm.active-operations"), cannotCheck(report),
                    report::render);
            // Each runs VMs and sees the pool's shared SRs; another build, CPU and network backend.
            assertEquals(Set.of("host.no-other-hosts", "vm.running", "host.homogeneous", "storage.shared",
                    "network.backend"), ids(report.blockers()), report::render);
            // ha_is_not_enable_on_me comes before assert_i_know_of_no_other_hosts and could not run.
            XapiAnswer answer = report.xapiAnswer();
            assertEquals("JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS",
                    answer.error().orElseThrow().xapiErrorCode().get(), report::render);
            assertEquals(Set.of("xapi.release", "host.ha-disabled"), ids(answer.unchecked()));
        }
    }

    @Test
    void theMasterOfGrimsbyPoolIsAlreadyPartOfIt() {
        Pool grimsbyPool = DumpSamples.pool(COWLEY1);
        Host grimsby = DumpSamples.candidate(COWLEY1, "grimsby");

        JoinReport report = RuleSets.xapi().evaluate(grimsbyPool, grimsby);

        // The same database on both sides: the same build, CPUs and backend. Its own pool's SDN
        // controller is not known either, which Open vSwitch makes network.backend read.
        assertEquals(plus(OPEN_ON_5_6, "host.ha-disabled", "vm.active-operations", "network.backend"),
                cannotCheck(report), report::render);
        assertEquals(Set.of("host.not-itself", "host.no-other-hosts", "vm.running", "storage.shared"),
                ids(report.blockers()), report::render);
        Violation first = report.xapiAnswer().error().orElseThrow();
        assertEquals(List.of("Host is already part of a pool"), first.xapiErrorParameters());
    }
}
