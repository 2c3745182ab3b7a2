package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of asking whether one CPU can be masked down to a set of features: whether it
 * can, and exactly which features are hidden or stand in the way. Made by
 * {@link Masking#plan(MaskingSupport, FeatureSet, FeatureSet, FeatureMask)}.
 *
 * @param outcome what masking would take
 * @param missing features of the target the CPU lacks (non-empty only for
 *     {@link Outcome#MISSING_FEATURES})
 * @param hidden features the CPU has beyond the target, which masking must hide
 * @param unhideable those of {@code hidden} the CPU cannot hide
 */
@API(status = MAINTAINED, since = "0.1.0")
public record MaskingPlan(Outcome outcome, FeatureSet missing, FeatureSet hidden, FeatureSet unhideable) {

    /** What masking one CPU down to a target takes. */
    @API(status = MAINTAINED, since = "0.1.0")
    public enum Outcome {
        /** The features are already equal under the mask. */
        NOT_NEEDED,
        /** The CPU can hide its extra features; it must reboot for the mask to take effect. */
        MASK,
        /** The CPU lacks features of the target; no mask adds features. */
        MISSING_FEATURES,
        /** The CPU has extra features but cannot mask at all. */
        MASKING_NOT_SUPPORTED,
        /** The CPU can mask, but not the words where its extra features sit. */
        CANNOT_HIDE,
        /** The CPU has extra features, and whether it can hide them is not known. */
        SUPPORT_UNKNOWN
    }

    /**
     * Checks the components.
     *
     * @param outcome what masking would take
     * @param missing features of the target the CPU lacks (non-empty only for
     *     {@link Outcome#MISSING_FEATURES})
     * @param hidden features the CPU has beyond the target, which masking must hide
     * @param unhideable those of {@code hidden} the CPU cannot hide
     * @throws NullPointerException if any component is null
     */
    public MaskingPlan {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(unhideable, "unhideable");
    }

    /**
     * Tells whether the CPU can show exactly the target's features.
     *
     * @return true for {@link Outcome#NOT_NEEDED} and {@link Outcome#MASK}
     */
    public boolean isPossible() {
        return outcome == Outcome.NOT_NEEDED || outcome == Outcome.MASK;
    }

    /**
     * Tells whether a mask must be applied (and the host rebooted).
     *
     * @return true for {@link Outcome#MASK}
     */
    public boolean requiresMask() {
        return outcome == Outcome.MASK;
    }
}
