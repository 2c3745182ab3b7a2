package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pool's CPU feature level: the features every member exposes, and the mask under which they
 * are compared with a joining host's.
 *
 * <p>One value answers both questions people ask of "the pool's level": what is there in every
 * member ({@link #features()}), and what a comparison sees of it ({@link #compared()}). Their
 * difference is what the mask hides ({@link #uncompared()}).
 *
 * @param features the features every member exposes (the intersection of their exposed features)
 * @param mask the pool's feature mask
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CpuLevel(FeatureSet features, FeatureMask mask) {

    /**
     * Checks the components.
     *
     * @param features the features every member exposes
     * @param mask the pool's feature mask
     * @throws NullPointerException if a component is null
     */
    public CpuLevel {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(mask, "mask");
    }

    /**
     * Returns the features a comparison with a joining host sees.
     *
     * @return {@code mask.apply(features)}
     */
    public FeatureSet compared() {
        return mask.apply(features);
    }

    /**
     * Returns the features every member has but the mask leaves out of comparisons.
     *
     * @return the features of the level that the mask hides
     */
    public FeatureSet uncompared() {
        return features.intersect(mask.hidden());
    }

    /**
     * Returns this level with other features under the same mask.
     *
     * @param newFeatures the features
     * @return the new level
     */
    public CpuLevel withFeatures(FeatureSet newFeatures) {
        return new CpuLevel(newFeatures, mask);
    }

    /**
     * Describes the level in words, with feature names for what the mask leaves out.
     *
     * @return for example {@code 64 features in every member, 63 compared (the mask leaves out est)}
     */
    public String describe() {
        FeatureSet left = uncompared();
        return features.size() + (features.size() == 1 ? " feature" : " features") + " in every member, " + compared().size() + " compared"
                + (left.isEmpty() ? "" : " (the mask leaves out " + FeatureCatalog.x86().describe(left) + ")");
    }
}
