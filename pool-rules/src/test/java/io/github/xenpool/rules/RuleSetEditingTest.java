package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Making and editing rule sets: each edit is a new rule set, and mistakes are refused by name. */
class RuleSetEditingTest {

    private static final Pool POOL = SamplePools.enterpriseIntelPool();
    private static final Host HOST = SamplePools.compliantCandidate();

    private static JoinRule silent(String id) {
        return JoinRule.of(id, "finds nothing", (pool, host, context) -> List.of());
    }

    /** Blocks every join and says the pool size limit of the context it ran in. */
    private static final JoinRule SAYS_LIMIT = JoinRule.of("test.limit", "says the limit",
            (pool, host, context) -> List.of(Violation.of("test.limit", Severity.BLOCKER, Subject.host(host))
                    .message("limit " + context.maxPoolSize()).build()));

    private final JoinRule a = silent("test.a");
    private final JoinRule b = silent("test.b");
    private final JoinRule c = silent("test.c");
    private final RuleSet abc = RuleSet.of("site", CpuLevelPolicy.MASKING, JoinContext.defaults(), List.of(a, b, c));

    @Test
    void aRuleSetKeepsItsNamePolicyContextAndRulesInOrder() {
        JoinContext context = JoinContext.defaults().withMaxPoolSize(4);
        RuleSet set = RuleSet.of("site", CpuLevelPolicy.LEVELLING, context, List.of(c, a));

        assertAll(
                () -> assertEquals("site", set.name()),
                () -> assertEquals(CpuLevelPolicy.LEVELLING, set.cpuLevelPolicy()),
                () -> assertSame(context, set.defaultContext()),
                () -> assertEquals(List.of(c, a), set.rules()),
                () -> assertEquals(List.of("test.c", "test.a"), set.ruleIds()),
                () -> assertEquals("RuleSet[site: test.c, test.a]", set.toString()));
    }

    @Test
    void anEmptyRuleSetIsAllowedAndAllowsEveryJoin() {
        RuleSet empty = RuleSet.of("none", CpuLevelPolicy.MASKING, JoinContext.defaults(), List.of());

        assertEquals(List.of(), empty.ruleIds());
        assertEquals("RuleSet[none: ]", empty.toString());
        assertEquals(Verdict.ALLOWED, empty.evaluate(POOL, HOST).verdict());
    }

