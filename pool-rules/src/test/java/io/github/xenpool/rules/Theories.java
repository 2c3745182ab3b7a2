package io.github.xenpool.rules;

import org.quicktheories.QuickTheory;

/** QuickTheories runs with the build's fixed seed ({@code -Dxenpool.seed=...} to explore). */
public final class Theories {

    /** The seed of every property run of this module. */
    public static final long SEED = Long.getLong("xenpool.seed", 20261125L);

    private Theories() {
    }

    /**
     * A theory with the fixed seed.
     *
     * @param examples how many examples to try
     * @return the theory
     */
    @SuppressWarnings("exports") // QuickTheories is an automatic module; tests are patched into ours.
    public static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples).withShrinkCycles(500);
    }
}
