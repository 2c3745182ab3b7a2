package io.github.xenpool.rules.json;

import static io.github.xenpool.rules.json.DocumentSchemas.MAPPER;
import static io.github.xenpool.rules.json.DocumentSchemas.REPORT;
import static io.github.xenpool.rules.json.DocumentSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A user's own JsonMapper, with the module, writes the documents' parts. */
class XenpoolJsonModuleTest {

    private static final JsonMapper WITH_MODULE = JsonMapper.builder().addModule(new XenpoolJsonModule()).build();

    @Test
    void aViolationIsWrittenAsInTheReportDocumentWithItsFeatureSetsSpelledOut() {
        for (JoinReport report : List.of(JoinFixtures.evaluate(SamplePools.troubledCandidate()),
                JoinFixtures.evaluate(SamplePools.newerIntelCandidate()),
                JoinFixtures.evaluate(SamplePools.olderIntelCandidate()))) {
            JsonNode document = assertValid(REPORT, ReportJson.write(report));
            for (int i = 0; i < report.violations().size(); i++) {
                Violation violation = report.violations().get(i);
                String json = WITH_MODULE.writeValueAsString(violation);

                assertEquals(MAPPER.writeValueAsString(document.get("violations").get(i)), json);
                assertFalse(json.contains("\"empty\""), json);
            }
            assertEquals(MAPPER.writeValueAsString(document.get("xapi")),
                    WITH_MODULE.writeValueAsString(report.xapiAnswer()));
        }
    }

    @Test
    void aReportIsWrittenAsItsDocumentOnOneLine() {
        JoinReport report = JoinFixtures.evaluate(SamplePools.troubledCandidate());

        assertEquals(ReportJson.writeLine(report), WITH_MODULE.writeValueAsString(report) + "\n");
    }

    @Test
    void aHostsMatchesAreWrittenAsInTheFleetDocument() {
        FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), SamplePools.all());
        List<HostMatches> matches = matcher.match(SamplePools.candidates().stream()).toList();
        JsonNode document = MAPPER.readTree(FleetJson.write("xenServer56", SamplePools.all().size(), matches));

        for (int i = 0; i < matches.size(); i++) {
            assertEquals(MAPPER.writeValueAsString(document.get("hosts").get(i)),
                    WITH_MODULE.writeValueAsString(matches.get(i)));
        }
        assertEquals(MAPPER.writeValueAsString(document.get("hosts")), WITH_MODULE.writeValueAsString(matches));
    }
}
