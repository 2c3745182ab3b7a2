package io.github.xenpool.core.cpu;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.internal.Tsv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Names of x86 CPU features and their places in a Xen featureset, so that sets can be built
 * from names and reports can say {@code avx2, bmi2} instead of hex words.
 *
 * <p>The shipped catalog, {@link #x86()}, holds the 364 features libvirt 11.3 knows, with their
 * CPUID or MSR source and Xen featureset position (data extracted from libvirt, LGPL-2.1-or-later,
 * and Xen's {@code cpufeatureset.h}; see {@code DATA-NOTICE.md} beside the data file). Names
 * are looked up case-insensitively by libvirt name, alias (Linux's {@code sse4_1}, {@code sse3}
 * …) or Xen name ({@code SSE4_1}).
 *
 * <pre>{@code
 * FeatureCatalog catalog = FeatureCatalog.x86();
 * FeatureSet set = catalog.featureSet("avx2", "bmi2");
 * catalog.names(set);                       // [bmi2, avx2] (featureset order)
 * catalog.describeDifference(pool, host);   // "missing: avx2, bmi2"
 * }</pre>
 */
public final class FeatureCatalog {

    private static final class Shipped {
        static final FeatureCatalog X86 = load();
    }

    private final List<Feature> features;
    private final Map<String, Feature> byName;
    private final Feature[] byIndex;

    private FeatureCatalog(List<Feature> features) {
        this.features = List.copyOf(features);
        Map<String, Feature> names = new HashMap<>();
        Feature[] indexed = new Feature[FeatureSet.MAX_WORDS * FeatureSet.BITS_PER_WORD];
        for (Feature feature : features) {
            register(names, feature.name(), feature);
            for (String alias : feature.aliases()) {
                register(names, alias, feature);
            }
            if (feature.featuresetIndex().isPresent()) {
                int index = feature.featuresetIndex().getAsInt();
                if (indexed[index] != null) {
                    throw new IllegalArgumentException("features " + indexed[index].name() + " and "
                            + feature.name() + " share featureset index " + index);
                }
                indexed[index] = feature;
            }
        }
        // Xen's names are a fallback: a libvirt name or alias always wins.
        for (Feature feature : features) {
            if (!feature.xenName().isEmpty()) {
                names.putIfAbsent(key(feature.xenName()), feature);
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byIndex = indexed;
    }

    private static void register(Map<String, Feature> names, String name, Feature feature) {
        Feature previous = names.putIfAbsent(key(name), feature);
        if (previous != null && previous != feature) {
            throw new IllegalArgumentException("feature name " + Text.quoted(name) + " is used by both "
                    + previous.name() + " and " + feature.name());
        }
    }

    /**
     * Returns the catalog of x86 features shipped with xenpool.
     *
     * @return the shared, immutable catalog
     */
    public static FeatureCatalog x86() {
        return Shipped.X86;
    }

    /**
     * Makes a catalog of the given features.
     *
     * @param features the features; names, aliases and featureset indices must be unique
     * @return the catalog
     * @throws IllegalArgumentException if two features share a name or an index
     */
    public static FeatureCatalog of(Collection<Feature> features) {
        Objects.requireNonNull(features, "features");
        return new FeatureCatalog(new ArrayList<>(features));
    }

    private static FeatureCatalog load() {
        List<Feature> features = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(FeatureCatalog.class, "x86-features.tsv")) {
            String word = row.get("xen_word");
            OptionalInt index = word.isEmpty()
                    ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(row.get("xen_featureset_index")));
            features.add(new Feature(
                    row.get("feature"),
                    Tsv.list(row.get("aliases")),
                    "msr".equals(row.get("kind")) ? Feature.Source.MSR : Feature.Source.CPUID,
                    Long.decode(row.get("eax_in_or_msr")),
                    row.get("ecx_in").isEmpty() ? 0 : Long.decode(row.get("ecx_in")),
                    row.get("register"),
                    Integer.parseInt(row.get("bit")),
                    "yes".equals(row.get("migratable")),
                    index,
                    row.get("xen_name")));
        }
        return new FeatureCatalog(features);
    }

    /**
     * Returns every feature of the catalog in catalog order.
     *
     * @return an unmodifiable list
     */
    public List<Feature> features() {
        return features;
    }

    /**
     * Finds a feature by libvirt name, alias or Xen name, ignoring case.
     *
     * @param name the name
     * @return the feature, or empty when the catalog does not know the name
     */
    public Optional<Feature> find(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(key(name)));
    }

    /**
     * Returns the feature with the given name.
     *
     * @param name libvirt name, alias or Xen name, in any case
     * @return the feature
     * @throws UnknownFeatureException if the catalog does not know the name
     */
    public Feature feature(String name) {
        return find(name).orElseThrow(() -> new UnknownFeatureException(name,
                "unknown CPU feature " + Text.quoted(name) + "; expected a libvirt, Linux or Xen feature name such as"
                        + " \"avx2\", \"sse4_1\" or \"PCLMULQDQ\""));
    }

    /**
     * Returns the feature at a featureset position.
     *
     * @param index a feature number, {@code word * 32 + bit}
     * @return the feature, or empty when the catalog knows none there
     */
    public Optional<Feature> atIndex(int index) {
        if (index < 0 || index >= byIndex.length) {
            return Optional.empty();
        }
        return Optional.ofNullable(byIndex[index]);
    }

    /**
     * Builds the featureset that holds exactly the named features.
     *
     * @param names feature names
     * @return the set, as many words as its highest feature needs
     * @throws UnknownFeatureException if a name is unknown, or names a feature that has no
     *     place in a Xen featureset; the message quotes it
     */
    public FeatureSet featureSet(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        int[] indices = new int[names.size()];
        int n = 0;
        for (String name : names) {
            Objects.requireNonNull(name, "names contains null");
            Feature feature = feature(name);
            if (feature.featuresetIndex().isEmpty()) {
                throw new UnknownFeatureException(name, "CPU feature " + Text.quoted(name)
                        + " has no place in a Xen featureset (CPUID leaf 0x" + Long.toHexString(feature.leaf())
                        + " " + feature.register() + " bit " + feature.bit() + ")");
            }
            indices[n++] = feature.featuresetIndex().getAsInt();
        }
        return FeatureSet.of(indices);
    }

    /**
     * Builds the featureset that holds exactly the named features.
     *
     * @param names feature names
     * @return the set
     * @throws UnknownFeatureException if a name is unknown or has no featureset place
     */
    public FeatureSet featureSet(String... names) {
        return featureSet(Arrays.asList(Objects.requireNonNull(names, "names")));
    }

    /**
     * Builds the featureset of those named features that a featureset can hold, skipping
     * features that Xen keeps elsewhere (such as {@code npt} or {@code arat}). Use it for
     * feature lists read from a CPU description; unknown names still fail.
     *
     * @param names feature names
     * @return the set of the features that have a featureset place
     * @throws UnknownFeatureException if a name is unknown
     */
    public FeatureSet featureSetOfKnown(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        List<String> placed = new ArrayList<>(names.size());
        for (String name : names) {
            if (feature(name).inFeatureset()) {
                placed.add(name);
            }
        }
        return featureSet(placed);
    }

    /**
     * Reads a Linux {@code flags} line, as {@code /proc/cpuinfo} or xapi's {@code cpu_info:flags}
     * prints it, without failing on what the catalog does not know: Linux lists flags that are no
     * CPUID feature ({@code constant_tsc}, {@code rep_good}, {@code nopl}, {@code nonstop_tsc},
     * {@code cpuid}, {@code cpuid_fault}, ...). Those are reported, not guessed at.
     *
     * @param flags the flag names separated by white space
     * @return the featureset of the known flags that a featureset can hold, the known flags that
     *     have no featureset place, and the unknown flags, each list in the order of the line
     */
    public FlagsReading readFlags(String flags) {
        Objects.requireNonNull(flags, "flags");
        List<Integer> indices = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String flag : flags.strip().split("\\s+")) {
            if (flag.isEmpty()) {
                continue;
            }
            Optional<Feature> feature = find(flag);
            if (feature.isEmpty()) {
                unknown.add(flag);
            } else if (feature.get().featuresetIndex().isPresent()) {
                indices.add(feature.get().featuresetIndex().getAsInt());
            } else {
                outside.add(flag);
            }
        }
        return new FlagsReading(FeatureSet.of(indices.stream().mapToInt(Integer::intValue).toArray()),
                List.copyOf(outside), List.copyOf(unknown));
    }

    /**
     * What a Linux {@code flags} line says, read by {@link #readFlags(String)}.
     *
     * @param features the features of the flags that have a featureset place
     * @param outsideFeatureset known flags that Xen keeps outside the featureset
     * @param unknown flags the catalog does not know, such as {@code constant_tsc}
     */
    public record FlagsReading(FeatureSet features, List<String> outsideFeatureset, List<String> unknown) {

        /**
         * Checks the components and copies the lists.
         *
         * @param features the features of the flags that have a featureset place
         * @param outsideFeatureset known flags that Xen keeps outside the featureset
         * @param unknown flags the catalog does not know
         * @throws NullPointerException if a component is null
         */
        public FlagsReading {
            Objects.requireNonNull(features, "features");
            outsideFeatureset = List.copyOf(Objects.requireNonNull(outsideFeatureset, "outsideFeatureset"));
            unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown"));
        }
    }

    /**
     * Names the features of a set in featureset order. A set bit the catalog does not know is
     * named {@code word<w>.bit<b>}.
     *
     * @param set the features
     * @return the names, in increasing featureset index
     */
    public List<String> names(FeatureSet set) {
        Objects.requireNonNull(set, "set");
        return set.indices().mapToObj(this::nameOf).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Names the features of a set joined by {@code ", "}.
     *
     * @param set the features
     * @return for example {@code "avx2, bmi2"}, or {@code "none"} for the empty set
     */
    public String describe(FeatureSet set) {
        List<String> names = names(set);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * Says how {@code actual} differs from {@code expected}, by name: the features it lacks
     * and those it has beyond.
     *
     * @param expected the reference set, such as the pool's level
     * @param actual the set to compare, such as a host's features
     * @return for example {@code "missing: avx2, bmi2; extra: rdrand"}, or {@code "equal"}
     */
    public String describeDifference(FeatureSet expected, FeatureSet actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        FeatureSet missing = expected.minus(actual);
        FeatureSet extra = actual.minus(expected);
        List<String> parts = new ArrayList<>(2);
        if (!missing.isEmpty()) {
            parts.add("missing: " + describe(missing));
        }
        if (!extra.isEmpty()) {
            parts.add("extra: " + describe(extra));
        }
        return parts.isEmpty() ? "equal" : String.join("; ", parts);
    }

    private String nameOf(int index) {
        Feature feature = index < byIndex.length ? byIndex[index] : null;
        return feature != null
                ? feature.name()
                : "word" + index / FeatureSet.BITS_PER_WORD + ".bit" + index % FeatureSet.BITS_PER_WORD;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "FeatureCatalog[" + features.size() + " features]";
    }
}
