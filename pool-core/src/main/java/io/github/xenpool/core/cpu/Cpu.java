package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Validated;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The CPUs of a host: vendor, model, the features the hardware has, the features it shows to
 * guests, and what it can mask.
 *
 * <p>{@code physicalFeatures} are what the silicon has; {@code features} are what the host
 * exposes, equal to the physical features unless a CPU mask hides some (then they are a subset,
 * and only in words the {@link MaskingSupport} can hide). Both are in Xen's featureset layout.
 *
 * <p>The facts join rules decide on, the vendor, the features and the masking support, are
 * either given or unknown (an empty {@link Optional}); the builder never invents them. A rule
 * that needs an unknown fact says it cannot check the join.
 *
 * @param vendor the CPU vendor, or empty when unknown
 * @param modelName the model name, as {@code cpu_info:modelname}
 * @param family the CPUID family
 * @param model the CPUID model
 * @param stepping the CPUID stepping
 * @param physicalFeatures the features of the hardware, or empty when unknown
 * @param features the features exposed to guests, after any mask; empty exactly when the
 *     physical features are
 * @param maskingSupport what the CPU can hide, or empty when unknown
 * @param virtualizationEnabled whether VT-x / AMD-V is enabled in the firmware (xapi lists
 *     {@code hvm-3.0-*} capabilities then), or empty when unknown
 * @param sockets the number of sockets, or empty when unknown
 * @param cpuCount the number of logical CPUs, as xapi's {@code cpu_info:cpu_count}, or empty when
 *     unknown
 * @param info what xapi's {@code host.cpu_info} says, key by key, of whichever era; empty when
 *     the CPU was not read from xapi
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Cpu(
        Optional<CpuVendor> vendor,
        @NotBlank @Size(max = 128) String modelName,
        @PositiveOrZero @Max(0x10e) int family,
        @PositiveOrZero @Max(0xff) int model,
        @PositiveOrZero @Max(0xf) int stepping,
        Optional<FeatureSet> physicalFeatures,
        Optional<FeatureSet> features,
        Optional<MaskingSupport> maskingSupport,
        Optional<Boolean> virtualizationEnabled,
        @Positive @Max(64) OptionalInt sockets,
        @Positive @Max(65_536) OptionalInt cpuCount,
        CpuInfo info) {

    /** The model name of a CPU whose model is not known. */
    public static final String UNKNOWN_MODEL = "unknown CPU";

    /**
     * Checks the components.
     *
     * @param vendor the CPU vendor, or empty when unknown
     * @param modelName the model name, as {@code cpu_info:modelname}
     * @param family the CPUID family
     * @param model the CPUID model
     * @param stepping the CPUID stepping
     * @param physicalFeatures the features of the hardware, or empty when unknown
     * @param features the features exposed to guests, after any mask; empty exactly when the
     *     physical features are
     * @param maskingSupport what the CPU can hide, or empty when unknown
     * @param virtualizationEnabled whether VT-x / AMD-V is enabled in the firmware, or empty
     *     when unknown
     * @param sockets the number of sockets, or empty when unknown
     * @param cpuCount the number of logical CPUs, or empty when unknown
     * @param info what xapi's {@code host.cpu_info} says, key by key
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if a number or the model name is out of range, only one of
     *     the feature sets is known, or the exposed features are not the physical features with
     *     only features hidden that the masking support can hide; every problem is listed
     */
    public Cpu {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(physicalFeatures, "physicalFeatures");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(maskingSupport, "maskingSupport");
        Objects.requireNonNull(virtualizationEnabled, "virtualizationEnabled");
        Objects.requireNonNull(sockets, "sockets");
        Objects.requireNonNull(cpuCount, "cpuCount");
        Objects.requireNonNull(info, "info");
        ModelCheck check = ModelCheck.of(Cpu.class);
        check.constraints("modelName", modelName);
        check.constraints("family", family);
        check.constraints("model", model);
        check.constraints("stepping", stepping);
        check.constraints("sockets", sockets);
        check.constraints("cpuCount", cpuCount);
        if (physicalFeatures.isPresent() != features.isPresent()) {
            check.structure("features", features.map(FeatureSet::toString).orElse("unknown"), "FeaturesKnownTogether",
                    "CPU " + Text.name(modelName) + " has " + (physicalFeatures.isPresent()
                    ? "physical features but unknown exposed ones" : "exposed features but unknown physical ones")
                    + "; both are known or both unknown");
        }
        // With only one of the two known there is nothing to compare; that problem is listed above.
        if (physicalFeatures.isPresent() && features.isPresent()) {
            FeatureSet physical = physicalFeatures.get();
            FeatureSet exposed = features.get();
            if (!exposed.isSubsetOf(physical)) {
                check.structure("features", exposed, "ExposedFeaturesArePhysical",
                        "CPU " + Text.name(modelName) + " exposes features its hardware lacks: "
                        + FeatureCatalog.x86().describe(exposed.minus(physical))
                        + " (exposed " + exposed + ", physical " + physical + ")");
            }
            FeatureSet hidden = physical.minus(exposed);
            for (int w = 0; w < hidden.wordCount(); w++) {
                if (hidden.word(w) != 0 && maskingSupport.isPresent() && !maskingSupport.get().canHideWord(w)) {
                    check.structure("features", exposed, "HiddenFeaturesAreMaskable",
                            "CPU " + Text.name(modelName) + " with masking support "
                            + maskingSupport.get() + " cannot hide "
                            + FeatureCatalog.x86().describe(FeatureSet.ofWords(wordOnly(hidden, w)))
                            + " (featureset word " + w + ")");
                }
            }
        }
        check.throwIfAny();
    }

    private static int[] wordOnly(FeatureSet set, int word) {
        int[] words = new int[word + 1];
        words[word] = set.word(word);
        return words;
    }

    /**
     * Starts a builder. Vendor, features, masking support, virtualization support and the counts
     * are unknown until set; the model name is {@value #UNKNOWN_MODEL}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a CPU of which nothing is known: no vendor, no features, no masking support.
     *
     * @return the unknown CPU
     */
    public static Cpu unknown() {
        return builder().build();
    }

    /**
     * Starts a builder with this CPU's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .modelName(modelName)
                .family(family)
                .model(model)
                .stepping(stepping)
                .info(info);
        virtualizationEnabled.ifPresent(builder::virtualizationEnabled);
        sockets.ifPresent(builder::sockets);
        cpuCount.ifPresent(builder::cpuCount);
        vendor.ifPresent(builder::vendor);
        physicalFeatures.ifPresent(builder::physicalFeatures);
        features.ifPresent(builder::features);
        maskingSupport.ifPresent(builder::maskingSupport);
        return builder;
    }

    /**
     * Tells whether the CPU's vendor and features are known, so that it can be compared.
     *
     * @return true if both are known
     */
    public boolean isKnown() {
        return vendor.isPresent() && physicalFeatures.isPresent();
    }

    /**
     * Tells whether a mask hides some of this CPU's features.
     *
     * @return true if the exposed features are known and differ from the physical ones
     */
    public boolean isMasked() {
        return physicalFeatures.isPresent() && !features.get().equals(physicalFeatures.get());
    }

    /**
     * Returns the features this CPU's mask hides.
     *
     * @return physical features minus exposed features; empty when the features are unknown
     */
    public FeatureSet hiddenFeatures() {
        return physicalFeatures.isPresent() ? physicalFeatures.get().minus(features.get()) : FeatureSet.EMPTY;
    }

    /**
     * Returns this CPU masked down to a target level: it exposes its physical features minus
     * those that, under the pool mask, exceed the target.
     *
     * @param target the features the CPU must show, usually the pool's level
     * @param poolMask the pool's feature mask
     * @return a CPU with the same physical features and the masked exposed features
     * @throws IllegalArgumentException if masking cannot bridge the difference, or a fact it needs
     *     is unknown; the message names the features in the way
     */
    public Cpu maskedTo(FeatureSet target, FeatureMask poolMask) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(poolMask, "poolMask");
        FeatureSet physical = physicalFeatures.orElseThrow(() -> new IllegalArgumentException(
                "CPU " + Text.name(modelName) + " cannot be masked: its features are unknown"));
        MaskingPlan plan = Masking.plan(maskingSupport, physical, target, poolMask);
        if (!plan.isPossible()) {
            FeatureCatalog catalog = FeatureCatalog.x86();
            String why;
            switch (plan.outcome()) {
                case MISSING_FEATURES:
                    why = "it lacks " + catalog.describe(plan.missing());
                    break;
                case SUPPORT_UNKNOWN:
                    why = "it would hide " + catalog.describe(plan.hidden()) + " and its masking support is unknown";
                    break;
                default:
                    why = "its masking support " + maskingSupport.get() + " cannot hide "
                            + catalog.describe(plan.unhideable());
            }
            throw new IllegalArgumentException("CPU " + Text.name(modelName) + " cannot be masked to " + target + ": " + why);
        }
        return hiding(plan.hidden());
    }

    /**
     * Returns this CPU with a mask that hides exactly the given features of its hardware.
     *
     * @param hidden the features to hide
     * @return a CPU with the same physical features that exposes the others
     * @throws IllegalArgumentException if the features are unknown, or the masking support
     *     cannot hide them
     */
    public Cpu hiding(FeatureSet hidden) {
        Objects.requireNonNull(hidden, "hidden");
        FeatureSet physical = physicalFeatures.orElseThrow(() -> new IllegalArgumentException(
                "CPU " + Text.name(modelName) + " cannot be masked: its features are unknown"));
        FeatureSet exposed = physical.minus(hidden);
        return exposed.equals(features.get()) ? this : new Cpu(vendor, modelName, family, model, stepping,
                physicalFeatures, Optional.of(exposed), maskingSupport, virtualizationEnabled, sockets, cpuCount, info);
    }

    /**
     * Returns this CPU with its mask removed: it exposes all its physical features.
     *
     * @return an unmasked CPU
     */
    public Cpu unmasked() {
        return isMasked()
                ? new Cpu(vendor, modelName, family, model, stepping, physicalFeatures, physicalFeatures,
                        maskingSupport, virtualizationEnabled, sockets, cpuCount, info)
                : this;
    }

    /**
     * Builds a {@link Cpu}. What the join rules decide on (vendor, features, masking support)
     * stays unknown until it is set.
     */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {
        private CpuVendor vendor;
        private String modelName = UNKNOWN_MODEL;
        private int family;
        private int model;
        private int stepping;
        private FeatureSet physicalFeatures;
        private FeatureSet features;
        private MaskingSupport maskingSupport;
        private Boolean virtualizationEnabled;
        private Integer sockets;
        private Integer cpuCount;
        private CpuInfo info = CpuInfo.NONE;

        private Builder() {
        }

        /**
         * Sets the vendor.
         *
         * @param vendor the vendor
         * @return this builder
         */
        public Builder vendor(CpuVendor vendor) {
            this.vendor = Objects.requireNonNull(vendor, "vendor");
            return this;
        }

        /**
         * Sets the model name.
         *
         * @param modelName the model name
         * @return this builder
         */
        public Builder modelName(String modelName) {
            this.modelName = Objects.requireNonNull(modelName, "modelName");
            return this;
        }

        /**
         * Sets the CPUID family.
         *
         * @param family the family
         * @return this builder
         */
        public Builder family(int family) {
            this.family = family;
            return this;
        }

        /**
         * Sets the CPUID model.
         *
         * @param model the model
         * @return this builder
         */
        public Builder model(int model) {
            this.model = model;
            return this;
        }

        /**
         * Sets the CPUID stepping.
         *
         * @param stepping the stepping
         * @return this builder
         */
        public Builder stepping(int stepping) {
            this.stepping = stepping;
            return this;
        }

        /**
         * Sets the physical features; unless {@link #features(FeatureSet)} is also called, the
         * CPU exposes all of them.
         *
         * @param physicalFeatures the hardware's features
         * @return this builder
         */
        public Builder physicalFeatures(FeatureSet physicalFeatures) {
            this.physicalFeatures = Objects.requireNonNull(physicalFeatures, "physicalFeatures");
            return this;
        }

        /**
         * Sets the exposed features (after a mask).
         *
         * @param features the exposed features, a subset of the physical ones
         * @return this builder
         */
        public Builder features(FeatureSet features) {
            this.features = Objects.requireNonNull(features, "features");
            return this;
        }

        /**
         * Sets what the CPU can mask.
         *
         * @param maskingSupport the masking support
         * @return this builder
         */
        public Builder maskingSupport(MaskingSupport maskingSupport) {
            this.maskingSupport = Objects.requireNonNull(maskingSupport, "maskingSupport");
            return this;
        }

        /**
         * Sets whether VT-x / AMD-V is enabled.
         *
         * @param virtualizationEnabled true if enabled
         * @return this builder
         */
        public Builder virtualizationEnabled(boolean virtualizationEnabled) {
            this.virtualizationEnabled = virtualizationEnabled;
            return this;
        }

        /**
         * Sets the number of sockets.
         *
         * @param sockets 1 to 64
         * @return this builder
         */
        public Builder sockets(int sockets) {
            this.sockets = sockets;
            return this;
        }

        /**
         * Sets the number of logical CPUs, as xapi counts them ({@code cpu_count}).
         *
         * @param cpuCount 1 to 65,536
         * @return this builder
         */
        public Builder cpuCount(int cpuCount) {
            this.cpuCount = cpuCount;
            return this;
        }

        /**
         * Sets what xapi's {@code host.cpu_info} says.
         *
         * @param info the CPU information, key by key
         * @return this builder
         */
        public Builder info(CpuInfo info) {
            this.info = Objects.requireNonNull(info, "info");
            return this;
        }

        /**
         * Builds the CPU and checks its constraints.
         *
         * @return the CPU
         * @throws InvalidModelException if the values break an invariant or a constraint; every
         *     problem is listed
         */
        public Cpu build() {
            return new Cpu(Optional.ofNullable(vendor), modelName, family,
                    model, stepping, Optional.ofNullable(physicalFeatures),
                    Optional.ofNullable(features == null ? physicalFeatures : features),
                    Optional.ofNullable(maskingSupport), Optional.ofNullable(virtualizationEnabled),
                    sockets == null ? OptionalInt.empty() : OptionalInt.of(sockets),
                    cpuCount == null ? OptionalInt.empty() : OptionalInt.of(cpuCount), info);
        }

        /**
         * Builds the CPU, or gives every problem that kept it from being built, without
         * throwing.
         *
         * @return the CPU, or its problems
         */
        public Validated<Cpu> tryBuild() {
            return Validated.of(this::build);
        }
    }
}
