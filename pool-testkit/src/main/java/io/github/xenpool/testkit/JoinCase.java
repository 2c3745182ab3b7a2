package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A pool and a candidate host, made to meet every requirement of the seed, or to differ in
 * exactly one aspect.
 *
 * @param pool the pool to join
 * @param host the candidate
 * @param mutation the one aspect in which the candidate (or the pool, for {@code pool-full} and
 *     {@code ha-enabled}) differs, or empty for a compliant case
 */
@API(status = MAINTAINED, since = "0.1.0")
public record JoinCase(Pool pool, Host host, Optional<Mutation> mutation) {

    /**
     * Checks the components.
     *
     * @param pool the pool
     * @param host the candidate
     * @param mutation the mutation, or empty
     * @throws NullPointerException if a component is null
     */
    public JoinCase {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mutation, "mutation");
    }

    @Override
    public String toString() {
        return "JoinCase[" + mutation.map(Mutation::label).orElse("compliant") + ": " + host.hostname() + " -> "
                + pool + "]";
    }
}
