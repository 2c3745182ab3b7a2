package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine: composing rules, editing rule sets, and evaluating every rule whatever happens. */
class RuleEngineTest {

    private static final JoinRule ALWAYS_WARNS = JoinRule.of("test.always-warns", "always warns",
            (pool, host, context) -> List.of(Violation.of("test.always-warns", Severity.WARNING, Subject.host(host))
                    .message(host.hostname() + " was looked at").build()));

    private static final JoinRule THROWS = JoinRule.of("test.throws", "throws", (pool, host, context) -> {
        throw new IllegalStateException("inventory unreachable");
    });

    @Test
    void aUserRuleRunsLikeAShippedOne() {
        // The custom rule of the README and of JoinRule's documentation.
        JoinRule sameRack = JoinRule.of("site.same-rack", "the host is in the master's rack",
                (pool, host, context) -> host.hostname().startsWith("rack7-") ? List.of()
                        : List.of(Violation.of("site.same-rack", Severity.WARNING, Subject.host(host))
                                .message(host.hostname() + " is not in rack 7").build()));
        RuleSet mine = RuleSets.xenServer56().add(sameRack);

        JoinReport report = mine.evaluate(POOL, candidate().build());

        assertEquals(Verdict.ALLOWED, report.verdict());
        assertEquals("xs-04 is not in rack 7", report.warnings().get(0).message());
        assertTrue(mine.evaluate(POOL, candidate().hostname("rack7-04").build()).violations().isEmpty());
    }

    @Test
    void aRuleThatThrowsBecomesARuleFailedBlockerAndTheOthersStillRun() {
        RuleSet rules = RuleSets.xenServer56().add(THROWS).add(ALWAYS_WARNS);

        JoinReport report = rules.evaluate(POOL, candidate().licence(LicenceEdition.FREE).build());
        Violation failure = report.violationsOf("rule.failed").get(0);

        assertAll(
                () -> assertEquals(Verdict.BLOCKED, report.verdict()),
                () -> assertEquals(Severity.BLOCKER, failure.severity()),
                () -> assertEquals("rule[test.throws]", failure.subject().path()),
                () -> assertTrue(failure.message().contains("rule test.throws could not check host xs-04:"
                        + " java.lang.IllegalStateException: inventory unreachable"), failure.message()),
                () -> assertEquals(new ViolationDetails.RuleFailure("test.throws", "java.lang.IllegalStateException",
                        "inventory unreachable"), failure.details()),
                () -> assertTrue(report.hasViolation(LicenceRules.EDITION), "rules before it ran"),
                () -> assertTrue(report.hasViolation("test.always-warns"), "rules after it ran"));
    }

    @Test
    void aRuleThatReturnsNullIsAFailureToo() {
        JoinRule broken = JoinRule.of("test.null", "returns null", (pool, host, context) -> null);

        JoinReport report = RuleSets.xenServer56().add(broken).evaluate(POOL, candidate().build());

        assertTrue(report.violationsOf("rule.failed").get(0).message().contains("returned null"));
    }

    @Test
    void allOfRunsEveryMemberAndIsolatesOneThatThrows() {
        JoinRule group = JoinRule.allOf("test.group", "a group", THROWS, ALWAYS_WARNS);

        List<Violation> found = group.evaluate(POOL, candidate().build(), JoinContext.defaults());

        assertEquals(List.of("rule.failed", "test.always-warns"), found.stream().map(Violation::ruleId).toList());
        assertEquals("test.group", group.id());
        assertThrows(IllegalArgumentException.class, () -> JoinRule.allOf("test.empty", "nothing"));
    }

    @Test
    void onlyWhenSkipsTheRuleWhenTheConditionFails() {
        JoinRule guarded = ALWAYS_WARNS.onlyWhen((pool, host, context) -> host.hostname().equals("xs-99"),
                "the host is xs-99");

        assertEquals(List.of(), guarded.evaluate(POOL, candidate().build(), JoinContext.defaults()));
        assertEquals(1, guarded.evaluate(POOL, candidate().hostname("xs-99").build(), JoinContext.defaults()).size());
        assertEquals("always warns, only when the host is xs-99", guarded.description());
        assertEquals(ALWAYS_WARNS.id(), guarded.id());
    }

    @Test
    void withSeverityChangesEveryViolationAndNothingElse() {
        JoinRule blocking = ALWAYS_WARNS.withSeverity(Severity.BLOCKER);

        Violation v = blocking.evaluate(POOL, candidate().build(), JoinContext.defaults()).get(0);

        assertEquals(Severity.BLOCKER, v.severity());
        assertEquals("xs-04 was looked at", v.message());
        assertEquals(Verdict.BLOCKED, RuleSets.xenServer56().add(blocking).evaluate(POOL, candidate().build()).verdict());
    }

