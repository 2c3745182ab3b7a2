package io.github.xenpool.rules.lifecycle;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.Objects;

/**
 * The outcome of ejecting a host: the pool without it, and the host on its own again.
 *
 * @param pool the pool without the host
 * @param host the host, standalone, its CPU unmasked
 */
public record Ejection(Pool pool, Host host) {

    /**
     * Checks the components.
     *
     * @param pool the pool
     * @param host the host
     * @throws NullPointerException if a component is null
     */
    public Ejection {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
    }
}
