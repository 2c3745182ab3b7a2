package io.github.xenpool.rules.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top of the command line: its subcommands, its help and version, and the exit codes. */
@Command(name = "xenpool", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Decides, before anything is touched, whether a host may join a XenServer / XCP-ng pool,"
                + " and why not.",
        subcommands = {CheckCommand.class, FleetCommand.class, RulesCommand.class, ExplainCommand.class,
            ImportCommand.class, GenerateCompletion.class},
        footerHeading = XenpoolCommand.EXIT_CODES_HEADING,
        footer = {XenpoolCommand.EXIT_0, XenpoolCommand.EXIT_2, XenpoolCommand.EXIT_64, XenpoolCommand.EXIT_65,
            XenpoolCommand.EXIT_70})
final class XenpoolCommand implements Callable<Integer> {

    static final String EXIT_CODES_HEADING = "%nExit codes:%n";
    static final String EXIT_0 = "  0   ALLOWED or ALLOWED_WITH_MASKING; every sample got its verdict; success";
    static final String EXIT_2 = "  2   BLOCKED";
    static final String EXIT_64 = "  64  usage error: an unknown option, a missing or bad value";
    static final String EXIT_65 = "  65  bad input data: a file missing, unreadable, unrecognised or broken";
    static final String EXIT_70 = "  70  internal error";

    @Spec
    private CommandSpec spec;

    @Mixin
    private Verbosity verbosity;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given: choose one of check, fleet, rules,"
                + " explain, import or generate-completion");
    }
}
