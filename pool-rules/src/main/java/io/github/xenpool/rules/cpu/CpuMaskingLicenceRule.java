package io.github.xenpool.rules.cpu;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.CpuComparison;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.LicenceServer;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

final class CpuMaskingLicenceRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(CpuRules.MASKING_LICENCE,
                    "a pool that needs CPU masking is licensed Enterprise or higher", Severity.BLOCKER)
            .withXapiErrors(XapiError.FEATURE_RESTRICTED)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("CPU masking needs a pool licensed"
                            + " Enterprise or higher."))
            .withFixableByConfiguration(true);

    private static final LicenceEdition NEEDED = LicenceEdition.ENTERPRISE;

    CpuMaskingLicenceRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<LicenceEdition> edition = pool.edition();
        Optional<Boolean> licensed = edition.flatMap(e -> e.isAtLeast(NEEDED));
        if (licensed.orElse(false)) {
            return List.of();
        }
        CpuComparison comparison = context.cpuComparison(pool, host);
        if (!comparison.isKnown()) {
            return List.of(CpuUnknowns.cannotCompare(id(), host, comparison));
        }
        if (comparison.masking().outcome() == MaskingPlan.Outcome.SUPPORT_UNKNOWN) {
            return List.of(Violation.cannotCheck(id(), Subject.pool(pool), "whether the CPU of "
                    + Text.name(host.hostname())
                    + " can mask the features it has beyond the pool", "cpu_info:maskable of "
                    + Text.name(host.hostname())));
        }
        if (!comparison.masking().requiresMask()) {
            return List.of();
        }
        if (licensed.isEmpty()) {
            return List.of(Violation.cannotCheck(id(), Subject.of(Subject.Kind.POOL, pool, "edition"),
                    whyEditionUnknown(pool) + ", which masking " + Text.name(host.hostname()) + " needs to be "
                            + NEEDED.displayName() + " or higher",
                    "the licence edition (host edition) of every member of the pool"));
        }
        // Every member, the joining host too, needs the edition.
        int licencesNeeded = pool.size() + 1;
        Optional<String> server = context.licenceServer()
                .filter(s -> s.available().getOrDefault(NEEDED, 0) >= licencesNeeded)
                .map(LicenceServer::address);
        Violation.Builder violation = Violation.of(DESCRIPTOR, Subject.pool(pool))
                .message(Text.name(host.hostname()) + " would join by CPU masking, and heterogeneous pools need the "
                        + NEEDED.displayName() + " edition or higher; pool " + Text.name(pool.name()) + " is "
                        + edition.get().displayName())
                .fixableByConfiguration(true)
                .expectedActual(NEEDED.displayName() + " or higher", edition.get().displayName())
                .details(new ViolationDetails.Licences(edition.get(), host.licence(), server));
        if (server.isPresent()) {
            violation.automaticStep("Assign " + NEEDED.displayName() + " licences from licence server " + server.get()
                    + " to the " + licencesNeeded + " hosts of pool " + Text.name(pool.name()) + " and "
                    + Text.name(host.hostname()));
        } else {
            violation.step("Upgrade pool " + Text.name(pool.name()) + " and " + Text.name(host.hostname()) + " to "
                    + NEEDED.displayName() + " licences (" + licencesNeeded + " hosts)");
        }
        return List.of(violation.build());
    }

    private static String whyEditionUnknown(Pool pool) {
        String unlicensed = pool.members().stream().filter(member -> member.licence().isEmpty())
                .map(member -> Text.name(member.hostname())).collect(Collectors.joining(", "));
        if (!unlicensed.isEmpty()) {
            return "the licence edition of " + unlicensed + " (pool " + Text.name(pool.name()) + ")";
        }
        String editions = pool.members().stream().map(member -> Text.name(member.licence().get().xapiName()))
                .distinct()
                .collect(Collectors.joining(", "));
        return "whether the licence edition of pool " + Text.name(pool.name()) + " (" + editions + ") is "
                + NEEDED.displayName() + " or higher";
    }
}
