package io.github.xenpool.core.cpu;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.internal.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Real x86 CPUs to build hosts from: the 150 libvirt CPU models (Nehalem … GraniteRapids,
 * Opteron_G1 … EPYC-Genoa, Dhyana …) and 61 real hosts decoded bit by bit from CPUID dumps.
 *
 * <p>Data extracted from libvirt 11.3.0 ({@code src/cpu_map}, {@code tests/cputestdata}),
 * LGPL-2.1-or-later; see {@code DATA-NOTICE.md} beside the data files in this package.
 *
 * <pre>{@code
 * Cpu haswell = CpuCatalog.shipped().model("Haswell").toCpuBuilder()
 *         .maskingSupport(MaskingSupport.FULL).build();
 * }</pre>
 */
public final class CpuCatalog {

    private static final class Shipped {
        static final CpuCatalog INSTANCE = load();
    }

    private final Map<String, CpuModel> models;
    private final Map<String, CpuModel> realHosts;

    private CpuCatalog(List<CpuModel> models, List<CpuModel> realHosts) {
        this.models = index(models);
        this.realHosts = index(realHosts);
    }

    private static Map<String, CpuModel> index(List<CpuModel> entries) {
        Map<String, CpuModel> byName = new LinkedHashMap<>();
        for (CpuModel entry : entries) {
            if (byName.putIfAbsent(entry.name(), entry) != null) {
                throw new IllegalStateException("CPU catalog lists " + entry.name() + " twice");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    /**
     * Returns the catalog shipped with xenpool.
     *
     * @return the shared, immutable catalog
     */
    public static CpuCatalog shipped() {
        return Shipped.INSTANCE;
    }

    private static CpuCatalog load() {
        FeatureCatalog features = FeatureCatalog.x86();
        List<CpuModel> models = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(CpuCatalog.class, "x86-cpu-models.tsv")) {
            List<String> names = Tsv.list(row.get("features_all"));
            int[] signature = firstSignature(row.get("signatures"));
            models.add(new CpuModel(row.get("model"), CpuModel.Kind.LIBVIRT_MODEL,
                    vendorOf(row.get("vendor_cpuid_string")), row.get("libvirt_group"),
                    signature[0], signature[1], 0, names, features.featureSetOfKnown(names)));
        }
        List<CpuModel> hosts = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(CpuCatalog.class, "x86-real-hosts.tsv")) {
            List<String> names = Tsv.list(row.get("features_all"));
            hosts.add(new CpuModel(row.get("test_name"), CpuModel.Kind.REAL_HOST,
                    vendorOf(row.get("vendor_cpuid_string")), row.get("brand_string").strip(),
                    Integer.parseInt(row.get("family")), Integer.parseInt(row.get("model")),
                    Integer.parseInt(row.get("stepping")), names, features.featureSetOfKnown(names)));
        }
        return new CpuCatalog(models, hosts);
    }

    private static Optional<CpuVendor> vendorOf(String cpuidString) {
        return cpuidString.isEmpty() ? Optional.empty() : Optional.of(CpuVendor.fromCpuidString(cpuidString));
    }

    private static int[] firstSignature(String signatures) {
        if (signatures.isBlank()) {
            return new int[] {0, 0};
        }
        String[] parts = signatures.trim().split("\\s+")[0].split("/");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /**
     * Returns every libvirt CPU model, in libvirt's order.
     *
     * @return an unmodifiable list
     */
    public List<CpuModel> models() {
        return List.copyOf(models.values());
    }

    /**
     * Returns the libvirt CPU models of one vendor.
     *
     * @param vendor the vendor
     * @return an unmodifiable list, in libvirt's order
     */
    public List<CpuModel> models(CpuVendor vendor) {
        Objects.requireNonNull(vendor, "vendor");
        return models.values().stream()
                .filter(m -> m.vendor().equals(Optional.of(vendor)))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns every real host.
     *
     * @return an unmodifiable list
     */
    public List<CpuModel> realHosts() {
        return List.copyOf(realHosts.values());
    }

    /**
     * Returns a libvirt CPU model by name.
     *
     * @param name such as {@code Nehalem} or {@code EPYC-Rome-v2}
     * @return the model
     * @throws IllegalArgumentException if there is no model of that name
     */
    public CpuModel model(String name) {
        return lookup(models, name, "libvirt CPU model");
    }

    /**
     * Returns a real host by name.
     *
     * @param name such as {@code Xeon-E5-2650-v3}
     * @return the real host
     * @throws IllegalArgumentException if there is no real host of that name
     */
    public CpuModel realHost(String name) {
        return lookup(realHosts, name, "real host");
    }

    private static CpuModel lookup(Map<String, CpuModel> entries, String name, String what) {
        Objects.requireNonNull(name, "name");
        CpuModel entry = entries.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown " + what + " " + Text.quoted(name) + "; known: "
                    + entries.keySet().stream().limit(8).collect(Collectors.joining(", ")) + " … ("
                    + entries.size() + " in all)");
        }
        return entry;
    }
}
