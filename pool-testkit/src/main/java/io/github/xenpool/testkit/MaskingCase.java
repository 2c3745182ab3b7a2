package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A question for CPU masking, made to have a known shape: can a CPU with {@code from} and the
 * given support be masked to {@code to} under {@code mask}?
 *
 * @param support what the CPU can hide
 * @param from the CPU's features
 * @param to the target features (a pool's level)
 * @param mask the pool's feature mask
 * @param difference how {@code from} was made to differ from {@code to} under the mask
 */
@API(status = MAINTAINED, since = "0.1.0")
public record MaskingCase(MaskingSupport support, FeatureSet from, FeatureSet to, FeatureMask mask,
        Difference difference) {

    /** How the CPU's features were made to differ from the target, under the mask. */
    @API(status = MAINTAINED, since = "0.1.0")
    public enum Difference {
        /** Equal under the mask. */
        NONE,
        /** A superset of the target, with its extra features only in words 0 and 1 (the base leaf). */
        EXTRA_IN_BASE_WORDS,
        /** A superset of the target with at least one extra feature in word 2 or 3. */
        EXTRA_IN_EXTENDED_WORDS,
        /** Lacking at least one feature of the target. */
        MISSING
    }

    /**
     * Checks the components.
     *
     * @param support what the CPU can hide
     * @param from the CPU's features
     * @param to the target features
     * @param mask the pool's mask
     * @param difference how they differ
     * @throws NullPointerException if a component is null
     */
    public MaskingCase {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(difference, "difference");
    }
}
