package io.github.xenpool.core.network;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A network interface of a host other than its management interface (one of xapi's PIFs): a
 * physical NIC, a bond of NICs, or a VLAN on top of one.
 *
 * @param device the device, such as {@code eth1}, {@code bond1} or {@code eth1.20}
 * @param kind what the interface is
 * @param vlanTag the VLAN tag of a VLAN, 1 to 4094; empty for the other kinds
 */
@API(status = MAINTAINED, since = "0.1.0")
public record NetworkInterface(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,14}$",
                message = "must be a device name of at most 15 letters, digits and . _ -") String device,
        Kind kind,
        @Min(1) @Max(4094) OptionalInt vlanTag) {

    /** What a network interface is. */
    @API(status = MAINTAINED, since = "0.1.0")
    public enum Kind {
        /** A physical NIC. */
        PHYSICAL,
        /** A bond of several NICs. */
        BOND,
        /** A VLAN on a NIC or a bond. */
        VLAN,
        /** The access PIF of a tunnel (an Open vSwitch private network across hosts). */
        TUNNEL,
        /** A virtual function of an SR-IOV network. */
        SRIOV
    }

    /**
     * Checks the components.
     *
     * @param device the device
     * @param kind what the interface is
     * @param vlanTag the VLAN tag of a VLAN
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the device or the tag is invalid, or a VLAN has no tag
     *     or another kind has one; every problem is listed
     */
    public NetworkInterface {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(vlanTag, "vlanTag");
        ModelCheck check = ModelCheck.of(NetworkInterface.class);
        check.constraints("device", device);
        check.constraints("vlanTag", vlanTag);
        if ((kind == Kind.VLAN) != vlanTag.isPresent()) {
            check.structure("vlanTag", vlanTag.isPresent() ? vlanTag.getAsInt() : "no tag", "VlanTagOnlyOnVlan",
                    "interface " + device + ": a VLAN has a tag and nothing else has one,"
                    + " got kind " + kind + " with " + (vlanTag.isPresent() ? "tag " + vlanTag.getAsInt() : "no tag"));
        }
        check.throwIfAny();
    }

    /**
     * A physical NIC.
     *
     * @param device such as {@code eth1}
     * @return the interface
     */
    public static NetworkInterface physical(String device) {
        return new NetworkInterface(device, Kind.PHYSICAL, OptionalInt.empty());
    }

    /**
     * A bond.
     *
     * @param device such as {@code bond1}
     * @return the interface
     */
    public static NetworkInterface bond(String device) {
        return new NetworkInterface(device, Kind.BOND, OptionalInt.empty());
    }

    /**
     * A VLAN.
     *
     * @param device such as {@code eth1.20}
     * @param tag the VLAN tag
     * @return the interface
     */
    public static NetworkInterface vlan(String device, int tag) {
        return new NetworkInterface(device, Kind.VLAN, OptionalInt.of(tag));
    }

    /**
     * The access PIF of a tunnel.
     *
     * @param device such as {@code tunnel0}
     * @return the interface
     */
    public static NetworkInterface tunnel(String device) {
        return new NetworkInterface(device, Kind.TUNNEL, OptionalInt.empty());
    }

    /**
     * The logical PIF of an SR-IOV network.
     *
     * @param device such as {@code eth2}
     * @return the interface
     */
    public static NetworkInterface sriov(String device) {
        return new NetworkInterface(device, Kind.SRIOV, OptionalInt.empty());
    }
}
