package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** How the second set of a {@link FeatureSetPair} relates to the first. */
@API(status = MAINTAINED, since = "0.1.0")
public enum FeatureSetRelation {
    /** The sets are equal. */
    EQUAL,
    /** The first is a strict subset of the second. */
    STRICT_SUBSET,
    /** The first is a strict superset of the second. */
    STRICT_SUPERSET,
    /** Each has a feature the other lacks. */
    INCOMPARABLE
}
