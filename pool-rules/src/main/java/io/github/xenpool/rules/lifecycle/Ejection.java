package io.github.xenpool.rules.lifecycle;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of ejecting a host: the pool without it, and the host on its own again.
 *
 * @param pool the pool without the host
 * @param host the host, standalone, its CPU unmasked
 */
@API(status = MAINTAINED, since = "0.1.0")
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
