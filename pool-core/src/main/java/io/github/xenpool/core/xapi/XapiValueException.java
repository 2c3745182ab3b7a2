package io.github.xenpool.core.xapi;

/**
 * A value that is not what its field needs. Never leaves the package: the importer turns it into
 * an {@link ImportWarning} and leaves the fact unknown.
 */
final class XapiValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;

    XapiValueException(String where, String problem) {
        super(where + ": " + problem, null, false, false);
        this.where = where;
        this.problem = problem;
    }

    String where() {
        return where;
    }

    String problem() {
        return problem;
    }
}
