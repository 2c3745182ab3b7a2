package io.github.xenpool.rules.validation;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;

/**
 * A request to join a host to a pool, as an application models it: annotate the implementing
 * class with {@link JoinableInto} and validate it with a standard Jakarta {@code Validator}.
 */
public interface JoinRequest {

    /**
     * Returns the pool to join.
     *
     * @return the pool
     */
    Pool pool();

    /**
     * Returns the candidate host.
     *
     * @return the host
     */
    Host host();
}
