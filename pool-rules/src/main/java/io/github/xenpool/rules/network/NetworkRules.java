package io.github.xenpool.rules.network;

import io.github.xenpool.rules.JoinRule;

/** Rules about the candidate's management network. */
public final class NetworkRules {

    /** The id of {@link #staticIp()}. */
    public static final String STATIC_IP = "network.static-ip";
    /** The id of {@link #bondedManagement()}. */
    public static final String BONDED_MANAGEMENT = "network.bonded-management";

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
     * {@code network.bonded-management}: BLOCKER when the management interface is a bond. xapi:
     * {@code JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND}.
     *
     * @return the rule
     */
    public static JoinRule bondedManagement() {
        return new BondedManagementRule();
    }
}
