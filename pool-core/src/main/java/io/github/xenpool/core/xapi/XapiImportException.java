package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when pool data cannot be read at all: malformed XML or JSON, a truncated dump, a
 * document of another kind. The message names the source, the place in it (line and column, a
 * JSON pointer, or a record and field) and what was expected there.
 *
 * <p>A problem confined to one value (text where a number belongs, a map that never closes) does
 * not throw: the importer leaves that fact unknown and reports it as an {@link ImportWarning}.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class XapiImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file or stream that could not be read, as the caller named it. */
    private final String source;
    /** The place of the problem in the source. */
    private final String location;

    /**
     * Makes the exception.
     *
     * @param source the file or stream, such as {@code state.db}
     * @param location the place in it, such as {@code line 12, column 4} or {@code /result/OpaqueRef:1}
     * @param problem what was wrong and what was expected
     */
    public XapiImportException(String source, String location, String problem) {
        super(Objects.requireNonNull(source, "source") + ", " + Objects.requireNonNull(location, "location") + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.source = source;
        this.location = location;
    }

    /**
     * Makes the exception with its cause.
     *
     * @param source the file or stream, such as {@code state.db}
     * @param location the place in it, such as {@code line 12, column 4} or {@code /result/OpaqueRef:1}
     * @param problem what was wrong and what was expected
     * @param cause the parser's own exception
     */
    public XapiImportException(String source, String location, String problem, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ", " + Objects.requireNonNull(location, "location") + ": "
                + Objects.requireNonNull(problem, "problem"), Objects.requireNonNull(cause, "cause"));
        this.source = source;
        this.location = location;
    }

    /**
     * Returns the file or stream that could not be read.
     *
     * @return its name, as the caller gave it
     */
    public String source() {
        return source;
    }

    /**
     * Returns the place of the problem in the source.
     *
     * @return a line and column, a JSON pointer, or a record and field
     */
    public String location() {
        return location;
    }
}
