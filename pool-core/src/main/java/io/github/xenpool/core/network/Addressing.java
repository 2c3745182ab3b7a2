package io.github.xenpool.core.network;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * How an interface gets its IP address. Pool members and the servers of shared storage need a
 * stable address: a static one, or a DHCP reservation.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum Addressing {
    /** Configured on the machine itself. */
    STATIC,
    /** Assigned by DHCP, but always the same address through a reservation on the DHCP server. */
    DHCP_RESERVED,
    /** Assigned by DHCP with no reservation; it may change. */
    DHCP;

    /**
     * Tells whether the address stays the same across leases and reboots.
     *
     * @return true for {@link #STATIC} and {@link #DHCP_RESERVED}
     */
    public boolean isStable() {
        return this != DHCP;
    }
}
