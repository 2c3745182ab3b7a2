package io.github.xenpool.rules.json;

import static io.github.xenpool.rules.Theories.qt;
import static io.github.xenpool.rules.json.DocumentSchemas.REPORT;
import static io.github.xenpool.rules.json.DocumentSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiAnswer;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.rules.spi.RackPosition;
import io.github.xenpool.testkit.Blank;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;

/**
 * Every report document the generated join cases give, under each shipped rule set, is valid
 * against report.schema.json, says what the report says, and is the same bytes each time.
 */
class ReportDocumentTest {

    private static final List<RuleSet> RULE_SETS = List.of(RuleSets.xenServer56(), RuleSets.levelling(),
            RuleSets.xapi());

    /** A rule of a site's own, with details of its own type. */
    private static final JoinRule RACK = JoinRule.of("site.rack", "the host sits in rack 7",
            (pool, host, context) -> List.of(Violation.of("site.rack", Severity.WARNING, Subject.host(host))
                    .message(host.hostname() + " is not in rack 7")
                    .details(new RackPosition("r12", 4))
                    .build()));

    /** A rule that throws: the report holds a rule failure instead. */
    private static final JoinRule BROKEN = JoinRule.of("site.broken", "throws",
            (pool, host, context) -> {
                throw new IllegalStateException("inventory \"db\" unreachable\n");
            });

    static Stream<RuleSet> ruleSets() {
        return RULE_SETS.stream();
    }

    @ParameterizedTest
    @MethodSource("ruleSets")
    void theDocumentOfAnyCaseIsValidAndSaysWhatTheReportSays(RuleSet rules) {
        qt(150).forAll(JoinCases.any()).checkAssert(c -> checkedDocument(rules.evaluate(c.pool(), c.host())));
    }

