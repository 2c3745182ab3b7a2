package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A member of a pool's cluster as a joining host meets it: xapi's {@code Cluster_host} (GFS2
 * clustering, XenServer 7.5 on), with what its {@code Cluster} says. When the cluster of the pool's
 * first {@code Cluster_host} adds joining hosts ({@code pool_auto_join}), xapi 25.18 and later
 * refuse a join if that {@code Cluster_host}'s PIF is a VLAN other than the management interface,
 * or if the joining host does not have exactly one IPv4 address on the cluster's network.
 *
 * @param poolAutoJoin {@code pool_auto_join} of its {@code Cluster}: whether xapi adds a joining
 *     host to the cluster
 * @param pif its PIF, or empty when it has none ({@code OpaqueRef:NULL})
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record ClusterHost(boolean poolAutoJoin, Optional<Pif> pif) {

    /**
     * Checks the components.
     *
     * @param poolAutoJoin whether xapi adds a joining host to the cluster
     * @param pif its PIF, or empty when it has none
     * @throws NullPointerException if a component is null
     */
    public ClusterHost {
        Objects.requireNonNull(pif, "pif");
    }

    /**
     * The PIF a {@code Cluster_host} runs on.
     *
     * @param vlan {@code PIF.VLAN}: the VLAN tag, or -1 when untagged
     * @param management {@code PIF.management}: whether it is its host's management interface
     * @param bridges the bridges a joining host needs exactly one IPv4 address on, as xapi works
     *     them out: the bridge of the PIF's network, or, when the PIF is a bond, the bridges of the
     *     networks of the bond's slaves
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public record Pif(long vlan, boolean management, List<String> bridges) {

        /**
         * Checks and copies the components.
         *
         * @param vlan the VLAN tag, or -1 when untagged
         * @param management whether it is its host's management interface
         * @param bridges the bridges a joining host needs exactly one IPv4 address on
         * @throws NullPointerException if the list or a bridge is null
         * @throws IllegalArgumentException if the VLAN is below -1
         */
        public Pif {
            if (vlan < -1) {
                throw new IllegalArgumentException("a PIF's VLAN is -1 (untagged) or a tag, got " + vlan);
            }
            List<String> copy = new ArrayList<>();
            for (String bridge : Objects.requireNonNull(bridges, "bridges")) {
                copy.add(Objects.requireNonNull(bridge, "bridges contains null"));
            }
            bridges = List.copyOf(copy);
        }
    }
}
