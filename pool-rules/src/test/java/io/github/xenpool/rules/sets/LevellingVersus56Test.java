package io.github.xenpool.rules.sets;

import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.SamplePools;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each requirement in which the levelling rule set differs from XenServer 5.6, shown on the same
 * join in each rule set's era: xenServer56 on the hosts of {@link JoinFixtures} (XenServer 5.6),
 * levelling on the same hosts running XCP-ng 8.3 ({@link LevellingFixtures}); and HA on the pool,
 * which blocks under both.
 */
class LevellingVersus56Test {

    private static final RuleSet XS56 = RuleSets.xenServer56();
    private static final RuleSet LEVELLING = RuleSets.levelling();
    private static final Pool POOL_56 = JoinFixtures.POOL;
    private static final Pool POOL = LevellingFixtures.POOL;

    private static Vm vm(String name, PowerState state) {
        return Vm.builder().uuid(java.util.UUID.nameUUIDFromBytes(name.getBytes()).toString()).name(name)
                .powerState(state).build();
    }

    /** The same change to the compliant candidate of each era. */
    private static Host[] both(UnaryOperator<Host.Builder> change) {
        return new Host[] {change.apply(JoinFixtures.candidate()).build(),
            change.apply(LevellingFixtures.candidate()).build()};
    }

    @Test
    void bothRuleSetsAllowACompliantHost() {
        JoinReport levelled = LEVELLING.evaluate(POOL, LevellingFixtures.candidate().build());

        JoinAssertions.assertAllowed(XS56.evaluate(POOL_56, JoinFixtures.candidate().build()));
        assertEquals(List.of(), levelled.violations(), levelled.render());
        assertEquals(Optional.empty(), levelled.xapiAnswer().error(), "xapi accepts the join");
    }

    @Test
    void suspendedAndPausedVmsBlockIn56ButOnlyRunningOnesUnderLevelling() {
        for (PowerState state : List.of(PowerState.SUSPENDED, PowerState.PAUSED)) {
            Host[] host = both(b -> b.vm(vm("batch", state)));

            JoinAssertions.assertBlockedBy(XS56.evaluate(POOL_56, host[0]), "vm.running-or-suspended");
            JoinAssertions.assertAllowed(LEVELLING.evaluate(POOL, host[1]));
        }
        Violation running = only(LEVELLING.evaluate(POOL, LevellingFixtures.candidate()
                .vm(vm("web", PowerState.RUNNING)).build()), "vm.running");

        assertEquals(Severity.BLOCKER, running.severity());
        assertEquals("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS", running.xapiErrorCode().orElseThrow());
        assertFalse(LEVELLING.ruleIds().contains("vm.running-or-suspended"));
    }

    @Test
    void haOnThePoolBlocksUnderBothRuleSets() {
        // Not a difference: xapi has refused a join into a pool with HA on since XenServer 5.5.
        Host[] host = both(UnaryOperator.identity());
        List<JoinReport> reports = List.of(XS56.evaluate(POOL_56.toBuilder().haEnabled(true).build(), host[0]),
                LEVELLING.evaluate(POOL.toBuilder().haEnabled(true).build(), host[1]));

        for (JoinReport report : reports) {
            Violation v = only(report, "pool.ha-disabled");
            assertAll(report.ruleSetName(),
                    () -> assertEquals(List.of(v), report.violations(), report.render()),
                    () -> assertEquals(Severity.BLOCKER, v.severity()),
                    () -> assertEquals("HA_IS_ENABLED", v.xapiErrorCode().orElseThrow()),
                    () -> assertTrue(v.fixableByConfiguration()),
                    () -> assertEquals(List.of("Disable HA on pool prod-intel", "Join xs-04 to pool prod-intel",
                            "Enable HA on pool prod-intel again"), steps(v)));
        }
        assertEquals("HA_IS_ENABLED", reports.get(1).xapiAnswer().error().orElseThrow().xapiErrorCode()
                .orElseThrow());
    }

