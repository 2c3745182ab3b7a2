package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something an import read past: a value it could not use, a field it does not know, a record
 * cut short. The fact concerned is left unknown; nothing is guessed in its place.
 *
 * @param source the file or stream, such as {@code state.db}
 * @param location the place in it: a record and field, or a line
 * @param message what was found and what was expected
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ImportWarning(String source, String location, String message) {

    /**
     * Checks the components.
     *
     * @param source the file or stream
     * @param location the place in it
     * @param message what was found and what was expected
     * @throws NullPointerException if a component is null
     */
    public ImportWarning {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ", " + location + ": " + message;
    }
}
