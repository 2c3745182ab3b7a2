package io.github.xenpool.rules.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the fleet matcher ranks and counts: free slots, CPU levels, mismatched keys, unknown facts. */
class FleetRankingByFreeSlotsAndLevelTest {

    private static final Pool INTEL = SamplePools.enterpriseIntelPool();

    /** The Intel pool running XCP-ng 8.3, for the levelling rule set. */
    private static final Pool INTEL_LEVELLED = LevellingFixtures.POOL;

    /** A look-alike of the Intel pool whose every member is changed the same way. */
    private static Pool restyled(String name, int size, UnaryOperator<Host> change) {
        return restyled(INTEL, name, size, change);
    }

    /** A look-alike of a pool whose every member is changed the same way. */
    private static Pool restyled(Pool pool, String name, int size, UnaryOperator<Host> change) {
        Pool changed = pool.toBuilder().master(change.apply(pool.master()))
                .secondaries(pool.secondaries().stream().map(change).toList()).build();
        return FleetFixtures.lookAlike(changed, name, size);
    }

    private static Cpu sandyBridge() {
        return CpuCatalog.shipped().realHost("Xeon-E5-2650").toCpuBuilder().maskingSupport(MaskingSupport.FULL).build();
    }

    /** The compliant candidate with a running VM: blocked by every pool, for a reason configuration fixes. */
    private static Host busy(Host host) {
        return host.toBuilder().vm(Vm.builder().uuid("6c5b4a39-2817-4605-a4f3-e2d1c0b9a897").name("busy")
                .powerState(PowerState.RUNNING).mode(VirtualizationMode.PV).build()).build();
    }

    private static HostMatches matched(FleetMatcher matcher, Host host) {
        HostMatches indexed = matcher.match(host);
        assertEquals(matcher.matchExhaustively(host), indexed, "the index answers as evaluating every pool does");
        return indexed;
    }

    private static PoolMatch blocked(Pool pool, int freeSlots, int unfixable, int mismatched, String... rules) {
        return new PoolMatch(pool.id(), pool.name(), Verdict.BLOCKED, 0, freeSlots, unfixable, mismatched,
                List.of(rules));
    }

    private static PoolMatch allowed(Pool pool, int freeSlots, int mismatched) {
        return new PoolMatch(pool.id(), pool.name(), Verdict.ALLOWED, 0, freeSlots, 0, mismatched, List.of());
    }

    private static Host withHotfix(Host host) {
        return host.toBuilder().software(host.software().toBuilder().hotfix("XS56E999").build()).build();
    }

    private static Host platinum(Host host) {
        return host.toBuilder().licence(LicenceEdition.PLATINUM).build();
    }

    private static Host onVlan42(Host host) {
        return host.toBuilder().managementInterface(host.managementInterface().toBuilder().vlanTag(42).build()).build();
    }

    // Pools differing from the Intel pool's hosts in 0, 1, 2 and 3 homogeneity keys.
    private final Pool same = FleetFixtures.lookAlike(INTEL, "p0", 3);
    private final Pool oneKey = restyled("p1", 3, FleetRankingByFreeSlotsAndLevelTest::withHotfix);
    private final Pool twoKeys = restyled("p2", 3, h -> platinum(withHotfix(h)));
    private final Pool threeKeys = restyled("p3", 3, h -> onVlan42(platinum(withHotfix(h))));
    private final List<Pool> byKeys = List.of(threeKeys, twoKeys, oneKey, same);
    // The same pools running XCP-ng 8.3, where a hotfix that differs only warns (xapi does not compare them).
    private final Pool sameLevelled = FleetFixtures.lookAlike(INTEL_LEVELLED, "p0", 3);
    private final Pool oneKeyLevelled = restyled(INTEL_LEVELLED, "p1", 3,
            FleetRankingByFreeSlotsAndLevelTest::withHotfix);
    private final Pool twoKeysLevelled = restyled(INTEL_LEVELLED, "p2", 3, h -> platinum(withHotfix(h)));
    private final Pool threeKeysLevelled = restyled(INTEL_LEVELLED, "p3", 3, h -> onVlan42(platinum(withHotfix(h))));
    private final List<Pool> byKeysLevelled = List.of(threeKeysLevelled, twoKeysLevelled, oneKeyLevelled,
            sameLevelled);

