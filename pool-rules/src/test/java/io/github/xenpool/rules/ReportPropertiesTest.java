package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of evaluation, over pool-testkit's join cases. */
class ReportPropertiesTest {

    private static final RuleSet RULES = RuleSets.xenServer56();

    private static final JoinRule WARNS = JoinRule.of("extra.warn", "warns of every host",
            (pool, host, context) -> List.of(Violation.of("extra.warn", Severity.WARNING, Subject.host(host))
                    .message("looked at").build()));

    /** Rules a user might add: one that always warns, one that throws, one silent, and a composite. */
    private static final List<JoinRule> EXTRA_RULES = List.of(
            WARNS,
            JoinRule.of("extra.throws", "cannot answer", (pool, host, context) -> {
                throw new IllegalStateException("no answer");
            }),
            JoinRule.of("extra.silent", "finds nothing", (pool, host, context) -> List.of()),
            JoinRule.allOf("extra.group", "vendor again, as a note, and a reasoned warning",
                    CpuRules.vendor().withSeverity(Severity.INFO), WARNS.because("site policy")));

    @Test
    void theSameInputGivesAnIdenticalRenderedReport() {
        qt(300).forAll(JoinCases.any()).check(c -> {
            JoinReport first = RULES.evaluate(c.pool(), c.host());
            JoinReport second = RuleSets.xenServer56().evaluate(c.pool().toBuilder().build(),
                    c.host().toBuilder().build());
            return first.render().equals(second.render()) && first.equals(second);
        });
    }

    @Test
    void theOrderOfSecondariesDoesNotChangeTheVerdictOrTheViolations() {
        qt(300).forAll(JoinCases.any()).check(c -> {
            List<Host> reversed = new ArrayList<>(c.pool().secondaries());
            Collections.reverse(reversed);
            Pool reordered = c.pool().toBuilder().secondaries(reversed).build();
            JoinReport original = RULES.evaluate(c.pool(), c.host());
            JoinReport other = RULES.evaluate(reordered, c.host());
            return original.verdict() == other.verdict() && original.violations().equals(other.violations());
        });
    }

    @Test
    void addingARuleNeverRemovesAViolation() {
        Gen<JoinRule> extra = Generate.pick(EXTRA_RULES);
        qt(300).forAll(JoinCases.any(), extra).check((c, rule) -> {
            List<Violation> before = RULES.evaluate(c.pool(), c.host()).violations();
            List<Violation> after = new ArrayList<>(RULES.add(rule).evaluate(c.pool(), c.host()).violations());
            for (Violation violation : before) {
                if (!after.remove(violation)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void removingARuleRemovesOnlyItsViolations() {
        Gen<String> ids = Generate.pick(RULES.ruleIds());
        qt(300).forAll(JoinCases.any(), ids).check((c, id) -> {
            List<Violation> all = RULES.evaluate(c.pool(), c.host()).violations();
            List<Violation> without = RULES.remove(id).evaluate(c.pool(), c.host()).violations();
            List<Violation> expected = all.stream().filter(v -> !v.ruleId().equals(id)).toList();
            return without.equals(expected);
        });
    }

    @Test
    void theVerdictFollowsFromTheViolations() {
        qt(300).forAll(JoinCases.any()).check(c -> {
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            Verdict expected = !report.blockers().isEmpty() ? Verdict.BLOCKED
                    : report.maskingPlan().isPresent() ? Verdict.ALLOWED_WITH_MASKING : Verdict.ALLOWED;
            return report.verdict() == expected
                    && report.resultingCpuLevel().isPresent() == (expected != Verdict.BLOCKED);
        });
    }
}
