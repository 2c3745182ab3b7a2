package io.github.xenpool.rules.cpu;

import static io.github.xenpool.rules.cpu.FeatureCounts.count;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.Masking;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.List;

final class CpuMaskingRule implements JoinRule {

    @Override
    public String id() {
        return CpuRules.FEATURES;
    }

    @Override
    public String description() {
        return "the host's CPU features equal the pool's under the feature mask, or masking can make them so";
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        FeatureSet mask = pool.cpuFeatureMask();
        FeatureSet level = pool.cpuFeatureLevel();
        if (host.cpu().physicalFeatures().equalsUnderMask(level, mask)) {
            return List.of();
        }
        MaskingPlan plan = Masking.plan(host.cpu().maskingSupport(), host.cpu().physicalFeatures(), level, mask);
        if (plan.outcome() == MaskingPlan.Outcome.NOT_NEEDED) {
            return List.of();
        }
        FeatureCatalog catalog = FeatureCatalog.x86();
        String name = host.hostname();
        FeatureSet poolExposed = level.intersect(mask);
        Violation.Builder violation = Violation.of(id(), severityOf(plan), Subject.of(Subject.Kind.CPU, host,
                        "cpu.features"))
                // A mask is configuration; a CPU that lacks features or cannot hide them is hardware.
                .fixableByConfiguration(plan.isPossible())
                .expectedActual("the pool's " + poolExposed.size() + " features under mask " + mask,
                        catalog.describeDifference(poolExposed, host.cpu().physicalFeatures().intersect(mask)))
                .details(new ViolationDetails.CpuFeatures(plan.missing(), plan.hidden(), plan.unhideable(), level,
                        plan.requiresMask()));
        switch (plan.outcome()) {
            case MASK:
                return List.of(violation
                        .message(name + " has " + count(plan.hidden()) + " the pool lacks ("
                                + catalog.describe(plan.hidden()) + "); CPU masking will hide them so that its CPU"
                                + " looks like the pool's")
                        .automaticStep("Apply the pool's CPU mask to " + name + ", hiding "
                                + catalog.describe(plan.hidden()))
                        .step("Reboot " + name + " for the mask to take effect")
                        .build());
            case MISSING_FEATURES:
                return List.of(violation
                        .message(name + " lacks " + count(plan.missing()) + " every pool member has ("
                                + catalog.describe(plan.missing()) + "); masking hides features but never adds"
                                + " them, so a less capable CPU cannot join this pool")
                        .step("Join " + name + " to a pool of hosts with its CPU model, or make it the master"
                                + " of a new pool")
                        .xapiErrorCode("HOSTS_NOT_HOMOGENEOUS")
                        .build());
            case MASKING_NOT_SUPPORTED:
                return List.of(violation
                        .message(name + " has " + count(plan.hidden()) + " the pool lacks ("
                                + catalog.describe(plan.hidden()) + ") and its CPU cannot mask any feature")
                        .step("Join a host whose CPU supports masking (Intel FlexMigration, AMD Extended Migration)"
                                + " or matches the pool's CPU")
                        .xapiErrorCode("HOSTS_NOT_HOMOGENEOUS")
                        .build());
            case CANNOT_HIDE:
                return List.of(violation
                        .message(name + " can mask only the base CPUID leaf, but " + count(plan.unhideable())
                                + " it has beyond the pool sit in other leaves ("
                                + catalog.describe(plan.unhideable()) + ")")
                        .step("Join a host with full masking support or with the pool's CPU")
                        .xapiErrorCode("HOSTS_NOT_HOMOGENEOUS")
                        .build());
            default:
                throw new IllegalStateException("unexpected masking outcome " + plan.outcome());
        }
    }

    private static Severity severityOf(MaskingPlan plan) {
        return plan.isPossible() ? Severity.INFO : Severity.BLOCKER;
    }
}
