package io.github.xenpool.rules.json;

import static io.github.xenpool.rules.Theories.qt;
import static io.github.xenpool.rules.json.DocumentSchemas.FLEET;
import static io.github.xenpool.rules.json.DocumentSchemas.FLEET_LINE;
import static io.github.xenpool.rules.json.DocumentSchemas.MAPPER;
import static io.github.xenpool.rules.json.DocumentSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The fleet documents and their JSON Lines form, for fleets matched by FleetMatcher. */
class FleetDocumentsTest {

    @Test
    void theSamplePoolsAndCandidatesGiveAValidDocumentAndOneValidLinePerHost() throws IOException {
        RuleSet rules = RuleSets.xenServer56();
        FleetMatcher matcher = FleetMatcher.of(rules, SamplePools.all());
        List<HostMatches> matches = matcher.match(SamplePools.candidates().stream()).toList();

        checkFleet(rules, SamplePools.all().size(), matches);
    }

    @Test
    void generatedFleetsGiveValidDocumentsAndLinesUnderEachRuleSet() {
        qt(25).forAll(lists().of(JoinCases.any()).ofSizeBetween(1, 6)).checkAssert(cases -> {
            Map<String, Pool> pools = new LinkedHashMap<>();
            List<Host> hosts = new ArrayList<>();
            for (JoinCase c : cases) {
                pools.putIfAbsent(c.pool().id(), c.pool());
                hosts.add(c.host());
            }
            for (RuleSet rules : List.of(RuleSets.xenServer56(), RuleSets.levelling(), RuleSets.xapi())) {
                FleetMatcher matcher = FleetMatcher.of(rules, pools.values());
                try {
                    checkFleet(rules, pools.size(), matcher.match(hosts.stream()).toList());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
    }

    @Test
    void aNegativeNumberOfPoolsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FleetJson.write("xapi", -1, List.of()));
        assertEquals("pools is how many pools the hosts were matched against, 0 or more; got -1", e.getMessage());
    }

    private static void checkFleet(RuleSet rules, int pools, List<HostMatches> matches) throws IOException {
        String json = FleetJson.write(rules.name(), pools, matches);
        JsonNode document = assertValid(FLEET, json);
        assertEquals(rules.name(), document.get("ruleSet").asString());
        assertEquals(pools, document.get("pools").asInt());
        assertEquals(matches.size(), document.get("hosts").size());

        StringWriter streamed = new StringWriter();
        FleetJson.write(rules.name(), pools, matches.stream(), streamed);
        assertEquals(json, streamed.toString(), "the streamed document is the same bytes");

        StringWriter lines = new StringWriter();
        FleetJson.writeLines(rules.name(), pools, matches.stream(), lines);
        String[] each = lines.toString().split("\n", -1);
        assertEquals(matches.size() + 1, each.length, "one line per host, each ending in a line break");
        assertEquals("", each[matches.size()]);
        for (int i = 0; i < matches.size(); i++) {
            HostMatches host = matches.get(i);
            JsonNode line = assertValid(FLEET_LINE, each[i]);
            assertEquals(FleetJson.writeLine(rules.name(), pools, host), each[i] + "\n");
            assertEquals(host.hostId(), line.get("host").get("hostId").asString());
            assertEquals(host.joinablePools(), line.get("host").get("joinablePools").asInt());
            assertEquals(host.best().size(), line.get("host").get("best").size());
            assertEquals(host.closest().size(), line.get("host").get("closest").size());
            assertEquals(document.get("hosts").get(i), line.get("host"), "a line's host is the document's");
        }
        assertEquals(MAPPER.readTree(json).get("hosts").size(), matches.size());
    }
}
