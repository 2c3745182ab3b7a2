package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * An immutable set of CPU features in the featureset layout that xapi and Xen print.
 *
 * <p>A featureset is a sequence of 32-bit words; bit {@code b} of word {@code w} is feature
 * number {@code w * 32 + b}. The text form is the words as eight hexadecimal digits joined by
 * {@code -}, for example {@code 078bfbfd-00982201-20100800-00000001}; see {@link #parse(String)}.
 * The word layout is Xen's ({@code cpufeatureset.h}): word 0 is CPUID leaf 1 EDX, word 1 is
 * leaf 1 ECX, word 2 is leaf 0x80000001 EDX, word 3 is leaf 0x80000001 ECX, then leaf 7 and
 * beyond. Hosts of the XenServer 5.6 to 6.5 era print the older four-word layout; read those
 * strings with {@link #parseLegacy(String)}.
 *
 * <p>Sets of different lengths compare as if the shorter one were extended with zero words, so
 * {@code 0000000f} equals {@code 0000000f-00000000}, and {@link #hashCode()} agrees. Every
 * operation takes time linear in the number of words and returns a new set; the operands are
 * never changed.
 *
 * <pre>{@code
 * FeatureSet pool = FeatureSet.parse("078bfbff-80982201");
 * FeatureSet host = FeatureSet.parse("178bfbff-80982201-00000000");
 * host.isSubsetOf(pool);          // false
 * host.minus(pool);               // 10000000 : the feature the pool lacks
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class FeatureSet {

    /** The largest number of words a featureset string may have. */
    public static final int MAX_WORDS = 64;

    /** The number of feature bits in one word. */
    public static final int BITS_PER_WORD = 32;

    /** The featureset with no feature, printed as {@code 00000000}. */
    public static final FeatureSet EMPTY = new FeatureSet(new long[] {0L}, 1);

    // Two featureset words per long, word 2k in the low half of long k: half the loop iterations
    // of an int array, and the high half of the last long is zero when the word count is odd. The
    // array may end before the word count does (the operations copy only the longs that can hold
    // a feature of their result); every long beyond it is zero.
    private final long[] bits;
    private final int wordCount;
    // How many longs up to the last non-zero one: equal sets have equal counts whatever their
    // lengths, which makes equality one loop, as java.util.BitSet's wordsInUse does.
    private final int used;

    private FeatureSet(long[] bits, int wordCount) {
        this(bits, wordCount, bits.length);
    }

    /**
     * Takes ownership of {@code bits}, which no one else holds and which has at most
     * {@code (wordCount + 1) / 2} longs; every long from {@code limit} on is zero, so the search
     * for the last non-zero one starts there.
     */
    private FeatureSet(long[] bits, int wordCount, int limit) {
        this.bits = bits;
        this.wordCount = wordCount;
        int end = limit;
        while (end > 0 && bits[end - 1] == 0) {
            end--;
        }
        this.used = end;
    }

    private static FeatureSet fromWords(int[] words, int count) {
        long[] packed = new long[(count + 1) / 2];
        for (int i = 0; i < count; i++) {
            packed[i >> 1] |= (words[i] & 0xffffffffL) << ((i & 1) << 5);
        }
        return new FeatureSet(packed, count);
    }

    private long longAt(int index) {
        return index < bits.length ? bits[index] : 0L;
    }

    /**
     * Reads a featureset in xapi's format: 1 to {@value #MAX_WORDS} words of exactly eight
     * hexadecimal digits (either case) joined by single {@code -}. Spaces, tabs and line breaks
     * around it, as a value cut from {@code xe} output has, are ignored; inside it they are not.
     *
     * @param text the featureset string, such as {@code 078bfbfd-00982201}
     * @return the featureset; its {@link #toString()} is {@code text} in lower case
     * @throws NullPointerException if {@code text} is null
     * @throws FeatureSetFormatException if {@code text} is not in that format; the message
     *     quotes the input and gives the position of the first bad character
     */
    public static FeatureSet parse(String text) {
        Objects.requireNonNull(text, "text");
        // Strings cut from xe output keep spaces and a line break around them; those say nothing.
        int start = 0;
        int length = text.length();
        while (start < length && isBlank(text.charAt(start))) {
            start++;
        }
        while (length > start && isBlank(text.charAt(length - 1))) {
            length--;
        }
        return parseTrimmed(text, start, length);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static FeatureSet parseTrimmed(String full, int offset, int end) {
        String text = full;
        int length = end;
        if (length == offset) {
            throw new FeatureSetFormatException(text, offset, "a featureset needs at least one word of 8 hex digits");
        }
        int[] words = new int[Math.min(MAX_WORDS, (length - offset) / 9 + 1)];
        int word = 0;
        int digits = 0;
        int value = 0;
        for (int i = offset; i < length; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (digits != 8) {
                    throw new FeatureSetFormatException(text, i, digits == 0
                            ? "expected a hex digit, found '-' (words are 8 hex digits joined by '-')"
                            : "expected 8 hex digits in word " + (word + 1) + ", found " + digits);
                }
                if (word + 1 >= MAX_WORDS) {
                    throw new FeatureSetFormatException(text, i, "a featureset has at most " + MAX_WORDS + " words");
                }
                words[word++] = value;
                digits = 0;
                value = 0;
                continue;
            }
            int nibble = hexValue(c);
            if (nibble < 0) {
                throw new FeatureSetFormatException(text, i,
                        "expected a hex digit or '-', found '" + printable(c) + "'");
            }
            if (digits == 8) {
                throw new FeatureSetFormatException(text, i,
                        "word " + (word + 1) + " has more than 8 hex digits");
            }
            value = (value << 4) | nibble;
            digits++;
        }
        if (digits != 8) {
            throw new FeatureSetFormatException(text, length, digits == 0
                    ? "expected a word of 8 hex digits after the last '-'"
                    : "expected 8 hex digits in word " + (word + 1) + ", found " + digits);
        }
        words[word++] = value;
        return fromWords(words, word);
    }

    /**
     * Reads a featureset printed by XenServer 5.6 to 6.5 in its four-word layout (CPUID 1.ecx,
     * 1.edx, 0x80000001.ecx, 0x80000001.edx) and converts it to Xen's layout, in which words
     * 0 and 1, and words 2 and 3, are swapped. Use it for the {@code features} and
     * {@code physical_features} fields of those hosts' {@code cpu_info}.
     *
     * @param text a featureset string of exactly four words
     * @return the same features in Xen's layout
     * @throws FeatureSetFormatException if {@code text} is malformed or not four words long
     */
    public static FeatureSet parseLegacy(String text) {
        FeatureSet legacy = parse(text);
        if (legacy.wordCount != 4) {
            throw new FeatureSetFormatException(text, Math.min(text.length(), 35),
                    "a legacy featureset has exactly 4 words, found " + legacy.wordCount);
        }
        return legacy.swapLegacyWords();
    }

    /**
     * Prints this set in the four-word layout of XenServer 5.6 to 6.5, the inverse of
     * {@link #parseLegacy(String)}.
     *
     * @return the legacy string
     * @throws IllegalStateException if this set has a feature beyond the fourth word, which
     *     the legacy layout cannot say
     */
    public String toLegacyString() {
        for (int i = 4; i < wordCount; i++) {
            if (word(i) != 0) {
                throw new IllegalStateException("featureset " + this + " has features in word " + i
                        + "; the legacy layout holds only words 0 to 3");
            }
        }
        return swapLegacyWords().toString();
    }

    private FeatureSet swapLegacyWords() {
        int[] swapped = new int[4];
        for (int i = 0; i < 4; i++) {
            swapped[i] = word(i ^ 1);
        }
        return fromWords(swapped, 4);
    }

    /**
     * Makes a featureset of the given words, word 0 first.
     *
     * @param words 1 to {@value #MAX_WORDS} words; the array is copied
     * @return the featureset
     * @throws IllegalArgumentException if there are no words or more than {@value #MAX_WORDS}
     */
    public static FeatureSet ofWords(int... words) {
        Objects.requireNonNull(words, "words");
        if (words.length == 0 || words.length > MAX_WORDS) {
            throw new IllegalArgumentException("a featureset has 1 to " + MAX_WORDS
                    + " words, got " + words.length);
        }
        return fromWords(words, words.length);
    }

    /**
     * Makes the featureset that holds exactly the given feature numbers ({@code word * 32 + bit}).
     * It has as many words as its highest feature needs, at least one.
     *
     * @param indices feature numbers, each from 0 to {@code 32 * MAX_WORDS - 1}
     * @return the featureset
     * @throws IllegalArgumentException if a number is out of range; the message names it
     */
    public static FeatureSet of(int... indices) {
        Objects.requireNonNull(indices, "indices");
        int highest = -1;
        for (int index : indices) {
            checkIndex(index);
            highest = Math.max(highest, index);
        }
        int count = Math.max(1, highest / BITS_PER_WORD + 1);
        long[] packed = new long[(count + 1) / 2];
        for (int index : indices) {
            packed[index >>> 6] |= 1L << (index & 63);
        }
        return new FeatureSet(packed, count);
    }

    private static void checkIndex(int index) {
        if (index < 0 || index >= MAX_WORDS * BITS_PER_WORD) {
            throw new IllegalArgumentException("feature number " + index + " is outside 0.."
                    + (MAX_WORDS * BITS_PER_WORD - 1));
        }
    }

    /**
     * Returns the features in both sets.
     *
     * @param other the other set
     * @return a set as long as the longer operand
     */
    public FeatureSet intersect(FeatureSet other) {
        Objects.requireNonNull(other, "other");
        // One copy, of the longs in use of the operand with fewer of them, and-ed in place as
        // java.util.BitSet does after clone(): nothing beyond them can be in the intersection.
        FeatureSet fewer = used <= other.used ? this : other;
        long[] theirs = fewer == this ? other.bits : bits;
        int common = fewer.used;
        long[] result = Arrays.copyOf(fewer.bits, common);
        for (int i = 0; i < common; i++) {
            result[i] &= theirs[i];
        }
        return new FeatureSet(result, Math.max(wordCount, other.wordCount), common);
    }

    /**
     * Returns the features in either set.
     *
     * @param other the other set
     * @return a set as long as the longer operand
     */
    public FeatureSet union(FeatureSet other) {
        Objects.requireNonNull(other, "other");
        FeatureSet fewer = used <= other.used ? this : other;
        FeatureSet more = fewer == this ? other : this;
        long[] theirs = fewer.bits;
        int common = fewer.used;
        long[] result = Arrays.copyOf(more.bits, more.used);
        for (int i = 0; i < common; i++) {
            result[i] |= theirs[i];
        }
        return new FeatureSet(result, Math.max(wordCount, other.wordCount), more.used);
    }

    /**
     * Returns the features of this set that are not in {@code other}.
     *
     * @param other the features to take away
     * @return a set as long as the longer operand
     */
    public FeatureSet minus(FeatureSet other) {
        Objects.requireNonNull(other, "other");
        long[] theirs = other.bits;
        int common = Math.min(used, other.used);
        long[] result = Arrays.copyOf(bits, used);
        for (int i = 0; i < common; i++) {
            result[i] &= ~theirs[i];
        }
        return new FeatureSet(result, Math.max(wordCount, other.wordCount), used);
    }

    /**
     * Tells whether every feature of this set is also in {@code other}, that is whether
     * {@code this.intersect(other).equals(this)}.
     *
     * @param other the other set
     * @return true if this set is a subset of {@code other} (equal sets included)
     */
    public boolean isSubsetOf(FeatureSet other) {
        Objects.requireNonNull(other, "other");
        int length = used;
        // This set's last non-zero long is beyond every feature of the other.
        if (length > other.used) {
            return false;
        }
        long[] mine = bits;
        long[] theirs = other.bits;
        for (int i = 0; i < length; i++) {
            if ((mine[i] & ~theirs[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether this set and {@code other} have the same features among those a pool's
     * mask compares: {@code mask.apply(this).equals(mask.apply(other))}, without making either
     * set. Features beyond the mask's words are compared (a mask hides only the bits it clears).
     *
     * @param other the other set
     * @param mask the mask
     * @return true if the sets agree on every feature the mask does not hide
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public boolean equalsUnderMask(FeatureSet other, FeatureMask mask) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(mask, "mask");
        return equalsIgnoring(other, mask.hidden());
    }

    boolean equalsIgnoring(FeatureSet other, FeatureSet ignored) {
        int longs = Math.max(bits.length, other.bits.length);
        for (int i = 0; i < longs; i++) {
            if (((longAt(i) ^ other.longAt(i)) & ~ignored.longAt(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether this set is a subset of {@code other} and differs from it.
     *
     * @param other the other set
     * @return true if {@code other} has every feature of this set and at least one more
     */
    public boolean isStrictSubsetOf(FeatureSet other) {
        return isSubsetOf(other) && !equals(other);
    }

    /**
     * Tells whether this set is a superset of {@code other}.
     *
     * @param other the other set
     * @return true if every feature of {@code other} is in this set
     */
    public boolean isSupersetOf(FeatureSet other) {
        Objects.requireNonNull(other, "other");
        return other.isSubsetOf(this);
    }

    /**
     * Tells whether this set holds the feature with the given number.
     *
     * @param index a feature number, {@code word * 32 + bit}
     * @return true if the feature is in the set; false for any number beyond its words
     * @throws IllegalArgumentException if the number is negative or beyond the largest set
     */
    public boolean contains(int index) {
        checkIndex(index);
        return (longAt(index >>> 6) & (1L << (index & 63))) != 0;
    }

    /**
     * Returns this set with one more feature.
     *
     * @param index a feature number
     * @return a set that holds {@code index}, at least as long as this one
     */
    public FeatureSet with(int index) {
        checkIndex(index);
        int count = Math.max(wordCount, index / BITS_PER_WORD + 1);
        long[] result = Arrays.copyOf(bits, (count + 1) / 2);
        result[index >>> 6] |= 1L << (index & 63);
        return new FeatureSet(result, count);
    }

    /**
     * Returns this set without the given feature.
     *
     * @param index a feature number
     * @return a set of the same length that does not hold {@code index}
     */
    public FeatureSet without(int index) {
        checkIndex(index);
        if (!contains(index)) {
            return this;
        }
        long[] result = bits.clone();
        result[index >>> 6] &= ~(1L << (index & 63));
        return new FeatureSet(result, wordCount);
    }

    /**
     * Returns the word at {@code index}, or 0 beyond the end of the set (zero extension).
     *
     * @param index a word number, from 0
     * @return the 32 feature bits of that word
     */
    public int word(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("word number " + index + " is negative");
        }
        return index < wordCount ? (int) (longAt(index >> 1) >>> ((index & 1) << 5)) : 0;
    }

    /**
     * Returns the number of words this set was written with; trailing zero words count.
     *
     * @return 1 to {@value #MAX_WORDS}
     */
    public int wordCount() {
        return wordCount;
    }

    /**
     * Returns the words of this set.
     *
     * @return a copy of the words, word 0 first
     */
    public int[] words() {
        int[] words = new int[wordCount];
        for (int i = 0; i < wordCount; i++) {
            words[i] = word(i);
        }
        return words;
    }

    /**
     * Returns this set written with exactly {@code count} words: shorter sets are extended with
     * zero words; longer sets must have nothing beyond {@code count}.
     *
     * @param count the number of words, 1 to {@value #MAX_WORDS}
     * @return an equal set of that length
     * @throws IllegalArgumentException if features would be lost or the count is out of range
     */
    public FeatureSet withWordCount(int count) {
        if (count < 1 || count > MAX_WORDS) {
            throw new IllegalArgumentException("a featureset has 1 to " + MAX_WORDS + " words, got " + count);
        }
        for (int i = count; i < wordCount; i++) {
            if (word(i) != 0) {
                throw new IllegalArgumentException("featureset " + this + " has features in word " + i
                        + " and cannot be cut to " + count + " words");
            }
        }
        return count == wordCount ? this : new FeatureSet(Arrays.copyOf(bits, (count + 1) / 2), count);
    }

    /**
     * Returns the number of features in the set.
     *
     * @return the count of set bits
     */
    public int size() {
        int size = 0;
        for (int i = 0; i < used; i++) {
            size += Long.bitCount(bits[i]);
        }
        return size;
    }

    /**
     * Tells whether the set has no feature.
     *
     * @return true if every word is zero
     */
    public boolean isEmpty() {
        return used == 0;
    }

    /**
     * Returns the feature numbers of this set in increasing order.
     *
     * @return a stream of {@code word * 32 + bit}
     */
    public IntStream indices() {
        int[] indices = new int[size()];
        int n = 0;
        for (int i = 0; i < used; i++) {
            long half = bits[i];
            while (half != 0) {
                indices[n++] = (i << 6) + Long.numberOfTrailingZeros(half);
                half &= half - 1;
            }
        }
        return IntStream.of(indices);
    }

    /**
     * Compares two sets as xapi does: the shorter is extended with zero words.
     *
     * @param obj the other object
     * @return true if {@code obj} is a featureset with exactly the same features
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FeatureSet)) {
            return false;
        }
        FeatureSet other = (FeatureSet) obj;
        int length = used;
        if (length != other.used) {
            return false;
        }
        long[] mine = bits;
        long[] theirs = other.bits;
        for (int i = 0; i < length; i++) {
            if (mine[i] != theirs[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hashes the words up to the last non-zero one, so that sets equal under zero extension
     * have equal hash codes.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = 0; i < used; i++) {
            hash = 31 * hash + Long.hashCode(bits[i]);
        }
        return hash;
    }

    /**
     * Prints the set in xapi's format, one group of eight lower-case hex digits per word.
     *
     * @return for example {@code 078bfbfd-00982201}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(wordCount * 9);
        for (int i = 0; i < wordCount; i++) {
            if (i > 0) {
                text.append('-');
            }
            String hex = Integer.toHexString(word(i));
            for (int pad = hex.length(); pad < 8; pad++) {
                text.append('0');
            }
            text.append(hex);
        }
        return text.toString();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("\\u%04x", (int) c)
                : String.valueOf(c);
    }
}
