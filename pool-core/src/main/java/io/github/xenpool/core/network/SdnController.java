package io.github.xenpool.core.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The SDN controller of a pool whose hosts run Open vSwitch (xapi's {@code SDN_controller},
 * xapi 1.28 on). xapi refuses a joining host on Open vSwitch that has a controller the pool does
 * not have.
 *
 * @param protocol {@code protocol}, as xapi prints it: {@code ssl} or {@code pssl}
 * @param address {@code address}: the controller's IP address, empty for a passive ({@code pssl})
 *     controller
 * @param port {@code port}
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record SdnController(String protocol, String address, long port) {

    /**
     * Checks the components.
     *
     * @param protocol {@code ssl} or {@code pssl}
     * @param address the controller's address
     * @param port its port
     * @throws NullPointerException if a component is null
     */
    public SdnController {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
    }
}
