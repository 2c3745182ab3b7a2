package io.github.xenpool.core.cpu;

import java.util.Objects;

/**
 * Decides whether CPU masking can make one CPU look like another, with the semantics of
 * XenServer 5.6 heterogeneous pools.
 *
 * <p>Only features that the pool's feature mask ({@code cpuid_feature_mask}) exposes are
 * compared: both sides are intersected with the mask first. A CPU can be masked down to a
 * target when, under the mask, it has every feature of the target, and its
 * {@link MaskingSupport} can hide every feature it has beyond the target: {@code NONE} hides
 * nothing, {@code BASE} hides only features of the base CPUID leaf (words 0 and 1), and
 * {@code FULL} hides anything. A CPU with fewer features than the target can never be masked
 * up to it.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * Tells whether a CPU with features {@code from} can be masked down to {@code to} under
     * the pool mask.
     *
     * @param support what the CPU can hide
     * @param from the CPU's features
     * @param to the features it must show, usually the pool's level
     * @param mask the pool's feature mask; features outside it are not compared
     * @return true if the masked sets are equal or masking can make them equal
     */
    public static boolean canMaskTo(MaskingSupport support, FeatureSet from, FeatureSet to, FeatureSet mask) {
        return plan(support, from, to, mask).isPossible();
    }

    /**
     * Works out what masking {@code from} down to {@code to} takes, or why it cannot be done.
     *
     * @param support what the CPU can hide
     * @param from the CPU's features
     * @param to the features it must show
     * @param mask the pool's feature mask
     * @return the outcome, with the features to hide or the features in the way
     */
    public static MaskingPlan plan(MaskingSupport support, FeatureSet from, FeatureSet to, FeatureSet mask) {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mask, "mask");
        FeatureSet exposed = from.intersect(mask);
        FeatureSet target = to.intersect(mask);
        FeatureSet missing = target.minus(exposed);
        FeatureSet extra = exposed.minus(target);
        if (!missing.isEmpty()) {
            return new MaskingPlan(MaskingPlan.Outcome.MISSING_FEATURES, missing, extra, FeatureSet.EMPTY);
        }
        if (extra.isEmpty()) {
            return new MaskingPlan(MaskingPlan.Outcome.NOT_NEEDED, missing, extra, FeatureSet.EMPTY);
        }
        FeatureSet unhideable = unhideable(support, extra);
        if (!unhideable.isEmpty()) {
            MaskingPlan.Outcome outcome = support == MaskingSupport.NONE
                    ? MaskingPlan.Outcome.MASKING_NOT_SUPPORTED
                    : MaskingPlan.Outcome.CANNOT_HIDE;
            return new MaskingPlan(outcome, missing, extra, unhideable);
        }
        return new MaskingPlan(MaskingPlan.Outcome.MASK, missing, extra, FeatureSet.EMPTY);
    }

    private static FeatureSet unhideable(MaskingSupport support, FeatureSet extra) {
        int[] words = extra.words();
        for (int w = 0; w < words.length; w++) {
            if (support.canHideWord(w)) {
                words[w] = 0;
            }
        }
        return FeatureSet.ofWords(words);
    }
}
