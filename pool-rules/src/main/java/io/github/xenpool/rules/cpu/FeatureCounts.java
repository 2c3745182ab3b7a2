package io.github.xenpool.rules.cpu;

import io.github.xenpool.core.cpu.FeatureSet;

/** How the CPU rules count features in their messages. */
final class FeatureCounts {

    private FeatureCounts() {
    }

    /**
     * Counts a set's features in words.
     *
     * @param features the features
     * @return {@code "1 feature"} or {@code "n features"}
     */
    static String count(FeatureSet features) {
        int n = features.size();
        return n == 1 ? "1 feature" : n + " features";
    }
}
