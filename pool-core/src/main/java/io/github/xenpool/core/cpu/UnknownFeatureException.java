package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Thrown when a feature name is not in the feature catalog, or names a feature that a Xen
 * featureset cannot hold. The message quotes the name.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class UnknownFeatureException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name as given. */
    private final String featureName;

    UnknownFeatureException(String featureName, String message) {
        super(message);
        this.featureName = featureName;
    }

    /**
     * Returns the name that was not found.
     *
     * @return the name as given
     */
    public String featureName() {
        return featureName;
    }
}
