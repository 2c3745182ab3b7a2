package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Decides whether CPU masking can make one CPU look like another, with the semantics of
 * XenServer 5.6 heterogeneous pools.
 *
 * <p>Only features that the pool's feature mask ({@code cpuid_feature_mask}) does not hide are
 * compared; a mask hides exactly the bits it clears (see {@link FeatureMask}). A CPU can be masked down to a
 * target when, under the mask, it has every feature of the target, and its
 * {@link MaskingSupport} can hide every feature it has beyond the target: {@code NONE} hides
 * nothing, {@code BASE} hides only features of the base CPUID leaf (words 0 and 1), and
 * {@code FULL} hides anything. A CPU with fewer features than the target can never be masked
 * up to it.
 */
@API(status = MAINTAINED, since = "0.1.0")
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
     * @param mask the pool's feature mask; the features it hides are not compared
     * @return true if the masked sets are equal or masking can make them equal
     */
    public static boolean canMaskTo(MaskingSupport support, FeatureSet from, FeatureSet to, FeatureMask mask) {
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
    public static MaskingPlan plan(MaskingSupport support, FeatureSet from, FeatureSet to, FeatureMask mask) {
        return plan(Optional.of(Objects.requireNonNull(support, "support")), from, to, mask);
    }

    /**
     * Works out what masking {@code from} down to {@code to} takes when what the CPU can hide
     * may be unknown: when the CPU would have to hide features and its support is unknown, the
     * outcome is {@link MaskingPlan.Outcome#SUPPORT_UNKNOWN}, never a guess.
     *
     * @param support what the CPU can hide, or empty when that is unknown
     * @param from the CPU's features
     * @param to the features it must show
     * @param mask the pool's feature mask
     * @return the outcome, with the features to hide or the features in the way
     */
    public static MaskingPlan plan(Optional<MaskingSupport> support, FeatureSet from, FeatureSet to,
            FeatureMask mask) {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mask, "mask");
        FeatureSet exposed = mask.apply(from);
        FeatureSet target = mask.apply(to);
        FeatureSet missing = target.minus(exposed);
        FeatureSet extra = exposed.minus(target);
        if (!missing.isEmpty()) {
            return new MaskingPlan(MaskingPlan.Outcome.MISSING_FEATURES, missing, extra, FeatureSet.EMPTY);
        }
        if (extra.isEmpty()) {
            return new MaskingPlan(MaskingPlan.Outcome.NOT_NEEDED, missing, extra, FeatureSet.EMPTY);
        }
        if (support.isEmpty()) {
            return new MaskingPlan(MaskingPlan.Outcome.SUPPORT_UNKNOWN, missing, extra, FeatureSet.EMPTY);
        }
        FeatureSet unhideable = unhideable(support.get(), extra);
        if (!unhideable.isEmpty()) {
            MaskingPlan.Outcome outcome = support.get() == MaskingSupport.NONE
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
