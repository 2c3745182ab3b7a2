package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureSetParsingTest {

    @Test
    void parsesXapiFeaturesetStringsWordByWord() {
        FeatureSet nehalem = FeatureSet.parse("078bfbfd-00982201-20100800-00000001");

        assertEquals(4, nehalem.wordCount());
        assertEquals(0x078bfbfd, nehalem.word(0));
        assertEquals(0x00000001, nehalem.word(3));
        assertEquals(0, nehalem.word(17), "words beyond the string read as zero");
    }

    @Test
    void printsWordsAsLowerCaseEightDigitGroups() {
        assertEquals("078bfbfd-00982201", FeatureSet.parse("078BFBFD-00982201").toString());
        assertEquals("00000000", FeatureSet.EMPTY.toString());
        assertEquals("00000001-80000000", FeatureSet.ofWords(1, 0x80000000).toString());
    }

    @Test
    void acceptsUpToSixtyFourWords() {
        String sixtyFour = String.join("-", Collections.nCopies(64, "ffffffff"));

        assertEquals(64, FeatureSet.parse(sixtyFour).wordCount());
        assertEquals(64 * 32, FeatureSet.parse(sixtyFour).size());
    }

    @ParameterizedTest(name = "\"{0}\" is rejected at position {1}")
    @CsvSource(delimiter = '|', value = {
        "''                   | 0  | at least one word",
        "-                    | 0  | found '-'",
        "1234-                | 4  | found 4",
        "-1234                | 0  | found '-'",
        "0123-foo             | 4  | found 4",
        "01234567-foo         | 10 | found 'o'",
        "fgfg-1234            | 1  | found 'g'",
        "123456789            | 8  | more than 8",
        "12345678-            | 9  | after the last '-'",
        "12345678--12345678   | 9  | found '-'",
        "1234567 -12345678    | 7  | found '\\u0020'",
        "0000000x             | 7  | found 'x'",
    })
    void rejectsMalformedStringsNamingInputAndPosition(String input, int position, String problem) {
        FeatureSetFormatException e = assertThrows(FeatureSetFormatException.class, () -> FeatureSet.parse(input));

        assertAll(
                () -> assertEquals(input, e.input()),
                () -> assertEquals(position, e.position()),
                () -> assertTrue(e.getMessage().contains("\"" + input + "\""), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("position " + position), e.getMessage()),
                () -> assertTrue(e.getMessage().contains(problem), e.getMessage()));
    }

    @Test
    void rejectsSixtyFiveWordsAtTheSixtyFourthSeparator() {
        String sixtyFive = String.join("-", Collections.nCopies(65, "00000000"));

        FeatureSetFormatException e = assertThrows(FeatureSetFormatException.class, () -> FeatureSet.parse(sixtyFive));

        assertEquals(64 * 9 - 1, e.position());
        assertTrue(e.getMessage().contains("at most 64 words"), e.getMessage());
    }

    @Test
    void aHugeMalformedInputIsQuotedAsAShortExcerptAroundTheBadPositionWithItsLength() {
        String words = String.join("-", Collections.nCopies(60, "00000000"));
        String huge = words + "-0000zz00" + "f".repeat(1 << 20);

        FeatureSetFormatException e = assertThrows(FeatureSetFormatException.class, () -> FeatureSet.parse(huge));

        assertEquals(60 * 9 + 4, e.position());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertTrue(e.getMessage().contains("-0000zz00fff"), e.getMessage());
        assertTrue(e.getMessage().contains("of " + huge.length() + ")"), e.getMessage());
        assertEquals(huge, e.input());
    }

    @Test
    void aMalformedInputWithALineBreakIsQuotedOnOneLine() {
        FeatureSetFormatException e = assertThrows(FeatureSetFormatException.class,
                () -> FeatureSet.parse("078bfbfd\nVerdict: ALLOWED"));

        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\"078bfbfd\\nVerdict: ALLOWED\""), e.getMessage());
    }

    @Test
    void malformedInputIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse("nope"));
    }

    @Test
    void nullIsRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> FeatureSet.parse(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void legacyLayoutSwapsBaseAndExtendedWordPairs() {
        // XenServer 5.6 printed 1.ecx, 1.edx, 0x80000001.ecx, 0x80000001.edx.
        FeatureSet converted = FeatureSet.parseLegacy("80ba2221-0f8bfbff-00000001-28100800");

        assertEquals(FeatureSet.parse("0f8bfbff-80ba2221-28100800-00000001"), converted);
        assertEquals("80ba2221-0f8bfbff-00000001-28100800", converted.toLegacyString());
    }

    @Test
    void defaultPoolMaskHidesEstInEitherLayout() {
        FeatureSet mask = FeatureSet.parseLegacy("ffffff7f-ffffffff-ffffffff-ffffffff");
        int est = FeatureCatalog.x86().feature("est").featuresetIndex().getAsInt();

        assertEquals(FeatureSet.parse("ffffffff-ffffff7f-ffffffff-ffffffff"), mask);
        assertFalse(mask.contains(est));
        assertEquals(127, mask.size());
    }

    @Test
    void legacyStringsHaveExactlyFourWords() {
        FeatureSetFormatException e = assertThrows(FeatureSetFormatException.class,
                () -> FeatureSet.parseLegacy("0f8bfbff-80ba2221"));
        assertTrue(e.getMessage().contains("exactly 4 words, found 2"), e.getMessage());
    }

    @Test
    void featuresBeyondTheFourthWordCannotBePrintedInTheLegacyLayout() {
        FeatureSet avx2 = FeatureCatalog.x86().featureSet("avx2");

        IllegalStateException e = assertThrows(IllegalStateException.class, avx2::toLegacyString);
        assertTrue(e.getMessage().contains("word 5"), e.getMessage());
    }

    @Test
    void buildsSetsFromFeatureNumbers() {
        FeatureSet set = FeatureSet.of(0, 33, 70);

        assertEquals("00000001-00000002-00000040", set.toString());
        assertEquals(new int[] {0, 33, 70}.length, set.size());
        assertTrue(set.contains(33));
        assertFalse(set.contains(34));
        assertFalse(set.contains(2000), "numbers beyond the words are absent");
    }

    @ParameterizedTest
    @CsvSource({"-1", "2048"})
    void rejectsFeatureNumbersOutOfRange(int index) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureSet.of(index));
        assertTrue(e.getMessage().contains(String.valueOf(index)), e.getMessage());
    }

    @Test
    void rejectsWordArraysOfBadLength() {
        assertThrows(IllegalArgumentException.class, FeatureSet::ofWords);
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.ofWords(new int[65]));
    }

    @Test
    void wordsAreDefensivelyCopied() {
        int[] words = {1, 2};
        FeatureSet set = FeatureSet.ofWords(words);
        words[0] = 99;
        set.words()[1] = 99;

        assertEquals("00000001-00000002", set.toString());
    }

    @Test
    void withAndWithoutAddAndRemoveOneFeature() {
        FeatureSet set = FeatureSet.parse("00000001");

        assertEquals("00000001-00000004", set.with(34).toString());
        assertEquals("00000000", set.without(0).toString());
        assertEquals(set, set.without(5));
        assertEquals("00000001", set.toString(), "the original is unchanged");
    }

    @Test
    void withWordCountPadsOrTrimsOnlyZeroWords() {
        FeatureSet set = FeatureSet.parse("00000001-00000000");

        assertEquals("00000001-00000000-00000000", set.withWordCount(3).toString());
        assertEquals("00000001", set.withWordCount(1).toString());
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse("00000000-00000001").withWordCount(1));
    }

    @Test
    void indicesListsFeatureNumbersInOrder() {
        assertEquals("[0, 31, 32, 127]",
                java.util.Arrays.toString(FeatureSet.parse("80000001-00000001-00000000-80000000").indices().toArray()));
    }
}
