package io.github.xenpool.rules.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the fleet matcher ranks pools for hosts that are already in a pool. */
class FleetMatcherRankingTest {

    @Test
    void aMembersOwnPoolRanksAfterALookAlikeBecauseBeingInItCannotBeFixed() {
        Pool own = FleetFixtures.lookAlike(SamplePools.enterpriseIntelPool(), "own", 3);
        Pool other = FleetFixtures.lookAlike(SamplePools.enterpriseIntelPool(), "other", 3);
        Host member = own.secondaries().get(0);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), List.of(own, other));

        HostMatches matches = matcher.match(member);

        assertEquals(matcher.matchExhaustively(member), matches);
        assertEquals(0, matches.joinablePools());
        Map<String, PoolMatch> byName = matches.closest().stream()
                .collect(Collectors.toMap(PoolMatch::poolName, Function.identity()));
        assertEquals(List.of("other", "own"), matches.closest().stream().map(PoolMatch::poolName).toList());
        assertTrue(byName.get("own").unfixableBlockers() > byName.get("other").unfixableBlockers(), byName.toString());
        assertTrue(byName.get("own").blockingRules().contains("host.standalone"), byName.toString());
        assertTrue(byName.get("other").blockingRules().contains("host.standalone"), byName.toString());
    }
}
