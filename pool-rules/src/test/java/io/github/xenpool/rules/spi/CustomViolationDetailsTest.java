package io.github.xenpool.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Details of one's own ride on a violation through the report, its rendering and fleet matching. */
class CustomViolationDetailsTest {

    private final RuleSet site = RuleSets.named(SiteRuleSetProvider.NAME);

    @Test
    void customDetailsComeBackTypedFromTheReport() {
        JoinReport report = site.evaluate(SamplePools.enterpriseIntelPool(), SamplePools.compliantCandidate());
        assertEquals(Verdict.BLOCKED, report.verdict());
        ViolationDetails details = report.violationsOf("site.same-rack").get(0).details();
        assertEquals(new RackPosition("3", 12), details);
        assertTrue(details instanceof RackPosition position && position.unit() == 12);
    }

    @Test
    void theRenderingPrintsTheSummaryOfCustomDetails() {
        String text = site.evaluate(SamplePools.enterpriseIntelPool(), SamplePools.compliantCandidate()).render();
        assertTrue(text.lines().anyMatch(line -> line.strip().equals("details:  rack 3, unit 12")), text);
    }

    /** Details that leave the summary to their record text. */
    record Tag(String label) implements CustomViolationDetails {
    }

    @Test
    void detailsWithoutASummaryOfTheirOwnArePrintedAsTheirText() {
        JoinRule tagged = JoinRule.of("site.tagged", "it is tagged", (pool, host, context) -> List.of(
                Violation.of("site.tagged", Severity.INFO, Subject.host(host)).message("tagged")
                        .details(new Tag("blue")).build()));

        String text = RuleSets.xenServer56().add(tagged).evaluate(SamplePools.enterpriseIntelPool(),
                SamplePools.compliantCandidate()).render();

        assertEquals("Tag[label=blue]", new Tag("blue").summary());
        assertTrue(text.lines().anyMatch(line -> line.strip().equals("details:  Tag[label=blue]")), text);
    }

    @Test
    void shippedDetailsAreNotPrintedTwice() {
        String text = RuleSets.xenServer56().evaluate(SamplePools.enterpriseIntelPool(),
                SamplePools.troubledCandidate()).render();
        assertTrue(text.lines().noneMatch(line -> line.strip().startsWith("details:")), text);
    }

    /** Details whose summary breaks lines and then throws. */
    record Awkward(boolean fail) implements CustomViolationDetails {
        @Override
        public String summary() {
            if (fail) {
                throw new IllegalStateException("no summary today");
            }
            return "first line\nVerdict: ALLOWED";
        }
    }

    @Test
    void aSummaryCannotBreakTheRendering() {
        for (boolean fail : List.of(false, true)) {
            JoinRule awkward = JoinRule.of("site.awkward", "it has awkward details", (pool, host, context) -> List.of(
                    Violation.of("site.awkward", Severity.WARNING, Subject.host(host)).message("awkward")
                            .details(new Awkward(fail)).build()));
            String text = RuleSets.xenServer56().add(awkward).evaluate(SamplePools.enterpriseIntelPool(),
                    SamplePools.compliantCandidate()).render();
            assertEquals(1, text.lines().filter(line -> line.startsWith("Verdict:")).count(), text);
            assertTrue(text.contains(fail ? Awkward.class.getName() + " could not summarise" : "first line"),
                    text);
        }
    }

    @Test
    void theFleetMatcherAnswersWithCustomDetailsAsEvaluatingEveryPairDoes() {
        FleetMatcher matcher = FleetMatcher.of(site, SamplePools.all());
        for (var host : SamplePools.candidates()) {
            HostMatches matched = matcher.match(host);
            assertEquals(matcher.matchExhaustively(host), matched);
        }
        HostMatches compliant = matcher.match(SamplePools.compliantCandidate());
        assertEquals(0, compliant.joinablePools());
        assertTrue(compliant.closest().get(0).blockingRules().contains("site.same-rack"), compliant.toString());
    }
}
