package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

final class SupplementalPacksRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.SUPPLEMENTAL_PACKS,
                    "the host has the pool's supplemental packs at the pool's revisions", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A joining host has the pool's"
                            + " supplemental packs at the pool's revisions."))
            .withFixableByConfiguration(true);

    SupplementalPacksRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Software wanted = pool.master().software();
        Software installed = host.software();
        if (wanted.supplementalPacks().equals(installed.supplementalPacks())) {
            return List.of();
        }
        List<SupplementalPack> missing = new ArrayList<>();
        List<ViolationDetails.PackRevisions> otherRevision = new ArrayList<>();
        for (SupplementalPack pack : wanted.supplementalPacks()) {
            Optional<SupplementalPack> there = installed.pack(pack.name());
            if (there.isEmpty()) {
                missing.add(pack);
            } else if (!there.get().revision().equals(pack.revision())) {
                otherRevision.add(new ViolationDetails.PackRevisions(pack.name(), pack.revision(),
                        there.get().revision()));
            }
        }
        List<SupplementalPack> extra = installed.supplementalPacks().stream()
                .filter(p -> wanted.pack(p.name()).isEmpty())
                .collect(Collectors.toList());
        String name = Text.name(host.hostname());
        List<String> parts = new ArrayList<>(3);
        if (!missing.isEmpty()) {
            parts.add("lacks " + join(missing));
        }
        if (!otherRevision.isEmpty()) {
            parts.add("has " + otherRevision.stream()
                    .map(r -> Text.name(r.name()) + " at " + Text.name(r.hostRevision()) + " instead of "
                            + Text.name(r.poolRevision()))
                    .collect(Collectors.joining(", ")));
        }
        if (!extra.isEmpty()) {
            parts.add("has " + join(extra) + " that the pool has not");
        }
        Violation.Builder violation = Violation.of(DESCRIPTOR,
                Subject.of(Subject.Kind.SOFTWARE, host, "software", "supplementalPacks"))
                .message(name + " does not have the pool's supplemental packs: it " + String.join("; it ", parts))
                .fixableByConfiguration(true)
                .expectedActual(describe(wanted), describe(installed))
                .details(new ViolationDetails.SupplementalPacks(missing, extra, otherRevision));
        for (SupplementalPack pack : missing) {
            violation.step("Install supplemental pack " + Text.name(pack.name()) + " at revision "
                    + Text.name(pack.revision()) + " on " + name);
        }
        for (ViolationDetails.PackRevisions revisions : otherRevision) {
            violation.step("Install revision " + Text.name(revisions.poolRevision()) + " of supplemental pack "
                    + Text.name(revisions.name())
                    + " on " + name + " in place of " + Text.name(revisions.hostRevision()));
        }
        for (SupplementalPack pack : extra) {
            violation.step("Remove supplemental pack " + Text.name(pack.name()) + " from " + name
                    + ", or install it at revision "
                    + Text.name(pack.revision()) + " on every member of pool " + Text.name(pool.name()) + " first");
        }
        return List.of(violation.build());
    }

    private static String join(List<SupplementalPack> packs) {
        return packs.stream().map(SupplementalPack::toString).collect(Collectors.joining(", "));
    }

    private static String describe(Software software) {
        return software.supplementalPacks().isEmpty() ? "no pack"
                : software.supplementalPacks().stream().map(SupplementalPack::toString)
                        .collect(Collectors.joining(", "));
    }
}
