package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.rules.clock.ClockRules;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.rules.storage.StorageRules;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.rules.vm.VmRules;
import io.github.xenpool.rules.software.SoftwareRules;
import io.github.xenpool.rules.security.SecurityRules;
import io.github.xenpool.testkit.Blank;
import io.github.xenpool.testkit.Hosts;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** A rule that lacks a fact it reads says it cannot check: one WARNING, never a blocker, never silence. */
class UnknownFactsTest {

    /** The rule of xenServer56 that reads each fact, or the xapi check that would. */
    private static final Map<Blank, String> READ_BY = Map.ofEntries(
            Map.entry(Blank.HOST_PRODUCT_VERSION, SoftwareRules.VERSION),
            Map.entry(Blank.MASTER_PRODUCT_VERSION, SoftwareRules.VERSION),
            Map.entry(Blank.HOST_LICENCE, LicenceRules.EDITION),
            Map.entry(Blank.MEMBER_LICENCE, LicenceRules.EDITION),
            Map.entry(Blank.HOST_ADDRESS, NetworkRules.ADDRESS_IN_USE),
            Map.entry(Blank.MEMBER_ADDRESS, NetworkRules.ADDRESS_IN_USE),
            Map.entry(Blank.HOST_CLOCK, ClockRules.SYNC),
            Map.entry(Blank.HOST_ADDRESSING, NetworkRules.STATIC_IP),
            Map.entry(Blank.HOST_BONDING, NetworkRules.BONDED_MANAGEMENT),
            Map.entry(Blank.HOST_VIRTUALIZATION, CpuRules.VIRTUALIZATION),
            Map.entry(Blank.HOST_HOTFIXES, SoftwareRules.PATCH_LEVEL),
            Map.entry(Blank.HOST_VMS, VmRules.RUNNING_OR_SUSPENDED),
            Map.entry(Blank.HOST_STORAGE, StorageRules.SHARED),
            Map.entry(Blank.HOST_NETWORK_INTERFACES, NetworkRules.OTHER_INTERFACES),
            Map.entry(Blank.STORAGE_SERVER_ADDRESSING, StorageRules.STATIC_ADDRESS),
            Map.entry(Blank.HOST_EXTERNAL_AUTH, SecurityRules.EXTERNAL_AUTH),
            Map.entry(Blank.MASTER_EXTERNAL_AUTH, SecurityRules.EXTERNAL_AUTH),
            Map.entry(Blank.HOST_TLS_VERIFICATION, SecurityRules.TLS_VERIFICATION),
            Map.entry(Blank.POOL_TLS_VERIFICATION, SecurityRules.TLS_VERIFICATION),
            Map.entry(Blank.HOST_CERTIFICATES, SecurityRules.CA_CERTIFICATES),
            Map.entry(Blank.POOL_CERTIFICATES, SecurityRules.CA_CERTIFICATES),
            // xapi's checks, which xenServer56 does not have: nothing there reads these facts.
            Map.entry(Blank.HOST_OWN_POOL, LicenceRules.POOLING),
            Map.entry(Blank.HOST_OWN_POOL_HA, PoolRules.HOST_HA_DISABLED),
            Map.entry(Blank.HOST_CLUSTERING, PoolRules.HOST_CLUSTERING_DISABLED),
            Map.entry(Blank.POOL_OPERATIONS, PoolRules.POOL_NOT_UPDATING),
            Map.entry(Blank.HOST_MANAGEMENT_INTERFACE, NetworkRules.MANAGEMENT_INTERFACE),
            Map.entry(Blank.HOST_MANAGEMENT_VLAN, NetworkRules.MANAGEMENT_VLAN),
            Map.entry(Blank.HOST_PRIMARY_ADDRESS_TYPE, NetworkRules.PRIMARY_ADDRESS_TYPE),
            Map.entry(Blank.HOST_IPV4_BRIDGES, NetworkRules.CLUSTER_IP),
            Map.entry(Blank.POOL_CLUSTER_HOSTS, NetworkRules.CLUSTER_IP),
            Map.entry(Blank.HOST_NETWORK_BACKEND, NetworkRules.BACKEND),
            Map.entry(Blank.HOST_SDN_CONTROLLERS, NetworkRules.BACKEND),
            Map.entry(Blank.HOST_NETWORK_PURPOSES, NetworkRules.PURPOSE),
            Map.entry(Blank.HOST_STORAGE_DRIVERS, StorageRules.SM_FEATURES),
            // Facts that xapi's later checks of VMs and software read, and xenServer56 does not.
            Map.entry(Blank.HOST_NON_GUEST_VMS, VmRules.RUNNING),
            Map.entry(Blank.HOST_SOFTWARE_VERSION, SoftwareRules.COMPATIBLE),
            Map.entry(Blank.MASTER_SOFTWARE_VERSION, SoftwareRules.COMPATIBLE),
            Map.entry(Blank.HOST_API_VERSION, SoftwareRules.API_VERSION),
            Map.entry(Blank.HOST_UPDATES, SoftwareRules.UPDATES),
            Map.entry(Blank.HOST_PENDING_GUIDANCE, SoftwareRules.PENDING_GUIDANCE),
            Map.entry(Blank.POOL_CPU_INFO, SoftwareRules.HOSTS_HOMOGENEOUS));

