package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What xapi's {@code host.license_params} map says, key by key: the licence's SKU, expiry, and
 * the {@code restrict_*} flags that say which features the licence withholds
 * ({@code restrict_pooling}, {@code restrict_pool_size}, {@code restrict_cpu_masking}, ...).
 *
 * <p>A key that is absent is unknown; nothing is filled in.
 *
 * @param fields the keys and values as xapi printed them, in key order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record LicenceParams(SortedMap<String, String> fields) {

    /**
     * Copies the map.
     *
     * @param fields the keys and values as xapi printed them
     * @throws NullPointerException if the map, a key or a value is null
     */
    public LicenceParams {
        Objects.requireNonNull(fields, "fields");
        TreeMap<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "a key of fields"),
                Objects.requireNonNull(v, "the value of " + k)));
        fields = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Reads a {@code license_params} map.
     *
     * @param fields the keys and values
     * @return the licence parameters
     */
    public static LicenceParams of(Map<String, String> fields) {
        return new LicenceParams(new TreeMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /**
     * Returns one value as xapi printed it.
     *
     * @param key such as {@code sku_type}
     * @return the value, or empty when the key is absent
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Tells whether the licence withholds a feature, from its {@code restrict_<feature>} flag.
     *
     * @param feature the feature as the flag names it, such as {@code pooling} or {@code pool_size}
     * @return true or false as the flag says, or empty when the flag is absent or is neither
     *     {@code true} nor {@code false}
     */
    public Optional<Boolean> restricts(String feature) {
        Objects.requireNonNull(feature, "feature");
        return get("restrict_" + feature.toLowerCase(Locale.ROOT)).flatMap(value -> {
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true":
                    return Optional.of(true);
                case "false":
                    return Optional.of(false);
                default:
                    return Optional.empty();
            }
        });
    }
}
