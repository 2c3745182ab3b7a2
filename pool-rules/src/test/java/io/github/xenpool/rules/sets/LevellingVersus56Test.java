package io.github.xenpool.rules.sets;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.demo.SamplePools;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each requirement in which the levelling rule set differs from XenServer 5.6, shown on the same
 * join; and HA on the pool, which blocks under both.
 */
class LevellingVersus56Test {

    private static final RuleSet XS56 = RuleSets.xenServer56();
    private static final RuleSet LEVELLING = RuleSets.levelling();

    private static Vm vm(String name, PowerState state) {
        return Vm.builder().uuid(java.util.UUID.nameUUIDFromBytes(name.getBytes()).toString()).name(name)
                .powerState(state).build();
    }

    @Test
    void bothRuleSetsAllowACompliantHost() {
        JoinAssertions.assertAllowed(XS56.evaluate(POOL, candidate().build()));
        JoinAssertions.assertAllowed(LEVELLING.evaluate(POOL, candidate().build()));
    }

    @Test
    void aSuspendedVmBlocksIn56ButNotUnderLevelling() {
        Host host = candidate().vm(vm("batch", PowerState.SUSPENDED)).build();

        JoinAssertions.assertBlockedBy(XS56.evaluate(POOL, host), "vm.running-or-suspended");
        JoinAssertions.assertAllowed(LEVELLING.evaluate(POOL, host));
        JoinAssertions.assertBlockedBy(LEVELLING.evaluate(POOL, candidate().vm(vm("web", PowerState.RUNNING)).build()),
                "vm.running-or-suspended");
    }

    @Test
    void haOnThePoolBlocksUnderBothRuleSets() {
        // Not a difference: xapi has refused a join into a pool with HA on since XenServer 5.5.
        Pool ha = POOL.toBuilder().haEnabled(true).build();

        for (RuleSet rules : List.of(XS56, LEVELLING)) {
            JoinReport report = rules.evaluate(ha, candidate().build());
            JoinAssertions.assertBlockedBy(report, "pool.ha-disabled");
            Violation v = only(report, "pool.ha-disabled");
            assertAll(rules.name(),
                    () -> assertEquals(List.of(v), report.violations(), report.render()),
                    () -> assertEquals(Severity.BLOCKER, v.severity()),
                    () -> assertEquals("HA_IS_ENABLED", v.xapiErrorCode().orElseThrow()),
                    () -> assertTrue(v.fixableByConfiguration()),
                    () -> assertEquals(List.of("Disable HA on pool prod-intel", "Join xs-04 to pool prod-intel",
                            "Enable HA on pool prod-intel again"), steps(v)));
        }
    }

    @Test
    void theSeventeenthHostIsRefusedBy56AndWelcomedByLevelling() {
        Pool.Builder builder = POOL.toBuilder();
        for (int i = 3; i < 16; i++) {
            builder.secondary(candidate(i).hostname("xs-" + (10 + i)).build());
        }
        Pool sixteen = builder.build();

        JoinAssertions.assertBlockedBy(XS56.evaluate(sixteen, candidate().build()), "pool.size");
        JoinAssertions.assertAllowed(LEVELLING.evaluate(sixteen, candidate().build()));
        assertEquals(64, LEVELLING.defaultContext().maxPoolSize());
    }

    @Test
    void aManagementVlanIsAllowedUnderLevellingWhenItsTagIsTheMasters() {
        Pool tagged = POOL.toBuilder().master(POOL.master().toBuilder().managementInterface(
                POOL.master().managementInterface().toBuilder().vlanTag(20).build()).build()).build();
        Host same = candidate().managementInterface(ManagementInterface.builder().ipAddress("192.0.2.14").vlanTag(20)
                .build()).build();
        Host other = candidate().managementInterface(ManagementInterface.builder().ipAddress("192.0.2.14").vlanTag(30)
                .build()).build();

        JoinAssertions.assertAllowed(LEVELLING.evaluate(tagged, same));
        Violation v = only(LEVELLING.evaluate(tagged, other), "network.management-vlan");
        assertEquals("on VLAN 20", v.expected());
        assertEquals("on VLAN 30", v.actual());
        assertEquals("POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH", v.xapiErrorCode().orElseThrow());
        assertFalse(XS56.evaluate(tagged, other).hasViolation("network.management-vlan"), "5.6 has no such rule");
    }

    @Test
    void nonManagementVlansAndBondsBlockUnderLevelling() {
        Host host = candidate().networkInterface(NetworkInterface.physical("eth1"))
                .networkInterface(NetworkInterface.vlan("eth1.40", 40)).networkInterface(NetworkInterface.bond("bond1"))
                .build();

        JoinReport report = LEVELLING.evaluate(POOL, host);

        assertEquals(List.of("POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS", "POOL_JOINING_HOST_HAS_BONDS"),
                report.violationsOf("network.other-interfaces").stream().map(v -> v.xapiErrorCode().orElseThrow())
                        .toList());
        assertEquals(List.of("host.networkInterfaces[eth1.40]", "host.networkInterfaces[bond1]"),
                report.violationsOf("network.other-interfaces").stream().map(v -> v.subject().path()).toList());
        JoinAssertions.assertAllowed(XS56.evaluate(POOL, host));
        JoinAssertions.assertAllowed(LEVELLING.evaluate(POOL, candidate().networkInterface(
                NetworkInterface.physical("eth1")).build()));
    }

