package io.github.xenpool.rules.licence;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceParams;
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

final class PoolingLicenceRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(LicenceRules.POOLING,
                    "the licence of the pool the host heads allows pooling", Severity.BLOCKER)
            .withXapiErrors(XapiError.LICENCE_RESTRICTION)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_pooling_licensed"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("1.9.81"));

    PoolingLicenceRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<String> flag = restriction(host, "restrict_pooling");
        if (flag.isPresent() && allows(flag.get())) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.LICENCE, host, "ownPool", "restrictions");
        if (flag.isEmpty()) {
            return List.of(Violation.cannotCheck(id(), subject, "whether the licence of "
                    + Text.name(host.hostname()) + " allows pooling (restrict_pooling in the restrictions of the pool"
                    + " it heads)", ownRestrictions(host)));
        }
        if (allows(flag.get())) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, subject)
                .message("the licence of " + Text.name(host.hostname()) + " does not allow pooling (restrict_pooling"
                        + " is " + Text.quoted(flag.get()) + " in the restrictions of the pool it heads); an"
                        + " unlicensed host cannot join pool " + Text.name(pool.name()) + " or any other")
                .fixableByConfiguration(true)
                .expectedActual("restrict_pooling false", "restrict_pooling " + flag.get())
                .step("Apply a licence that allows pooling to " + Text.name(host.hostname()))
                .step("Check the join again")
                .build());
    }

    /** The flag as the restrictions of the pool the host heads hold it, when they are known and hold it. */
    static Optional<String> restriction(Host host, String flag) {
        Optional<LicenceParams> restrictions = host.ownPool().flatMap(PoolConfiguration::restrictions);
        return restrictions.isEmpty() ? Optional.empty() : restrictions.get().get(flag);
    }

    /**
     * Whether a {@code restrict_*} flag leaves its feature enabled: xapi reads the flag with
     * OCaml's {@code bool_of_string}, so only {@code false} does; any other value withholds it.
     */
    static boolean allows(String flag) {
        return flag.strip().equals("false");
    }

    /** Where the restrictions of the pool a host heads come from. */
    static String ownRestrictions(Host host) {
        return "the restrictions of the pool record of " + Text.name(host.hostname()) + "'s own pool"
                + " (xe pool-param-list, or the host's database)";
    }
}
