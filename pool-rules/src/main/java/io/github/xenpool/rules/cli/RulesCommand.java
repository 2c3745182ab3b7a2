package io.github.xenpool.rules.cli;

import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.XapiError;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** xenpool rules: the rules of a rule set, described without running them. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the rules of a rule set in the order they run: id, severity, what each checks, the xapi"
                + " errors it stands for and the xapi releases that run it. xenpool explain <rule-id> tells more.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetChoice ruleSet;

    @Mixin
    private Verbosity verbosity;

    @Override
    public Integer call() {
        RuleSet rules = ruleSet.resolve(spec.commandLine());
        List<RuleDescriptor> descriptors = rules.descriptors();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Rule set " + rules.name() + ": " + ImportSummary.count(descriptors.size(), "rule")
                + ", in the order they run.");
        for (RuleDescriptor rule : descriptors) {
            out.println();
            out.println(rule.id() + " (" + rule.defaultSeverity() + ")");
            out.print(Samples.wrap("  checks:   ", rule.title()));
            out.println("  xapi:     " + xapiErrors(rule));
            out.println("  releases: " + releases(rule));
        }
        return Xenpool.ALLOWED;
    }

    static String xapiErrors(RuleDescriptor rule) {
        return rule.xapiErrors().isEmpty() ? "no xapi error"
                : rule.xapiErrors().stream().map(XapiError::code).collect(Collectors.joining(", "));
    }

    static String releases(RuleDescriptor rule) {
        return rule.xapiReleases().map(releases -> "run by xapi, " + releases)
                .orElse("not one of xapi's checks");
    }
}
