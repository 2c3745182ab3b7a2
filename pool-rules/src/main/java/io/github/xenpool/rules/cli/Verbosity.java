package io.github.xenpool.rules.cli;

import picocli.CommandLine.Option;

/** The --verbose option of every command. */
final class Verbosity {

    @Option(names = "--verbose", description = "Print more: the whole import reports, and the stack trace of an error.")
    boolean verbose;
}
