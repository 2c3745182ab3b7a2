package io.github.xenpool.core.software;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Validated;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The software of a host: product version and build, applied hotfixes, supplemental packs. The
 * version and the build are known only when they were given ({@code software_version} of the
 * host): a builder leaves them unknown rather than assuming one.
 *
 * @param productVersion the product version, such as {@code 5.6.100}, or empty when it is unknown
 * @param buildNumber the build, such as {@code 39265p}, or empty when it is unknown
 * @param hotfixes the names of the applied hotfixes, such as {@code XS56EFP1002}, iterating in
 *     name order; or empty when they are unknown (an empty set means none)
 * @param supplementalPacks the installed supplemental packs; names are unique; iterates in name
 *     order
 * @param softwareVersion what xapi's {@code software_version} map says, key by key; empty when
 *     the software was not read from xapi
 * @param apiVersion the XenAPI version the host speaks, or empty when it is unknown
 * @param updates the patches and updates applied to the host, in name order, or empty when they
 *     are unknown (an empty set means none)
 * @param pendingGuidance what the host must still do after updates, xapi's
 *     {@code pending_guidances} (such as {@code reboot_host}), or empty when it is unknown
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Software(
        Optional<ProductVersion> productVersion,
        // @NotBlank would reject the empty Optional, which Hibernate Validator unwraps to null.
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 64) String> buildNumber,
        Optional<Set<@NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                message = "must be a hotfix name of letters, digits and . _ -") String>> hotfixes,
        Set<@Valid SupplementalPack> supplementalPacks,
        SoftwareVersion softwareVersion,
        Optional<ApiVersion> apiVersion,
        Optional<Set<@Valid Update>> updates,
        Optional<Set<String>> pendingGuidance) {

    /**
     * Checks the components and copies the collections.
     *
     * @param productVersion the product version, such as {@code 5.6.100}, or empty when it is unknown
     * @param buildNumber the build, such as {@code 39265p}, or empty when it is unknown
     * @param hotfixes the names of the applied hotfixes, such as {@code XS56EFP1002}, or empty
     *     when they are unknown
     * @param supplementalPacks the installed supplemental packs; names are unique; iterates in name
     *     order
     * @param softwareVersion what xapi's {@code software_version} map says
     * @param apiVersion the XenAPI version the host speaks, or empty when it is unknown
     * @param updates the patches and updates applied to the host, or empty when they are unknown
     * @param pendingGuidance what the host must still do after updates, or empty when it is unknown
     * @throws NullPointerException if a component or an element is null
     * @throws InvalidModelException if the build or a hotfix name is invalid, or two packs share
     *     a name; every problem is listed
     */
    public Software {
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(buildNumber, "buildNumber");
        hotfixes = Objects.requireNonNull(hotfixes, "hotfixes").map(known -> Collections.unmodifiableSortedSet(
                new TreeSet<>(nonNullElements(known, "hotfixes"))));
        supplementalPacks = Collections.unmodifiableSortedSet(
                new TreeSet<>(nonNullElements(supplementalPacks, "supplementalPacks")));
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(apiVersion, "apiVersion");
        updates = Objects.requireNonNull(updates, "updates").map(known -> Collections.unmodifiableSortedSet(
                new TreeSet<>(nonNullElements(known, "updates"))));
        pendingGuidance = Objects.requireNonNull(pendingGuidance, "pendingGuidance").map(known ->
                Collections.unmodifiableSortedSet(new TreeSet<>(nonNullElements(known, "pendingGuidance"))));
        ModelCheck check = ModelCheck.of(Software.class);
        check.constraints("buildNumber", buildNumber);
        check.constraints("hotfixes", hotfixes);
        Map<String, SupplementalPack> byName = new HashMap<>();
        for (SupplementalPack pack : supplementalPacks) {
            SupplementalPack previous = byName.put(pack.name(), pack);
            if (previous != null) {
                check.structure("supplementalPacks[" + pack.name() + "]", pack, "UniquePackNames",
                        "supplemental pack " + pack.name() + " is listed twice, at "
                        + previous.revision() + " and " + pack.revision() + "; a host has one revision of a pack");
            }
        }
        check.throwIfAny();
    }

    private static <T> Collection<T> nonNullElements(Collection<T> values, String name) {
        Objects.requireNonNull(values, name);
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(Objects.requireNonNull(value, name + " contains null"));
        }
        return copy;
    }

    /**
     * Starts a builder: version and build unknown, no hotfixes (known to be none: call
     * {@link Builder#unknownHotfixes()} when they are not known), no packs.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this software's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().supplementalPacks(supplementalPacks);
        hotfixes.ifPresentOrElse(builder::hotfixes, builder::unknownHotfixes);
        builder.productVersion = productVersion.orElse(null);
        builder.buildNumber = buildNumber.orElse(null);
        builder.softwareVersion = softwareVersion;
        builder.apiVersion = apiVersion.orElse(null);
        builder.updates = updates.orElse(null);
        builder.pendingGuidance = pendingGuidance.orElse(null);
        return builder;
    }

    /**
     * Finds an installed pack by name.
     *
     * @param name the pack's name
     * @return the pack, or empty when it is not installed
     */
    public Optional<SupplementalPack> pack(String name) {
        Objects.requireNonNull(name, "name");
        return supplementalPacks.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Builds {@link Software}; the version and the build are unknown unless they are set. */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {
        private ProductVersion productVersion;
        private String buildNumber;
        private final SortedSet<String> hotfixes = new TreeSet<>();
        private boolean hotfixesKnown = true;
        private final List<SupplementalPack> packs = new ArrayList<>();
        private SoftwareVersion softwareVersion = SoftwareVersion.NONE;
        private ApiVersion apiVersion;
        private Set<Update> updates;
        private Set<String> pendingGuidance;

        private Builder() {
        }

        /**
         * Sets the product version.
         *
         * @param productVersion the version
         * @return this builder
         */
        public Builder productVersion(ProductVersion productVersion) {
            this.productVersion = Objects.requireNonNull(productVersion, "productVersion");
            return this;
        }

        /**
         * Sets the product version from text.
         *
         * @param productVersion such as {@code 5.6.100}
         * @return this builder
         * @throws IllegalArgumentException if the text is not a version
         */
        public Builder productVersion(String productVersion) {
            return productVersion(ProductVersion.parse(Objects.requireNonNull(productVersion, "productVersion")));
        }

        /**
         * Sets the build number.
         *
         * @param buildNumber the build
         * @return this builder
         */
        public Builder buildNumber(String buildNumber) {
            this.buildNumber = Objects.requireNonNull(buildNumber, "buildNumber");
            return this;
        }

        /**
         * Forgets the product version: it is unknown.
         *
         * @return this builder
         */
        public Builder unknownProductVersion() {
            this.productVersion = null;
            return this;
        }

        /**
         * Forgets the build number: it is unknown.
         *
         * @return this builder
         */
        public Builder unknownBuildNumber() {
            this.buildNumber = null;
            return this;
        }

        /**
         * Replaces the applied hotfixes.
         *
         * @param hotfixes hotfix names
         * @return this builder
         */
        public Builder hotfixes(Collection<String> hotfixes) {
            Objects.requireNonNull(hotfixes, "hotfixes");
            this.hotfixes.clear();
            this.hotfixesKnown = true;
            hotfixes.forEach(this::hotfix);
            return this;
        }

        /**
         * Adds an applied hotfix.
         *
         * @param hotfix a hotfix name
         * @return this builder
         */
        public Builder hotfix(String hotfix) {
            this.hotfixes.add(Objects.requireNonNull(hotfix, "hotfix"));
            this.hotfixesKnown = true;
            return this;
        }

        /**
         * Replaces the supplemental packs.
         *
         * @param packs the packs
         * @return this builder
         */
        public Builder supplementalPacks(Collection<SupplementalPack> packs) {
            Objects.requireNonNull(packs, "packs");
            this.packs.clear();
            packs.forEach(p -> this.packs.add(Objects.requireNonNull(p, "packs contains null")));
            return this;
        }

        /**
         * Adds a supplemental pack.
         *
         * @param name the pack's name
         * @param revision its revision
         * @return this builder
         */
        public Builder supplementalPack(String name, String revision) {
            this.packs.add(new SupplementalPack(name, revision));
            return this;
        }

        /**
         * Makes the applied hotfixes unknown, as they are when a host's records name patches
         * whose records are not at hand; {@link #hotfixes(Collection)} or {@link #hotfix(String)}
         * make them known again.
         *
         * @return this builder
         */
        public Builder unknownHotfixes() {
            this.hotfixes.clear();
            this.hotfixesKnown = false;
            return this;
        }

        /**
         * Sets what xapi's {@code software_version} map says; the product version and build are
         * not taken from it, set them too.
         *
         * @param softwareVersion the map, key by key
         * @return this builder
         */
        public Builder softwareVersion(SoftwareVersion softwareVersion) {
            this.softwareVersion = Objects.requireNonNull(softwareVersion, "softwareVersion");
            return this;
        }

        /**
         * Sets the XenAPI version the host speaks.
         *
         * @param apiVersion such as 2.21
         * @return this builder
         */
        public Builder apiVersion(ApiVersion apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
            return this;
        }

        /**
         * Sets the patches and updates applied to the host: all of them, so an empty collection
         * says there are none.
         *
         * @param updates the updates
         * @return this builder
         */
        public Builder updates(Collection<Update> updates) {
            this.updates = new java.util.HashSet<>(nonNullElements(updates, "updates"));
            return this;
        }

        /**
         * Sets what the host must still do after updates ({@code pending_guidances}): all of it, so
         * an empty collection says nothing is pending.
         *
         * @param pendingGuidance such as {@code reboot_host} or {@code restart_toolstack}
         * @return this builder
         */
        public Builder pendingGuidance(Collection<String> pendingGuidance) {
            this.pendingGuidance = new java.util.HashSet<>(nonNullElements(pendingGuidance, "pendingGuidance"));
            return this;
        }

        /**
         * Builds the software and checks its constraints.
         *
         * @return the software
         * @throws InvalidModelException if a value is invalid; every problem is listed
         */
        public Software build() {
            return new Software(Optional.ofNullable(productVersion),
                    Optional.ofNullable(buildNumber), hotfixesKnown ? Optional.of(hotfixes) : Optional.empty(),
                    new TreeSet<>(packs), softwareVersion,
                    Optional.ofNullable(apiVersion), Optional.ofNullable(updates), Optional.ofNullable(pendingGuidance));
        }

        /**
         * Builds the software, or gives every problem that kept it from being built, without
         * throwing.
         *
         * @return the software, or its problems
         */
        public Validated<Software> tryBuild() {
            return Validated.of(this::build);
        }
    }
}
