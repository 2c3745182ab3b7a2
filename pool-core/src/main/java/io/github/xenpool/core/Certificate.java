package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Uuid;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A certificate xapi keeps ({@code Certificate} records): a host's own, a trusted CA's, or one
 * trusted for a purpose. xapi refuses a join when the same CA name stands for different
 * fingerprints on the two sides, or when one fingerprint is trusted for overlapping but different
 * purposes.
 *
 * <p>The record's UUID and reference identify it in xapi's answers: xapi names a conflicting
 * trusted certificate by its reference ({@code OpaqueRef:…}). Both are unknown unless given: a
 * database dump and the XenAPI give both, {@code xe} only the UUID.
 *
 * @param name its name; empty for a host's own certificate and for a trusted certificate that is
 *     not a legacy named CA
 * @param fingerprint its SHA-256 fingerprint as xapi prints it ({@code fingerprint_sha256}, colon
 *     separated upper-case hex); xapi compares it as a string
 * @param type {@code host}, {@code host_internal}, {@code ca}, {@code pinned} or another type xapi
 *     names
 * @param purposes what it is trusted for, such as {@code ldaps} or {@code licensing}; empty when
 *     xapi records no purpose (and always before xapi 26.13, which has no purposes)
 * @param uuid the record's UUID, or empty when it is unknown
 * @param reference the record's reference, such as {@code OpaqueRef:5a1c…}, or empty when it is
 *     unknown
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Certificate(String name, String fingerprint, String type, Set<String> purposes,
        Optional<@Uuid String> uuid,
        Optional<@Pattern(regexp = "OpaqueRef:\\S+", message = "must be an xapi reference such as OpaqueRef:"
                + "5a1c0d2e-8f3b-4c6a-9d7e-1b2c3d4e5f60") String> reference) {

    /** The type of a certificate trusted by the whole pool: a legacy named CA, or a trusted one. */
    public static final String TYPE_CA = "ca";
    /** The type of a pinned leaf certificate trusted by the whole pool (xapi 26.13 on). */
    public static final String TYPE_PINNED = "pinned";
    /** The type of a host's own certificate, which identifies it outside the pool. */
    public static final String TYPE_HOST = "host";
    /** The type of a host's certificate for the other members of its pool. */
    public static final String TYPE_HOST_INTERNAL = "host_internal";

    /**
     * Checks and copies the components.
     *
     * @param name its name
     * @param fingerprint its fingerprint
     * @param type its type
     * @param purposes what it is trusted for
     * @param uuid the record's UUID, or empty
     * @param reference the record's reference, or empty
     * @throws NullPointerException if a component or a purpose is null
     * @throws InvalidModelException if the UUID or the reference is not one
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Certificate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(type, "type");
        TreeSet<String> copy = new TreeSet<>();
        for (String purpose : Objects.requireNonNull(purposes, "purposes")) {
            copy.add(Objects.requireNonNull(purpose, "purposes contains null"));
        }
        purposes = Collections.unmodifiableSortedSet(copy);
        uuid = Objects.requireNonNull(uuid, "uuid").map(Uuids::canonical);
        Objects.requireNonNull(reference, "reference");
        if (uuid.isPresent() || reference.isPresent()) {
            ModelCheck check = ModelCheck.of(Certificate.class);
            check.constraints("uuid", uuid);
            check.constraints("reference", reference);
            check.throwIfAny();
        }
    }

    /**
     * Makes a certificate whose record's UUID and reference are unknown.
     *
     * @param name its name
     * @param fingerprint its fingerprint
     * @param type its type
     * @param purposes what it is trusted for
     * @throws NullPointerException if a component or a purpose is null
     */
    public Certificate(String name, String fingerprint, String type, Set<String> purposes) {
        this(name, fingerprint, type, purposes, Optional.empty(), Optional.empty());
    }

    /**
     * Returns this certificate with its record's UUID.
     *
     * @param newUuid the UUID
     * @return the same certificate with that UUID
     * @throws InvalidModelException if it is not a UUID
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Certificate withUuid(String newUuid) {
        return new Certificate(name, fingerprint, type, purposes, Optional.of(Objects.requireNonNull(newUuid,
                "newUuid")), reference);
    }

    /**
     * Returns this certificate with its record's reference.
     *
     * @param newReference the reference, such as {@code OpaqueRef:5a1c…}
     * @return the same certificate with that reference
     * @throws InvalidModelException if it is not a reference
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Certificate withReference(String newReference) {
        return new Certificate(name, fingerprint, type, purposes, uuid, Optional.of(Objects.requireNonNull(
                newReference, "newReference")));
    }
}
