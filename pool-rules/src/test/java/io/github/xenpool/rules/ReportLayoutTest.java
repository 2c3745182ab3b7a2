package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * How a rendered report lays its text out: the first line shares its room between the host's and
 * the pool's names, and a value is broken at spaces, a word wider than a line cut at the width,
 * never inside a character.
 */
class ReportLayoutTest {

    private static final Host HOST = candidate().build();
    private static final String FIELD_INDENT = " ".repeat(15);

    private static List<String> rendered(Pool pool, Host host, UnaryOperator<Violation.Builder> violation) {
        Violation v = violation.apply(Violation.of("site.layout", Severity.WARNING, Subject.host(host)))
                .build();
        return JoinReport.of("xenServer56", pool, host, List.of(v), CpuLevelPolicy.MASKING).render().lines()
                .toList();
    }

    /** The lines of the problem field and those that continue it. */
    private static List<String> problem(String message) {
        List<String> lines = rendered(POOL, HOST, v -> v.message(message));
        int first = lines.indexOf(lines.stream().filter(line -> line.startsWith("     problem:")).findFirst()
                .orElseThrow());
        int end = first + 1;
        while (end < lines.size() && lines.get(end).startsWith(FIELD_INDENT)) {
            end++;
        }
        return lines.subList(first, end);
    }

    private static String headline(Pool pool, Host host) {
        return rendered(pool, host, v -> v.message("m")).get(0);
    }

    @Test
    void aLongHostnameTakesTheRoomAShortPoolNameLeaves() {
        Host host = HOST.toBuilder().hostname("h".repeat(60) + "." + "i".repeat(60)).build();

        String line = headline(POOL, host);

        assertEquals("Joining host " + "h".repeat(48) + "… to pool prod-intel, rules xenServer56", line);
        assertEquals(100, line.length());
    }

    @Test
    void twoLongNamesShareTheFirstLine() {
        Host host = HOST.toBuilder().hostname("h".repeat(60) + "." + "i".repeat(60)).build();
        Pool pool = POOL.toBuilder().name("p".repeat(100)).build();

        String line = headline(pool, host);

        assertEquals("Joining host " + "h".repeat(28) + "… to pool " + "p".repeat(29) + "…, rules xenServer56", line);
        assertEquals(100, line.length());
    }

    @Test
    void aLongPoolNameTakesTheRoomAShortHostnameLeaves() {
        Pool pool = POOL.toBuilder().name("p".repeat(100)).build();

        assertEquals("Joining host xs-04 to pool " + "p".repeat(53) + "…, rules xenServer56", headline(pool, HOST));
    }

    @Test
    void aWordThatFillsALineExactlyLeavesNoEmptyLineAfterIt() {
        String word = "w".repeat(85);

        assertEquals(List.of("     problem:  " + word, FIELD_INDENT + "next"), problem(word + " next"));
    }

    @Test
    void aWordWiderThanALineStartsALineOfItsOwnAndIsCutAtTheWidth() {
        String word = "0".repeat(150);

        assertEquals(List.of("     problem:  see", FIELD_INDENT + "0".repeat(85), FIELD_INDENT + "0".repeat(65)),
                problem("see " + word));
    }

    @Test
    void aCutNeverSplitsACharacterOfTwoUnits() {
        String smile = "\uD83D\uDE00";
        String word = "x".repeat(84) + smile + "y".repeat(10);

        assertEquals(List.of("     problem:  " + "x".repeat(84), FIELD_INDENT + smile + "y".repeat(10)),
                problem(word));
    }

    @Test
    void expectedAndActualAreShownTogetherWhenEitherIsKnown() {
        List<String> neither = rendered(POOL, HOST, v -> v.message("m"));
        List<String> onlyExpected = rendered(POOL, HOST, v -> v.message("m").expectedActual("rack 7", ""));
        List<String> onlyActual = rendered(POOL, HOST, v -> v.message("m").expectedActual("", "rack 9"));

        assertFalse(neither.stream().anyMatch(line -> line.startsWith("     expected:")), neither::toString);
        assertFalse(neither.stream().anyMatch(line -> line.startsWith("     actual:")), neither::toString);
        assertTrue(onlyExpected.containsAll(List.of("     expected: rack 7", "     actual:   ")),
                onlyExpected::toString);
        assertTrue(onlyActual.containsAll(List.of("     expected: ", "     actual:   rack 9")), onlyActual::toString);
    }

    @Test
    void theLevelAfterAJoinIsTheLastParagraph() {
        List<String> lines = RuleSets.xenServer56().evaluate(POOL, HOST).render().lines().toList();

        assertEquals("Pool CPU level after the join: " + POOL.cpuLevel().orElseThrow().describe() + ".",
                lines.get(lines.size() - 1));
    }
}