    @Test
    void theSeventeenthHostIsRefusedBy56AndWelcomedByLevellingWhichWarnsFromTheSixtyFifth() {
        Pool.Builder sixteen56 = POOL_56.toBuilder();
        Pool.Builder sixteen = POOL.toBuilder();
        for (int i = 3; i < 16; i++) {
            sixteen56.secondary(JoinFixtures.candidate(i).hostname("xs-" + (10 + i)).build());
            sixteen.secondary(LevellingFixtures.candidate(i).hostname("xs-" + (10 + i)).build());
        }
        Pool.Builder sixtyFour = POOL.toBuilder();
        for (int i = 3; i < 64; i++) {
            sixtyFour.secondary(LevellingFixtures.candidate(i).hostname("xs-" + (10 + i)).build());
        }

        JoinAssertions.assertBlockedBy(XS56.evaluate(sixteen56.build(), JoinFixtures.candidate().build()), "pool.size");
        assertEquals(List.of(), LEVELLING.evaluate(sixteen.build(), LevellingFixtures.candidate().build())
                .violations());
        JoinReport full = LEVELLING.evaluate(sixtyFour.build(), LevellingFixtures.candidate().build());
        Violation size = only(full, "pool.size");
        assertAll(
                () -> assertEquals(64, LEVELLING.defaultContext().maxPoolSize()),
                () -> assertEquals(Verdict.ALLOWED, full.verdict(), full.render()),
                () -> assertEquals(Severity.WARNING, size.severity()),
                () -> assertEquals(Optional.empty(), size.xapiErrorCode(), "xapi does not count the hosts"),
                () -> assertEquals(Optional.empty(), full.xapiAnswer().error()));
    }

    @Test
    void aManagementVlanIsAllowedUnderLevellingWhenItsTagIsTheMasters() {
        Pool tagged = POOL.toBuilder().master(POOL.master().toBuilder().managementInterface(
                POOL.master().managementInterface().toBuilder().vlanTag(20).build()).build()).build();
        Host same = LevellingFixtures.candidate().managementInterface(LevellingFixtures.candidate().build()
                .managementInterface().toBuilder().vlanTag(20).build()).build();
        Host other = same.toBuilder().managementInterface(same.managementInterface().toBuilder().vlanTag(30).build())
                .build();

        assertEquals(List.of(), LEVELLING.evaluate(tagged, same).violations());
        Violation v = only(LEVELLING.evaluate(tagged, other), "network.management-vlan");
        assertEquals("on VLAN 20", v.expected());
        assertEquals("on VLAN 30", v.actual());
        assertEquals("POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH", v.xapiErrorCode().orElseThrow());
        assertEquals(List.of("30", "20"), v.xapiErrorParameters(), "xapi names the joining host's tag first");
        assertFalse(XS56.ruleIds().contains("network.management-vlan"), "5.6 has no such rule");
    }

    @Test
    void nonManagementVlansAndBondsBlockUnderLevellingEachWithXapisCheck() {
        Host[] host = both(b -> b.networkInterface(NetworkInterface.physical("eth1"))
                .networkInterface(NetworkInterface.vlan("eth1.40", 40))
                .networkInterface(NetworkInterface.bond("bond1")));

        JoinReport report = LEVELLING.evaluate(POOL, host[1]);

        assertEquals(List.of("network.bonds", "network.non-management-vlans"), report.blockingRuleIds());
        Violation vlan = only(report, "network.non-management-vlans");
        Violation bond = only(report, "network.bonds");
        assertEquals("POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS", vlan.xapiErrorCode().orElseThrow());
        assertEquals("host.networkInterfaces[eth1.40]", vlan.subject().path());
        assertEquals("POOL_JOINING_HOST_HAS_BONDS", bond.xapiErrorCode().orElseThrow());
        assertEquals("host.networkInterfaces[bond1]", bond.subject().path());
        assertEquals("POOL_JOINING_HOST_HAS_BONDS", report.xapiAnswer().error().orElseThrow().xapiErrorCode()
                .orElseThrow(), "xapi checks the bonds first");
        JoinAssertions.assertAllowed(XS56.evaluate(POOL_56, host[0]));
        assertEquals(List.of(), LEVELLING.evaluate(POOL, LevellingFixtures.candidate().networkInterface(
                NetworkInterface.physical("eth1")).build()).violations());
    }

    @Test
    void aBondedManagementInterfaceBlocksInBothWithTheErrorOfItsEra() {
        Host[] host = both(b -> b.managementInterface(ManagementInterface.builder().device("bond0").bonded(true)
                .ipAddress("192.0.2.14").addressing(Addressing.STATIC).build()));

        Violation old = only(XS56.evaluate(POOL_56, host[0]), "network.bonded-management");
        JoinReport levelled = LEVELLING.evaluate(POOL, host[1]);
        Violation bond = only(levelled, "network.bonds");

        assertEquals("JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND", old.xapiErrorCode().orElseThrow());
        assertEquals(List.of("network.bonds"), levelled.blockingRuleIds(), levelled.render());
        assertEquals("POOL_JOINING_HOST_HAS_BONDS", bond.xapiErrorCode().orElseThrow());
        assertEquals("host.managementInterface.bonded", bond.subject().path());
    }

