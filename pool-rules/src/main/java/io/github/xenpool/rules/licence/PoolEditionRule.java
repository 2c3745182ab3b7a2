package io.github.xenpool.rules.licence;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.LicenceServer;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

final class PoolEditionRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(LicenceRules.POOL_EDITION,
                    "the host's licence edition ranks with the lowest edition of the pool", Severity.BLOCKER)
            .withXapiErrors(XapiError.LICENSE_HOST_POOL_MISMATCH)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_restrictions_match"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.ALWAYS);

    private static final String SOURCE = "the licence edition (host edition)";

    PoolEditionRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        // The pool's edition is the lowest as xapi finds it, over the same members in the same order.
        Optional<LicenceEdition> poolEdition = pool.edition();
        if (host.licence().isPresent() && poolEdition.isPresent()
                && host.licence().get().compare(poolEdition.get()).orElse(1) == 0) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.LICENCE, host, "licence");
        boolean membersKnown = pool.members().stream().allMatch(member -> member.licence().isPresent());
        if (host.licence().isEmpty() || !membersKnown) {
            return unknown(pool, host, subject);
        }
        LicenceEdition mine = host.licence().get();
        List<LicenceEdition> editions = pool.members().stream().map(member -> member.licence().get()).toList();
        // Every member of the host's edition: xapi does not ask the licensing daemon.
        if (editions.stream().allMatch(mine::equals)) {
            return List.of();
        }
        // xapi takes the lowest edition by the licensing daemon's order, the first one of equal rank.
        LicenceEdition lowest = editions.get(0);
        for (LicenceEdition edition : editions) {
            Optional<Integer> order = edition.compare(lowest);
            if (order.isEmpty()) {
                return unranked(pool, host, subject, edition, lowest);
            }
            if (order.get() < 0) {
                lowest = edition;
            }
        }
        Optional<Integer> order = mine.compare(lowest);
        if (order.isEmpty()) {
            return unranked(pool, host, subject, mine, lowest);
        }
        if (order.get() == 0) {
            return List.of();
        }
        LicenceEdition wanted = lowest;
        Optional<String> server = order.get() < 0
                ? context.licenceServer().filter(s -> s.canProvide(wanted)).map(LicenceServer::address)
                : Optional.empty();
        Violation.Builder violation = Violation.of(DESCRIPTOR, subject)
                .message(Text.name(host.hostname()) + " has the " + mine.displayName() + " edition and the lowest"
                        + " edition of pool " + Text.name(pool.name()) + " is " + wanted.displayName()
                        + "; a joining host has the pool's lowest edition")
                .fixableByConfiguration(true)
                .expectedActual(wanted.displayName(), mine.displayName())
                .details(new ViolationDetails.Licences(wanted, mine, server))
                .xapiError(XapiError.LICENSE_HOST_POOL_MISMATCH, "host edition = \"" + mine.xapiName() + "\"",
                        "pool edition = \"" + wanted.xapiName() + "\"");
        if (server.isPresent()) {
            violation.automaticStep("Assign " + LicenceEditionRule.article(wanted) + " licence from licence server "
                    + server.get() + " to " + Text.name(host.hostname()));
        } else {
            violation.step("Apply " + LicenceEditionRule.article(wanted) + " licence to "
                    + Text.name(host.hostname()));
        }
        return List.of(violation.build());
    }

    private List<Violation> unknown(Pool pool, Host host, Subject subject) {
        String unlicensed = pool.members().stream().filter(member -> member.licence().isEmpty())
                .map(member -> Text.name(member.hostname())).collect(Collectors.joining(", "));
        return new UnknownFacts()
                .note(host.licence().isEmpty(), subject, "the licence edition of " + Text.name(host.hostname()),
                        SOURCE + " of the host")
                .note(!unlicensed.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "edition"),
                        "the licence edition of " + unlicensed + " (pool " + Text.name(pool.name()) + ")",
                        SOURCE + " of every member of the pool")
                .cannotCheck(id());
    }

    /** Two editions xenpool cannot rank: xapi asks the joining host's licensing daemon, which xenpool cannot. */
    private List<Violation> unranked(Pool pool, Host host, Subject subject, LicenceEdition one, LicenceEdition other) {
        return List.of(Violation.cannotCheck(id(), subject, "how the " + one.xapiName() + " and " + other.xapiName()
                + " editions rank (xapi asks the licensing daemon, v6d, of " + Text.name(host.hostname())
                + ", and refuses the join when it does not know one of them)", "the same licence edition on "
                + Text.name(host.hostname()) + " as on every member of pool " + Text.name(pool.name())
                + ", which xapi accepts without asking v6d"));
    }
}
