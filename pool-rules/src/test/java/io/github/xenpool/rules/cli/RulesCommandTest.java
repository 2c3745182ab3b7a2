package io.github.xenpool.rules.cli;

import static io.github.xenpool.rules.cli.Cli.assertGolden;
import static io.github.xenpool.rules.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.sets.RuleSets;
import org.junit.jupiter.api.Test;

/** xenpool rules lists a rule set's rules from their descriptors. */
class RulesCommandTest {

    @Test
    void theXenServer56RulesAreListedInOrderWithTheirDescriptors() {
        Cli.Run run = run("rules", "--rules", "xenServer56").expect(0);
        assertEquals("", run.err());
        assertGolden("rules-xenServer56.txt", run.out());
    }

    @Test
    void theDefaultIsXapiWithTheReleasesThatRunEachCheck() {
        Cli.Run run = run("rules").expect(0);
        assertGolden("rules-xapi.txt", run.out());
        for (String id : RuleSets.xapi().ruleIds()) {
            assertTrue(run.out().contains("\n" + id + " ("), id);
        }
    }

    @Test
    void forceListsTheForcedJoinsChecks() {
        Cli.Run run = run("rules", "--force").expect(0);
        assertTrue(run.out().startsWith("Rule set xapi-force: "), run.out());
        assertTrue(!run.out().contains("\nhost.homogeneous ("), run.out());
    }
}
