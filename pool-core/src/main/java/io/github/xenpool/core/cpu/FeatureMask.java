package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pool's CPU feature mask ({@code other_config:cpuid_feature_mask}): the features that are
 * left out when CPUs are compared.
 *
 * <p>A mask hides exactly the bits it clears. It is written like a featureset, but where a
 * featureset is extended with zero words, a mask is extended with ones: words beyond its
 * length are compared in full. So the four-word mask of XenServer 5.6,
 * {@code ffffff7f-ffffffff-ffffffff-ffffffff} in its own layout, hides EST and nothing else, and
 * every feature of CPUID leaf 7 and beyond (avx2, hle, rtm, avx512, spec-ctrl, ...) is still
 * compared.
 *
 * <pre>{@code
 * FeatureMask mask = FeatureMask.parseLegacy("ffffff7f-ffffffff-ffffffff-ffffffff");
 * mask.equals(FeatureMask.DEFAULT);                    // true
 * mask.apply(FeatureSet.parse("00000000-00000080"));   // 00000000-00000000: EST is hidden
 * mask.apply(FeatureSet.of(7 * 32 + 5)).isEmpty();     // false: avx2 is compared
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FeatureMask {

    /** Hides nothing: every feature is compared. */
    public static final FeatureMask NONE = new FeatureMask(FeatureSet.EMPTY, 1);

    /**
     * The default mask of a pool: hides EST (CPUID 1.ecx bit 7, which XenServer left out of
     * comparisons) and compares every other feature of every word.
     */
    public static final FeatureMask DEFAULT = parseLegacy("ffffff7f-ffffffff-ffffffff-ffffffff");

    private final FeatureSet hidden;
    // The words the mask was written with, so that it prints as it was read.
    private final int wordCount;

    private FeatureMask(FeatureSet hidden, int wordCount) {
        this.hidden = hidden;
        this.wordCount = wordCount;
    }

    /**
     * Reads a mask in Xen's featureset layout, the format of {@link FeatureSet#parse(String)}.
     * The bits it clears are hidden; words beyond its length hide nothing.
     *
     * @param text the mask, such as {@code ffffffff-ffffff7f}
     * @return the mask
     * @throws NullPointerException if {@code text} is null
     * @throws FeatureSetFormatException if {@code text} is not a featureset string
     */
    public static FeatureMask parse(String text) {
        return shown(FeatureSet.parse(text));
    }

    /**
     * Reads a four-word mask in the layout of XenServer 5.6 to 6.5 (CPUID 1.ecx, 1.edx,
     * 0x80000001.ecx, 0x80000001.edx), as those hosts stored {@code cpuid_feature_mask}.
     *
     * @param text the mask, such as {@code ffffff7f-ffffffff-ffffffff-ffffffff}
     * @return the mask, in Xen's layout
     * @throws FeatureSetFormatException if {@code text} is malformed or not four words long
     */
    public static FeatureMask parseLegacy(String text) {
        return shown(FeatureSet.parseLegacy(text));
    }

    /**
     * Makes the mask that shows exactly the bits of {@code shown} within its words, and every
     * bit beyond them.
     *
     * @param shown the mask's words
     * @return the mask
     */
    public static FeatureMask shown(FeatureSet shown) {
        Objects.requireNonNull(shown, "shown");
        int[] words = shown.words();
        for (int i = 0; i < words.length; i++) {
            words[i] = ~words[i];
        }
        return new FeatureMask(FeatureSet.ofWords(words), words.length);
    }

    /**
     * Makes the mask that hides exactly the given features.
     *
     * @param hidden the features to leave out of comparisons
     * @return the mask
     */
    public static FeatureMask hiding(FeatureSet hidden) {
        Objects.requireNonNull(hidden, "hidden");
        return new FeatureMask(hidden, hidden.wordCount());
    }

    /**
     * Returns the features this mask hides.
     *
     * @return the cleared bits
     */
    public FeatureSet hidden() {
        return hidden;
    }

    /**
     * Tells whether this mask hides a feature.
     *
     * @param index a feature number, {@code word * 32 + bit}
     * @return true if the feature is left out of comparisons
     */
    public boolean hides(int index) {
        return hidden.contains(index);
    }

    /**
     * Returns what a comparison under this mask sees of a featureset.
     *
     * @param features the features
     * @return {@code features} without the hidden ones
     */
    public FeatureSet apply(FeatureSet features) {
        Objects.requireNonNull(features, "features");
        return hidden.isEmpty() ? features : features.minus(hidden);
    }

    /**
     * Tells whether two featuresets agree on every feature this mask does not hide.
     *
     * @param a one featureset
     * @param b the other
     * @return true if {@code apply(a).equals(apply(b))}
     */
    public boolean equalUnder(FeatureSet a, FeatureSet b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.equalsIgnoring(b, hidden);
    }

    /**
     * Masks hide the same features, however many words they were written with.
     *
     * @param obj the other object
     * @return true if {@code obj} is a mask that hides the same features
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeatureMask && hidden.equals(((FeatureMask) obj).hidden);
    }

    @Override
    public int hashCode() {
        return hidden.hashCode();
    }

    /**
     * Prints the mask in xapi's format and Xen's layout, as many words as it was written with:
     * a word shows the bits that are compared.
     *
     * @return for example {@code ffffffff-ffffff7f-ffffffff-ffffffff}
     */
    @Override
    public String toString() {
        int[] words = hidden.withWordCount(Math.max(wordCount, hidden.wordCount())).words();
        for (int i = 0; i < words.length; i++) {
            words[i] = ~words[i];
        }
        return FeatureSet.ofWords(words).toString();
    }
}