    @Test
    void ofTwoLookAlikePoolsTheFreerRanksFirst() {
        Pool small = FleetFixtures.lookAlike(INTEL, "small", 2);
        Pool big = FleetFixtures.lookAlike(INTEL, "big", 5);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(big, small));

        HostMatches matches = matched(matcher, SamplePools.compliantCandidate());

        assertEquals(1, matcher.poolClasses(), "look-alikes of any size form one class");
        assertEquals(2, matches.joinablePools());
        assertEquals(List.of(allowed(small, 14, 0), allowed(big, 11, 0)), matches.best());
        assertEquals(List.of(), matches.closest());
    }

    @Test
    void ofTwoLookAlikePoolsThatBlockTheFreerIsTheCloser() {
        Pool small = FleetFixtures.lookAlike(INTEL, "small", 2);
        Pool big = FleetFixtures.lookAlike(INTEL, "big", 5);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(big, small));

        HostMatches matches = matched(matcher, SamplePools.amdCandidate());

        assertEquals(0, matches.joinablePools());
        assertEquals(List.of(), matches.best());
        assertEquals(List.of(blocked(small, 14, 1, 1, "cpu.vendor"), blocked(big, 11, 1, 1, "cpu.vendor")),
                matches.closest());
    }

    @Test
    void poolsOfDifferentCpuLevelsAreNotOneClass() {
        Pool haswell = FleetFixtures.lookAlike(INTEL, "haswell", 3);
        Pool sandy = restyled("sandy", 3, h -> h.withCpu(sandyBridge()));
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(haswell, sandy));

        HostMatches older = matched(matcher, SamplePools.olderIntelCandidate());
        HostMatches busyOlder = matched(matcher, busy(SamplePools.olderIntelCandidate()));

        assertEquals(2, matcher.poolClasses());
        assertEquals(List.of("cpu.features"),
                RuleSets.xenServer56().evaluate(haswell, SamplePools.olderIntelCandidate()).blockingRuleIds());
        assertEquals(1, older.joinablePools(), "joinable to the Sandy Bridge pool only");
        assertEquals(List.of(allowed(sandy, 13, 0)), older.best());
        assertEquals(List.of(blocked(sandy, 13, 0, 0, "vm.running-or-suspended"),
                blocked(haswell, 13, 1, 0, "cpu.features", "vm.running-or-suspended")), busyOlder.closest());
    }

    @Test
    void theClosestPoolsCountEachMismatchedKeyUnderLevellingEvenOneThatOnlyWarns() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.levelling(), RuleSets.levelling().defaultContext(), 4,
                byKeysLevelled);

        HostMatches matches = matched(matcher, busy(LevellingFixtures.candidate().build()));

        assertEquals(4, matcher.poolClasses());
        assertEquals(List.of(
                blocked(sameLevelled, 61, 0, 0, "vm.running"),
                blocked(oneKeyLevelled, 61, 0, 1, "vm.running"),
                blocked(twoKeysLevelled, 61, 0, 2, "vm.running", "licence.pool-edition"),
                blocked(threeKeysLevelled, 61, 0, 3, "vm.running", "network.management-vlan",
                        "licence.pool-edition")), matches.closest());
    }

    @Test
    void anotherCpuVendorIsOneMoreMismatchedKeyAndOneUnfixableBlocker() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.levelling(), RuleSets.levelling().defaultContext(), 4,
                byKeysLevelled);

        HostMatches matches = matched(matcher, busy(LevellingFixtures.levelled(SamplePools.amdCandidate())));

        assertEquals(List.of(
                blocked(sameLevelled, 61, 1, 1, "vm.running", "host.homogeneous"),
                blocked(oneKeyLevelled, 61, 1, 2, "vm.running", "host.homogeneous"),
                blocked(twoKeysLevelled, 61, 1, 3, "vm.running", "host.homogeneous", "licence.pool-edition"),
                blocked(threeKeysLevelled, 61, 1, 4, "vm.running", "host.homogeneous", "network.management-vlan",
                        "licence.pool-edition")), matches.closest());
    }

    @Test
    void anotherProductVersionAndAnotherSetOfPacksAreOneMismatchedKeyEach() {
        Pool olderVersion = restyled("pv", 3, h -> h.toBuilder()
                .software(h.software().toBuilder().productVersion("5.6.0").build()).build());
        Pool morePacks = restyled("pk", 3, h -> h.toBuilder()
                .software(h.software().toBuilder().supplementalPack("dell-openmanage", "6.2").build()).build());
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), RuleSets.xenServer56().defaultContext(), 4,
                List.of(morePacks, olderVersion, same));

        Map<String, PoolMatch> closest = matched(matcher, busy(SamplePools.compliantCandidate())).closest().stream()
                .collect(Collectors.toMap(PoolMatch::poolName, match -> match));

        assertEquals(blocked(same, 13, 0, 0, "vm.running-or-suspended"), closest.get("p0"));
        assertEquals(blocked(olderVersion, 13, 0, 1, "vm.running-or-suspended", "software.version"), closest.get("pv"));
        assertEquals(blocked(morePacks, 13, 0, 1, "vm.running-or-suspended", "software.supplemental-packs"),
                closest.get("pk"));
    }

    @Test
    void theManagementVlanIsAKeyOnlyWhereTheRuleSetChecksIt() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), RuleSets.xenServer56().defaultContext(), 4,
                byKeys);

        HostMatches matches = matched(matcher, busy(SamplePools.compliantCandidate()));

        assertEquals(List.of(
                blocked(same, 13, 0, 0, "vm.running-or-suspended"),
                blocked(oneKey, 13, 0, 1, "vm.running-or-suspended", "software.patch-level"),
                blocked(threeKeys, 13, 0, 2, "vm.running-or-suspended", "software.patch-level", "licence.edition"),
                blocked(twoKeys, 13, 0, 2, "vm.running-or-suspended", "software.patch-level", "licence.edition")),
                matches.closest(), "p2 and p3 now tie, and rank by pool id");
        assertTrue(threeKeys.id().compareTo(twoKeys.id()) < 0);
    }

    @Test
    void aHostOfUnknownEditionIsAnsweredAsByEvaluatingEveryPool() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.levelling(), RuleSets.levelling().defaultContext(), 4,
                byKeysLevelled);
        Host unknown = LevellingFixtures.levelled(SamplePools.amdCandidate()).toBuilder().unknownLicence().build();

        HostMatches matches = matched(matcher, unknown);

        assertEquals(List.of(
                blocked(sameLevelled, 61, 1, 2, "host.homogeneous"),
                blocked(twoKeysLevelled, 61, 1, 3, "host.homogeneous"),
                blocked(oneKeyLevelled, 61, 1, 3, "host.homogeneous"),
                blocked(threeKeysLevelled, 61, 1, 4, "host.homogeneous", "network.management-vlan")),
                matches.closest());
        assertTrue(twoKeysLevelled.id().compareTo(oneKeyLevelled.id()) < 0, "p1 and p2 tie, and rank by pool id");
    }

    @Test
    void aPoolOfUnknownEditionIsJoinableAndCountsItsEditionAsMismatched() {
        Pool unknownEdition = restyled(INTEL_LEVELLED, "unknown", 2, h -> h.toBuilder().unknownLicence().build());
        FleetMatcher matcher = FleetMatcher.of(RuleSets.levelling(), List.of(sameLevelled, unknownEdition));

        HostMatches joins = matched(matcher, LevellingFixtures.candidate().build());
        HostMatches blocked = matched(matcher, busy(LevellingFixtures.candidate().build()));

        assertEquals(2, joins.joinablePools());
        assertEquals(List.of(allowed(unknownEdition, 62, 1), allowed(sameLevelled, 61, 0)), joins.best());
        assertEquals(List.of(blocked(sameLevelled, 61, 0, 0, "vm.running"),
                blocked(unknownEdition, 62, 0, 1, "vm.running")), blocked.closest());
    }
}
