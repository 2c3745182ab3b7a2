package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.internal.ModelCheck;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What xapi's {@code host.cpu_info} map says about a host's CPUs, key by key, whatever the era
 * that wrote it: XenServer 5.6 to 6.5 print a four-word {@code features} with
 * {@code physical_features}, {@code features_after_reboot} and {@code maskable}; 7.0 adds
 * {@code features_pv} and {@code features_hvm} in Xen's layout; 8.1 adds
 * {@code features_pv_host} and {@code features_hvm_host}; newer xapi drops plain
 * {@code features}, and XCP-ng 8.3 adds {@code threads_per_core}.
 *
 * <p>A key that is absent is unknown; nothing is filled in. The featureset values are checked
 * when the map is made, so the typed accessors never fail: a featureset of the four-word
 * XenServer 5.6 layout is read with {@link FeatureSet#parseLegacy(String)}, the others with
 * {@link FeatureSet#parse(String)}, of any length.
 *
 * @param fields the keys and values as xapi printed them, in key order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CpuInfo(SortedMap<String, String> fields) {

    /** The CPU information of a CPU that was not read from xapi: no key at all. */
    public static final CpuInfo NONE = new CpuInfo(new TreeMap<>());

    /** The keys whose values are featuresets in Xen's layout. */
    private static final Set<String> XEN_FEATURESETS = Set.of("features_pv", "features_hvm", "features_pv_host",
            "features_hvm_host");

    /** The keys whose values are featuresets in the four-word layout of XenServer 5.6 to 6.5. */
    private static final Set<String> LEGACY_FEATURESETS = Set.of("features", "physical_features",
            "features_after_reboot");

    /** The keys whose values are counts. */
    private static final Set<String> COUNTS = Set.of("cpu_count", "socket_count", "threads_per_core", "family",
            "model", "stepping");

    /**
     * Checks the values of the keys this type reads and copies the map.
     *
     * @param fields the keys and values as xapi printed them
     * @throws NullPointerException if the map, a key or a value is null
     * @throws InvalidModelException if a featureset or a count does not parse; every problem is
     *     listed
     */
    public CpuInfo {
        Objects.requireNonNull(fields, "fields");
        TreeMap<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "a key of fields"),
                Objects.requireNonNull(v, "the value of " + k)));
        ModelCheck check = ModelCheck.of(CpuInfo.class);
        copy.forEach((key, value) -> {
            String problem = problem(key, value);
            if (problem != null) {
                check.structure("fields[" + key + "]", value, "CpuInfoValue", "cpu_info:" + key + " "
                        + Text.quoted(value) + " " + problem);
            }
        });
        check.throwIfAny();
        fields = Collections.unmodifiableSortedMap(copy);
    }

    private static String problem(String key, String value) {
        try {
            if (XEN_FEATURESETS.contains(key)) {
                FeatureSet.parse(value);
            } else if (LEGACY_FEATURESETS.contains(key)) {
                FeatureSet.parseLegacy(value);
            } else if (COUNTS.contains(key)) {
                if (Integer.parseInt(value.trim()) < 0) {
                    return "is negative; expected a count of 0 or more";
                }
            } else if (key.equals("speed")) {
                double speed = Double.parseDouble(value.trim());
                if (!(speed >= 0) || Double.isInfinite(speed)) {
                    return "is not a clock speed in MHz";
                }
            }
            return null;
        } catch (FeatureSetFormatException e) {
            return "is not a featureset: " + e.getMessage();
        } catch (NumberFormatException e) {
            return "is not a number; expected " + (key.equals("speed") ? "a speed in MHz such as 2666.656"
                    : "a whole number such as 8");
        }
    }

    /**
     * Reads a {@code cpu_info} map.
     *
     * @param fields the keys and values
     * @return the CPU information
     * @throws InvalidModelException if a featureset or a count does not parse
     */
    public static CpuInfo of(Map<String, String> fields) {
        return new CpuInfo(new TreeMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /**
     * Returns one value as xapi printed it.
     *
     * @param key such as {@code modelname}
     * @return the value, or empty when the key is absent
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Tells whether nothing is known: the CPU was not read from xapi.
     *
     * @return true if there is no key
     */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * Returns {@code features}: what the host exposed, in the four-word layout of XenServer 5.6
     * to 7.x, converted to Xen's layout.
     *
     * @return the features, or empty when the key is absent
     */
    public Optional<FeatureSet> features() {
        return legacy("features");
    }

    /**
     * Returns {@code physical_features} (XenServer 5.6 to 6.5), in Xen's layout.
     *
     * @return the features of the hardware, or empty when the key is absent
     */
    public Optional<FeatureSet> physicalFeatures() {
        return legacy("physical_features");
    }

    /**
     * Returns {@code features_after_reboot} (XenServer 5.6 to 6.5): the features a mask set now
     * will expose once the host restarts, in Xen's layout.
     *
     * @return the features, or empty when the key is absent
     */
    public Optional<FeatureSet> featuresAfterReboot() {
        return legacy("features_after_reboot");
    }

    /**
     * Returns {@code features_pv}: what PV guests may see (XenServer 7.0 on).
     *
     * @return the featureset, or empty when the key is absent
     */
    public Optional<FeatureSet> featuresPv() {
        return xen("features_pv");
    }

    /**
     * Returns {@code features_hvm}: what HVM guests may see (XenServer 7.0 on).
     *
     * @return the featureset, or empty when the key is absent
     */
    public Optional<FeatureSet> featuresHvm() {
        return xen("features_hvm");
    }

    /**
     * Returns {@code features_pv_host}: what this host can offer PV guests, before pool
     * levelling (xapi 1.214, Citrix Hypervisor 8.1, on).
     *
     * @return the featureset, or empty when the key is absent
     */
    public Optional<FeatureSet> featuresPvHost() {
        return xen("features_pv_host");
    }

    /**
     * Returns {@code features_hvm_host}: what this host can offer HVM guests, before pool
     * levelling (Citrix Hypervisor 8.1 on).
     *
     * @return the featureset, or empty when the key is absent
     */
    public Optional<FeatureSet> featuresHvmHost() {
        return xen("features_hvm_host");
    }

    /**
     * Returns {@code maskable} (XenServer 5.6 to 6.5): what the CPU can mask.
     *
     * @return the masking support, or empty when the key is absent or its value is not one xapi
     *     writes
     */
    public Optional<MaskingSupport> maskable() {
        return get("maskable").flatMap(value -> {
            try {
                return Optional.of(MaskingSupport.fromXapi(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Returns {@code vendor}, such as {@code GenuineIntel}, as the CPU reports it.
     *
     * @return the vendor string, or empty when the key is absent
     */
    public Optional<String> vendor() {
        return get("vendor");
    }

    /**
     * Returns {@code modelname}, such as {@code Intel(R) Xeon(R) CPU X5650 @ 2.67GHz}.
     *
     * @return the model name as printed, or empty when the key is absent
     */
    public Optional<String> modelName() {
        return get("modelname");
    }

    /**
     * Returns {@code cpu_count}: the number of logical CPUs.
     *
     * @return the count, or empty when the key is absent
     */
    public OptionalInt cpuCount() {
        return count("cpu_count");
    }

    /**
     * Returns {@code socket_count} (XenServer 6.2 on).
     *
     * @return the count, or empty when the key is absent
     */
    public OptionalInt socketCount() {
        return count("socket_count");
    }

    /**
     * Returns {@code threads_per_core} (XCP-ng 8.3, xapi 24 on).
     *
     * @return the count, or empty when the key is absent
     */
    public OptionalInt threadsPerCore() {
        return count("threads_per_core");
    }

    /**
     * Returns {@code family}, {@code model} or {@code stepping}.
     *
     * @param key one of those keys
     * @return the number, or empty when the key is absent
     */
    public OptionalInt number(String key) {
        if (!COUNTS.contains(Objects.requireNonNull(key, "key"))) {
            throw new IllegalArgumentException("cpu_info:" + Text.name(key) + " is not a number xapi writes; expected one of "
                    + new java.util.TreeSet<>(COUNTS));
        }
        return count(key);
    }

    /**
     * Returns {@code flags}: the Linux names of the features dom0 sees.
     *
     * @return the flags in their order, or empty when the key is absent
     */
    public Optional<Set<String>> flags() {
        return get("flags").map(value -> Collections.unmodifiableSet(new LinkedHashSet<>(
                Arrays.asList(value.trim().isEmpty() ? new String[0] : value.trim().split("\\s+")))));
    }

    private Optional<FeatureSet> legacy(String key) {
        return get(key).map(FeatureSet::parseLegacy);
    }

    private Optional<FeatureSet> xen(String key) {
        return get(key).map(FeatureSet::parse);
    }

    private OptionalInt count(String key) {
        String value = fields.get(key);
        return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.trim()));
    }
}
