package io.github.xenpool.rules.fleet;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.demo.SamplePools;
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
        RuleSet rules = RuleSets.named(ruleSet);
        AtomicInteger joinableHosts = new AtomicInteger();
        AtomicInteger strandedHosts = new AtomicInteger();
        qt(120).forAll(lists().of(JoinCases.any()).ofSizeBetween(1, 12)).checkAssert(cases -> {
            Fleet fleet = fleet(cases);
            FleetMatcher matcher = FleetMatcher.of(rules, JoinContext.defaults().withMaxPoolSize(
                    rules.defaultContext().maxPoolSize()), 3, fleet.pools());
            for (Host host : fleet.hosts()) {
                HostMatches indexed = matcher.match(host);
                assertEquals(matcher.matchExhaustively(host), indexed, host.hostname());
                (indexed.joinablePools() > 0 ? joinableHosts : strandedHosts).incrementAndGet();
            }
        });
        assertTrue(joinableHosts.get() > 100 && strandedHosts.get() > 100,
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
        assertEquals(5, newer.best().get(0).hiddenFeatures());
        assertEquals(List.of(), clean.closest());
    }

    @Test
    void strandedHostsGetTheClosestPoolsAndWhatBlocksThem() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), SamplePools.all());

        HostMatches amd = matcher.match(SamplePools.amdCandidate());

        assertEquals(0, amd.joinablePools());
        assertEquals(List.of(), amd.best());
        PoolMatch first = amd.closest().get(0);
        assertEquals("prod-intel", first.poolName(), "same software and edition, only the vendor differs");
        assertEquals(1, first.mismatchedKeys());
        assertEquals(List.of("cpu.vendor"), first.blockingRules());
        assertEquals("lab-amd", amd.closest().get(1).poolName());
        assertTrue(amd.closest().get(1).blockingRules().containsAll(List.of("software.patch-level",
                "software.supplemental-packs", "licence.edition")));
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
    void aRuleSetWithoutTheHomogeneityRulesIsRefused() {
        RuleSet partial = RuleSets.xenServer56().remove("licence.edition");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FleetMatcher.of(partial, SamplePools.all()));
        assertTrue(e.getMessage().contains("lacks licence.edition"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FleetMatcher.of(RuleSets.xenServer56(),
                JoinContext.defaults(), 0, SamplePools.all()));
    }
}
