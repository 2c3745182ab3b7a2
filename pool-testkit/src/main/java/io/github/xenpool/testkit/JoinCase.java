package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A pool and a candidate host, made to meet every requirement of the seed, or to differ in
 * one aspect, or in a few ({@link JoinCases#mutated(org.quicktheories.core.Gen, Mutation...)}).
 *
 * @param pool the pool to join
 * @param host the candidate
 * @param mutations the aspects in which the candidate (or the pool, for {@code pool-full},
 *     {@code ha-enabled} and the like) differs, in the order they were applied; none for a
 *     compliant case
 */
@API(status = MAINTAINED, since = "0.1.0")
public record JoinCase(Pool pool, Host host, List<Mutation> mutations) {

    /**
     * Checks and copies the components.
     *
     * @param pool the pool
     * @param host the candidate
     * @param mutations the mutations, none for a compliant case
     * @throws NullPointerException if a component or a mutation is null
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public JoinCase {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
        mutations = List.copyOf(Objects.requireNonNull(mutations, "mutations"));
    }

    /**
     * A case of one mutation, or a compliant one.
     *
     * @param pool the pool to join
     * @param host the candidate
     * @param mutation the one aspect in which the candidate (or the pool) differs, or empty for a
     *     compliant case
     * @throws NullPointerException if a component is null
     */
    public JoinCase(Pool pool, Host host, Optional<Mutation> mutation) {
        this(pool, host, Objects.requireNonNull(mutation, "mutation").map(List::of).orElse(List.of()));
    }

    /**
     * Returns the aspect in which the candidate differs.
     *
     * @return the mutation, the first applied when the case has several, or empty for a compliant
     *     case
     */
    public Optional<Mutation> mutation() {
        return mutations.stream().findFirst();
    }

    @Override
    public String toString() {
        String kind = mutations.isEmpty() ? "compliant"
                : mutations.stream().map(Mutation::label).collect(Collectors.joining(" + "));
        return "JoinCase[" + kind + ": " + host.hostname() + " -> " + pool + "]";
    }
}
