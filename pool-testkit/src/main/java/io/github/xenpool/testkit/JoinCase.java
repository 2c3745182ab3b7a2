package io.github.xenpool.testkit;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.Objects;
import java.util.Optional;

/**
 * A pool and a candidate host, made to meet every requirement of the seed, or to differ in
 * exactly one aspect.
 *
 * @param pool the pool to join
 * @param host the candidate
 * @param mutation the one aspect in which the candidate (or the pool, for {@code pool-full})
 *     differs, or empty for a compliant case
 */
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
