package io.github.xenpool.rules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.SamplePools;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Jackson is optional: without it on the class path, the documents cannot be written and say
 * which dependency to add, and the schemas can still be read. Run by the surefire execution
 * without-jackson only.
 */
class ReportJsonWithoutJacksonTest {

    @Test
    void jacksonIsNotOnTheClassPathOfThisRun() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(JacksonRequirement.JACKSON_CLASS));
    }

    @Test
    void writingADocumentSaysWhichDependencyToAdd() {
        JoinReport report = JoinFixtures.evaluate(SamplePools.troubledCandidate());

        assertMissing("ReportJson", () -> ReportJson.write(report));
        assertMissing("ReportJson", () -> ReportJson.write(report, new StringWriter()));
        assertMissing("ReportJson", () -> ReportJson.writeLine(report));
        assertMissing("ReportJson", () -> ReportJson.writeLine(report, new StringWriter()));
        assertMissing("FleetJson", () -> FleetJson.write("xenServer56", 2, List.of()));
        assertMissing("FleetJson", () -> FleetJson.writeLines("xenServer56", 2, Stream.of(), new StringWriter()));
    }

    @Test
    void theSchemasNeedNoJackson() {
        assertTrue(ReportJson.schema().contains("\"$id\": \"" + ReportJson.SCHEMA_ID + "\""));
        assertTrue(FleetJson.schema().contains("\"$id\": \"" + FleetJson.SCHEMA_ID + "\""));
        assertTrue(FleetJson.lineSchema().contains("\"$id\": \"" + FleetJson.LINE_SCHEMA_ID + "\""));
    }

    private static void assertMissing(String user, Executable write) {
        IllegalStateException e = assertThrows(IllegalStateException.class, write);
        assertEquals(user + " writes JSON with Jackson 3, which is not on the class path or module path: add the "
                + "dependency tools.jackson.core:jackson-databind (version 3, such as 3.3.0), which pool-rules "
                + "declares optional; on the module path, also resolve the module tools.jackson.databind (require "
                + "it, or --add-modules tools.jackson.databind). The schemas (schema()) need no such dependency.",
                e.getMessage());
    }
}