    @Test
    void twoRulesWithOneIdAreRefusedNamingTheId() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.of("site", CpuLevelPolicy.MASKING, JoinContext.defaults(), List.of(a, b, silent("test.a"))));

        assertEquals("rule set site has two rules with id test.a; ids are unique so that rules can be replaced and"
                + " removed by id", refused.getMessage());
    }

    @Test
    void aBlankNameIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.of("  ", CpuLevelPolicy.MASKING, JoinContext.defaults(), List.of(a)));

        assertEquals("a rule set needs a name", refused.getMessage());
        assertEquals("a rule set needs a name",
                assertThrows(IllegalArgumentException.class, () -> abc.named("")).getMessage());
    }

    @Test
    void addingPutsTheRuleLastAndLeavesTheOriginalAlone() {
        RuleSet more = abc.add(silent("test.d"));

        assertEquals(List.of("test.a", "test.b", "test.c", "test.d"), more.ruleIds());
        assertEquals(List.of("test.a", "test.b", "test.c"), abc.ruleIds());
        assertEquals("site", more.name());
        assertEquals(abc.cpuLevelPolicy(), more.cpuLevelPolicy());
        assertSame(abc.defaultContext(), more.defaultContext());
    }

    @Test
    void addingARuleWhoseIdIsTakenIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> abc.add(silent("test.b")));

        assertEquals("rule set site has two rules with id test.b; ids are unique so that rules can be replaced and"
                + " removed by id", refused.getMessage());
    }

    @Test
    void addingAfterARulePutsTheNewRuleRightBehindIt() {
        assertEquals(List.of("test.a", "test.d", "test.b", "test.c"), abc.addAfter("test.a", silent("test.d")).ruleIds());
        assertEquals(List.of("test.a", "test.b", "test.d", "test.c"), abc.addAfter("test.b", silent("test.d")).ruleIds());
        assertEquals(List.of("test.a", "test.b", "test.c", "test.d"), abc.addAfter("test.c", silent("test.d")).ruleIds());
    }

    @Test
    void addingAfterAnUnknownRuleIsRefusedListingTheIds() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> abc.addAfter("test.x", silent("test.d")));

        assertEquals("rule set site has no rule test.x; its rules are test.a, test.b, test.c", refused.getMessage());
    }

    @Test
    void removingTakesOutOnlyThatRule() {
        assertEquals(List.of("test.b", "test.c"), abc.remove("test.a").ruleIds());
        assertEquals(List.of("test.a", "test.c"), abc.remove("test.b").ruleIds());
        assertEquals(List.of("test.a", "test.b"), abc.remove("test.c").ruleIds());
        assertEquals(List.of(a, c), abc.remove("test.b").rules());
        assertEquals(List.of("test.a", "test.b", "test.c"), abc.ruleIds());
    }

    @Test
    void removingAnUnknownRuleIsRefusedListingTheIds() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> abc.remove("test.x"));

        assertEquals("rule set site has no rule test.x; its rules are test.a, test.b, test.c", refused.getMessage());
    }

    @Test
    void replacingPutsTheNewRuleInTheSamePlaceEvenUnderAnotherId() {
        JoinRule newB = silent("test.b");
        RuleSet same = abc.replace("test.b", newB);
        RuleSet renamed = abc.replace("test.b", silent("test.z"));

        assertEquals(List.of(a, newB, c), same.rules());
        assertSame(newB, same.rule("test.b").orElseThrow());
        assertEquals(List.of("test.a", "test.z", "test.c"), renamed.ruleIds());
        assertEquals(Optional.empty(), renamed.rule("test.b"));
    }

    @Test
    void replacingWithATakenIdOrAnUnknownRuleIsRefused() {
        assertEquals("rule set site has two rules with id test.c; ids are unique so that rules can be replaced and"
                + " removed by id",
                assertThrows(IllegalArgumentException.class, () -> abc.replace("test.a", silent("test.c"))).getMessage());
        assertEquals("rule set site has no rule test.x; its rules are test.a, test.b, test.c",
                assertThrows(IllegalArgumentException.class, () -> abc.replace("test.x", silent("test.y"))).getMessage());
    }

    @Test
    void aRuleIsFoundByItsIdOnly() {
        assertAll(
                () -> assertSame(a, abc.rule("test.a").orElseThrow()),
                () -> assertSame(b, abc.rule("test.b").orElseThrow()),
                () -> assertSame(c, abc.rule("test.c").orElseThrow()),
                () -> assertEquals(Optional.empty(), abc.rule("test")),
                () -> assertThrows(NullPointerException.class, () -> abc.rule(null)));
    }

    @Test
    void renamingKeepsTheRulesAndTheContext() {
        RuleSet renamed = abc.named("other");

        assertEquals("other", renamed.name());
        assertEquals(abc.rules(), renamed.rules());
        assertSame(abc.defaultContext(), renamed.defaultContext());
        assertEquals("RuleSet[other: test.a, test.b, test.c]", renamed.toString());
        assertEquals("site", abc.name());
    }

    @Test
    void editsKeepTheRuleSetsNameInTheirRefusals() {
        RuleSet renamed = abc.named("other");

        assertEquals("rule set other has no rule test.x; its rules are test.a, test.b, test.c",
                assertThrows(IllegalArgumentException.class, () -> renamed.remove("test.x")).getMessage());
    }

    @Test
    void anotherDefaultContextChangesOnlyTheContext() {
        JoinContext small = JoinContext.defaults().withMaxPoolSize(2).withClockTolerance(Duration.ofSeconds(1));
        RuleSet edited = abc.withDefaultContext(small);

        assertSame(small, edited.defaultContext());
        assertEquals(abc.rules(), edited.rules());
        assertEquals(abc.name(), edited.name());
        assertEquals(abc.cpuLevelPolicy(), edited.cpuLevelPolicy());
        assertEquals(JoinContext.defaults(), abc.defaultContext());
    }

    @Test
    void evaluatingWithoutAContextUsesTheDefaultAndAGivenContextIsUsedInstead() {
        RuleSet set = abc.add(SAYS_LIMIT).withDefaultContext(JoinContext.defaults().withMaxPoolSize(7));

        JoinReport byDefault = set.evaluate(POOL, HOST);
        JoinReport given = set.evaluate(POOL, HOST, JoinContext.defaults().withMaxPoolSize(3));

        assertEquals("limit 7", byDefault.violationsOf("test.limit").get(0).message());
        assertEquals("limit 3", given.violationsOf("test.limit").get(0).message());
        assertEquals("site", byDefault.ruleSetName());
        assertEquals(Verdict.BLOCKED, byDefault.verdict());
        assertEquals(List.of("test.limit"), given.blockingRuleIds());
    }

    @Test
    void checkingWithoutAContextUsesTheDefault() {
        RuleSet set = RuleSet.of("site", CpuLevelPolicy.MASKING, JoinContext.defaults().withMaxPoolSize(5),
                List.of(SAYS_LIMIT));

        JoinBlockedException blocked = assertThrows(JoinBlockedException.class, () -> set.check(POOL, HOST));

        assertEquals("limit 5", blocked.report().violationsOf("test.limit").get(0).message());
        assertEquals(Verdict.ALLOWED, abc.check(POOL, HOST).verdict());
    }
}
