package io.github.xenpool.rules.fleet;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Pools made from other pools, for fleets with look-alike pools. */
final class FleetFixtures {

    private FleetFixtures() {
    }

    /**
     * A pool like {@code pool}, with hosts of its own, under another id and name, with
     * {@code size} hosts: secondaries dropped from the end, or copies of the master added.
     */
    static Pool lookAlike(Pool pool, String name, int size) {
        String id = uuid("pool", name);
        List<Host> members = new ArrayList<>(pool.members());
        while (members.size() > size) {
            members.remove(members.size() - 1);
        }
        while (members.size() < size) {
            members.add(pool.master());
        }
        Pool.Builder copy = pool.toBuilder().id(id).name(name).secondaries(List.of());
        for (int i = 0; i < members.size(); i++) {
            String hostname = name + "-h" + i;
            Host original = members.get(i);
            // Each member has a management address of its own: the copies of the master too.
            String address = "172.16." + Math.floorMod(name.hashCode(), 250) + "." + (i + 1);
            Host host = original.toBuilder().id(uuid("host", hostname)).hostname(hostname)
                    .managementInterface(original.managementInterface().toBuilder().ipAddress(address).build())
                    .membership(Membership.standalone()).build();
            if (i == 0) {
                copy.master(host);
            } else {
                copy.secondary(host.toBuilder().vms(List.of()).build());
            }
        }
        return copy.offlineHosts(List.of()).build();
    }

    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(("fleet-test:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
