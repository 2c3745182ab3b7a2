package io.github.xenpool.rules.network;

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
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

final class NetworkPurposeRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.PURPOSE,
                    "the host and the pool do not serve NBD one securely and the other insecurely", Severity.BLOCKER)
            .withXapiErrors(XapiError.OPERATION_NOT_ALLOWED)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_compatible_network_purpose"))
            .withXapiReleases(XapiReleases.since("1.55.0"))
            .withFixableByConfiguration(true);

    static final String INCOMPATIBLE = "Incompatible network purposes: nbd and insecure_nbd";
    private static final Set<String> NBD = Set.of("nbd", "insecure_nbd");
    private static final String SOURCE = "the purposes of the networks (xe network-list params=uuid,purpose, or"
            + " the database)";

    NetworkPurposeRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Set<String>> minePurposes = host.ownPool().flatMap(PoolConfiguration::networkPurposes);
        Optional<Set<String>> poolPurposes = pool.configuration().networkPurposes();
        if (minePurposes.isPresent() && nbdCount(minePurposes.get()) == 0
                || poolPurposes.isPresent() && nbdCount(poolPurposes.get()) == 0
                || minePurposes.isPresent() && poolPurposes.isPresent() && nbdCount(minePurposes.get()) == 1
                        && nbdCount(poolPurposes.get()) == 1
                        && minePurposes.get().contains("nbd") == poolPurposes.get().contains("nbd")) {
            return List.of();   // the usual answer, without a report to build
        }
        String name = Text.name(host.hostname());
        Optional<Set<String>> mine = host.ownPool().flatMap(PoolConfiguration::networkPurposes)
                .map(NetworkPurposeRule::nbd);
        Optional<Set<String>> pools = pool.configuration().networkPurposes().map(NetworkPurposeRule::nbd);
        // xapi passes when either side has no network for NBD, whatever the other has.
        if (mine.map(Set::isEmpty).orElse(false) || pools.map(Set::isEmpty).orElse(false)) {
            return List.of();
        }
        Subject own = Subject.of(Subject.Kind.HOST, host, "ownPool", "networkPurposes");
        Subject theirs = Subject.of(Subject.Kind.POOL, pool, "configuration", "networkPurposes");
        UnknownFacts unknown = new UnknownFacts()
                .note(mine.isEmpty(), own, "the purposes of the networks of " + name, SOURCE + " of the host")
                .note(pools.isEmpty(), theirs, "the purposes of the networks of pool " + Text.name(pool.name()),
                        SOURCE + " of the pool");
        if (mine.isEmpty() || pools.isEmpty()) {
            return unknown.cannotCheck(id());
        }
        // xapi compares the first such purpose of each side in network order, which a set does not keep.
        List<Violation> unordered = new UnknownFacts()
                .note(mine.get().size() > 1, own, "which of nbd and insecure_nbd comes first among the networks of "
                        + name, "the purposes of the host's networks in the order of its database")
                .note(pools.get().size() > 1, theirs, "which of nbd and insecure_nbd comes first among the networks"
                        + " of pool " + Text.name(pool.name()), "the purposes of the pool's networks in the order of"
                        + " its database")
                .cannotCheck(id());
        if (!unordered.isEmpty()) {
            return unordered;
        }
        String ours = mine.get().iterator().next();
        String wanted = pools.get().iterator().next();
        if (ours.equals(wanted)) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, own)
                .message(name + " has a network for " + ours + " and pool " + Text.name(pool.name()) + " one for "
                        + wanted + "; a pool serves NBD either securely (nbd) or insecurely (insecure_nbd)")
                .expectedActual(wanted + ", or no NBD network", ours)
                .xapiErrorParameters(INCOMPATIBLE)
                .step("Remove the purpose " + ours + " from the networks of " + name + " (xe network-param-remove"
                        + " param-name=purpose param-key=" + ours + ")")
                .step("Check the join again")
                .build());
    }

    private static int nbdCount(Set<String> purposes) {
        int count = 0;
        for (String purpose : NBD) {
            count += purposes.contains(purpose) ? 1 : 0;
        }
        return count;
    }

    private static Set<String> nbd(Set<String> purposes) {
        Set<String> found = new TreeSet<>(purposes);
        found.retainAll(NBD);
        return found;
    }
}
