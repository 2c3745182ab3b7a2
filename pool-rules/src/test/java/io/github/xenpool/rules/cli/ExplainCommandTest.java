package io.github.xenpool.rules.cli;

import static io.github.xenpool.rules.cli.Cli.assertGolden;
import static io.github.xenpool.rules.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** xenpool explain tells one rule, and suggests the nearest ids for one it does not know. */
class ExplainCommandTest {

    @Test
    void aRuleIsExplainedByTheFirstShippedRuleSetThatHasIt() {
        Cli.Run run = run("explain", "vm.running").expect(0);
        assertEquals("", run.err());
        assertGolden("explain-vm.running.txt", run.out());
    }

    @Test
    void aRuleOfXenServer56AloneIsExplainedByIt() {
        assertGolden("explain-cpu.vendor.txt", run("explain", "cpu.vendor").expect(0).out());
    }

    @Test
    void aRuleSetNamedIsTheOneAsked() {
        Cli.Run run = run("explain", "network.static-ip", "--rules", "xenServer56").expect(0);
        assertTrue(run.out().contains("Rule set:  xenServer56\nSeverity:  BLOCKER"), run.out());
        Cli.Run levelling = run("explain", "network.static-ip").expect(0);
        assertTrue(levelling.out().contains(
                "Rule set:  levelling; also in xenServer56 (BLOCKER)\nSeverity:  WARNING"), levelling.out());
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithTheNearestIds() {
        Cli.Run run = run("explain", "cpu.vendr").expect(64);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("xenpool: no shipped rule set has a rule 'cpu.vendr'; did you mean"
                + " cpu.vendor?\nUsage: xenpool explain"), run.err());
        Cli.Run other = run("explain", "cpu.vendor", "--rules", "xapi").expect(64);
        assertTrue(other.err().startsWith("xenpool: rule set xapi has no rule 'cpu.vendor'"), other.err());
    }

    @Test
    void theNearestIdsAreByEditDistance() {
        assertEquals(List.of("vm.running", "vm.running-or-suspended"),
                ExplainCommand.closest("vm.run", List.of("cpu.vendor", "vm.running-or-suspended", "vm.running")));
        assertEquals(List.of("vm.running"),
                ExplainCommand.closest("vm.runing", List.of("cpu.vendor", "vm.running-or-suspended", "vm.running")));
        assertEquals(List.of(), ExplainCommand.closest("zzz", List.of("cpu.vendor")));
        assertEquals(3, ExplainCommand.distance("kitten", "sitting"));
    }
}
