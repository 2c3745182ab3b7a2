package io.github.xenpool.core.software;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What xapi's {@code host.software_version} map says, key by key: product and platform version,
 * brand or platform name, build, the xapi version, the database schema, the network backend, the
 * git id, and one key per installed pack ({@code xs:main}, {@code xs:linux}, ...).
 *
 * <p>A key that is absent is unknown; nothing is filled in. The keys changed over the years
 * (XenServer 7 added {@code db_schema}, xapi 22 added {@code xapi_build}, XCP-ng has
 * {@code platform_name} where XenServer has {@code product_brand}), so every view is optional.
 *
 * @param fields the keys and values as xapi printed them, in key order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record SoftwareVersion(SortedMap<String, String> fields) {

    /** The software version of a host that was not read from xapi: no key at all. */
    public static final SoftwareVersion NONE = new SoftwareVersion(new TreeMap<>());

    /**
     * Copies the map.
     *
     * @param fields the keys and values as xapi printed them
     * @throws NullPointerException if the map, a key or a value is null
     */
    public SoftwareVersion {
        Objects.requireNonNull(fields, "fields");
        TreeMap<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "a key of fields"),
                Objects.requireNonNull(v, "the value of " + k)));
        fields = new IndexedSortedMap(copy);
    }

    /**
     * Reads a {@code software_version} map.
     *
     * @param fields the keys and values
     * @return the software version
     */
    public static SoftwareVersion of(Map<String, String> fields) {
        return new SoftwareVersion(new TreeMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /**
     * Returns one value as xapi printed it.
     *
     * @param key such as {@code product_version}
     * @return the value, or empty when the key is absent
     */
    public Optional<String> get(String key) {
        // The constructor makes every software version's fields an IndexedSortedMap.
        return ((IndexedSortedMap) fields).find(key);
    }

    /**
     * Tells whether nothing is known: the software was not read from xapi.
     *
     * @return true if there is no key
     */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * Returns {@code platform_version}, the version of the platform under the brand, such as
     * {@code 3.4.0}; xapi's {@code HOSTS_NOT_COMPATIBLE} check compares it.
     *
     * @return the platform version, or empty when the key is absent
     */
    public Optional<String> platformVersion() {
        return get("platform_version");
    }

    /**
     * Returns the name xapi compares when it asks whether two hosts are compatible:
     * {@code product_brand} (XenServer, Citrix Hypervisor), or {@code platform_name} (XCP) when a
     * host has no brand.
     *
     * @return the name, or empty when neither key is present
     */
    public Optional<String> compatibilityName() {
        return get("product_brand").or(() -> get("platform_name"));
    }

    /**
     * Returns {@code xapi}, the major and minor version of the toolstack, such as {@code 24.11}.
     *
     * @return the xapi version, or empty when the key is absent
     */
    public Optional<String> xapi() {
        return get("xapi");
    }

    /**
     * Returns {@code xapi_build}, the full xapi version, such as {@code 24.11.0} (xapi 22.9 on).
     *
     * @return the build, or empty when the key is absent
     */
    public Optional<String> xapiBuild() {
        return get("xapi_build");
    }

    /**
     * Returns {@code db_schema}, such as {@code 5.775} (XenServer 7 on).
     *
     * @return the database schema version, or empty when the key is absent
     */
    public Optional<String> dbSchema() {
        return get("db_schema");
    }

    /**
     * Returns {@code network_backend}: {@code bridge} or {@code openvswitch}.
     *
     * @return the backend, or empty when the key is absent
     */
    public Optional<String> networkBackend() {
        return get("network_backend");
    }

    /**
     * Returns {@code git_id}, the commit the host's build came from (XenServer 8).
     *
     * @return the id, or empty when the key is absent
     */
    public Optional<String> gitId() {
        return get("git_id");
    }

    /**
     * Returns the installed packs: every key with a colon, such as {@code xs:main} or
     * {@code xs:linux}, and its description.
     *
     * @return the packs' keys and values, in key order
     */
    public SortedMap<String, String> packs() {
        TreeMap<String, String> packs = new TreeMap<>();
        fields.forEach((key, value) -> {
            if (key.indexOf(':') > 0) {
                packs.put(key, value);
            }
        });
        return Collections.unmodifiableSortedMap(packs);
    }
}