    @Test
    void aBondedManagementInterfaceBlocksInBoth() {
        Host host = candidate().managementInterface(ManagementInterface.builder().device("bond0").bonded(true)
                .ipAddress("192.0.2.14").build()).build();

        JoinAssertions.assertBlockedBy(XS56.evaluate(POOL, host), "network.bonded-management");
        JoinAssertions.assertBlockedBy(LEVELLING.evaluate(POOL, host), "network.bonded-management");
    }

    @Test
    void anOlderCpuIsBlockedBy56ButLowersTheLevelUnderLevellingWithAWarning() {
        Pool running = POOL.toBuilder().master(POOL.master().toBuilder().vm(vm("sql01", PowerState.RUNNING))
                .vm(vm("old-batch", PowerState.HALTED)).build()).build();
        Host older = SamplePools.olderIntelCandidate();

        JoinAssertions.assertBlockedBy(XS56.evaluate(running, older), "cpu.features");
        JoinReport levelled = LEVELLING.evaluate(running, older);
        // The old host has microcode features the pool lacks (spec-ctrl, ...): a note says they stay hidden.
        Violation warning = levelled.warnings().stream().filter(v -> v.ruleId().equals("cpu.features")).findFirst()
                .orElseThrow();
        ViolationDetails.CpuLevelling details = (ViolationDetails.CpuLevelling) warning.details();

        assertAll(
                () -> assertEquals(Verdict.ALLOWED, levelled.verdict()),
                () -> assertEquals(Severity.WARNING, warning.severity()),
                () -> assertEquals(List.of("sql01"), details.vmsThatCannotMigrate()),
                () -> assertTrue(details.lostNames().containsAll(List.of("fma", "movbe", "avx2", "bmi2")),
                        details.lostNames().toString()),
                () -> assertEquals(running.cpuLevel().orElseThrow().features()
                        .intersect(older.cpu().physicalFeatures().orElseThrow()), details.newLevel()),
                () -> assertEquals(details.newLevel(), levelled.resultingCpuLevel().orElseThrow().features()),
                () -> assertTrue(warning.message().contains("sql01 cannot migrate to xs-old until they restart"),
                        warning.message()),
                () -> assertEquals("Restart sql01 after the join so that they can migrate to xs-old", steps(warning)
                        .get(0)));
    }

    @Test
    void aNewerCpuIsMaskedIn56AndKeepsItsExtrasHiddenUnderLevelling() {
        Host newer = SamplePools.newerIntelCandidate();

        JoinAssertions.assertAllowedWithMasking(XS56.evaluate(POOL, newer));
        JoinReport levelled = LEVELLING.evaluate(POOL, newer);
        Violation note = levelled.notes().stream().filter(v -> v.ruleId().equals("cpu.features")).findFirst()
                .orElseThrow();

        assertEquals(Verdict.ALLOWED, levelled.verdict());
        assertEquals(Severity.INFO, note.severity());
        assertTrue(note.message().contains("they stay hidden while it is in this pool"), note.message());
        assertTrue(((ViolationDetails.CpuFeatures) note.details()).hiddenNames().containsAll(
                List.of("hle", "rtm", "rdseed", "adx")));
    }

    @Test
    void maskingNeedsEnterpriseIn56ButLevellingNeedsNoLicenceForIt() {
        Pool advanced = POOL.toBuilder().master(POOL.master().withLicence(LicenceEdition.ADVANCED))
                .secondaries(POOL.secondaries().stream().map(h -> h.withLicence(LicenceEdition.ADVANCED)).toList())
                .build();
        Host newer = SamplePools.newerIntelCandidate().withLicence(LicenceEdition.ADVANCED);

        JoinAssertions.assertBlockedBy(XS56.evaluate(advanced, newer), "cpu.masking-licence");
        JoinAssertions.assertAllowed(LEVELLING.evaluate(advanced, newer));
    }

    @Test
    void theHostsEditionIsComparedWithThePoolsLowest() {
        Pool mixed = POOL.toBuilder().secondaries(List.of(POOL.secondaries().get(0).withLicence(LicenceEdition.ADVANCED),
                POOL.secondaries().get(1))).build();

        JoinAssertions.assertAllowed(LEVELLING.evaluate(mixed, candidate().licence(LicenceEdition.ADVANCED).build()));
        JoinAssertions.assertBlockedBy(LEVELLING.evaluate(mixed, candidate().build()), "licence.edition");
    }

    @Test
    void theRuleSetsNameTheirRules() {
        assertEquals(List.of("pool.size", "pool.ha-disabled", "host.standalone", "cpu.vendor", "cpu.features",
                "cpu.virtualization", "network.static-ip", "network.address-in-use", "network.bonded-management",
                "network.management-vlan",
                "network.other-interfaces", "clock.sync", "vm.running-or-suspended", "vm.active-operations",
                "storage.shared", "software.version", "software.patch-level", "software.supplemental-packs",
                "licence.edition", "pool.shared-storage", "storage.static-address"), LEVELLING.ruleIds());
        assertEquals(LEVELLING.ruleIds(), RuleSets.named("levelling").ruleIds());
        assertEquals(java.util.Optional.empty(), CpuCatalog.shipped().model("Nehalem").toCpuBuilder().build().maskingSupport(),
                "a catalog model does not say what the CPU can mask");
    }
}
