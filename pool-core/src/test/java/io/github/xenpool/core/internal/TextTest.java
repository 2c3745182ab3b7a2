package io.github.xenpool.core.internal;

import static io.github.xenpool.core.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "0A|line feed|\\n",
        "0D|carriage return|\\r",
        "09|tab|\\t",
        "0B|vertical tab|\\u000B",
        "1B|escape|\\u001B",
        "85|next line|\\u0085",
        "9B|C1 control sequence introducer|\\u009B",
        "2028|line separator|\\u2028",
        "2029|paragraph separator|\\u2029",
        "202E|right-to-left override|\\u202E",
        "2066|left-to-right isolate|\\u2066",
        "FEFF|zero width no-break space|\\uFEFF"})
    void aCharacterThatCouldBreakOrForgeALineIsEscaped(String hex, String what, String escaped) {
        String text = "prod" + new String(Character.toChars(Integer.parseInt(hex, 16))) + "x";

        assertEquals("prod" + escaped + "x", Text.name(text), what);
    }

    @Test
    void aForgedVerdictLineStaysOnTheLineOfTheName() {
        assertEquals("prod\\nVerdict: ALLOWED (0 blockers, 0 warnings, 0 notes)",
                Text.name("prod\nVerdict: ALLOWED (0 blockers, 0 warnings, 0 notes)"));
    }

    @Test
    void anOperatingSystemCommandSequenceLosesItsEscape() {
        assertEquals("\\u001B]0;pwned\\u0007", Text.name("\u001b]0;pwned\u0007"));
    }

    @Test
    void printableTextComesBackUnchanged() {
        qt(300).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, Text.NAME_LIMIT))
                .assuming(s -> s.chars().noneMatch(Character::isISOControl))
                .check(s -> Text.name(s).equals(s));
    }

    @Test
    void escapingTwiceChangesNothingMore() {
        qt(300).forAll(strings().allPossible().ofLengthBetween(0, 60))
                .check(s -> Text.printable(Text.printable(s, 1000), 1000).equals(Text.printable(s, 1000)));
    }

    @Test
    void escapedTextHoldsOnlyPrintableCharacters() {
        qt(300).forAll(strings().allPossible().ofLengthBetween(0, 200))
                .check(s -> Text.name(s).codePoints().allMatch(Text::isPrintable));
    }

    @Test
    void plainTextIsCutExactlyPastTheLimitAndDeleteIsEscaped() {
        assertEquals("a".repeat(Text.NAME_LIMIT), Text.name("a".repeat(Text.NAME_LIMIT)));
        assertEquals("a".repeat(Text.NAME_LIMIT) + "… (" + (Text.NAME_LIMIT + 1) + " characters in all)",
                Text.name("a".repeat(Text.NAME_LIMIT + 1)));
        assertEquals(" ~x\\u007Fy", Text.name(" ~x\u007Fy"));
    }

    @Test
    void aLongNameIsCutAndSaysItsLength() {
        String name = "a".repeat(1_000_000);

        String shown = Text.name(name);

        assertEquals("a".repeat(Text.NAME_LIMIT) + "… (1000000 characters in all)", shown);
    }

    @Test
    void anExcerptOfALongTextShowsTheSurroundingsOfThePositionAndTheLength() {
        String text = "0".repeat(500) + "zz" + "0".repeat(500);

        String excerpt = Text.excerpt(text, 500);

        assertEquals("\"…" + "0".repeat(40) + "zz" + "0".repeat(38) + "…\" (characters 460 to 540 of 1002)",
                excerpt);
    }

    @Test
    void anExcerptOfAShortTextIsTheWholeTextQuoted() {
        assertEquals("\"078bfbfd-zz\\n\"", Text.excerpt("078bfbfd-zz\n", 9));
    }

    @Test
    void anExcerptNearEitherEndKeepsItsFullWidth() {
        String text = "x".repeat(1000);

        assertTrue(Text.excerpt(text, 0).startsWith("\"" + "x".repeat(80) + "…\" (characters 0 to 80 of 1000)"));
        assertTrue(Text.excerpt(text, 1000).endsWith("\"…" + "x".repeat(80) + "\" (characters 920 to 1000 of 1000)"));
    }

    @Test
    void fittedTextNeverPassesItsWidthAndSaysWhereItWasCut() {
        assertEquals("prod", Text.fit("prod", 10));
        assertEquals("prod\\nVer…", Text.fit("prod\nVerdict", 10));
        qt(300).forAll(strings().allPossible().ofLengthBetween(0, 300), org.quicktheories.generators.SourceDSL
                .integers().between(1, 120)).check((s, width) -> Text.fit(s, width).length() <= width);
    }
}
