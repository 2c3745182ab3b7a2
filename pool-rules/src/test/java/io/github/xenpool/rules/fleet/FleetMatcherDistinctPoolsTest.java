package io.github.xenpool.rules.fleet;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xenpool.core.Host;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.bench.DistinctFleet;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The index on fleets where no two pools look alike, as real fleets are, and on every core. */
class FleetMatcherDistinctPoolsTest {

    @ParameterizedTest
    @CsvSource({"xenServer56, 8, 60, 40", "levelling, 3, 24, 16", "xapi, 3, 24, 16"})
    void theIndexGivesTheAnswersOfEvaluatingEveryPairWhenNoTwoPoolsLookAlike(String ruleSet, int examples,
            int hosts, int pools) {
        RuleSet rules = RuleSets.named(ruleSet);
        AtomicInteger joinable = new AtomicInteger();
        AtomicInteger stranded = new AtomicInteger();
        qt(examples).forAll(longs().all()).checkAssert(seed -> {
            DistinctFleet fleet = DistinctFleet.of(hosts, pools, seed);
            FleetMatcher matcher = FleetMatcher.of(rules, fleet.pools());
            for (Host host : fleet.hosts()) {
                HostMatches indexed = matcher.match(host);
                assertEquals(matcher.matchExhaustively(host), indexed, "seed " + seed + ", " + host.hostname());
                (indexed.joinablePools() > 0 ? joinable : stranded).incrementAndGet();
            }
        });
        // xapi checks neither patches, packs nor editions, and levelling only warns of them: there
        // most hosts join some pool, and the stranded ones are the testkit's (FleetMatcherTest).
        int some = ruleSet.equals("xenServer56") ? examples * hosts / 10 : 0;
        assertTrue(joinable.get() > examples * hosts / 10 && stranded.get() >= some,
                "both kinds of answer were compared: " + joinable + " joinable, " + stranded + " stranded");
    }

    @Test
    void noTwoPoolsOfADistinctFleetLookAlikeAndTheSeedDecidesTheFleet() {
        DistinctFleet fleet = DistinctFleet.of(200, 300, 7L);

        assertEquals(300, FleetMatcher.of(RuleSets.xenServer56(), fleet.pools()).poolClasses());
        assertEquals(fleet, DistinctFleet.of(200, 300, 7L));
    }

    @Test
    void answersStreamedFromEveryCoreComeInTheOrderOfTheHostsAndAreThoseOfOneHostAtATime() {
        // More hosts than one batch of the parallel stream holds.
        DistinctFleet fleet = DistinctFleet.of(2_500, 30, 11L);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), fleet.pools());

        List<HostMatches> streamed = matcher.match(fleet.hosts().stream()).collect(Collectors.toList());
        List<HostMatches> again = matcher.match(fleet.hosts().stream()).collect(Collectors.toList());

        assertEquals(fleet.hosts().stream().map(Host::id).collect(Collectors.toList()),
                streamed.stream().map(HostMatches::hostId).collect(Collectors.toList()));
        assertEquals(streamed, again);
        for (int i = 0; i < streamed.size(); i += 97) {
            assertEquals(matcher.match(fleet.hosts().get(i)), streamed.get(i));
        }
    }

    @Test
    void nothingIsMatchedUntilTheStreamIsConsumed() {
        DistinctFleet fleet = DistinctFleet.of(10, 5, 3L);
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), fleet.pools());
        AtomicInteger taken = new AtomicInteger();

        var answers = matcher.match(fleet.hosts().stream().peek(h -> taken.incrementAndGet()));

        assertEquals(0, taken.get());
        assertEquals(10, answers.count());
    }
}
