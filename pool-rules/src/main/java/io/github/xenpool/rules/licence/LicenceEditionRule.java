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
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

final class LicenceEditionRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(LicenceRules.EDITION,
                    "the host has the pool's licence edition", Severity.BLOCKER)
            .withXapiErrors(XapiError.LICENSE_HOST_POOL_MISMATCH)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A joining host has the pool's licence edition."),
                    RuleDescriptor.Source.xapiCheck("assert_restrictions_match"))
            .withFixableByConfiguration(true);

    private static final String SOURCE = "the licence edition (host edition)";

    LicenceEditionRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<LicenceEdition> poolEdition = pool.edition();
        Optional<LicenceEdition> hostEdition = host.licence();
        if (hostEdition.isEmpty() || poolEdition.isEmpty()) {
            return unknown(pool, host);
        }
        LicenceEdition wanted = poolEdition.get();
        LicenceEdition actual = hostEdition.get();
        if (wanted.equals(actual)) {
            return List.of();
        }
        // xapi refuses any other edition; the order only says which way the fix goes.
        boolean lower = actual.compare(wanted).map(order -> order < 0).orElse(false);
        boolean higher = actual.compare(wanted).map(order -> order > 0).orElse(false);
        Optional<String> server = lower
                ? context.licenceServer().filter(s -> s.canProvide(wanted)).map(LicenceServer::address)
                : Optional.empty();
        Violation.Builder violation = Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.LICENCE, host, "licence"))
                .message(Text.name(host.hostname()) + " has the " + actual.displayName() + " edition and pool "
                        + Text.name(pool.name())
                        + " the " + wanted.displayName() + " edition; every member has the same edition")
                .fixableByConfiguration(true)
                .expectedActual(wanted.displayName(), actual.displayName())
                .details(new ViolationDetails.Licences(wanted, actual, server));
        if (server.isPresent()) {
            violation.automaticStep("Assign " + article(wanted) + " licence from licence server " + server.get()
                    + " to " + Text.name(host.hostname()));
        } else if (lower || !higher) {
            violation.step("Apply " + article(wanted) + " licence to " + Text.name(host.hostname()));
        } else {
            violation.step("Apply " + article(wanted) + " licence to " + Text.name(host.hostname())
                    + ", or upgrade every member"
                    + " of pool " + Text.name(pool.name()) + " to " + actual.displayName());
        }
        return List.of(violation.build());
    }

    private List<Violation> unknown(Pool pool, Host host) {
        String unlicensed = pool.members().stream().filter(member -> member.licence().isEmpty())
                .map(member -> Text.name(member.hostname())).collect(Collectors.joining(", "));
        return new UnknownFacts()
                .note(host.licence().isEmpty(), Subject.of(Subject.Kind.LICENCE, host, "licence"),
                        "the licence edition of " + Text.name(host.hostname()), SOURCE + " of the host")
                .note(pool.edition().isEmpty(), Subject.of(Subject.Kind.POOL, pool, "edition"),
                        "the licence edition of " + unlicensed + " (pool " + Text.name(pool.name()) + ")",
                        SOURCE + " of every member of the pool")
                .cannotCheck(id());
    }

    static String article(LicenceEdition edition) {
        String name = edition.displayName();
        // An acronym is read letter by letter: an XCP-ng licence.
        boolean vowelSound = "AEIOU".indexOf(name.charAt(0)) >= 0 || name.matches("[FHLMNRSX][A-Z].*");
        return (vowelSound ? "an " : "a ") + name;
    }
}
