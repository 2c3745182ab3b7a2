package io.github.xenpool.rules.cli;

import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.sets.RuleSets;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** xenpool explain: one rule, what it checks, why, its xapi errors and how to fix what it blocks. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explains one rule: what it checks, where the requirement comes from, the xapi errors it stands"
            + " for, the xapi releases that run it, and how what it blocks is fixed.",
            "Without --rules, the rule as the first of the shipped rule sets that has it (xapi, levelling,"
                + " xenServer56, xapi-force) describes it."})
final class ExplainCommand implements Callable<Integer> {

    private static final List<String> SHIPPED = List.of(RuleSets.XAPI, RuleSets.LEVELLING, RuleSets.XENSERVER_56,
            RuleSets.XAPI_FORCE);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<rule-id>", description = "The rule's id, such as cpu.vendor.")
    private String id;

    @Mixin
    private RuleSetChoice ruleSet;

    @Mixin
    private Verbosity verbosity;

    @Override
    public Integer call() {
        Map<String, RuleDescriptor> bySet = new LinkedHashMap<>();
        if (spec.commandLine().getParseResult().hasMatchedOption("--rules")
                || spec.commandLine().getParseResult().hasMatchedOption("--force")) {
            RuleSet rules = ruleSet.resolve(spec.commandLine());
            describe(rules, id).ifPresent(rule -> bySet.put(rules.name(), rule));
            if (bySet.isEmpty()) {
                throw unknown(rules.ruleIds(), "rule set " + rules.name() + " has no rule");
            }
        } else {
            for (String name : SHIPPED) {
                RuleSet rules = RuleSets.named(name);
                describe(rules, id).ifPresent(rule -> bySet.put(name, rule));
            }
            if (bySet.isEmpty()) {
                Set<String> ids = new LinkedHashSet<>();
                SHIPPED.forEach(name -> ids.addAll(RuleSets.named(name).ruleIds()));
                throw unknown(new ArrayList<>(ids), "no shipped rule set has a rule");
            }
        }
        String first = bySet.keySet().iterator().next();
        RuleDescriptor rule = bySet.get(first);
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id());
        out.println("Rule set:  " + first + alsoIn(bySet, first));
        out.println("Severity:  " + rule.defaultSeverity() + " unless a case says otherwise");
        out.print(Samples.wrap("Checks:    ", rule.title()));
        rule.reason().ifPresent(reason -> out.print(Samples.wrap("Because:   ", reason)));
        if (rule.sources().isEmpty()) {
            out.println("Sources:   none named");
        } else {
            out.println("Sources:");
            for (RuleDescriptor.Source source : rule.sources()) {
                out.print(Samples.wrap("  - ", describe(source)));
            }
        }
        out.println("xapi:      " + RulesCommand.xapiErrors(rule));
        out.println("Releases:  " + RulesCommand.releases(rule));
        out.print(Samples.wrap("To fix:    ", rule.fixableByConfiguration()
                ? "configuration can resolve what it blocks: change the host or the pool as the report of a blocked"
                    + " join says, step by step (xenpool check prints the steps)"
                : "configuration cannot resolve what it blocks (unless a case says otherwise): the host needs"
                    + " other hardware or another pool; xenpool fleet finds the pools it can join"));
        return Xenpool.ALLOWED;
    }

    private static Optional<RuleDescriptor> describe(RuleSet rules, String id) {
        return rules.descriptors().stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    private static String alsoIn(Map<String, RuleDescriptor> bySet, String first) {
        List<String> others = new ArrayList<>();
        bySet.forEach((name, rule) -> {
            if (!name.equals(first)) {
                others.add(name + " (" + rule.defaultSeverity() + ")");
            }
        });
        return others.isEmpty() ? "" : "; also in " + String.join(", ", others);
    }

    private static String describe(RuleDescriptor.Source source) {
        switch (source.kind()) {
            case SEED_REQUIREMENT:
                return "a requirement of XenServer 5.6 pools: " + source.reference();
            case XAPI_CHECK:
                return "xapi's check " + source.reference() + " in pool.join (xapi_pool.ml)";
            default:
                return "the documentation: " + source.reference();
        }
    }

    private ParameterException unknown(List<String> ids, String where) {
        List<String> closest = closest(id, ids);
        return new ParameterException(spec.commandLine(), where + " '" + id + "'"
                + (closest.isEmpty() ? "; xenpool rules lists them" : "; did you mean " + String.join(", ", closest)
                + "?"));
    }

    /** The ids nearest to a misspelt one: by edit distance, at most three, the nearest first. */
    static List<String> closest(String wanted, List<String> ids) {
        int limit = Math.max(2, wanted.length() / 3);
        List<String> near = new ArrayList<>();
        for (String id : ids) {
            if (distance(wanted, id) <= limit || id.startsWith(wanted) || id.endsWith("." + wanted)) {
                near.add(id);
            }
        }
        near.sort(Comparator.comparingInt((String id) -> distance(wanted, id))
                .thenComparing(Comparator.naturalOrder()));
        return near.subList(0, Math.min(3, near.size()));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