    /** Asserts the one "cannot check" warning of a rule, naming the fact, and returns its fact. */
    private static String cannotCheck(JoinReport report, String ruleId, String fact) {
        Violation v = only(report, ruleId);
        ViolationDetails.UnknownFact unknown = assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
        assertAll(
                () -> assertEquals(Severity.WARNING, v.severity()),
                () -> assertTrue(unknown.fact().contains(fact), unknown.fact()),
                () -> assertTrue(v.message().startsWith("cannot check: "), v.message()),
                () -> assertEquals(1, v.remediation().size()));
        return unknown.fact();
    }

    private static Host withoutVersion(Host host) {
        return host.toBuilder().software(host.software().toBuilder().unknownProductVersion().build()).build();
    }

    private static Pool withMaster(Host master) {
        return POOL.toBuilder().master(master).build();
    }

    @Test
    void anUnknownProductVersionOfTheHostOrTheMasterCannotBeChecked() {
        JoinReport hostUnknown = evaluate(withoutVersion(candidate().build()));
        JoinReport masterUnknown = RuleSets.xenServer56().evaluate(withMaster(withoutVersion(POOL.master())),
                candidate().build());

        assertEquals("the product version of xs-04",
                cannotCheck(hostUnknown, SoftwareRules.VERSION, "the product version of xs-04"));
        assertEquals("software_version:product_version of the host", ((ViolationDetails.UnknownFact) only(
                hostUnknown, SoftwareRules.VERSION).details()).howToProvide());
        cannotCheck(masterUnknown, SoftwareRules.VERSION, "the product version of xs-01, master of pool prod-intel");
        assertEquals(Verdict.ALLOWED, hostUnknown.verdict());
    }

    @Test
    void whenBothVersionsAreUnknownOneWarningNamesBoth() {
        JoinReport report = RuleSets.xenServer56().evaluate(withMaster(withoutVersion(POOL.master())),
                withoutVersion(candidate().build()));

        String fact = cannotCheck(report, SoftwareRules.VERSION, "the product version of xs-04");
        assertTrue(fact.contains("xs-01"), fact);
    }

    @Test
    void anUnknownLicenceEditionOfTheHostOrOfAMemberCannotBeChecked() {
        JoinReport hostUnknown = evaluate(candidate().unknownLicence().build());
        Pool memberUnknown = POOL.toBuilder().secondaries(List.of(POOL.secondaries().get(0),
                POOL.secondaries().get(1).toBuilder().unknownLicence().build())).build();

        cannotCheck(hostUnknown, LicenceRules.EDITION, "the licence edition of xs-04");
        cannotCheck(RuleSets.xenServer56().evaluate(memberUnknown, candidate().build()), LicenceRules.EDITION,
                "the licence edition of xs-03 (pool prod-intel)");
    }

    @Test
    void maskingCannotBeLicensedWhenThePoolsEditionIsUnknown() {
        Pool memberUnknown = withMaster(POOL.master().toBuilder().unknownLicence().build());

        JoinReport masked = RuleSets.xenServer56().evaluate(memberUnknown, SamplePools.newerIntelCandidate());
        JoinReport homogeneous = RuleSets.xenServer56().evaluate(memberUnknown, candidate().build());

        cannotCheck(masked, CpuRules.MASKING_LICENCE, "the licence edition of xs-01 (pool prod-intel)");
        assertEquals(List.of(), homogeneous.violationsOf(CpuRules.MASKING_LICENCE), "no masking, nothing to license");
        assertEquals(List.of(), evaluate(SamplePools.newerIntelCandidate().toBuilder().unknownLicence().build())
                .violationsOf(CpuRules.MASKING_LICENCE), "the pool's edition is known and Enterprise");
    }

