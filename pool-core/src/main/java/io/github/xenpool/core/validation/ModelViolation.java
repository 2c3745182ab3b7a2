package io.github.xenpool.core.validation;

import io.github.xenpool.core.internal.Text;
import java.util.Objects;

/**
 * One problem of a model value found by {@link ModelValidator}: where it is, what is wrong, and
 * the offending value.
 *
 * @param path the property path from the validated value, such as
 *     {@code managementInterface.ipAddress} or {@code vms[1].name}
 * @param message what was expected
 * @param invalidValue the offending value as text ({@code null} printed as {@code "null"})
 * @param constraint the simple name of the constraint that failed, such as {@code Hostname}
 */
public record ModelViolation(String path, String message, String invalidValue, String constraint) {

    /**
     * Checks the components.
     *
     * @param path the property path from the validated value, such as
     *     {@code managementInterface.ipAddress} or {@code vms[1].name}
     * @param message what was expected
     * @param invalidValue the offending value as text ({@code null} printed as {@code "null"})
     * @param constraint the simple name of the constraint that failed, such as {@code Hostname}
     * @throws NullPointerException if a component is null
     */
    public ModelViolation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(invalidValue, "invalidValue");
        Objects.requireNonNull(constraint, "constraint");
    }

    /**
     * Prints the violation on one line: the path and the offending value are escaped (a line
     * break becomes {@code \n}) and a long value is cut, so that every violation stays on a line
     * of its own.
     *
     * @return for example {@code hostname: "bad_host" must be an RFC 1123 host name ...}
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(value)" : Text.name(path)) + ": " + Text.quoted(invalidValue) + " " + message;
    }
}
