package io.github.xenpool.rules.lifecycle;

import io.github.xenpool.core.Pool;
import java.util.List;
import java.util.Objects;

/**
 * A pool just created, with what its creator should know.
 *
 * @param pool the pool
 * @param notices advice, such as the need for a shared SR; empty when there is none
 */
public record NewPool(Pool pool, List<String> notices) {

    /**
     * Checks and copies the components.
     *
     * @param pool the pool
     * @param notices the advice
     * @throws NullPointerException if a component is null
     */
    public NewPool {
        Objects.requireNonNull(pool, "pool");
        notices = List.copyOf(Objects.requireNonNull(notices, "notices"));
    }
}
