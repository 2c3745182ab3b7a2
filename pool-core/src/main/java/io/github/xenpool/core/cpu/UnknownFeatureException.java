package io.github.xenpool.core.cpu;

/**
 * Thrown when a feature name is not in the feature catalog, or names a feature that a Xen
 * featureset cannot hold. The message quotes the name.
 */
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
