package io.github.xenpool.testkit;

import org.quicktheories.QuickTheory;

/** QuickTheories runs with the build's fixed seed ({@code -Dxenpool.seed=...} to explore). */
final class Theories {

    static final long SEED = Long.getLong("xenpool.seed", 20261125L);

    private Theories() {
    }

    static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }
}
