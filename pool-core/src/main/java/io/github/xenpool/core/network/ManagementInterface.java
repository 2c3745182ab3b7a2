package io.github.xenpool.core.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.IpAddress;
import io.github.xenpool.core.validation.Validated;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The interface that carries a host's management traffic (xapi's management PIF). Its address is
 * known only when it was given: a builder leaves it unknown rather than assuming one.
 *
 * @param device the network device, such as {@code eth0} or {@code bond0}
 * @param addressing how it gets its address, or empty when it is unknown (xapi knows only
 *     {@code DHCP}, never whether the DHCP server reserves the address)
 * @param ipAddress its current IP address, or empty when it is unknown
 * @param bonded whether the device is a bond of several NICs, or empty when it is unknown
 * @param vlanTag the VLAN tag, 1 to 4094, or empty when untagged (or when the tag is unknown)
 * @param primaryAddressType the address family it uses first, or empty when it is unknown
 * @param vlanTagKnown whether the source said whether the interface is on a VLAN (xapi's
 *     {@code PIF.VLAN}, -1 when untagged); when false, {@code vlanTag} is empty and means nothing
 */
@API(status = MAINTAINED, since = "0.1.0")
public record ManagementInterface(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,14}$",
                message = "must be a device name of at most 15 letters, digits and . _ -") String device,
        Optional<Addressing> addressing,
        Optional<@IpAddress String> ipAddress,
        Optional<Boolean> bonded,
        @Min(1) @Max(4094) OptionalInt vlanTag,
        Optional<PrimaryAddressType> primaryAddressType,
        boolean vlanTagKnown) {

    /**
     * Checks the components.
     *
     * @param device the network device, such as {@code eth0} or {@code bond0}
     * @param addressing how it gets its address, or empty when it is unknown
     * @param ipAddress its current IP address, or empty when it is unknown
     * @param bonded whether the device is a bond of several NICs, or empty when it is unknown
     * @param vlanTag the VLAN tag, 1 to 4094, or empty when untagged
     * @param primaryAddressType the address family it uses first, or empty when it is unknown
     * @param vlanTagKnown whether the source said whether the interface is on a VLAN
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the device, the address or the VLAN tag is invalid, or a
     *     tag is given while it is said to be unknown; every problem is listed
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public ManagementInterface {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(addressing, "addressing");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(bonded, "bonded");
        Objects.requireNonNull(vlanTag, "vlanTag");
        Objects.requireNonNull(primaryAddressType, "primaryAddressType");
        ModelCheck check = ModelCheck.of(ManagementInterface.class);
        check.constraints("device", device);
        check.constraints("ipAddress", ipAddress);
        check.constraints("vlanTag", vlanTag);
        if (!vlanTagKnown && vlanTag.isPresent()) {
            check.structure("vlanTag", vlanTag.getAsInt(), "NoTagWhenUnknown", "the management interface "
                    + device + " has VLAN tag " + vlanTag.getAsInt() + " while its tag is said to be unknown");
        }
        check.throwIfAny();
    }

    /**
     * Makes an interface whose VLAN tag is known: {@code vlanTag} empty means untagged.
     *
     * @param device the network device, such as {@code eth0} or {@code bond0}
     * @param addressing how it gets its address, or empty when it is unknown
     * @param ipAddress its current IP address, or empty when it is unknown
     * @param bonded whether the device is a bond of several NICs, or empty when it is unknown
     * @param vlanTag the VLAN tag, 1 to 4094, or empty when untagged
     * @param primaryAddressType the address family it uses first, or empty when it is unknown
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the device, the address or the VLAN tag is invalid;
     *     every problem is listed
     */
    public ManagementInterface(String device, Optional<Addressing> addressing, Optional<String> ipAddress,
            Optional<Boolean> bonded, OptionalInt vlanTag, Optional<PrimaryAddressType> primaryAddressType) {
        this(device, addressing, ipAddress, bonded, vlanTag, primaryAddressType, true);
    }

    /**
     * Returns the VLAN tag as xapi's {@code PIF.VLAN} holds it: the tag, or -1 when untagged.
     *
     * @return the tag or -1, or empty when it is unknown whether the interface is on a VLAN
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public OptionalInt xapiVlan() {
        if (!vlanTagKnown) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(vlanTag.orElse(-1));
    }

    /**
     * Starts a builder with defaults: {@code eth0}, untagged; its addressing, address and
     * bonding unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this interface's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().device(device);
        addressing.ifPresent(builder::addressing);
        bonded.ifPresent(builder::bonded);
        ipAddress.ifPresent(builder::ipAddress);
        vlanTag.ifPresent(builder::vlanTag);
        if (!vlanTagKnown) {
            builder.unknownVlanTag();
        }
        primaryAddressType.ifPresent(builder::primaryAddressType);
        return builder;
    }

    /** Builds a {@link ManagementInterface}; the address is unknown unless it is set. */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {
        private String device = "eth0";
        private Addressing addressing;
        private String ipAddress;
        private Boolean bonded;
        private OptionalInt vlanTag = OptionalInt.empty();
        private boolean vlanTagKnown = true;
        private PrimaryAddressType primaryAddressType;

        private Builder() {
        }

        /**
         * Sets the device.
         *
         * @param device such as {@code eth0}
         * @return this builder
         */
        public Builder device(String device) {
            this.device = Objects.requireNonNull(device, "device");
            return this;
        }

        /**
         * Sets the addressing.
         *
         * @param addressing the addressing
         * @return this builder
         */
        public Builder addressing(Addressing addressing) {
            this.addressing = Objects.requireNonNull(addressing, "addressing");
            return this;
        }

        /**
         * Forgets the addressing: it is unknown.
         *
         * @return this builder
         */
        public Builder unknownAddressing() {
            this.addressing = null;
            return this;
        }

        /**
         * Sets the IP address.
         *
         * @param ipAddress an IPv4 or IPv6 literal
         * @return this builder
         */
        public Builder ipAddress(String ipAddress) {
            this.ipAddress = Objects.requireNonNull(ipAddress, "ipAddress");
            return this;
        }

        /**
         * Forgets the IP address: it is unknown.
         *
         * @return this builder
         */
        public Builder unknownIpAddress() {
            this.ipAddress = null;
            return this;
        }

        /**
         * Sets whether the device is a bond.
         *
         * @param bonded true for a bond
         * @return this builder
         */
        public Builder bonded(boolean bonded) {
            this.bonded = bonded;
            return this;
        }

        /**
         * Sets the VLAN tag.
         *
         * @param vlanTag 1 to 4094
         * @return this builder
         */
        public Builder vlanTag(int vlanTag) {
            this.vlanTag = OptionalInt.of(vlanTag);
            this.vlanTagKnown = true;
            return this;
        }

        /**
         * Forgets the VLAN tag: whether the interface is on a VLAN, and which, is unknown.
         *
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder unknownVlanTag() {
            this.vlanTag = OptionalInt.empty();
            this.vlanTagKnown = false;
            return this;
        }

        /**
         * Forgets the address family the interface uses first: it is unknown.
         *
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder unknownPrimaryAddressType() {
            this.primaryAddressType = null;
            return this;
        }

        /**
         * Sets the address family the interface uses first.
         *
         * @param primaryAddressType IPv4 or IPv6
         * @return this builder
         */
        public Builder primaryAddressType(PrimaryAddressType primaryAddressType) {
            this.primaryAddressType = Objects.requireNonNull(primaryAddressType, "primaryAddressType");
            return this;
        }

        /**
         * Removes the VLAN tag.
         *
         * @return this builder
         */
        public Builder untagged() {
            this.vlanTag = OptionalInt.empty();
            this.vlanTagKnown = true;
            return this;
        }

        /**
         * Builds the interface and checks its constraints.
         *
         * @return the interface
         * @throws InvalidModelException if a value is invalid; every problem is listed
         */
        public ManagementInterface build() {
            return new ManagementInterface(device, Optional.ofNullable(addressing), Optional.ofNullable(ipAddress),
                    Optional.ofNullable(bonded), vlanTag, Optional.ofNullable(primaryAddressType), vlanTagKnown);
        }

        /**
         * Builds the interface, or gives every problem that kept it from being built, without
         * throwing.
         *
         * @return the interface, or its problems
         */
        public Validated<ManagementInterface> tryBuild() {
            return Validated.of(this::build);
        }
    }
}
