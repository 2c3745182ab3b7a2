package io.github.xenpool.core.storage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A storage manager plugin of a pool (xapi's {@code SM} record): the SR type it drives and the
 * features it offers, each at a version. xapi refuses a join when the joining host lacks a type
 * the pool has, or offers one of its features at a lower version.
 *
 * @param type the SR type, such as {@code nfs} or {@code lvmoiscsi}
 * @param features the features and their versions, such as {@code VDI_MIRROR} at 1
 * @param ref the record's reference ({@code OpaqueRef:…}), or empty when the source gives none
 * @param uuid the record's UUID, or empty when the source gives none
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record StorageDriver(String type, SortedMap<String, Long> features, Optional<String> ref,
        Optional<String> uuid) {

    /**
     * Checks and copies the components.
     *
     * @param type the SR type
     * @param features the features and their versions
     * @param ref the record's reference, or empty
     * @param uuid the record's UUID, or empty
     * @throws NullPointerException if a component, a key or a value is null
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public StorageDriver {
        Objects.requireNonNull(type, "type");
        TreeMap<String, Long> copy = new TreeMap<>();
        Objects.requireNonNull(features, "features").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "feature"),
                Objects.requireNonNull(v, "version of " + k)));
        features = Collections.unmodifiableSortedMap(copy);
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(uuid, "uuid");
    }

    /**
     * Makes a driver whose reference and UUID are unknown.
     *
     * @param type the SR type
     * @param features the features and their versions
     * @throws NullPointerException if a component, a key or a value is null
     */
    public StorageDriver(String type, SortedMap<String, Long> features) {
        this(type, features, Optional.empty(), Optional.empty());
    }

    /**
     * Makes a driver from its features.
     *
     * @param type the SR type
     * @param features the features and their versions
     * @return the driver
     */
    public static StorageDriver of(String type, Map<String, Long> features) {
        return new StorageDriver(type, new TreeMap<>(Objects.requireNonNull(features, "features")));
    }

    /**
     * Returns this driver with the reference and UUID of its record.
     *
     * @param reference the record's reference, such as {@code OpaqueRef:…}, or empty
     * @param id the record's UUID, or empty
     * @return the new driver
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public StorageDriver identifiedBy(Optional<String> reference, Optional<String> id) {
        return new StorageDriver(type, features, reference, id);
    }

    /**
     * Names the record as xapi's errors name it: its reference when it is known, otherwise its
     * UUID.
     *
     * @return the reference or UUID, or empty when neither is known
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Optional<String> xapiName() {
        return ref.or(() -> uuid);
    }
}