    @Test
    void anUnknownManagementAddressOfTheHostOrOfAMemberCannotBeChecked() {
        Host noAddress = candidate().managementInterface(ManagementInterface.builder().build()).build();
        Pool memberUnknown = POOL.toBuilder().secondaries(List.of(POOL.secondaries().get(0),
                POOL.secondaries().get(1).toBuilder().managementInterface(ManagementInterface.builder().build())
                        .build())).build();

        cannotCheck(evaluate(noAddress), NetworkRules.ADDRESS_IN_USE, "the management address of xs-04");
        cannotCheck(RuleSets.xenServer56().evaluate(memberUnknown, candidate().build()), NetworkRules.ADDRESS_IN_USE,
                "the management address of xs-03 (pool prod-intel)");
        Host onXs02 = candidate().managementInterface(ManagementInterface.builder().ipAddress("192.0.2.12").build())
                .build();
        assertEquals(Severity.BLOCKER, only(RuleSets.xenServer56().evaluate(memberUnknown, onXs02),
                NetworkRules.ADDRESS_IN_USE).severity(), "a known clash blocks, whatever else is unknown");
    }

    @Test
    void aMinimalHostGetsAReportListingTheChecksThatCouldNotRun() {
        Host master = Hosts.known("xs-01", "192.0.2.1").build();
        Pool pool = Pool.builder().name("lab").master(master).sharedStorageRepository(SamplePools.enterpriseIntelPool()
                .sharedStorage().get(0)).build();
        Host minimal = Host.builder().hostname("localhost.localdomain").cpu(master.cpu()).build();

        JoinReport report = RuleSets.xenServer56().evaluate(pool, minimal);

        assertEquals(List.of(NetworkRules.STATIC_IP, NetworkRules.ADDRESS_IN_USE, NetworkRules.BONDED_MANAGEMENT,
                ClockRules.SYNC, SoftwareRules.VERSION, LicenceRules.EDITION),
                report.violations().stream().map(Violation::ruleId).toList(), report::render);
        assertTrue(report.violations().stream().allMatch(v -> v.details() instanceof ViolationDetails.UnknownFact
                && v.severity() == Severity.WARNING), report::render);
        String text = report.render();
        assertAll(
                () -> assertTrue(text.contains("cannot check: the product version of localhost.localdomain is unknown"),
                        text),
                () -> assertTrue(text.contains("cannot check: the licence edition of localhost.localdomain is unknown"),
                        text),
                () -> assertTrue(text.contains("cannot check: the management address of localhost.localdomain is"
                        + " unknown"), text),
                () -> assertTrue(text.contains("cannot check: the clock of localhost.localdomain relative to the"
                        + " master's"), text));
    }

    @Test
    void blankingAFactOfACompliantCaseAlwaysLeavesAWarningOfTheRuleThatReadsIt() {
        RuleSet rules = RuleSets.xenServer56();
        qt(200).forAll(JoinCases.compliant(), Generate.enumValues(Blank.class)).checkAssert((compliant, blank) -> {
            JoinCase c = blank.applyTo(compliant);
            JoinReport report = rules.evaluate(c.pool(), c.host());
            if (rules.rules().stream().noneMatch(rule -> rule.id().equals(READ_BY.get(blank)))) {
                // xenServer56 has no rule about other network interfaces, nor xapi's checks of the host's own
                // pool, of its later network and storage checks, VMs and software: nothing reads the fact there.
                assertEquals(List.of(), report.violations(), () -> blank + "\n" + report.render());
                return;
            }
            List<Violation> found = report.violationsOf(READ_BY.get(blank));
            assertEquals(1, found.size(), () -> blank + "\n" + report.render());
            assertEquals(Severity.WARNING, found.get(0).severity(), () -> blank + "\n" + report.render());
            assertInstanceOf(ViolationDetails.UnknownFact.class, found.get(0).details());
        });
    }

