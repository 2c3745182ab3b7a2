package io.github.xenpool.rules.fleet;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.clock.ClockRules;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.rules.storage.StorageRules;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.Blank;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FleetMatcherTest {

    /** Pools of several join cases (distinct ids) and every case's host. */
    record Fleet(List<Pool> pools, List<Host> hosts) {
    }

    private static Fleet fleet(List<JoinCase> cases) {
        Map<String, Pool> pools = new LinkedHashMap<>();
        List<Host> hosts = new ArrayList<>();
        for (JoinCase c : cases) {
            pools.putIfAbsent(c.pool().id(), c.pool());
            hosts.add(c.host());
        }
        return new Fleet(List.copyOf(pools.values()), hosts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xenServer56", "levelling"})
    void theIndexGivesTheAnswersOfEvaluatingEveryPair(String ruleSet) {
        assertTheIndexGivesTheAnswersOfEvaluatingEveryPair(RuleSets.named(ruleSet), JoinCases.any(), 150);
    }

    @Test
    void theIndexGivesTheAnswersOfEvaluatingEveryPairWithXapisChecks() {
        assertTheIndexGivesTheAnswersOfEvaluatingEveryPair(RuleSets.xapi(), JoinCases.any(), 40);
    }

    @Test
    void theIndexGivesTheAnswersOfEvaluatingEveryPairOfHostsOfTheLevellingEra() {
        assertTheIndexGivesTheAnswersOfEvaluatingEveryPair(RuleSets.levelling(),
                JoinCases.any().map(c -> LevellingFixtures.levelled(c)), 150);
    }

    private static void assertTheIndexGivesTheAnswersOfEvaluatingEveryPair(RuleSet rules, Gen<JoinCase> joinCases,
            int examples) {
        AtomicInteger joinableHosts = new AtomicInteger();
        AtomicInteger strandedHosts = new AtomicInteger();
        qt(examples).forAll(lists().of(joinCases).ofSizeBetween(1, 12)).checkAssert(cases -> {
            Fleet fleet = fleet(cases);
            FleetMatcher matcher = FleetMatcher.of(rules, JoinContext.defaults().withMaxPoolSize(
                    rules.defaultContext().maxPoolSize()), 3, fleet.pools());
            for (Host host : fleet.hosts()) {
                HostMatches indexed = matcher.match(host);
                assertEquals(matcher.matchExhaustively(host), indexed, host.hostname());
                (indexed.joinablePools() > 0 ? joinableHosts : strandedHosts).incrementAndGet();
            }
        });
        assertTrue(joinableHosts.get() > examples * 2 / 3 && strandedHosts.get() > examples * 2 / 3,
                "both kinds of answer were compared: " + joinableHosts + " joinable, " + strandedHosts + " stranded");
    }

    @Test
    void theIndexAgreesWithEveryPairWhenFactsAreUnknownOrAddressesClash() {
        Gen<JoinCase> blanked = JoinCases.any().zip(Generate.enumValues(Blank.class), Generate.booleans(),
                (c, blank, apply) -> apply ? blank.applyTo(c) : c);
        RuleSet rules = RuleSets.xenServer56();
        qt(120).forAll(lists().of(blanked).ofSizeBetween(1, 12)).checkAssert(cases -> {
            Fleet fleet = fleet(cases);
            FleetMatcher matcher = FleetMatcher.of(rules, fleet.pools());
            List<Host> hosts = new ArrayList<>(fleet.hosts());
            // A stranger on the management address of a member of the first pool.
            Host member = fleet.pools().get(0).master();
            member.managementInterface().ipAddress().ifPresent(address -> hosts.add(fleet.hosts().get(0).toBuilder()
                    .id(java.util.UUID.nameUUIDFromBytes(address.getBytes(StandardCharsets.UTF_8)).toString())
                    .managementInterface(member.managementInterface()).build()));
            for (Host host : hosts) {
                assertEquals(matcher.matchExhaustively(host), matcher.match(host), host.hostname());
            }
        });
    }

    @Test
    void aHostWhoseVersionIsUnknownCanJoinPoolsOfAnyVersion() {
        Host unknown = SamplePools.compliantCandidate().toBuilder().software(SamplePools.compliantCandidate()
                .software().toBuilder().unknownProductVersion().build()).build();
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), SamplePools.all());

        HostMatches matches = matcher.match(unknown);

        assertEquals(1, matches.joinablePools());
        assertEquals("prod-intel", matches.best().get(0).poolName());
    }

    @Test
    void joinableHostsGetTheirBestPoolsInRankingOrder() {
        Pool intel = SamplePools.enterpriseIntelPool();
        Pool bigger = intel.toBuilder().secondaries(List.of()).id("9e8d7c6b-5a49-4837-a261-504f3e2d1c0b")
                .name("small-intel").master(intel.master().toBuilder().membership(
                        io.github.xenpool.core.Membership.standalone()).build()).build();
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(intel, bigger,
                SamplePools.advancedAmdPool()));

        HostMatches clean = matcher.match(SamplePools.compliantCandidate());
        HostMatches newer = matcher.match(SamplePools.newerIntelCandidate());

        assertEquals(2, clean.joinablePools());
        assertEquals(List.of("small-intel", "prod-intel"), clean.best().stream().map(PoolMatch::poolName).toList(),
                "more free slots first");
        assertEquals(Verdict.ALLOWED_WITH_MASKING, newer.best().get(0).verdict());
        assertEquals(7, newer.best().get(0).hiddenFeatures(), "3dnowprefetch, hle, rtm, rdseed, adx, smap, intel-pt");
        assertEquals(List.of(), clean.closest());
    }

    @Test
    void closestPoolsRankFirstByTheBlockersConfigurationCannotFix() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), SamplePools.all());

        HostMatches amd = matcher.match(SamplePools.amdCandidate());

        assertEquals(0, amd.joinablePools());
        assertEquals(List.of(), amd.best());
        PoolMatch first = amd.closest().get(0);
        assertEquals("lab-amd", first.poolName(), "patches, packs and licence can all be fixed; a vendor cannot");
        assertEquals(0, first.unfixableBlockers());
        assertEquals(List.of("software.patch-level", "software.supplemental-packs", "licence.edition"),
                first.blockingRules());
        PoolMatch second = amd.closest().get(1);
        assertEquals("prod-intel", second.poolName());
        assertEquals(1, second.unfixableBlockers());
        assertEquals(1, second.mismatchedKeys());
        assertEquals(List.of("cpu.vendor"), second.blockingRules());
        assertEquals(matcher.matchExhaustively(SamplePools.amdCandidate()), amd);
    }

    @Test
    void theReadmesEditedRuleSetGivesTheAnswersOfEvaluatingEveryPair() {
        RuleSet lab = RuleSets.xenServer56().replace("licence.edition",
                LicenceRules.edition().withSeverity(Severity.WARNING).because("lab pool"));
        FleetMatcher matcher = FleetMatcher.of(lab, SamplePools.all());
        Host advanced = SamplePools.compliantCandidate().withLicence(LicenceEdition.ADVANCED);

        HostMatches indexed = matcher.match(advanced);

        assertEquals(matcher.matchExhaustively(advanced), indexed);
        assertEquals(1, indexed.joinablePools(), "another edition only warns in this rule set");
        assertEquals("prod-intel", indexed.best().get(0).poolName());
        assertEquals(List.of("licence.edition"), matcher.rulesEvaluatedPerPool());
    }

    @Test
    void aCustomRuleThatReadsThePoolsNameIsEvaluatedForEveryPool() {
        Pool prod = SamplePools.enterpriseIntelPool();
        Pool lab = FleetFixtures.lookAlike(prod, "lab-intel", prod.size());
        JoinRule labOnly = JoinRule.of("site.lab-only", "only lab pools take new hosts", (pool, host, context) ->
                pool.name().startsWith("lab-") ? List.of()
                        : List.of(Violation.of("site.lab-only", Severity.BLOCKER, Subject.pool(pool))
                                .message(pool.name() + " is not a lab pool").fixableByConfiguration(true).build()));
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56().add(labOnly), List.of(prod, lab));

        HostMatches indexed = matcher.match(SamplePools.compliantCandidate());

        assertEquals(1, matcher.poolClasses(), "the two pools look alike to the shipped rules");
        assertEquals(matcher.matchExhaustively(SamplePools.compliantCandidate()), indexed);
        assertEquals(1, indexed.joinablePools());
        assertEquals("lab-intel", indexed.best().get(0).poolName());
    }

    @Test
    void aStorageServerWhoseAddressMayChangeSetsAPoolApartAndAStableOrNoServerDoesNot() {
        Pool prod = SamplePools.enterpriseIntelPool();
        StorageRepository nfs = prod.sharedStorage().get(0);
        Pool dhcp = withSharedStorage(prod, "dhcp-intel", nfs.toBuilder().server("nfs01.example.com", Addressing.DHCP)
                .build());
        Pool reserved = withSharedStorage(prod, "reserved-intel", nfs.toBuilder()
                .server("nfs01.example.com", Addressing.DHCP_RESERVED).build());
        Pool serverless = withSharedStorage(prod, "fc-intel", StorageRepository.builder()
                .uuid("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d").name("FC LUN").type("lvmohba").shared(true).build());

        assertEquals(2, FleetMatcher.of(RuleSets.xenServer56(), List.of(prod, dhcp)).poolClasses());
        assertEquals(1, FleetMatcher.of(RuleSets.xenServer56(), List.of(prod, reserved)).poolClasses());
        assertEquals(1, FleetMatcher.of(RuleSets.xenServer56(), List.of(prod, serverless)).poolClasses());
    }

    @Test
    void aHostOnTheAddressOfAMemberIsBlockedByThatMembersPoolAloneWhicheverOfTheLookAlikesItIs() {
        Pool first = FleetFixtures.lookAlike(SamplePools.enterpriseIntelPool(), "first", 3);
        Pool second = FleetFixtures.lookAlike(SamplePools.enterpriseIntelPool(), "second", 3);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(first, second));
        assertEquals(1, matcher.poolClasses());

        for (Pool taken : List.of(first, second)) {
            Host onTakenAddress = onAddressOf(SamplePools.compliantCandidate(), taken.secondaries().get(1));

            HostMatches matches = matcher.match(onTakenAddress);

            assertEquals(matcher.matchExhaustively(onTakenAddress), matches, taken.name());
            assertEquals(1, matches.joinablePools(), taken.name());
            assertNotEquals(taken.id(), matches.best().get(0).poolId(), taken.name());
        }
    }

    @Test
    void aMemberWhoseAddressChangedIsStillAMemberOfItsOwnPoolWhicheverOfTheLookAlikesItIs() {
        Pool first = FleetFixtures.lookAlike(SamplePools.enterpriseIntelPool(), "first", 3);
        Pool second = FleetFixtures.lookAlike(SamplePools.enterpriseIntelPool(), "second", 3);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(first, second));

        for (Pool own : List.of(first, second)) {
            Host member = own.secondaries().get(0);
            Host moved = member.toBuilder().managementInterface(member.managementInterface().toBuilder()
                    .ipAddress("198.51.100.77").build()).build();

            HostMatches matches = matcher.match(moved);

            assertEquals(matcher.matchExhaustively(moved), matches, own.name());
            assertEquals(own.id(), matches.closest().get(1).poolId(), "its own pool ranks last: " + own.name());
        }
    }

    private static Host onAddressOf(Host host, Host member) {
        return host.toBuilder().managementInterface(host.managementInterface().toBuilder()
                .ipAddress(member.managementInterface().ipAddress().orElseThrow()).build()).build();
    }

    @Test
    void joinablePoolsOfDifferentClassesRankTogetherWhateverOrderTheFleetListsThem() {
        Pool prod = SamplePools.enterpriseIntelPool();
        Pool fuller = withSharedStorage(prod, "fuller", prod.sharedStorage().get(0).toBuilder()
                .server("nfs01.example.com", Addressing.DHCP).build());
        Pool freer = FleetFixtures.lookAlike(prod, "freer", 2);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(fuller, freer));

        HostMatches matches = matcher.match(SamplePools.compliantCandidate());

        assertEquals(2, matcher.poolClasses());
        assertEquals(matcher.matchExhaustively(SamplePools.compliantCandidate()), matches);
        assertEquals(List.of("freer", "fuller"), matches.best().stream().map(PoolMatch::poolName).toList(),
                "more free slots first");
    }

    private static Pool withSharedStorage(Pool pool, String name, StorageRepository sr) {
        return FleetFixtures.lookAlike(pool, name, pool.size()).toBuilder().sharedStorage(List.of(sr)).build();
    }

    @Test
    void xenServer56IsIndexedWholeAndLevellingByTheShippedRulesItHoldsAsShipped() {
        RuleSet levelling = RuleSets.levelling();
        List<String> recognised = List.of(CpuRules.FEATURES, NetworkRules.ADDRESS_IN_USE,
                StorageRules.STATIC_ADDRESS, PoolRules.SHARED_STORAGE);

        assertEquals(List.of(), FleetMatcher.of(RuleSets.xenServer56(), SamplePools.all()).rulesEvaluatedPerPool());
        // xapi's checks are each applied only for the releases that run them, and what xapi does not check only
        // warns: shipped rules changed so are not recognised, and are evaluated per pool (slower, not wrong).
        assertEquals(levelling.ruleIds().stream().filter(id -> !recognised.contains(id)).toList(),
                FleetMatcher.of(levelling, SamplePools.all()).rulesEvaluatedPerPool());
        RuleSet wrapped = RuleSets.xenServer56().replace("cpu.vendor", CpuRules.vendor().because("policy"))
                .replace("clock.sync", ClockRules.sync().onlyWhen(CpuRules.SAME_VENDOR, "the CPU vendors match"));
        assertEquals(List.of("cpu.vendor"), FleetMatcher.of(wrapped, SamplePools.all()).rulesEvaluatedPerPool(),
                "a shipped rule under the shipped vendor condition is still recognised; a rule with a reason is not");
    }

    @Test
    void matchingStreamsOneAnswerPerHostInOrder() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), SamplePools.all());

        List<String> names = matcher.match(Stream.of(SamplePools.compliantCandidate(), SamplePools.amdCandidate()))
                .map(HostMatches::hostname).toList();

        assertEquals(List.of("xs-04", "xs-amd"), names);
        assertEquals(2, matcher.poolClasses());
    }

    @Test
    void aRuleSetWithoutTheHomogeneityRulesIsServedToo() {
        RuleSet partial = RuleSets.xenServer56().remove("licence.edition").remove("cpu.vendor");
        FleetMatcher matcher = FleetMatcher.of(partial, SamplePools.all());

        for (Host host : SamplePools.candidates()) {
            assertEquals(matcher.matchExhaustively(host), matcher.match(host), host.hostname());
        }
        assertEquals(List.of(), matcher.rulesEvaluatedPerPool());
    }

    @Test
    void twoPoolsWithOneIdAreRefused() {
        Pool prod = SamplePools.enterpriseIntelPool();
        Pool twin = prod.toBuilder().name("prod-intel-copy").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FleetMatcher.of(RuleSets.xenServer56(), List.of(prod, SamplePools.advancedAmdPool(), twin)));

        assertTrue(e.getMessage().contains(prod.id()), e.getMessage());
        assertTrue(e.getMessage().contains("prod-intel-copy"), e.getMessage());
    }

    @Test
    void kIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> FleetMatcher.of(RuleSets.xenServer56(),
                JoinContext.defaults(), 0, SamplePools.all()));
    }

    @Test
    void theManagementVlanCountsAsAKeyWhereverARuleStandsForXapisVlanCheck() {
        Pool intel = LevellingFixtures.POOL;
        Host tagged = LevellingFixtures.candidate().managementInterface(LevellingFixtures.candidate().build()
                .managementInterface().toBuilder().vlanTag(10).build()).build();
        // xapi's VLAN checks, grouped under an id of one's own.
        RuleSet grouped = RuleSets.levelling().remove(NetworkRules.NON_MANAGEMENT_VLANS)
                .replace(NetworkRules.MANAGEMENT_VLAN, JoinRule.allOf("site.vlans", "the host's VLANs suit the pool",
                        NetworkRules.xapiManagementVlan(), NetworkRules.nonManagementVlans()));
        // A rule of one's own under the shipped id that says nothing of VLANs.
        RuleSet impostor = RuleSets.levelling().replace(NetworkRules.MANAGEMENT_VLAN, JoinRule.of(
                NetworkRules.MANAGEMENT_VLAN, "a rule that reads no VLAN", (pool, host, context) -> List.of(
                        Violation.of(NetworkRules.MANAGEMENT_VLAN, Severity.BLOCKER, Subject.host(host))
                                .message("blocked").build())));

        PoolMatch groupedMatch = FleetMatcher.of(grouped, List.of(intel)).match(tagged).closest().get(0);
        PoolMatch impostorMatch = FleetMatcher.of(impostor, List.of(intel)).match(tagged).closest().get(0);

        assertEquals(1, groupedMatch.mismatchedKeys(), groupedMatch.toString());
        assertEquals(0, impostorMatch.mismatchedKeys(), impostorMatch.toString());
        assertEquals(FleetMatcher.of(grouped, List.of(intel)).matchExhaustively(tagged),
                FleetMatcher.of(grouped, List.of(intel)).match(tagged));
    }
}
