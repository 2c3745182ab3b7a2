package io.github.xenpool.rules.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.rules.ViolationDetails;
import org.apiguardian.api.API;

/**
 * Typed details of your own, for the violations of your own rules: implement it, usually with a
 * record, and attach it with {@link io.github.xenpool.rules.Violation.Builder#details(ViolationDetails)}.
 * A program that acts on a report matches on your type as it matches on the shipped details; the
 * report's plain-text rendering prints {@link #summary()} on a {@code details:} line.
 *
 * <pre>{@code
 * record RackPosition(String rack, int unit) implements CustomViolationDetails {
 *     public String summary() {
 *         return "rack " + rack + ", unit " + unit;
 *     }
 * }
 * }</pre>
 *
 * <p>Make it an immutable value with {@code equals}: reports compare violations, details
 * included.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public non-sealed interface CustomViolationDetails extends ViolationDetails {

    /**
     * Says what the details hold, in a line a person reads in a report. The rendering escapes
     * control characters and shortens a long summary, and a summary that throws is replaced by a
     * note saying so.
     *
     * @return the summary; by default the value's {@code toString()}
     */
    default String summary() {
        return toString();
    }
}
