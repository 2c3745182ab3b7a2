package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A real CPU from the shipped {@link CpuCatalog}: a libvirt CPU model (such as {@code Nehalem}
 * or {@code EPYC-Rome}) or a real host decoded from a raw CPUID dump.
 *
 * @param name the model name ({@code Haswell-noTSX}) or real host name ({@code Xeon-E5-2650-v3})
 * @param kind which of the two it is
 * @param vendor the vendor, empty for vendor-neutral models such as {@code qemu64}
 * @param description the brand string of a real host, or libvirt's group of a model
 * @param family the CPUID family (of a model: of its first signature; 0 when it has none)
 * @param model the CPUID model (of a model: of its first signature; 0 when it has none)
 * @param stepping the CPUID stepping (0 for libvirt models)
 * @param featureNames the CPU's features by libvirt name, as the data lists them
 * @param features the features that have a Xen featureset place
 */
@API(status = MAINTAINED, since = "0.1.0")
public record CpuModel(
        String name,
        Kind kind,
        Optional<CpuVendor> vendor,
        String description,
        int family,
        int model,
        int stepping,
        List<String> featureNames,
        FeatureSet features) {

    /** Where a catalog entry comes from. */
    @API(status = MAINTAINED, since = "0.1.0")
    public enum Kind {
        /** A libvirt CPU model definition. */
        LIBVIRT_MODEL,
        /** A real CPU decoded from a raw CPUID dump. */
        REAL_HOST
    }

    /**
     * Checks the components and copies the feature names.
     *
     * @param name the model name ({@code Haswell-noTSX}) or real host name ({@code Xeon-E5-2650-v3})
     * @param kind which of the two it is
     * @param vendor the vendor, empty for vendor-neutral models such as {@code qemu64}
     * @param description the brand string of a real host, or libvirt's group of a model
     * @param family the CPUID family (of a model: of its first signature; 0 when it has none)
     * @param model the CPUID model (of a model: of its first signature; 0 when it has none)
     * @param stepping the CPUID stepping (0 for libvirt models)
     * @param featureNames the CPU's features by libvirt name, as the data lists them
     * @param features the features that have a Xen featureset place
     * @throws NullPointerException if a component is null
     */
    public CpuModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(description, "description");
        featureNames = List.copyOf(Objects.requireNonNull(featureNames, "featureNames"));
        Objects.requireNonNull(features, "features");
    }

    /**
     * Starts a CPU builder with this entry's vendor, identity and features (all exposed).
     *
     * @return a builder to complete with masking support, sockets and the like
     * @throws IllegalStateException if the entry has no vendor
     */
    public Cpu.Builder toCpuBuilder() {
        CpuVendor cpuVendor = vendor.orElseThrow(() -> new IllegalStateException(
                "CPU model " + name + " is vendor-neutral; a host's CPU needs a vendor"));
        return Cpu.builder()
                .vendor(cpuVendor)
                .modelName(kind == Kind.REAL_HOST && !description.isBlank() ? description : name)
                .family(family)
                .model(model)
                .stepping(stepping)
                .physicalFeatures(features);
    }

    @Override
    public String toString() {
        return name + " (" + vendor.map(CpuVendor::name).orElse("no vendor") + ", " + features.size() + " features)";
    }
}
