package io.github.xenpool.core.storage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
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
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record StorageDriver(String type, SortedMap<String, Long> features) {

    /**
     * Checks and copies the components.
     *
     * @param type the SR type
     * @param features the features and their versions
     * @throws NullPointerException if a component, a key or a value is null
     */
    public StorageDriver {
        Objects.requireNonNull(type, "type");
        TreeMap<String, Long> copy = new TreeMap<>();
        Objects.requireNonNull(features, "features").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "feature"),
                Objects.requireNonNull(v, "version of " + k)));
        features = Collections.unmodifiableSortedMap(copy);
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
}
