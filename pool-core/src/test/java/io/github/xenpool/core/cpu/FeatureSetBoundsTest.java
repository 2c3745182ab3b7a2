package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Feature numbers and word counts at the edges of what a featureset can hold. */
class FeatureSetBoundsTest {

    private static final int LAST_FEATURE = FeatureSet.MAX_WORDS * FeatureSet.BITS_PER_WORD - 1;

    @Test
    void featureNumbersOutsideTheLargestSetAreRefusedByEveryOperation() {
        FeatureSet set = FeatureSet.of(5);
        for (int index : new int[] {-1, LAST_FEATURE + 1}) {
            IllegalArgumentException contains = assertThrows(IllegalArgumentException.class, () -> set.contains(index));
            assertTrue(contains.getMessage().contains("feature number " + index), contains.getMessage());
            assertThrows(IllegalArgumentException.class, () -> set.with(index));
            assertThrows(IllegalArgumentException.class, () -> set.without(index));
            assertThrows(IllegalArgumentException.class, () -> FeatureSet.of(index));
        }
    }

    @Test
    void theLastFeatureNumberFitsInTheLargestSet() {
        FeatureSet set = FeatureSet.EMPTY.with(LAST_FEATURE);

        assertTrue(set.contains(LAST_FEATURE));
        assertEquals(FeatureSet.MAX_WORDS, set.wordCount());
        assertEquals(FeatureSet.EMPTY, set.without(LAST_FEATURE));
    }

    @Test
    void withoutRemovesFeaturesBeyondTheFirstSixtyFourBits() {
        FeatureSet set = FeatureSet.of(3, 70, 200);

        assertEquals(FeatureSet.of(3, 200), set.without(70));
        assertEquals(FeatureSet.of(3, 70), set.without(200));
        assertEquals(set.wordCount(), set.without(200).wordCount());
        assertFalse(set.without(70).contains(70));
    }

    @Test
    void wordsBeyondTheEndOfASetAreZero() {
        FeatureSet twoWords = FeatureSet.parse("ffffffff-ffffffff");

        assertEquals(-1, twoWords.word(1));
        assertEquals(0, twoWords.word(2));
        assertEquals(0, twoWords.word(3));
        assertEquals(0, FeatureSet.parse("ffffffff").word(1));
        assertThrows(IllegalArgumentException.class, () -> twoWords.word(-1));
    }

    @Test
    void aSetCanHaveFromOneToMaxWordsWords() {
        int[] most = new int[FeatureSet.MAX_WORDS];
        most[FeatureSet.MAX_WORDS - 1] = 1;

        assertEquals(FeatureSet.MAX_WORDS, FeatureSet.ofWords(most).wordCount());
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.ofWords(new int[FeatureSet.MAX_WORDS + 1]));
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.ofWords());
        assertEquals(1, FeatureSet.of(1).withWordCount(4).withWordCount(1).wordCount());
        assertEquals(FeatureSet.MAX_WORDS, FeatureSet.of(1).withWordCount(FeatureSet.MAX_WORDS).wordCount());
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.of(1).withWordCount(0));
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.of(1).withWordCount(FeatureSet.MAX_WORDS + 1));
    }

    @Test
    void parsingAcceptsMaxWordsWordsAndRefusesOneMore() {
        String most = IntStream.range(0, FeatureSet.MAX_WORDS).mapToObj(i -> "00000001")
                .collect(Collectors.joining("-"));

        assertEquals(FeatureSet.MAX_WORDS, FeatureSet.parse(most).wordCount());
        FeatureSetFormatException tooMany = assertThrows(FeatureSetFormatException.class,
                () -> FeatureSet.parse(most + "-00000001"));
        assertTrue(tooMany.getMessage().contains("at most " + FeatureSet.MAX_WORDS + " words"), tooMany.getMessage());
    }

    @Test
    void parseErrorsNameTheWordThatIsWrong() {
        FeatureSetFormatException tooLong = assertThrows(FeatureSetFormatException.class,
                () -> FeatureSet.parse("00000000-123456789"));
        FeatureSetFormatException tooShort = assertThrows(FeatureSetFormatException.class,
                () -> FeatureSet.parse("00000000-00000000-1234"));

        assertTrue(tooLong.getMessage().contains("word 2 has more than 8 hex digits"), tooLong.getMessage());
        assertTrue(tooShort.getMessage().contains("expected 8 hex digits in word 3, found 4"), tooShort.getMessage());
        FeatureSetFormatException shortFirst = assertThrows(FeatureSetFormatException.class,
                () -> FeatureSet.parse("1234-00000000"));
        assertTrue(shortFirst.getMessage().contains("expected 8 hex digits in word 1, found 4"), shortFirst.getMessage());
    }

    @Test
    void theWordsOfASetAreTheWordsItWasMadeOf() {
        int[] words = {0x078bfbfd, 0x00982201, 0, 7, 0x80000000};

        assertTrue(Arrays.equals(words, FeatureSet.ofWords(words).words()));
        assertEquals("078bfbfd-00982201-00000000-00000007-80000000", FeatureSet.ofWords(words).toString());
    }
}
