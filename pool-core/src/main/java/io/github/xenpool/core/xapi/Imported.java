package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pool or a host made from pool data, with the report of what was read and what is unknown.
 *
 * @param <T> {@link io.github.xenpool.core.Pool} or {@link io.github.xenpool.core.Host}
 * @param value the pool or host
 * @param report what was read, what is unknown, what was left aside
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Imported<T>(T value, ImportReport report) {

    /**
     * Checks the components.
     *
     * @param value the pool or host
     * @param report the report
     * @throws NullPointerException if a component is null
     */
    public Imported {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(report, "report");
    }
}
