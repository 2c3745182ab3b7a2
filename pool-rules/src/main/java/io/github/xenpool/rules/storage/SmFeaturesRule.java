package io.github.xenpool.rules.storage;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class SmFeaturesRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(StorageRules.SM_FEATURES,
                    "for each storage driver of the pool, the host has one driver of its SR type, with every one of"
                    + " its features at the pool's version or higher", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_SM_FEATURES_INCOMPATIBLE)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_sm_features_compatible"))
            .withXapiReleases(XapiReleases.since("24.37.0"))
            .withFixableByConfiguration(true);

    private static final String SOURCE = "SM records with their features (xe sm-list params=all, or the database)";

    SmFeaturesRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        String name = Text.name(host.hostname());
        Optional<List<StorageDriver>> pools = pool.configuration().storageDrivers();
        Optional<List<StorageDriver>> mine = host.ownPool().flatMap(PoolConfiguration::storageDrivers);
        if (pools.isEmpty() || mine.isEmpty() && !pools.get().isEmpty()) {
            return new UnknownFacts()
                    .note(pools.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "configuration", "storageDrivers"),
                            "the storage drivers of pool " + Text.name(pool.name()), "the pool's " + SOURCE)
                    .note(mine.isEmpty(), Subject.of(Subject.Kind.HOST, host, "ownPool", "storageDrivers"),
                            "the storage drivers of " + name, "the host's " + SOURCE)
                    .cannotCheck(id());
        }
        List<Violation> found = new ArrayList<>();
        // xapi stops at the first driver of the pool the host does not match; each is reported here.
        for (StorageDriver wanted : pools.get()) {
            List<StorageDriver> same = new ArrayList<>(1);
            for (StorageDriver own : mine.get()) {
                if (own.type().equals(wanted.type())) {
                    same.add(own);
                }
            }
            if (same.size() != 1) {
                found.add(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "ownPool", "storageDrivers"))
                        .message(name + " has " + (same.isEmpty() ? "no storage driver" : same.size()
                                + " storage drivers") + " for SR type " + wanted.type() + ", which pool "
                                + Text.name(pool.name()) + " has; a joining host needs exactly one for each of the"
                                + " pool's")
                        .expectedActual("one " + wanted.type() + " driver", same.size())
                        .xapiErrorParameters(xapiName(wanted), "")
                        .step("Install the storage manager (the sm package) of the pool's release on " + name
                                + ", so that it has one " + wanted.type() + " driver")
                        .step("Check the join again")
                        .build());
                continue;
            }
            StorageDriver own = same.get(0);
            List<String> missing = lacking(wanted, own);
            if (!missing.isEmpty()) {
                found.add(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "ownPool", "storageDrivers"))
                        .message("the " + wanted.type() + " driver of " + name + " offers less than pool "
                                + Text.name(pool.name()) + "'s: " + String.join(", ", missing) + "; a joining host's"
                                + " drivers offer every feature of the pool's at its version or higher")
                        .expectedActual(features(wanted), features(own))
                        .xapiErrorParameters(xapiName(wanted), xapiName(own))
                        .step("Update the storage manager (the sm package) of " + name + " to the pool's release")
                        .step("Check the join again")
                        .build());
            }
        }
        return found.isEmpty() ? List.of() : found;
    }

    /** What the host's driver lacks of the pool's: features it has not, or has at a lower version. */
    private static List<String> lacking(StorageDriver wanted, StorageDriver own) {
        List<String> lacking = new ArrayList<>();
        for (Map.Entry<String, Long> feature : wanted.features().entrySet()) {
            Long version = own.features().get(feature.getKey());
            if (version == null) {
                lacking.add(feature.getKey() + " (missing)");
            } else if (version < feature.getValue()) {
                lacking.add(feature.getKey() + "/" + version + " (the pool's is /" + feature.getValue() + ")");
            }
        }
        return lacking;
    }

    private static String features(StorageDriver driver) {
        List<String> all = new ArrayList<>();
        driver.features().forEach((feature, version) -> all.add(feature + "/" + version));
        return driver.type() + " " + all;
    }

    /** The SM as xapi's error names it: its reference, else its UUID, else (never from xapi) its type. */
    private static String xapiName(StorageDriver driver) {
        return driver.xapiName().orElse(driver.type());
    }
}
