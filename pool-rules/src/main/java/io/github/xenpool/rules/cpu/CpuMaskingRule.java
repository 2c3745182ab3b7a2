package io.github.xenpool.rules.cpu;

import static io.github.xenpool.rules.cpu.FeatureCounts.count;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.CpuComparison;
import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

final class CpuMaskingRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(CpuRules.FEATURES,
                    "the host's CPU features equal the pool's under the feature mask, or masking"
                    + " can make them so", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("Masked CPU feature sets must be"
                            + " equal, or masking must be able to bridge them: the joining CPU"
                            + " can be masked down to the pool."),
                    RuleDescriptor.Source.xapiCheck("assert_hosts_homogeneous"));

    CpuMaskingRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        CpuComparison comparison = context.cpuComparison(pool, host);
        if (comparison.isEqualUnderMask()) {
            return List.of();
        }
        if (!comparison.isKnown()) {
            return List.of(CpuUnknowns.cannotCompare(id(), host, comparison));
        }
        MaskingPlan plan = comparison.masking();
        CpuLevel level = comparison.poolLevel().get();
        FeatureSet physical = comparison.hostFeatures().get();
        FeatureCatalog catalog = FeatureCatalog.x86();
        String name = Text.name(host.hostname());
        FeatureSet poolCompared = level.compared();
        FeatureSet resulting = comparison.levelAfter(CpuLevelPolicy.MASKING).map(CpuLevel::features)
                .orElse(level.features());
        Violation.Builder violation = Violation.of(DESCRIPTOR, severityOf(plan), Subject.of(Subject.Kind.CPU, host,
                        "cpu", "features"))
                // A mask is configuration; a CPU that lacks features or cannot hide them is hardware.
                .fixableByConfiguration(plan.isPossible())
                .expectedActual("the pool's " + poolCompared.size() + " features under mask " + level.mask(),
                        catalog.describeDifference(poolCompared, level.mask().apply(physical)))
                .details(new ViolationDetails.CpuFeatures(plan.missing(), plan.hidden(), plan.unhideable(), resulting,
                        plan.requiresMask()));
        switch (plan.outcome()) {
            case MASK:
                FeatureSet removed = comparison.removedFromLevel(CpuLevelPolicy.MASKING);
                return List.of(violation
                        .message(name + " has " + count(plan.hidden()) + " the pool lacks ("
                                + catalog.describe(plan.hidden()) + "); CPU masking will hide them so that its CPU"
                                + " looks like the pool's" + (removed.isEmpty() ? ""
                                : "; the pool's level also loses " + catalog.describe(removed)
                                        + ", which its mask does not compare"))
                        .automaticStep("Apply the pool's CPU mask to " + name + ", hiding "
                                + catalog.describe(plan.hidden()))
                        .step("Reboot " + name + " for the mask to take effect")
                        // Nothing fails: xapi joins a host it can mask.
                        .withoutXapiError()
                        .build());
            case MISSING_FEATURES:
                return List.of(violation
                        .message(name + " lacks " + count(plan.missing()) + " every pool member has ("
                                + catalog.describe(plan.missing()) + "); masking hides features but never adds"
                                + " them, so a less capable CPU cannot join this pool")
                        .step("Join " + name + " to a pool of hosts with its CPU model, or make it the master"
                                + " of a new pool")
                        .build());
            case MASKING_NOT_SUPPORTED:
                return List.of(violation
                        .message(name + " has " + count(plan.hidden()) + " the pool lacks ("
                                + catalog.describe(plan.hidden()) + ") and its CPU cannot mask any feature")
                        .step("Join a host whose CPU supports masking (Intel FlexMigration, AMD Extended Migration)"
                                + " or matches the pool's CPU")
                        .build());
            case CANNOT_HIDE:
                return List.of(violation
                        .message(name + " can mask only the base CPUID leaf, but " + count(plan.unhideable())
                                + " it has beyond the pool sit in other leaves ("
                                + catalog.describe(plan.unhideable()) + ")")
                        .step("Join a host with full masking support or with the pool's CPU")
                        .build());
            case SUPPORT_UNKNOWN:
                return List.of(Violation.cannotCheck(id(), Subject.of(Subject.Kind.CPU, host, "cpu", "features"),
                        "whether the CPU of " + name + " can mask " + catalog.describe(plan.hidden()),
                        "cpu_info:maskable of " + name + " (no, base or full)"));
            default:
                throw new IllegalStateException("unexpected masking outcome " + plan.outcome());
        }
    }

    private static Severity severityOf(MaskingPlan plan) {
        return plan.isPossible() ? Severity.INFO : Severity.BLOCKER;
    }
}
