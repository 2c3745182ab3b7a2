package io.github.xenpool.rules.cli;

import static io.github.xenpool.rules.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top of the command line: help, version, completion, and what it says without a command. */
class XenpoolCommandTest {

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Cli.Run run = run("--help").expect(0);
        assertEquals("", run.err());
        for (String command : new String[] {"check", "fleet", "rules", "explain", "import", "generate-completion"}) {
            assertTrue(run.out().contains("\n  " + command), command + " in:\n" + run.out());
        }
        assertTrue(run.out().endsWith("Exit codes:\n" + XenpoolCommand.EXIT_0 + "\n" + XenpoolCommand.EXIT_2 + "\n"
                + XenpoolCommand.EXIT_64 + "\n" + XenpoolCommand.EXIT_65 + "\n" + XenpoolCommand.EXIT_70 + "\n"),
                run.out());
    }

    @Test
    void checksHelpHasTheExitCodesToo() {
        assertTrue(run("check", "--help").expect(0).out().contains("Exit codes:\n  0   ALLOWED"));
    }

    @Test
    void theVersionIsTheBuildsNotATemplate() {
        Cli.Run run = run("--version").expect(0);
        assertTrue(run.out().matches("xenpool \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out());
        assertEquals("xenpool " + VersionProvider.version() + "\n", run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = run().expect(64);
        assertTrue(run.err().startsWith("xenpool: no command given: choose one of check, fleet, rules, explain,"
                + " import or generate-completion\nUsage: xenpool "), run.err());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Run run = run("chek").expect(64);
        assertTrue(run.err().startsWith(
                "xenpool: Unmatched argument at index 0: 'chek'\nDid you mean: xenpool check?\n"),
                run.err());
    }

    @Test
    void theBashCompletionScriptCompletesTheCommandsAndOptions() {
        Cli.Run run = run("generate-completion").expect(0);
        assertTrue(run.out().contains("complete -F _complete_xenpool"), run.out().substring(0, 400));
        assertTrue(run.out().contains("--licence-server"));
        assertTrue(run.out().contains("fleet"));
    }
}
