package io.github.xenpool.rules.validation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import org.apiguardian.api.API;

/**
 * A request to join a host to a pool, as an application models it: annotate the implementing
 * class with {@link JoinableInto} and validate it with a standard Jakarta {@code Validator}.
 */
@API(status = MAINTAINED, since = "0.1.0")
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
