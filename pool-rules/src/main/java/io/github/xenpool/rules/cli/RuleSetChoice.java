package io.github.xenpool.rules.cli;

import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.sets.RuleSets;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The --rules and --force options: which rule set judges. */
final class RuleSetChoice {

    static final String DEFAULT = RuleSets.XAPI;

    @Option(names = "--rules", paramLabel = "<rule set>", defaultValue = DEFAULT,
            description = {"The rule set: xenServer56, levelling, xapi (the checks of the joining host's release),"
                + " xapi:<release> (such as xapi:1.249.26), xapi-force or xapi-force:<release>. Default: xapi."})
    String name;

    @Option(names = "--force", description = {"Judge as xapi's Pool.join_force would: every check of the xapi"
        + " rule set but host.homogeneous. Only with --rules xapi or xapi:<release>; xenServer56 and levelling"
        + " have no forced join."})
    boolean force;

    /** The rule set chosen, or a usage error that says what is known. */
    RuleSet resolve(CommandLine line) {
        String chosen = name;
        if (force) {
            if (chosen.equals(RuleSets.XAPI) || chosen.startsWith(RuleSets.XAPI + ":")) {
                chosen = RuleSets.XAPI_FORCE + chosen.substring(RuleSets.XAPI.length());
            } else if (!chosen.equals(RuleSets.XAPI_FORCE) && !chosen.startsWith(RuleSets.XAPI_FORCE + ":")) {
                throw new ParameterException(line, "--force judges a join as xapi's Pool.join_force, which skips"
                        + " the host.homogeneous check; rule set '" + chosen + "' has no forced join: use --force"
                        + " with --rules xapi or xapi:<release>");
            }
        }
        try {
            return RuleSets.named(chosen);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(line, "--rules: " + e.getMessage());
        }
    }
}
