package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

final class PatchLevelRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.PATCH_LEVEL,
                    "the host has the pool's hotfixes, no more and no fewer", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A joining host has the pool's"
                            + " hotfixes applied, no more and no fewer."),
                    RuleDescriptor.Source.xapiCheck("assert_applied_patches_match"))
            .withFixableByConfiguration(true);

    private static final String SOURCE = "the host's patches (xe patch-list, or the host_patch and pool_patch"
            + " records of a pool database)";

    PatchLevelRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (pool.master().software().hotfixes().isEmpty() || host.software().hotfixes().isEmpty()) {
            return new UnknownFacts()
                    .note(host.software().hotfixes().isEmpty(), Subject.of(Subject.Kind.SOFTWARE, host, "software",
                            "hotfixes"), "the hotfixes applied to " + Text.name(host.hostname()), SOURCE)
                    .note(pool.master().software().hotfixes().isEmpty(), Subject.of(Subject.Kind.SOFTWARE,
                            pool.master(), "software", "hotfixes"), "the hotfixes applied to the master "
                            + Text.name(pool.master().hostname()), SOURCE)
                    .cannotCheck(id());
        }
        Set<String> wanted = pool.master().software().hotfixes().get();
        Set<String> applied = host.software().hotfixes().get();
        if (wanted.equals(applied)) {
            return List.of();
        }
        List<String> missing = new ArrayList<>(wanted);
        missing.removeAll(applied);
        List<String> extra = new ArrayList<>(applied);
        extra.removeAll(wanted);
        List<String> parts = new ArrayList<>(2);
        if (!missing.isEmpty()) {
            parts.add("lacks " + String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            parts.add("has " + String.join(", ", extra) + " that the pool has not");
        }
        Violation.Builder violation = Violation.of(DESCRIPTOR,
                Subject.of(Subject.Kind.SOFTWARE, host, "software", "hotfixes"))
                .message(Text.name(host.hostname()) + " is not at the pool's patch level: it " + String.join(" and ", parts))
                .fixableByConfiguration(true)
                .expectedActual(wanted.isEmpty() ? "no hotfix" : String.join(", ", wanted),
                        applied.isEmpty() ? "no hotfix" : String.join(", ", applied))
                .details(new ViolationDetails.Hotfixes(missing, extra));
        if (!missing.isEmpty()) {
            violation.step("Install " + String.join(", ", missing) + " on " + Text.name(host.hostname()));
        }
        if (!extra.isEmpty()) {
            violation.step("Remove " + String.join(", ", extra) + " from " + Text.name(host.hostname())
                    + ", or install " + (extra.size() == 1 ? "it" : "them") + " on every member of pool "
                    + Text.name(pool.name()) + " first");
        }
        return List.of(violation.build());
    }
}
