package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class HostClusteringRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(PoolRules.HOST_CLUSTERING_DISABLED,
                    "clustering is not enabled on the host", Severity.BLOCKER)
            .withXapiErrors(XapiError.CLUSTERING_ENABLED)
            .withSources(RuleDescriptor.Source.xapiCheck("clustering_is_not_enabled_on_me"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("1.93.0"));

    HostClusteringRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<PoolConfiguration> own = host.ownPool();
        Optional<Set<String>> enabled = own.flatMap(PoolConfiguration::enabledClusterHosts);
        Optional<Boolean> clustered = own.flatMap(PoolConfiguration::clustered);
        if (enabled.isPresent() && enabled.get().isEmpty() && clustered.isPresent()) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.HOST, host, "ownPool", "enabledClusterHosts");
        if (enabled.isEmpty() && clustered.isEmpty()) {
            return List.of(Violation.cannotCheck(id(), subject, "whether clustering is enabled on "
                    + Text.name(host.hostname()), "the Cluster_host records of " + Text.name(host.hostname())
                    + " (xe cluster-host-list params=all, or the host's database)"));
        }
        if (enabled.isPresent() ? enabled.get().isEmpty() : !clustered.get()) {
            return List.of();
        }
        Violation.Builder violation = Violation.of(DESCRIPTOR, subject)
                .message("clustering is enabled on " + Text.name(host.hostname()) + enabled.map(e -> " (Cluster_host "
                        + e.iterator().next() + ")").orElse("") + "; a clustered host cannot join pool "
                        + Text.name(pool.name()) + " or any other")
                .fixableByConfiguration(true)
                .expectedActual("no enabled Cluster_host", enabled.map(e -> "Cluster_host " + e.iterator().next()
                        + " enabled").orElse("an enabled Cluster_host"))
                .step("Disable clustering on " + Text.name(host.hostname()) + ": disable its Cluster_host, or destroy"
                        + " the cluster of the pool it heads")
                .step("Check the join again");
        // The parameter is the Cluster_host's reference: without the record, only its absence from the report shows.
        enabled.ifPresent(e -> violation.xapiErrorParameters(e.iterator().next()));
        return List.of(violation.build());
    }
}
