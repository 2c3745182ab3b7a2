package io.github.xenpool.core.cpu;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One x86 CPU feature as the feature catalog knows it: its name, where CPUID (or an MSR)
 * reports it, and where it sits in a Xen featureset, if it has a place there.
 *
 * @param name libvirt's name of the feature, such as {@code avx2} or {@code pni}
 * @param aliases other names in use, such as Linux's {@code sse3} for {@code pni}
 * @param source whether CPUID or a model-specific register reports it
 * @param leaf the CPUID leaf (input EAX) or the MSR number
 * @param subleaf the CPUID sub-leaf (input ECX); 0 when it has none
 * @param register the output register, such as {@code ecx}
 * @param bit the bit in that register
 * @param migratable whether libvirt considers the feature safe to migrate
 * @param featuresetIndex the feature's number in a Xen featureset ({@code word * 32 + bit}),
 *     or empty when Xen's featureset has no place for it
 * @param xenName Xen's name of the feature, empty when it has no featureset place
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Feature(
        String name,
        List<String> aliases,
        Source source,
        long leaf,
        long subleaf,
        String register,
        int bit,
        boolean migratable,
        OptionalInt featuresetIndex,
        String xenName) {

    /** Where a feature is reported. */
    @API(status = MAINTAINED, since = "0.1.0")
    public enum Source {
        /** A CPUID leaf. */
        CPUID,
        /** A model-specific register. */
        MSR
    }

    /**
     * Checks the components and copies the aliases.
     *
     * @param name libvirt's name of the feature, such as {@code avx2} or {@code pni}
     * @param aliases other names in use, such as Linux's {@code sse3} for {@code pni}
     * @param source whether CPUID or a model-specific register reports it
     * @param leaf the CPUID leaf (input EAX) or the MSR number
     * @param subleaf the CPUID sub-leaf (input ECX); 0 when it has none
     * @param register the output register, such as {@code ecx}
     * @param bit the bit in that register
     * @param migratable whether libvirt considers the feature safe to migrate
     * @param featuresetIndex the feature's number in a Xen featureset ({@code word * 32 + bit}),
     *     or empty when Xen's featureset has no place for it
     * @param xenName Xen's name of the feature, empty when it has no featureset place
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the bit or the featureset index is out of range
     */
    public Feature {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(featuresetIndex, "featuresetIndex");
        Objects.requireNonNull(xenName, "xenName");
        if (bit < 0 || bit > 63) {
            throw new IllegalArgumentException("feature " + name + ": bit " + bit + " is outside 0..63");
        }
        if (featuresetIndex.isPresent()
                && (featuresetIndex.getAsInt() < 0
                        || featuresetIndex.getAsInt() >= FeatureSet.MAX_WORDS * FeatureSet.BITS_PER_WORD)) {
            throw new IllegalArgumentException("feature " + name + ": featureset index "
                    + featuresetIndex.getAsInt() + " is out of range");
        }
    }

    /**
     * Returns the featureset word of this feature.
     *
     * @return the word number, or empty when the feature has no featureset place
     */
    public OptionalInt featuresetWord() {
        return featuresetIndex.isPresent()
                ? OptionalInt.of(featuresetIndex.getAsInt() / FeatureSet.BITS_PER_WORD)
                : OptionalInt.empty();
    }

    /**
     * Tells whether a Xen featureset can hold this feature.
     *
     * @return true if the feature has a featureset index
     */
    public boolean inFeatureset() {
        return featuresetIndex.isPresent();
    }

    @Override
    public String toString() {
        return name;
    }
}
