package io.github.xenpool.rules.lifecycle;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Pool;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pool just created, with what its creator should know.
 *
 * @param pool the pool
 * @param notices advice, such as the need for a shared SR; empty when there is none
 */
@API(status = MAINTAINED, since = "0.1.0")
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
