package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.sets.RuleSets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule failure is always contained, and never downgraded. */
class RuleFailureTest {

    private static final JoinRule ALWAYS_WARNS = JoinRule.of("test.always-warns", "always warns",
            (pool, host, context) -> List.of(Violation.of("test.always-warns", Severity.WARNING, Subject.host(host))
                    .message(host.hostname() + " was looked at").build()));

    private static final JoinRule SILENT = JoinRule.of("test.silent", "finds nothing", (pool, host, context) -> List.of());

    private static final Host FREE_HOST = candidate().licence(LicenceEdition.FREE).build();

    /**
     * Throws any throwable without declaring it, as Kotlin code, Lombok's {@code @SneakyThrows}
     * and some bytecode tools do.
     */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> List<Violation> sneakyThrow(Throwable failure) throws T {
        throw (T) failure;
    }

    static JoinRule throwing(String id, Throwable failure) {
        return JoinRule.of(id, "throws " + failure.getClass().getSimpleName(),
                (pool, host, context) -> sneakyThrow(failure));
    }

    static JoinRule answering(String id, List<Violation> answer) {
        return JoinRule.of(id, "answers nonsense", (pool, host, context) -> answer);
    }

    /** A rule whose id is whatever the test says, including nothing. */
    private static final class Nameless implements JoinRule {
        private final String id;

        Nameless(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "has no proper id";
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            return List.of();
        }
    }

    /** A rule that cannot even say its id. */
    private static final class Unnamable implements JoinRule {
        @Override
        public String id() {
            throw new IllegalStateException("id not configured");
        }

        @Override
        public String description() {
            return "cannot say its id";
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            return List.of();
        }
    }

    /** A rule that fails to evaluate, and whose id and descriptor throw once the test says so. */
    private static final class Flaky implements JoinRule {
        private Throwable idFailure;
        private Throwable descriptorFailure;

        @Override
        public String id() {
            return idFailure == null ? "test.flaky" : sneakyThrow(idFailure).toString();
        }

        @Override
        public String description() {
            return "fails";
        }

        @Override
        public RuleDescriptor descriptor() {
            return descriptorFailure == null ? RuleDescriptor.of(id(), description(), Severity.BLOCKER)
                    : RuleDescriptor.of(sneakyThrow(descriptorFailure).toString(), "", Severity.INFO);
        }

