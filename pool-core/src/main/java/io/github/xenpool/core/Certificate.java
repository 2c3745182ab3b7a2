package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A certificate xapi keeps ({@code Certificate} records): a host's own, a trusted CA's, or one
 * trusted for a purpose. xapi refuses a join when the same CA name stands for different
 * fingerprints on the two sides, or when one fingerprint is trusted for overlapping but different
 * purposes.
 *
 * @param name its name; empty for a host's own certificate
 * @param fingerprint its SHA-256 fingerprint as xapi prints it
 * @param type {@code host}, {@code host_internal}, {@code ca} or another type xapi names
 * @param purposes what it is trusted for; empty when xapi records no purpose
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Certificate(String name, String fingerprint, String type, Set<String> purposes) {

    /**
     * Checks and copies the components.
     *
     * @param name its name
     * @param fingerprint its fingerprint
     * @param type its type
     * @param purposes what it is trusted for
     * @throws NullPointerException if a component or a purpose is null
     */
    public Certificate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(type, "type");
        TreeSet<String> copy = new TreeSet<>();
        for (String purpose : Objects.requireNonNull(purposes, "purposes")) {
            copy.add(Objects.requireNonNull(purpose, "purposes contains null"));
        }
        purposes = Collections.unmodifiableSortedSet(copy);
    }
}
