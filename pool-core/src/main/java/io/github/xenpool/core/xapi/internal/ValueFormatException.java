package io.github.xenpool.core.xapi.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A value of pool data that is not what its field needs: where it is, and what was wrong. */
@API(status = INTERNAL, since = "0.2.0")
public final class ValueFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;

    /**
     * Makes the exception.
     *
     * @param where the record and field
     * @param problem what was found and what was expected
     */
    public ValueFormatException(String where, String problem) {
        super(where + ": " + problem, null, false, false);
        this.where = where;
        this.problem = problem;
    }

    /**
     * Returns the record and field.
     *
     * @return where the value is
     */
    public String where() {
        return where;
    }

    /**
     * Returns what was wrong.
     *
     * @return what was found and what was expected
     */
    public String problem() {
        return problem;
    }
}