        @Override
        public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
            throw new IllegalStateException("inventory unreachable");
        }
    }

    private static Violation onlyFailure(JoinReport report) {
        List<Violation> failures = report.violationsOf(JoinRule.FAILED);
        assertEquals(1, failures.size(), report::render);
        return failures.get(0);
    }

    @Test
    void theIdOfARuleFailureIsPartOfTheApi() {
        JoinReport report = RuleSets.xenServer56().add(throwing("test.throws", new IllegalStateException("x")))
                .evaluate(POOL, candidate().build());

        assertEquals("rule.failed", JoinRule.FAILED);
        assertEquals(JoinRule.FAILED, onlyFailure(report).ruleId());
    }

    static Stream<Arguments> throwablesARuleMayThrow() {
        return Stream.of(
                Arguments.of(new AssertionError("expected 3 NICs")),
                Arguments.of(new StackOverflowError("too deep")),
                Arguments.of(new NoClassDefFoundError("com/example/Inventory")),
                Arguments.of(new LinkageError("plugin clash")),
                Arguments.of(new IOException("inventory unreachable")),
                Arguments.of(new Exception("plain checked exception")),
                Arguments.of(new Throwable("a bare throwable")));
    }

    @ParameterizedTest
    @MethodSource("throwablesARuleMayThrow")
    void anyThrowableARuleMayThrowBecomesARuleFailedBlockerAndTheOthersStillRun(Throwable failure) {
        RuleSet rules = RuleSets.xenServer56().add(throwing("test.throws", failure)).add(ALWAYS_WARNS);

        JoinReport report = rules.evaluate(POOL, FREE_HOST);
        Violation violation = onlyFailure(report);

        assertAll(
                () -> assertEquals(Verdict.BLOCKED, report.verdict()),
                () -> assertEquals(Severity.BLOCKER, violation.severity()),
                () -> assertEquals("rule[test.throws]", violation.subject().path()),
                () -> assertTrue(violation.message().startsWith("rule test.throws could not check host xs-04: "
                        + failure.getClass().getName() + ": " + failure.getMessage()), violation.message()),
                () -> assertEquals(new ViolationDetails.RuleFailure("test.throws", failure.getClass().getName(),
                        failure.getMessage()), violation.details()),
                () -> assertEquals(failure.getClass().getSimpleName(), violation.actual()),
                () -> assertTrue(report.hasViolation(LicenceRules.EDITION), "rules before it ran"),
                () -> assertTrue(report.hasViolation("test.always-warns"), "rules after it ran"));
    }

    @Test
    void aRuleThatOverflowsTheStackBecomesARuleFailedBlocker() {
        JoinRule recursive = JoinRule.of("test.recursive", "recurses for ever", new JoinRule.Check() {
            @Override
            public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
                return evaluate(pool, host, context);
            }
        });

        JoinReport report = RuleSets.xenServer56().add(recursive).add(ALWAYS_WARNS).evaluate(POOL, candidate().build());

        assertEquals(StackOverflowError.class.getName(),
                ((ViolationDetails.RuleFailure) onlyFailure(report).details()).exceptionType());
        assertTrue(report.hasViolation("test.always-warns"));
    }

    @Test
    void aSneakilyThrownInterruptedExceptionIsAFailureAndTheThreadStaysInterrupted() {
        RuleSet rules = RuleSets.xenServer56().add(throwing("test.interrupted", new InterruptedException("cancelled")))
                .add(ALWAYS_WARNS);
        JoinReport report;
        boolean interrupted;
        try {
            report = rules.evaluate(POOL, candidate().build());
        } finally {
            interrupted = Thread.interrupted();
        }

        assertEquals(Verdict.BLOCKED, report.verdict());
        assertEquals("rule[test.interrupted]", onlyFailure(report).subject().path());
        assertTrue(report.hasViolation("test.always-warns"));
        assertTrue(interrupted, "the interrupt a rule swallowed is restored for the caller");
    }

    @Test
    void aStackOverflowIsContainedButTheOtherVirtualMachineErrorsPropagate() {
        List<Throwable> fatal = List.of(new OutOfMemoryError("heap"), new InternalError("jvm bug"),
                new UnknownError("jvm state"), new ThreadDeath());
        for (Throwable failure : fatal) {
            JoinRule rule = throwing("test.fatal", failure);
            for (JoinRule wrapped : List.of(rule, JoinRule.allOf("test.group", "a group", SILENT, rule),
                    rule.withSeverity(Severity.INFO), rule.because("policy"),
                    rule.onlyWhen((pool, host, context) -> true, "always"))) {
                RuleSet rules = RuleSets.xenServer56().add(wrapped);
                Throwable thrown = assertThrows(Throwable.class, () -> rules.evaluate(POOL, candidate().build()));
                assertSame(failure, thrown, wrapped::description);
            }
        }
        JoinReport report = RuleSets.xenServer56()
                .add(JoinRule.allOf("test.group", "a group", throwing("test.deep", new StackOverflowError()))
                        .withSeverity(Severity.INFO))
                .evaluate(POOL, candidate().build());
        assertEquals(Verdict.BLOCKED, report.verdict());
    }

    @Test
    void aFailingRuleThatCannotSayItsIdAnyMoreIsNamedByItsClass() {
        Flaky flaky = new Flaky();
        JoinRule group = JoinRule.allOf("test.group", "a group", flaky);
        flaky.idFailure = new IllegalStateException("id gone");

        List<Violation> found = group.evaluate(POOL, candidate().build(), JoinContext.defaults());

        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("rule (a rule of " + Flaky.class.getName()
                + " without an id) could not check host xs-04: java.lang.IllegalStateException: inventory unreachable"),
                found.get(0).message());
    }

    @Test
    void aVirtualMachineErrorPropagatesWhereverARuleThrowsIt() {
        OutOfMemoryError fatal = new OutOfMemoryError("heap");
        Host host = candidate().build();

        Flaky unnamable = new Flaky();
        unnamable.idFailure = fatal;
        Flaky failingThenUnnamable = new Flaky();
        JoinRule group = JoinRule.allOf("test.group", "a group", failingThenUnnamable);
        failingThenUnnamable.idFailure = fatal;
        Flaky undescribable = new Flaky();
        undescribable.descriptorFailure = fatal;
        JoinRule fatalCondition = ALWAYS_WARNS.onlyWhen((pool, h, context) -> sneakyThrow(fatal).isEmpty(), "never");
        JoinRule fatalMessage = throwing("test.fatal-message", new IllegalStateException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                throw fatal;
            }
        });

        assertAll(
                () -> assertSame(fatal, assertThrows(Error.class, () -> RuleSets.xenServer56().add(unnamable)),
                        "reading the id of a rule given to a rule set"),
                () -> assertSame(fatal, assertThrows(Error.class,
                        () -> group.evaluate(POOL, host, JoinContext.defaults())), "reading the id of a failed rule"),
                () -> assertSame(fatal, assertThrows(Error.class, () -> undescribable.withSeverity(Severity.INFO)
                        .descriptor()), "reading a rule's descriptor"),
                () -> assertSame(fatal, assertThrows(Error.class,
                        () -> fatalCondition.evaluate(POOL, host, JoinContext.defaults())), "testing a condition"),
                () -> assertSame(fatal, assertThrows(Error.class,
                        () -> RuleSets.xenServer56().add(fatalMessage).evaluate(POOL, host)),
                        "reading the message of a failure"));
    }

    @Test
    void aRuleWhoseDescriptorThrowsCannotBeDescribedAndIsNamed() {
        Flaky undescribable = new Flaky();
        undescribable.descriptorFailure = new UnsupportedOperationException("not yet");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> undescribable.because("policy").descriptor());

        assertEquals("rule test.flaky (" + Flaky.class.getName() + ") cannot describe itself: its descriptor() threw "
                + UnsupportedOperationException.class.getName(), refused.getMessage());
        assertSame(undescribable.descriptorFailure, refused.getCause());
    }

    /** Every way of wrapping a rule that the engine offers, by name. */
    private static final List<UnaryOperator<JoinRule>> WRAPPERS = List.of(
            rule -> rule,
            rule -> JoinRule.allOf("test.group", "a group", SILENT, rule, ALWAYS_WARNS),
            rule -> rule.onlyWhen((pool, host, context) -> true, "always"),
            rule -> rule.withSeverity(Severity.INFO),
            rule -> rule.withSeverity(Severity.WARNING),
            rule -> rule.because("site policy"),
            rule -> JoinRule.allOf("test.group", "a group", rule).withSeverity(Severity.INFO).because("audit"));

    @Test
    void aThrowingRuleIsContainedWhateverWrapsIt() {
        for (UnaryOperator<JoinRule> wrap : WRAPPERS) {
            JoinRule rule = throwing("test.throws", new AssertionError("expected 3 NICs"));
            JoinRule wrapped = wrap.apply(rule);

            JoinReport report = RuleSets.xenServer56().add(wrapped).evaluate(POOL, candidate().build());

            if (wrapped != rule) {
                // A combinator contains the failure even when it is evaluated on its own.
                List<Violation> direct = wrapped.evaluate(POOL, candidate().build(), JoinContext.defaults());
                assertEquals(1, direct.stream().filter(v -> v.ruleId().equals(JoinRule.FAILED)).count(),
                        wrapped.description());
            }
            assertEquals(Verdict.BLOCKED, report.verdict(), wrapped.description());
            assertEquals(Severity.BLOCKER, onlyFailure(report).severity(), wrapped.description());
            assertTrue(onlyFailure(report).message().contains("java.lang.AssertionError: expected 3 NICs"));
        }
    }

    @Test
    void aRuleThatReturnsNullOrAListHoldingNullIsAFailureWhateverWrapsIt() {
        Violation real = Violation.of("test.holes", Severity.INFO, Subject.pool(POOL)).message("a real one").build();
        for (UnaryOperator<JoinRule> wrap : WRAPPERS) {
            JoinRule returnsNull = wrap.apply(answering("test.null", null));
            JoinRule holdsNull = wrap.apply(answering("test.holes", Arrays.asList(real, null)));

            Violation nullFailure = onlyFailure(RuleSets.xenServer56().add(returnsNull).evaluate(POOL,
                    candidate().build()));
            JoinReport holesReport = RuleSets.xenServer56().add(holdsNull).evaluate(POOL, candidate().build());
            Violation holeFailure = onlyFailure(holesReport);

            assertAll(holdsNull.description(),
                    () -> assertTrue(nullFailure.message().contains("rule test.null could not check host xs-04")
                            && nullFailure.message().contains("returned null"), nullFailure.message()),
                    () -> assertTrue(holeFailure.message().contains("rule test.holes could not check host xs-04")
                            && holeFailure.message().contains("returned a list holding null at index 1"),
                            holeFailure.message()),
                    () -> assertEquals(Verdict.BLOCKED, holesReport.verdict()),
                    () -> assertTrue(holesReport.violations().stream().noneMatch(Objects::isNull)));
        }
    }

    @Test
    void aListWithoutIndexedAccessIsSearchedForNullToo() {
        Violation real = Violation.of("test.linked", Severity.INFO, Subject.pool(POOL)).message("a real one").build();
        JoinRule holdsNull = answering("test.linked", new LinkedList<>(Arrays.asList(real, real, null)));
        JoinRule sound = answering("test.linked", new LinkedList<>(List.of(real, real)));

        Violation failure = onlyFailure(RuleSets.xenServer56().add(holdsNull).evaluate(POOL, candidate().build()));
        JoinReport report = RuleSets.xenServer56().add(sound).evaluate(POOL, candidate().build());

        assertTrue(failure.message().contains("returned a list holding null at index 2"), failure.message());
        assertEquals(List.of(real, real), report.violationsOf("test.linked"));
        assertEquals(List.of(), report.violationsOf(JoinRule.FAILED));
    }

    @Test
    void aFailureWhoseMessageAndDescriptionThrowStillBecomesARuleFailed() {
        RuntimeException unreadable = new IllegalStateException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                throw new UnsupportedOperationException("no message today");
            }

            @Override
            public String toString() {
                throw new UnsupportedOperationException("no description either");
            }
        };

        JoinReport report = RuleSets.xenServer56().add(throwing("test.unreadable", unreadable)).add(ALWAYS_WARNS)
                .evaluate(POOL, candidate().build());
        Violation failure = onlyFailure(report);

        assertEquals(Verdict.BLOCKED, report.verdict());
        assertTrue(failure.message().contains("(its message could not be read: "
                + UnsupportedOperationException.class.getName() + ")"), failure.message());
        assertEquals("rule test.unreadable answers", failure.expected());
        assertEquals(unreadable.getClass().getName(), failure.actual(), "a class without a simple name is named in full");
        assertTrue(report.hasViolation("test.always-warns"));
        assertTrue(report.render().contains("test.unreadable"));
    }

    @Test
    void aHugeFailureMessageIsShortenedAndSaysHowLongItWas() {
        String huge = "x".repeat(1 << 20);

        Violation failure = onlyFailure(RuleSets.xenServer56()
                .add(throwing("test.verbose", new IllegalStateException(huge)))
                .evaluate(POOL, candidate().build()));
        String kept = ((ViolationDetails.RuleFailure) failure.details()).exceptionMessage();

        assertTrue(failure.message().length() < 1_000, () -> "message of " + failure.message().length());
        assertTrue(kept.length() < 400, () -> "details of " + kept.length());
        assertTrue(kept.startsWith("x".repeat(100)), kept);
        assertTrue(kept.endsWith("… (1048576 characters in all)"), kept);
        assertTrue(failure.message().contains(kept), failure.message());
    }

    @Test
    void controlCharactersInAFailureCannotForgeTheRenderedReport() {
        String forged = "boom\n\nVerdict: ALLOWED (0 blockers, 0 warnings, 0 notes)\r\u001b[2J\u202Eevil\u2028";
        JoinRule liar = throwing("test.liar", new IllegalStateException(forged));

        JoinReport report = RuleSets.xenServer56().add(liar).evaluate(POOL, candidate().build());
        Violation failure = onlyFailure(report);
        String text = report.render();

        assertAll(
                () -> assertEquals(1, text.lines().filter(line -> line.startsWith("Verdict:")).count(), text),
                () -> assertTrue(text.startsWith("Joining host") && text.contains("Verdict: BLOCKED"), text),
                () -> assertTrue(text.chars().noneMatch(c -> c != '\n' && (Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT || c == '\u2028')), text),
                () -> assertTrue(failure.message().contains(
                        "boom\\n\\nVerdict: ALLOWED (0 blockers, 0 warnings, 0 notes)\\r\\u001B[2J\\u202Eevil\\u2028"),
                        failure.message()));
    }

    @Test
    void noWrapperMakesARuleFailureMilder() {
        JoinRule crashing = throwing("test.crashing", new IllegalStateException("inventory unreachable"));
        JoinRule failingCondition = ALWAYS_WARNS.onlyWhen((pool, host, context) -> {
            throw new IllegalStateException("cannot tell");
        }, "the inventory says so");
        List<JoinRule> lenient = List.of(
                crashing.withSeverity(Severity.INFO),
                JoinRule.allOf("test.group", "a group", crashing).withSeverity(Severity.INFO),
                JoinRule.allOf("test.group", "a group", crashing).withSeverity(Severity.WARNING).because("policy"),
                JoinRule.allOf("test.group", "a group", crashing.because("policy")).withSeverity(Severity.INFO),
                JoinRule.allOf("test.group", "a group", failingCondition).withSeverity(Severity.INFO),
                JoinRule.allOf("test.group", "a group", JoinRule.allOf("test.inner", "inner", crashing))
                        .withSeverity(Severity.WARNING));

        for (JoinRule rule : lenient) {
            JoinReport report = RuleSets.xenServer56().add(rule).evaluate(POOL, candidate().build());

            assertEquals(Verdict.BLOCKED, report.verdict(), rule.description());
            assertEquals(Severity.BLOCKER, onlyFailure(report).severity(), rule.description());
        }
    }

    @Test
    void aConditionThatThrowsIsARuleFailedBlockerOfTheGuardedRule() {
        JoinRule guarded = ALWAYS_WARNS.onlyWhen((pool, host, context) -> sneakyThrow(new AssertionError("no vendor"))
                .isEmpty(), "the inventory says so");

        List<Violation> direct = guarded.evaluate(POOL, candidate().build(), JoinContext.defaults());
        JoinReport report = RuleSets.xenServer56().add(guarded).evaluate(POOL, candidate().build());

        assertEquals(List.of(JoinRule.FAILED), direct.stream().map(Violation::ruleId).toList());
        assertEquals(Verdict.BLOCKED, report.verdict());
        assertEquals("rule[test.always-warns]", onlyFailure(report).subject().path());
        assertTrue(onlyFailure(report).message().contains("java.lang.AssertionError: no vendor"));
    }

    @Test
    void ruleSetsRefuseARuleWithoutAUsableIdNamingItsIndexAndClass() {
        RuleSet base = RuleSets.xenServer56();
        int end = base.rules().size();
        List<JoinRule> withNullId = new ArrayList<>(base.rules());
        withNullId.add(2, new Nameless(null));

        IllegalArgumentException ofNull = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.of("mine", base.cpuLevelPolicy(), base.defaultContext(), withNullId));
        IllegalArgumentException addBlank = assertThrows(IllegalArgumentException.class,
                () -> base.add(new Nameless(" ")));
        IllegalArgumentException addAfterThrowing = assertThrows(IllegalArgumentException.class,
                () -> base.addAfter("pool.size", new Unnamable()));
        IllegalArgumentException replaceEmpty = assertThrows(IllegalArgumentException.class,
                () -> base.replace("host.standalone", new Nameless("")));

        assertAll(
                () -> assertEquals("rule set mine: the rule at index 2 (" + Nameless.class.getName()
                        + ") has a null id; a rule id is a non-blank word such as cpu.vendor", ofNull.getMessage()),
                () -> assertTrue(addBlank.getMessage().contains("rule set xenServer56: the rule at index " + end + " ("
                        + Nameless.class.getName() + ") has the id \" \""), addBlank.getMessage()),
                () -> assertTrue(addAfterThrowing.getMessage().contains("the rule at index 1 ("
                        + Unnamable.class.getName() + ") cannot say its id"), addAfterThrowing.getMessage()),
                () -> assertTrue(addAfterThrowing.getCause() instanceof IllegalStateException),
                // host.standalone comes after pool.size and pool.ha-disabled.
                () -> assertTrue(replaceEmpty.getMessage().contains("the rule at index 2 ("
                        + Nameless.class.getName() + ")"), replaceEmpty.getMessage()));
    }

    @Test
    void ruleSetsRefuseANullRuleNamingItsIndex() {
        RuleSet base = RuleSets.xenServer56();
        List<JoinRule> withNull = new ArrayList<>(base.rules());
        withNull.add(3, null);

        NullPointerException refused = assertThrows(NullPointerException.class,
                () -> RuleSet.of("mine", base.cpuLevelPolicy(), base.defaultContext(), withNull));

        assertEquals("rules[3] is null (rule set mine)", refused.getMessage());
    }

    @Test
    void ruleGroupsRefuseANullRuleOrOneWithoutAUsableId() {
        NullPointerException nullMember = assertThrows(NullPointerException.class,
                () -> JoinRule.allOf("test.group", "a group", SILENT, null));
        IllegalArgumentException nameless = assertThrows(IllegalArgumentException.class,
                () -> JoinRule.allOf("test.group", "a group", new Nameless(null)));
        IllegalArgumentException unnamable = assertThrows(IllegalArgumentException.class,
                () -> JoinRule.allOf("test.group", "a group", SILENT, SILENT, new Unnamable()));

        assertEquals("rules[1] is null (rule group test.group)", nullMember.getMessage());
        assertTrue(nameless.getMessage().startsWith("rule group test.group: the rule at index 0 ("
                + Nameless.class.getName() + ") has a null id"), nameless.getMessage());
        assertTrue(unnamable.getMessage().contains("the rule at index 2"), unnamable.getMessage());
    }
}