    @ParameterizedTest
    @MethodSource("ruleSets")
    void theDocumentOfACompliantCaseIsValidAndSaysWhatTheReportSays(RuleSet rules) {
        qt(60).forAll(JoinCases.compliant()).checkAssert(c -> checkedDocument(rules.evaluate(c.pool(), c.host())));
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void theDocumentOfEachMutationIsValidUnderEveryRuleSet(Mutation mutation) {
        qt(6).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            for (RuleSet rules : RULE_SETS) {
                checkedDocument(rules.evaluate(c.pool(), c.host()));
            }
        });
    }

    @Test
    void theSameReportGivesTheSameBytesAndTheLineHoldsTheSameDocument() {
        qt(80).forAll(JoinCases.any()).checkAssert(c -> {
            JoinReport report = RuleSets.xapi().evaluate(c.pool(), c.host());
            JoinReport again = RuleSets.xapi().evaluate(c.pool(), c.host());
            String json = ReportJson.write(report);

            assertEquals(json, ReportJson.write(report));
            assertEquals(json, ReportJson.write(again), "an equal report of another evaluation");
            assertEquals(json, written(report));
            String line = ReportJson.writeLine(report);
            assertEquals(1, line.split("\n", -1).length - 1, "one line break, at the end");
            assertTrue(line.endsWith("}\n"), line);
            assertEquals(DocumentSchemas.MAPPER.readTree(json), assertValid(REPORT, line));
        });
    }

    @Test
    void thePrettyDocumentIsIndentedByTwoSpacesWithUnixLineBreaks() {
        String json = ReportJson.write(JoinFixtures.evaluate(SamplePools.troubledCandidate()));

        assertTrue(json.startsWith("{\n  \"document\": \"xenpool.report\",\n  \"schemaVersion\": \"1.0\",\n"), json);
        assertTrue(json.endsWith("\n}\n"), json);
        assertTrue(!json.contains("\r") && !json.contains("\t"), json);
        assertTrue(json.contains("\n      \"ruleId\": "), "a violation's properties sit three levels deep");
    }

    @Test
    void everyKindOfDetailsAppearsInAValidDocument() {
        Set<String> seen = new TreeSet<>();
        RuleSet site = RuleSets.xapi().add(RACK).add(BROKEN);
        List<JoinReport> reports = new ArrayList<>();
        for (Mutation mutation : Mutation.values()) {
            sample(JoinCases.mutated(mutation), 4).forEach(c -> RULE_SETS.forEach(rules -> reports.add(
                    rules.evaluate(c.pool(), c.host()))));
        }
        for (Blank blank : Blank.values()) {
            sample(JoinCases.compliant().map(blank::applyTo), 2).forEach(c -> reports.add(
                    RuleSets.xapi().evaluate(c.pool(), c.host())));
        }
        sample(JoinCases.any(), 20).forEach(c -> reports.add(site.evaluate(c.pool(), c.host())));
        // The less capable host of a levelled pool, and a host with a member's address.
        reports.add(RuleSets.levelling().evaluate(LevellingFixtures.POOL,
                LevellingFixtures.levelled(SamplePools.olderIntelCandidate())));
        reports.add(JoinFixtures.evaluate(JoinFixtures.candidate().managementInterface(
                SamplePools.compliantCandidate().managementInterface().toBuilder().ipAddress("192.0.2.12").build())
                .build()));

        for (JoinReport report : reports) {
            JsonNode document = checkedDocument(report);
            for (JsonNode violation : document.get("violations")) {
                seen.add(violation.get("details").get("kind").asString());
            }
        }

        Set<String> expected = Arrays.stream(ViolationDetails.class.getPermittedSubclasses())
                .map(type -> type.isInterface() ? "Custom" : type.getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(16, expected.size(), expected::toString);
        assertEquals(expected, seen);
    }

    /** Writes a report's document, checks it against the schema and the report, and reads it. */
    static JsonNode checkedDocument(JoinReport report) {
        String json = ReportJson.write(report);
        JsonNode document = assertValid(REPORT, json);
        assertEquals(report.ruleSetName(), document.get("ruleSet").asString());
        assertEquals(report.poolId(), document.get("pool").get("id").asString());
        assertEquals(report.hostname(), document.get("host").get("hostname").asString());
        assertEquals(report.verdict().name(), document.get("verdict").asString(), json);
        assertEquals(report.blockers().size(), document.get("counts").get("blockers").asInt());
        assertEquals(report.blockingRuleIds(), strings(document.get("blockingRuleIds")));
        JsonNode violations = document.get("violations");
        assertEquals(report.violations().size(), violations.size(), json);
        assertEquals(report.violations().stream().map(Violation::ruleId).toList(),
                StreamSupport.stream(violations.spliterator(), false).map(v -> v.get("ruleId").asString()).toList());
        for (int i = 0; i < violations.size(); i++) {
            Violation violation = report.violations().get(i);
            JsonNode written = violations.get(i);
            assertEquals(violation.severity().name(), written.get("severity").asString());
            assertEquals(violation.subject().path(), written.get("subject").get("path").asString());
            assertEquals(violation.message(), written.get("message").asString());
            assertEquals(ReportWriter.kind(violation.details()), written.get("details").get("kind").asString());
            assertEquals(violation.xapiErrorCode().orElse(null), written.get("xapiError").isNull() ? null
                    : written.get("xapiError").get("code").asString());
        }
        assertEquals(report.maskingPlan().isPresent(), !document.get("maskingPlan").isNull());
        XapiAnswer answer = report.xapiAnswer();
        JsonNode xapi = document.get("xapi");
        assertEquals(answer.isCertain(), xapi.get("certain").asBoolean());
        assertEquals(answer.refuses(), xapi.get("refuses").asBoolean());
        assertEquals(answer.unchecked().stream().map(Violation::ruleId).toList(), strings(xapi.get("unchecked")));
        if (answer.error().isPresent()) {
            assertEquals(answer.error().get().ruleId(), xapi.get("error").get("ruleId").asString());
            assertEquals(answer.error().get().xapiErrorCode().orElseThrow(), xapi.get("error").get("code").asString());
            assertEquals(answer.error().get().xapiErrorParameters(), strings(xapi.get("error").get("parameters")));
        } else {
            assertTrue(xapi.get("error").isNull(), json);
        }
        return document;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static String written(JoinReport report) {
        StringWriter out = new StringWriter();
        try {
            ReportJson.write(report, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** Some cases of a generator, drawn with the build's seed. */
    private static List<JoinCase> sample(Gen<JoinCase> cases, int count) {
        List<JoinCase> drawn = new ArrayList<>();
        qt(count).forAll(cases).checkAssert(drawn::add);
        return drawn;
    }
}
