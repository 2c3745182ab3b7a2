package io.github.xenpool.core.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Thrown when a text is not a model document that can be read: it is not JSON, names another
 * kind of document or an unsupported schema version, holds a value of the wrong type, lacks a
 * field, or gives a value the model refuses. It names the source, the place as a JSON Pointer
 * (such as {@code /pool/master/cpu/features/mask}), and, when the JSON itself is broken, the
 * line and column.
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class ModelJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the document, such as its file name. */
    private final String source;
    /** The JSON Pointer of the place; empty for the whole document. */
    private final String location;
    /** What is wrong, with the value and what was expected. */
    private final String problem;
    /** The line of broken JSON, 0 when not known. */
    private final int line;
    /** The column of broken JSON, 0 when not known. */
    private final int column;

    /**
     * Makes the exception of a problem at a place of a document.
     *
     * @param source the name of the document, such as its file name
     * @param location the JSON Pointer of the place, empty for the whole document
     * @param problem what is wrong: the value, and what was expected
     */
    public ModelJsonException(String source, String location, String problem) {
        this(source, location, problem, 0, 0, null);
    }

    /**
     * Makes the exception of broken JSON at a line and column, with its cause.
     *
     * @param source the name of the document
     * @param location the JSON Pointer of the place, empty for the whole document
     * @param problem what is wrong
     * @param line the line, from 1; 0 when not known
     * @param column the column, from 1; 0 when not known
     * @param cause the cause, or null
     */
    public ModelJsonException(String source, String location, String problem, int line, int column,
            Throwable cause) {
        super(message(source, location, problem, line, column), cause);
        this.source = source;
        this.location = location;
        this.problem = problem;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
    }

    private static String message(String source, String location, String problem, int line, int column) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(", line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        text.append(", at ").append(location.isEmpty() ? "the document" : location).append(": ").append(problem);
        return text.toString();
    }

    /**
     * Returns the name of the document.
     *
     * @return such as a file name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the place of the problem as a JSON Pointer (RFC 6901).
     *
     * @return such as {@code /pool/master/cpu/features/mask}; empty for the whole document
     */
    public String location() {
        return location;
    }

    /**
     * Returns what is wrong, without the source and the place.
     *
     * @return the problem, naming the value and what was expected
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the line of broken JSON.
     *
     * @return the line, from 1, or empty when the JSON parsed and the problem is in its content
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Returns the column of broken JSON.
     *
     * @return the column, from 1, or empty when it is not known
     */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
