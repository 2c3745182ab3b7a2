package io.github.xenpool.rules.network;

import io.github.xenpool.rules.JoinRule;

/** Rules about the candidate's management network. */
public final class NetworkRules {

    /** The id of {@link #staticIp()}. */
    public static final String STATIC_IP = "network.static-ip";
    /** The id of {@link #addressInUse()}. */
    public static final String ADDRESS_IN_USE = "network.address-in-use";
    /** The id of {@link #bondedManagement()}. */
    public static final String BONDED_MANAGEMENT = "network.bonded-management";
    /** The id of {@link #managementVlan()}. */
    public static final String MANAGEMENT_VLAN = "network.management-vlan";
    /** The id of {@link #noOtherVlansOrBonds()}. */
    public static final String OTHER_INTERFACES = "network.other-interfaces";

    private NetworkRules() {
    }

    /**
     * {@code network.static-ip}: BLOCKER when the management interface takes its address from
     * DHCP without a reservation (a DHCP reservation counts as static).
     *
     * @return the rule
     */
    public static JoinRule staticIp() {
        return new StaticIpRule();
    }

    /**
     * {@code network.address-in-use}: BLOCKER when a member of the pool has the host's management
     * address, naming the member. Details: {@code AddressInUse}. When the host's address is
     * unknown, or it matches no known address and a member's is unknown: a WARNING that it
     * cannot check ({@code UnknownFact}).
     *
     * @return the rule
     */
    public static JoinRule addressInUse() {
        return new AddressInUseRule();
    }

    /**
     * {@code network.bonded-management}: BLOCKER when the management interface is a bond. xapi:
     * {@code JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND}.
     *
     * @return the rule
     */
    public static JoinRule bondedManagement() {
        return new BondedManagementRule();
    }

    /**
     * {@code network.management-vlan}, XenServer 7.0 and later: BLOCKER when the host's
     * management interface is not on the master's management VLAN (both untagged counts as the
     * same). xapi: {@code POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH}.
     *
     * @return the rule
     */
    public static JoinRule managementVlan() {
        return new ManagementVlanRule();
    }

    /**
     * {@code network.other-interfaces}, XenServer 7.0 and later: one BLOCKER per VLAN or bond
     * besides the management interface. xapi: {@code POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS},
     * {@code POOL_JOINING_HOST_HAS_BONDS}.
     *
     * @return the rule
     */
    public static JoinRule noOtherVlansOrBonds() {
        return new OtherInterfacesRule();
    }
}
