package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.cpu.FeatureSet;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Two feature sets made to stand in a known relation.
 *
 * @param first the first set
 * @param second the second set
 * @param relation how the first relates to the second
 */
@API(status = MAINTAINED, since = "0.1.0")
public record FeatureSetPair(FeatureSet first, FeatureSet second, FeatureSetRelation relation) {

    /**
     * Checks the components.
     *
     * @param first the first set
     * @param second the second set
     * @param relation the relation
     * @throws NullPointerException if a component is null
     */
    public FeatureSetPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(relation, "relation");
    }
}
