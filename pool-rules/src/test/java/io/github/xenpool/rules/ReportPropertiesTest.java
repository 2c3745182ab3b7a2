package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
    void reportsAndViolationsPrintTheSameWhateverTheIterationOrderOfTheSetsTheyWereMadeFrom() {
        qt(200).forAll(JoinCases.any(), integers().all()).check((c, seed) -> {
            Random random = new Random(seed);
            Pool pool = reordered(c.pool(), random);
            Host host = reordered(c.host(), random);
            for (RuleSet rules : List.of(RuleSets.xenServer56(), RuleSets.levelling())) {
                JoinReport original = rules.evaluate(c.pool(), c.host());
                JoinReport other = rules.evaluate(pool, host);
                if (!original.render().equals(other.render()) || !original.toString().equals(other.toString())
                        || !original.violations().toString().equals(other.violations().toString())) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The pool made again from sets that iterate in a random order. */
    private static Pool reordered(Pool pool, Random random) {
        return new Pool(pool.id(), pool.name(), reordered(pool.master(), random),
                pool.secondaries().stream().map(host -> reordered(host, random)).toList(), pool.haEnabled(),
                pool.sharedStorage(), pool.cpuFeatureMask(), shuffled(pool.offlineHosts(), random),
                pool.configuration());
    }

    /** The host made again from sets (hotfixes, packs, VM operations) that iterate in a random order. */
    private static Host reordered(Host host, Random random) {
        Software software = host.software();
        return new Host(host.id(), host.hostname(), host.cpu(), new Software(software.productVersion(),
                software.buildNumber(), software.hotfixes().map(fixes -> shuffled(fixes, random)),
                shuffled(software.supplementalPacks(), random), software.softwareVersion(), software.apiVersion(),
                software.updates(), software.pendingGuidance()), host.licence(), host.managementInterface(),
                host.networkInterfaces(), host.clock(), host.vms().stream().map(vm -> new Vm(vm.uuid(), vm.name(),
                        vm.powerState(), vm.mode(), shuffled(vm.currentOperations(), random))).toList(),
                host.storage(), host.membership(), host.licenceParams(), host.externalAuth(), host.ownPool(),
                host.incompleteListings(), host.managementInterfaceExists(), host.ipv4Bridges(), host.nonGuestVms(),
                host.nameLabel(), host.xapiReference());
    }

    private static <T> Set<T> shuffled(Set<T> set, Random random) {
        List<T> elements = new ArrayList<>(set);
        Collections.shuffle(elements, random);
        return new LinkedHashSet<>(elements);
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

    /** A rule that cannot answer, wrapped in combinators: described for a failing example. */
    private record BrokenRule(String how, List<String> wrappers, JoinRule rule) {
        @Override
        public String toString() {
            return how + " wrapped in " + wrappers;
        }
    }

    /** The ways a rule can fail to answer: what it throws, or the nonsense it returns. */
    private static final List<BrokenRule> BROKEN_RULES = List.of(
            broken("IllegalStateException", new IllegalStateException("inventory unreachable")),
            broken("AssertionError", new AssertionError("expected 3 NICs")),
            broken("StackOverflowError", new StackOverflowError()),
            broken("NoClassDefFoundError", new NoClassDefFoundError("com/example/Inventory")),
            broken("sneaky IOException", new IOException("disk gone")),
            broken("sneaky InterruptedException", new InterruptedException("cancelled")),
            broken("exception with a message that throws", new IllegalArgumentException() {
                private static final long serialVersionUID = 1L;

                @Override
                public String getMessage() {
                    throw new IllegalStateException("no message");
                }
            }),
            new BrokenRule("null", List.of(), RuleFailureTest.answering("extra.broken", null)),
            new BrokenRule("a list holding null", List.of(), RuleFailureTest.answering("extra.broken",
                    Arrays.asList(null, null))));

    private static BrokenRule broken(String how, Throwable failure) {
        return new BrokenRule(how, List.of(), RuleFailureTest.throwing("extra.broken", failure));
    }

    /** Wraps a broken rule once more, in one of the combinators, chosen by {@code which}. */
    private static BrokenRule wrap(BrokenRule broken, int which) {
        JoinRule rule = broken.rule();
        JoinRule wrapped = switch (which) {
            case 0 -> JoinRule.allOf("extra.group", "a group", rule,
                    JoinRule.of("extra.silent", "finds nothing", (pool, host, context) -> List.of()));
            case 1 -> rule.withSeverity(Severity.INFO);
            case 2 -> rule.withSeverity(Severity.WARNING);
            case 3 -> rule.because("site policy");
            default -> rule.onlyWhen((pool, host, context) -> true, "always");
        };
        List<String> names = new ArrayList<>(broken.wrappers());
        names.add(List.of("allOf", "withSeverity(INFO)", "withSeverity(WARNING)", "because", "onlyWhen").get(which));
        return new BrokenRule(broken.how(), names, wrapped);
    }

    private static Gen<BrokenRule> brokenRules() {
        Gen<List<Integer>> chains = lists().of(integers().between(0, 4)).ofSizeBetween(0, 4);
        return Generate.pick(BROKEN_RULES).zip(chains, (broken, chain) -> {
            BrokenRule wrapped = broken;
            for (int which : chain) {
                wrapped = wrap(wrapped, which);
            }
            return wrapped;
        });
    }

    @Test
    void aRuleThatCannotAnswerAddsExactlyOneBlockerWhateverWrapsItAndChangesNothingElse() {
        Gen<String> after = Generate.pick(RULES.ruleIds());
        qt(300).forAll(JoinCases.any(), brokenRules(), after).check((c, broken, id) -> {
            JoinReport before = RULES.evaluate(c.pool(), c.host());
            JoinReport report;
            try {
                report = RULES.addAfter(id, broken.rule()).evaluate(c.pool(), c.host());
            } finally {
                Thread.interrupted();
            }
            List<Violation> failures = report.violationsOf(JoinRule.FAILED);
            List<Violation> others = report.violations().stream()
                    .filter(v -> !v.ruleId().equals(JoinRule.FAILED)).toList();
            return !before.hasViolation(JoinRule.FAILED)
                    && failures.size() == 1 && failures.get(0).isBlocker()
                    && failures.get(0).subject().path().equals("rule[extra.broken]")
                    && report.verdict() == Verdict.BLOCKED
                    && others.equals(before.violations());
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