    @Test
    void becauseAttachesTheReasonToDescriptionAndViolations() {
        JoinRule reasoned = ALWAYS_WARNS.because("site policy").because("audit 2026");

        Violation v = reasoned.evaluate(POOL, candidate().build(), JoinContext.defaults()).get(0);

        assertEquals("site policy; audit 2026", v.reason().orElseThrow());
        assertTrue(reasoned.description().endsWith("because site policy, because audit 2026"));
        assertTrue(RuleSets.xenServer56().add(reasoned).evaluate(POOL, candidate().build()).render()
                .contains("why:      site policy; audit 2026"));
        assertThrows(IllegalArgumentException.class, () -> ALWAYS_WARNS.because(" "));
    }

    @Test
    void ruleSetsAreEditedByIdAndNeverChanged() {
        RuleSet original = RuleSets.xenServer56();
        RuleSet lenient = original.replace(LicenceRules.EDITION,
                LicenceRules.edition().withSeverity(Severity.WARNING));
        RuleSet without = original.remove(CpuRules.VENDOR);

        Host free = candidate().licence(LicenceEdition.FREE).build();
        assertAll(
                () -> assertEquals(Verdict.BLOCKED, original.evaluate(POOL, free).verdict()),
                () -> assertEquals(Verdict.ALLOWED, lenient.evaluate(POOL, free).verdict()),
                () -> assertEquals(original.ruleIds(), lenient.ruleIds(), "a replaced rule keeps its place"),
                () -> assertFalse(without.ruleIds().contains(CpuRules.VENDOR)),
                () -> assertEquals(20, original.rules().size(), "the original is unchanged"),
                () -> assertEquals(19, without.rules().size()));
    }

    @Test
    void aRuleCanBeAddedAfterAnother() {
        RuleSet rules = RuleSets.xenServer56().addAfter("cpu.vendor", ALWAYS_WARNS);

        assertEquals(List.of("pool.size", "pool.ha-disabled", "host.standalone", "cpu.vendor", "test.always-warns",
                "cpu.features"), rules.ruleIds().subList(0, 6));
        assertThrows(IllegalArgumentException.class, () -> rules.addAfter("cpu.colour", ALWAYS_WARNS.because("x")));
        assertThrows(IllegalArgumentException.class, () -> rules.addAfter("pool.size", ALWAYS_WARNS));
    }

    @Test
    void ruleSetEditsAreCheckedAndNameTheIds() {
        RuleSet rules = RuleSets.xenServer56();

        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> rules.add(CpuRules.vendor()));
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> rules.remove("cpu.colour"));

        assertTrue(duplicate.getMessage().contains("two rules with id cpu.vendor"), duplicate.getMessage());
        assertTrue(absent.getMessage().contains("has no rule cpu.colour; its rules are pool.size, pool.ha-disabled, host.standalone"),
                absent.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rules.replace("cpu.colour", ALWAYS_WARNS));
        assertThrows(UnsupportedOperationException.class, () -> rules.rules().clear());
    }

    @Test
    void ruleIdsMustBeWords() {
        assertThrows(IllegalArgumentException.class, () -> JoinRule.of(" ", "blank", (p, h, c) -> List.of()));
        assertThrows(IllegalArgumentException.class, () -> JoinRule.of(" cpu.vendor", "padded", (p, h, c) -> List.of()));
        assertThrows(NullPointerException.class, () -> JoinRule.of("x", "no check", null));
    }

    @Test
    void theXenServer56RuleSetListsEveryRuleOfTheSeedAndXapisHaCheckInOrder() {
        // pool.ha-disabled is not in the seed's list, but xapi has refused such a join since 5.5.
        assertEquals(List.of("pool.size", "pool.ha-disabled", "host.standalone", "cpu.vendor", "cpu.features", "cpu.masking-licence",
                "cpu.virtualization", "network.static-ip", "network.address-in-use", "network.bonded-management",
                "clock.sync",
                "vm.running-or-suspended", "vm.active-operations", "storage.shared", "software.version",
                "software.patch-level", "software.supplemental-packs", "licence.edition", "pool.shared-storage",
                "storage.static-address"), RuleSets.xenServer56().ruleIds());
        assertEquals(16, RuleSets.xenServer56().defaultContext().maxPoolSize());
        assertEquals(RuleSets.xenServer56().ruleIds(), RuleSets.named("xenServer56").ruleIds());
        assertThrows(IllegalArgumentException.class, () -> RuleSets.named("xenServer99"));
    }

    @Test
    void violationsAndContextsRejectNonsense() {
        assertThrows(NullPointerException.class, () -> Violation.of("x", Severity.INFO, Subject.pool(POOL)).build());
        assertThrows(IllegalArgumentException.class, () -> JoinContext.defaults().withMaxPoolSize(0));
        assertThrows(IllegalArgumentException.class,
                () -> JoinContext.defaults().withClockTolerance(java.time.Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> LicenceServer.offering("lic", LicenceEdition.PLATINUM, -1));
        assertThrows(IllegalArgumentException.class, () -> new Subject(Subject.Kind.HOST, List.of(), "x"));
    }
}
