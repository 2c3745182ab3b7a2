package io.github.xenpool.rules.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinRule;
import org.apiguardian.api.API;

/** Rules about the candidate's network: its management interface, its other PIFs, and the pool's networks. */
@API(status = MAINTAINED, since = "0.1.0")
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
    /** The id of {@link #managementInterface()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String MANAGEMENT_INTERFACE = "network.management-interface";
    /** The id of {@link #clusterIp()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String CLUSTER_IP = "network.cluster-ip";
    /** The id of {@link #bonds()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String BONDS = "network.bonds";
    /** The id of {@link #tunnels()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String TUNNELS = "network.tunnels";
    /** The id of {@link #sriovs()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String SRIOVS = "network.sriovs";
    /** The id of {@link #nonManagementVlans()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String NON_MANAGEMENT_VLANS = "network.non-management-vlans";
    /** The id of {@link #networkBond()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String NETWORK_BOND = "network.network-bond";
    /** The id of {@link #physicalManagement()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String PHYSICAL_MANAGEMENT = "network.physical-management";
    /** The id of {@link #onlyPhysicalPifs()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String ONLY_PHYSICAL_PIFS = "network.only-physical-pifs";
    /** The id of {@link #backend()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String BACKEND = "network.backend";
    /** The id of {@link #primaryAddressType()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String PRIMARY_ADDRESS_TYPE = "network.primary-address-type";
    /** The id of {@link #purpose()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String PURPOSE = "network.purpose";

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
     * same). xapi: {@code POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH [local; remote]}, each
     * the VLAN tag of the management PIF in decimal, {@code -1} when untagged, such as
     * {@code ["-1", "20"]}. When a VLAN is unknown (or a host has no management interface): a
     * WARNING that it cannot check.
     *
     * @return the rule
     */
    public static JoinRule managementVlan() {
        return new ManagementVlanRule(ManagementVlanRule.DESCRIPTOR);
    }

    /**
     * {@code network.management-vlan} as xapi's {@code assert_management_vlan_are_same} checks it,
     * xapi 1.35.0 on (XenServer 7.3 and later, every XCP-ng): the check of {@link #managementVlan()},
     * {@code POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH [local; remote]}, described as xapi's
     * check with its releases.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule xapiManagementVlan() {
        return new ManagementVlanRule(ManagementVlanRule.XAPI_DESCRIPTOR);
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

    /**
     * {@code network.management-interface}, every xapi release: BLOCKER when the host has no
     * management interface ({@link io.github.xenpool.core.Host#managementInterfaceExists()} is
     * false: no PIF of it is the management PIF, as while xapi is still setting the host up).
     * xapi: {@code assert_management_interface_exists}, {@code HOST_STILL_BOOTING} with no
     * parameters (xapi 1.35 to 1.296 look the management PIF up before their checks, and give
     * {@code INTERNAL_ERROR} instead). When it is unknown whether the host has one: a WARNING that
     * it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule managementInterface() {
        return new ManagementInterfaceRule();
    }

    /**
     * {@code network.cluster-ip}, xapi 25.18.0 on (and 25.8.0 alone): when the cluster of the
     * pool's first {@code Cluster_host} adds joining hosts ({@code pool_auto_join}) and that
     * {@code Cluster_host} has a PIF, BLOCKER when the PIF is a VLAN that is not the management
     * interface ({@code POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK [vlan]}, the
     * tag in decimal), or else when the host does not have exactly one PIF with an IPv4 address
     * on the bridge of that PIF's network, the bridges of its slaves' networks for a bond
     * ({@code POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK} with no parameters).
     * xapi: {@code one_ip_configured_on_joining_cluster_network}, as of 25.25.0; 25.18 to 25.24
     * refuse a management VLAN too. When the pool's {@code Cluster_host} records or the host's
     * addressed bridges are unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule clusterIp() {
        return new ClusterIpRule();
    }

    /**
     * {@code network.bonds}, xapi 1.35.0 on: one BLOCKER per bond of the host, its management
     * interface's included. xapi: {@code assert_no_bonds_on_me},
     * {@code POOL_JOINING_HOST_HAS_BONDS} with no parameters. When the host's interfaces may not
     * all be listed, or whether its management interface is a bond is unknown: a WARNING that it
     * cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule bonds() {
        return new BondsRule();
    }

    /**
     * {@code network.tunnels}, xapi 1.35.0 on: one BLOCKER per tunnel of the host. xapi:
     * {@code assert_no_tunnels_on_me}, {@code POOL_JOINING_HOST_HAS_TUNNELS} with no parameters.
     * When the host's interfaces may not all be listed: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule tunnels() {
        return new TunnelsRule();
    }

    /**
     * {@code network.sriovs}, xapi 1.85.0 on: one BLOCKER per SR-IOV network of the host. xapi:
     * {@code assert_no_network_sriovs_on_me}, {@code POOL_JOINING_HOST_HAS_NETWORK_SRIOVS} with
     * no parameters. When the host's interfaces may not all be listed: a WARNING that it cannot
     * check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule sriovs() {
        return new SriovsRule();
    }

    /**
     * {@code network.non-management-vlans}, xapi 1.35.0 on: one BLOCKER per VLAN of the host that
     * is not its management interface. xapi: {@code assert_no_non_management_vlans_on_me},
     * {@code POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS} with no parameters. When the host's
     * interfaces may not all be listed: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule nonManagementVlans() {
        return new NonManagementVlansRule();
    }

    /**
     * {@code network.network-bond}, xapi 1.9.60 to 1.9.80 (XenServer 6.5): one BLOCKER per bond
     * of the host, its management interface's included. xapi: {@code assert_no_network_bond_on_me},
     * {@code JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND} with no parameters; removed in 1.9.81. When
     * the host's interfaces may not all be listed, or whether its management interface is a bond
     * is unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule networkBond() {
        return new NetworkBondRule();
    }

    /**
     * {@code network.physical-management}, xapi before 1.9.81 (XenServer 6.5 and older): BLOCKER
     * when the host's management interface is not a physical NIC (a bond or a VLAN). xapi:
     * {@code assert_management_interface_is_physical},
     * {@code POOL_JOINING_HOST_MUST_HAVE_PHYSICAL_MANAGEMENT_NIC} with no parameters. When whether
     * it is a bond or a VLAN is unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule physicalManagement() {
        return new PhysicalManagementRule();
    }

    /**
     * {@code network.only-physical-pifs}, xapi 1.9.81 to 1.34 (XenServer 7.0 to 7.2): one BLOCKER
     * per interface of the host that is not a physical NIC (bonds, VLANs, tunnels), its management
     * interface included. xapi: {@code assert_only_physical_pifs},
     * {@code POOL_JOINING_HOST_MUST_ONLY_HAVE_PHYSICAL_PIFS} with no parameters. When the host's
     * interfaces may not all be listed, or whether its management interface is physical is
     * unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule onlyPhysicalPifs() {
        return new OnlyPhysicalPifsRule();
    }

    /**
     * {@code network.backend}, every xapi release: BLOCKER when the host's network backend
     * ({@code software_version:network_backend}) is not the master's ({@code bridge} when the
     * master's software version does not say), {@code OPERATION_NOT_ALLOWED ["Network backends
     * differ"]}; on Open vSwitch, BLOCKER when the host's own pool has an SDN controller and the
     * pool has none, or another (the first of each compared: protocol, address, port),
     * {@code OPERATION_NOT_ALLOWED ["SDN controller differs"]}. xapi:
     * {@code assert_homogeneous_vswitch_configuration}, as of 1.28.0; before, it compared
     * {@code pool.vswitch_controller}. When a fact it needs is unknown: a WARNING that it cannot
     * check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule backend() {
        return new BackendRule();
    }

    /**
     * {@code network.primary-address-type}, every xapi release: BLOCKER when the host's
     * management interface uses another address family first (IPv4, IPv6) than the master's.
     * xapi: {@code assert_homogeneous_primary_address_type},
     * {@code OPERATION_NOT_ALLOWED ["Primary address type differs"]}. When either is unknown (or a
     * host has no management interface): a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule primaryAddressType() {
        return new PrimaryAddressTypeRule();
    }

    /**
     * {@code network.purpose}, xapi 1.55.0 on: BLOCKER when the host's own pool has a network for
     * {@code nbd} and the pool one for {@code insecure_nbd}, or the other way round. xapi:
     * {@code assert_compatible_network_purpose},
     * {@code OPERATION_NOT_ALLOWED ["Incompatible network purposes: nbd and insecure_nbd"]}. It
     * passes when either side has no such network. When the purposes of a side that matters are
     * unknown, or a side has both (xapi then compares the first in its database's order): a WARNING
     * that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule purpose() {
        return new NetworkPurposeRule();
    }
}