    /**
     * The rules of levelling that read each fact, on hosts of a release that runs every check of
     * xapi: some facts are read by several of xapi's checks, and the product version by none (xapi
     * reads it in {@code software_version}).
     */
    private static Set<String> readByLevelling(Blank blank, JoinCase c) {
        switch (blank) {
            case HOST_PRODUCT_VERSION:
            case MASTER_PRODUCT_VERSION:
                return Set.of();
            case HOST_LICENCE:
            case MEMBER_LICENCE:
                return Set.of(LicenceRules.POOL_EDITION);
            case HOST_BONDING:
                return Set.of(NetworkRules.BONDS);
            case HOST_VMS:
            case HOST_NON_GUEST_VMS:
                return Set.of(VmRules.RUNNING, VmRules.ACTIVE_OPERATIONS);
            case HOST_NETWORK_INTERFACES:
                return Set.of(NetworkRules.BONDS, NetworkRules.TUNNELS, NetworkRules.SRIOVS,
                        NetworkRules.NON_MANAGEMENT_VLANS);
            case HOST_CERTIFICATES:
            case POOL_CERTIFICATES:
                return Set.of(SecurityRules.CA_CERTIFICATES, SecurityRules.TRUSTED_CERTIFICATES);
            case HOST_OWN_POOL: {
                Set<String> read = new TreeSet<>(List.of(LicenceRules.POOLING, PoolRules.HOST_HA_DISABLED,
                        PoolRules.HOST_CLUSTERING_DISABLED, NetworkRules.BACKEND, NetworkRules.PURPOSE,
                        SecurityRules.TLS_VERIFICATION, SecurityRules.CA_CERTIFICATES,
                        SecurityRules.TRUSTED_CERTIFICATES, PoolRules.HOST_NOT_UPDATING, StorageRules.SM_FEATURES));
                // The licence's pool size restriction matters from 3 hosts on.
                if (c.pool().size() >= 3) {
                    read.add(LicenceRules.POOL_SIZE);
                }
                return read;
            }
            case HOST_SOFTWARE_VERSION:
                // The master's release then stands in for the host's, which runs the checks: xapi.release says so.
                return Set.of("xapi.release", SoftwareRules.COMPATIBLE, SoftwareRules.HOSTS_HOMOGENEOUS,
                        NetworkRules.BACKEND, SoftwareRules.DB_SCHEMA);
            case MASTER_SOFTWARE_VERSION:
                return Set.of(SoftwareRules.COMPATIBLE, SoftwareRules.HOSTS_HOMOGENEOUS, NetworkRules.BACKEND,
                        SoftwareRules.DB_SCHEMA);
            default:
                return Set.of(READ_BY.get(blank));
        }
    }

    @Test
    void blankingAFactOfACompliantCaseOfTheLevellingEraLeavesAWarningOfEachRuleOfLevellingThatReadsIt() {
        RuleSet rules = RuleSets.levelling();
        qt(200).forAll(JoinCases.compliant(), Generate.enumValues(Blank.class)).checkAssert((compliant, blank) -> {
            JoinCase c = blank.applyTo(LevellingFixtures.levelled(compliant, LevellingFixtures.EVERY_CHECK));
            JoinReport report = rules.evaluate(c.pool(), c.host());
            Set<String> read = readByLevelling(blank, c);

            assertEquals(read, report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet()),
                    () -> blank + "\n" + report.render());
            for (String rule : read) {
                List<Violation> found = report.violationsOf(rule);
                assertEquals(1, found.size(), () -> blank + "\n" + report.render());
                assertEquals(Severity.WARNING, found.get(0).severity(), () -> blank + "\n" + report.render());
                assertInstanceOf(ViolationDetails.UnknownFact.class, found.get(0).details());
            }
        });
    }

    @Test
    void blankingAMembersEditionOfAMaskedJoinLeavesAWarningOfTheMaskingLicence() {
        qt(100).forAll(JoinCases.mutated(Mutation.MASKABLE_CPU_FEATURES).map(Blank.MEMBER_LICENCE::applyTo))
                .checkAssert(c -> {
                    JoinReport report = RuleSets.xenServer56().evaluate(c.pool(), c.host());
                    List<Violation> found = report.violationsOf(CpuRules.MASKING_LICENCE);
                    assertEquals(1, found.size(), report::render);
                    assertEquals(Severity.WARNING, found.get(0).severity(), report::render);
                    assertInstanceOf(ViolationDetails.UnknownFact.class, found.get(0).details());
                });
    }
}
