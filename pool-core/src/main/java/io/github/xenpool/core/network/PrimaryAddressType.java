package io.github.xenpool.core.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The address family a management interface uses first, xapi's {@code PIF.primary_address_type}
 * (XenServer 6.1 on). xapi refuses a join when the host's differs from the master's.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum PrimaryAddressType {
    /** IPv4 first. */
    IPV4,
    /** IPv6 first. */
    IPV6;

    /**
     * Reads xapi's spelling, {@code IPv4} or {@code IPv6}, in any case.
     *
     * @param text the value of {@code primary_address_type}
     * @return the address type
     * @throws IllegalArgumentException if the text is neither
     */
    public static PrimaryAddressType fromXapi(String text) {
        switch (Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT)) {
            case "ipv4":
                return IPV4;
            case "ipv6":
                return IPV6;
            default:
                throw new IllegalArgumentException("primary address type " + Text.quoted(text)
                        + " is neither IPv4 nor IPv6");
        }
    }
}
