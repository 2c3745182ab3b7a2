package io.github.xenpool.core;

import org.quicktheories.QuickTheory;

/**
 * Starts QuickTheories runs with the build's fixed seed, so that a failure reproduces. Override
 * with {@code -Dxenpool.seed=...} to explore.
 */
public final class Theories {

    /** The seed every property run of this module starts from. */
    public static final long SEED = Long.getLong("xenpool.seed", 20261125L);

    private Theories() {
    }

    /**
     * Returns a theory with the fixed seed and the given number of examples.
     *
     * @param examples how many examples to try
     * @return the theory
     */
    @SuppressWarnings("exports") // QuickTheories is an automatic module; tests are patched into ours.
    public static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }
}