    @Test
    void anotherCpuVendorIsRefusedByBothLevellingWithXapisHomogeneityCheck() {
        Host amd = SamplePools.amdCandidate();

        JoinAssertions.assertBlockedBy(XS56.evaluate(POOL_56, amd), "cpu.vendor");
        JoinReport levelled = LEVELLING.evaluate(POOL, LevellingFixtures.levelled(amd));
        Violation v = only(levelled, "host.homogeneous");

        assertEquals(List.of(v), levelled.violations(), levelled.render());
        assertEquals("HOSTS_NOT_HOMOGENEOUS", v.xapiErrorCode().orElseThrow());
        assertEquals(List.of("CPUs differ"), v.xapiErrorParameters());
        assertFalse(v.fixableByConfiguration());
        assertFalse(LEVELLING.ruleIds().contains("cpu.vendor"), "xapi's own check stands for it");
    }

    @Test
    void anOlderCpuIsBlockedBy56ButLowersTheLevelUnderLevellingWithAWarning() {
        UnaryOperator<Pool> running = pool -> pool.toBuilder().master(pool.master().toBuilder()
                .vm(vm("sql01", PowerState.RUNNING)).vm(vm("old-batch", PowerState.HALTED)).build()).build();
        Host older = SamplePools.olderIntelCandidate();
        Pool pool = running.apply(POOL);

        JoinAssertions.assertBlockedBy(XS56.evaluate(running.apply(POOL_56), older), "cpu.features");
        JoinReport levelled = LEVELLING.evaluate(pool, LevellingFixtures.levelled(older));
        // The old host has microcode features the pool lacks (spec-ctrl, ...): a note says they stay hidden.
        Violation warning = levelled.warnings().get(0);
        ViolationDetails.CpuLevelling details = (ViolationDetails.CpuLevelling) warning.details();

        assertAll(
                () -> assertEquals(Verdict.ALLOWED, levelled.verdict()),
                () -> assertEquals(List.of(warning), levelled.warnings(), levelled.render()),
                () -> assertEquals("cpu.features", warning.ruleId()),
                () -> assertEquals(List.of("sql01"), details.vmsThatCannotMigrate()),
                () -> assertTrue(details.lostNames().containsAll(List.of("fma", "movbe", "avx2", "bmi2")),
                        details.lostNames().toString()),
                () -> assertEquals(pool.cpuLevel().orElseThrow().features()
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

        JoinAssertions.assertAllowedWithMasking(XS56.evaluate(POOL_56, newer));
        JoinReport levelled = LEVELLING.evaluate(POOL, LevellingFixtures.levelled(newer));
        Violation note = only(levelled, "cpu.features");

        assertEquals(Verdict.ALLOWED, levelled.verdict());
        assertEquals(List.of(note), levelled.violations(), levelled.render());
        assertEquals(Severity.INFO, note.severity());
        assertTrue(note.message().contains("they stay hidden while it is in this pool"), note.message());
        assertTrue(((ViolationDetails.CpuFeatures) note.details()).hiddenNames().containsAll(
                List.of("hle", "rtm", "rdseed", "adx")));
    }

    @Test
    void maskingNeedsEnterpriseIn56ButLevellingNeedsNoLicenceForIt() {
        UnaryOperator<Pool> advanced = pool -> pool.toBuilder().master(pool.master().withLicence(
                LicenceEdition.ADVANCED)).secondaries(pool.secondaries().stream()
                .map(h -> h.withLicence(LicenceEdition.ADVANCED)).toList()).build();
        Host newer = SamplePools.newerIntelCandidate().withLicence(LicenceEdition.ADVANCED);

        JoinAssertions.assertBlockedBy(XS56.evaluate(advanced.apply(POOL_56), newer), "cpu.masking-licence");
        JoinAssertions.assertAllowed(LEVELLING.evaluate(advanced.apply(POOL), LevellingFixtures.levelled(newer)));
        assertFalse(LEVELLING.ruleIds().contains("cpu.masking-licence"));
    }

    @Test
    void theHostsEditionIsComparedWithThePoolsLowestAsXapiDoes() {
        UnaryOperator<Pool> mixed = pool -> pool.toBuilder().secondaries(List.of(pool.secondaries().get(0)
                .withLicence(LicenceEdition.ADVANCED), pool.secondaries().get(1))).build();
        Host enterprise = LevellingFixtures.candidate().build();

        JoinAssertions.assertBlockedBy(XS56.evaluate(mixed.apply(POOL_56), JoinFixtures.candidate().build()),
                "licence.edition");
        assertEquals(List.of(), LEVELLING.evaluate(mixed.apply(POOL), enterprise.withLicence(LicenceEdition.ADVANCED))
                .violations());
        Violation v = only(LEVELLING.evaluate(mixed.apply(POOL), enterprise), "licence.pool-edition");
        assertEquals("LICENSE_HOST_POOL_MISMATCH", v.xapiErrorCode().orElseThrow());
        assertEquals(List.of("host edition = \"enterprise\"", "pool edition = \"advanced\""),
                v.xapiErrorParameters());
        assertFalse(LEVELLING.ruleIds().contains("licence.edition"));
    }

    @Test
    void whatBlocksIn56AndXapiDoesNotCheckOnlyWarnsUnderLevelling() {
        List<UnaryOperator<Host.Builder>> changes = List.of(
                b -> b.managementInterface(b.build().managementInterface().toBuilder().addressing(Addressing.DHCP)
                        .build()),
                b -> b.clock(new HostClock(Duration.ofSeconds(30), true)),
                b -> b.software(b.build().software().toBuilder().hotfix("XS56E999").build()),
                b -> b.software(b.build().software().toBuilder().supplementalPack("dell-openmanage", "6.2").build()),
                b -> b.cpu(b.build().cpu().toBuilder().virtualizationEnabled(false).build()));
        List<String> rules = List.of("network.static-ip", "clock.sync", "software.patch-level",
                "software.supplemental-packs", "cpu.virtualization");
        // Pools that run HVM VMs, where a host without hardware virtualization blocked in 5.6.
        UnaryOperator<Pool> hvm = pool -> pool.toBuilder().master(pool.master().toBuilder().vm(Vm.builder()
                .uuid("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d").name("win").powerState(PowerState.HALTED)
                .mode(VirtualizationMode.HVM).build()).build()).build();
        for (int i = 0; i < rules.size(); i++) {
            String rule = rules.get(i);
            Host[] host = both(changes.get(i));

            JoinAssertions.assertBlockedBy(XS56.evaluate(hvm.apply(POOL_56), host[0]), rule);
            JoinReport levelled = LEVELLING.evaluate(hvm.apply(POOL), host[1]);
            Violation v = only(levelled, rule);
            assertAll(rule,
                    () -> assertEquals(List.of(v), levelled.violations(), levelled.render()),
                    () -> assertEquals(Severity.WARNING, v.severity()),
                    () -> assertEquals(Optional.empty(), v.xapiErrorCode()),
                    () -> assertEquals(Optional.empty(), levelled.xapiAnswer().error()));
        }
    }

    @Test
    void aHostOnAMembersManagementAddressIsBlockedByBothThoughXapiDoesNotCheckIt() {
        Host[] host = both(b -> b.managementInterface(b.build().managementInterface().toBuilder()
                .ipAddress("192.0.2.12").build()));

        JoinAssertions.assertBlockedBy(XS56.evaluate(POOL_56, host[0]), "network.address-in-use");
        JoinReport levelled = LEVELLING.evaluate(POOL, host[1]);

        assertEquals(List.of("network.address-in-use"), levelled.blockingRuleIds());
        assertEquals(Optional.empty(), only(levelled, "network.address-in-use").xapiErrorCode());
        assertEquals(Optional.empty(), levelled.xapiAnswer().error(), "xapi would try the join");
    }

    @Test
    void theRuleSetsNameTheirRules() {
        List<String> expected = new ArrayList<>(RuleSets.xapi().ruleIds());
        expected.addAll(List.of("cpu.features", "cpu.virtualization", "network.static-ip", "network.address-in-use",
                "clock.sync", "pool.size", "software.patch-level", "software.supplemental-packs",
                "storage.static-address", "pool.shared-storage"));

        assertEquals(expected, LEVELLING.ruleIds());
        assertEquals(LEVELLING.ruleIds(), RuleSets.named("levelling").ruleIds());
        assertEquals(java.util.Optional.empty(), CpuCatalog.shipped().model("Nehalem").toCpuBuilder().build()
                .maskingSupport(), "a catalog model does not say what the CPU can mask");
    }
}
