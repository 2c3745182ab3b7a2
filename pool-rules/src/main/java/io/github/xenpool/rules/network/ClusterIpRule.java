package io.github.xenpool.rules.network;

import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

final class ClusterIpRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.CLUSTER_IP,
                    "when the pool adds joining hosts to its cluster, the cluster's network is not a non-management"
                    + " VLAN and the host has exactly one IPv4 address on it", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK,
                    XapiError.POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK)
            .withSources(RuleDescriptor.Source.xapiCheck("one_ip_configured_on_joining_cluster_network"))
            .withXapiReleases(XapiReleases.since("25.18.0"))
            .withFixableByConfiguration(true);

    ClusterIpRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<List<ClusterHost>> clusterHosts = pool.configuration().clusterHosts();
        if (clusterHosts.isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.POOL, pool, "configuration", "clusterHosts"),
                            "whether pool " + Text.name(pool.name()) + " adds joining hosts to a cluster",
                            "the pool's Cluster_host and Cluster records (xe cluster-host-list params=all and"
                            + " xe cluster-list params=all, or the pool's database)")
                    .cannotCheck(id());
        }
        // xapi reads the pool's first Cluster_host only.
        if (clusterHosts.get().isEmpty() || !clusterHosts.get().get(0).poolAutoJoin()
                || clusterHosts.get().get(0).pif().isEmpty()) {
            return List.of();
        }
        ClusterHost.Pif pif = clusterHosts.get().get(0).pif().get();
        if (pif.vlan() > 0 && !pif.management()) {
            return List.of(onVlan(pool, host, pif));
        }
        Optional<List<String>> bridges = host.ipv4Bridges();
        if (bridges.isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.HOST, host, "ipv4Bridges"),
                            "which networks " + Text.name(host.hostname()) + " has IPv4 addresses on",
                            "the host's PIFs with their IP and network, and the networks' bridges (xe pif-list"
                            + " params=all host-uuid=<host> and xe network-list params=uuid,bridge, or its database)")
                    .cannotCheck(id());
        }
        long addresses = bridges.get().stream().filter(pif.bridges()::contains).count();
        if (addresses == 1) {
            return List.of();
        }
        String network = "the network pool " + Text.name(pool.name()) + " clusters its hosts on (bridge "
                + String.join(", ", pif.bridges()) + ")";
        return List.of(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "ipv4Bridges"))
                .message(Text.name(host.hostname()) + " has " + (addresses == 0 ? "no IPv4 address" : addresses
                        + " IPv4 addresses") + " on " + network + "; the pool adds a joining host to its cluster,"
                        + " which needs exactly one")
                .expectedActual("one IPv4 address on bridge " + String.join(", ", pif.bridges()), addresses)
                .step(addresses == 0
                        ? "Give one PIF of " + Text.name(host.hostname()) + " on that network an IPv4 address"
                                + " (xe pif-reconfigure-ip)"
                        : "Remove the IPv4 address of all but one PIF of " + Text.name(host.hostname())
                                + " on that network (xe pif-reconfigure-ip mode=None)")
                .step("Check the join again")
                .build());
    }

    private Violation onVlan(Pool pool, Host host, ClusterHost.Pif pif) {
        return Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.POOL, pool, "configuration", "clusterHosts"))
                .message("pool " + Text.name(pool.name()) + " clusters its hosts on VLAN " + pif.vlan()
                        + ", which is not its management network; it adds a joining host to the cluster, and xapi"
                        + " refuses that on a non-management VLAN")
                .expectedActual("a cluster on an untagged network or the management VLAN", "VLAN " + pif.vlan())
                .xapiError(XapiError.POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK,
                        Long.toString(pif.vlan()))
                .step("Create the cluster of pool " + Text.name(pool.name()) + " anew on an untagged network or the"
                        + " management network (xe cluster-pool-destroy, then xe cluster-pool-create)")
                .step("Check the join of " + Text.name(host.hostname()) + " again")
                .build();
    }
}
