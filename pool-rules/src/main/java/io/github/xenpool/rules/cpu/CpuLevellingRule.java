package io.github.xenpool.rules.cpu;

import static io.github.xenpool.rules.cpu.FeatureCounts.count;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.CpuComparison;
import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

final class CpuLevellingRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(CpuRules.FEATURES,
                    "the host's CPU features, levelled with the pool's: what the pool loses and"
                    + " what stays hidden", Severity.WARNING)
            .withSources(
                    RuleDescriptor.Source.documentation("XenServer 7.0 and later, XCP-ng 8.x:"
                            + " any host of the pool's CPU vendor joins and the pool's CPU level"
                            + " becomes the intersection of every member's features."));

    CpuLevellingRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        CpuComparison comparison = context.cpuComparison(pool, host);
        if (!comparison.isKnown()) {
            return List.of(CpuUnknowns.cannotCompare(id(), host, comparison));
        }
        FeatureSet level = comparison.poolLevel().get().features();
        FeatureSet features = comparison.hostFeatures().get();
        FeatureSet lost = comparison.lacking();
        FeatureSet hidden = comparison.beyond();
        if (lost.isEmpty() && hidden.isEmpty()) {
            return List.of();
        }
        FeatureCatalog catalog = FeatureCatalog.x86();
        FeatureSet newLevel = comparison.levelAfter(CpuLevelPolicy.LEVELLING).get().features();
        String name = Text.name(host.hostname());
        Subject subject = Subject.of(Subject.Kind.CPU, host, "cpu", "features");
        List<Violation> found = new ArrayList<>(2);
        if (!lost.isEmpty()) {
            List<String> stuck = runningVms(pool);
            String stuckNames = stuck.stream().map(Text::name).collect(Collectors.joining(", "));
            Violation.Builder warning = Violation.of(DESCRIPTOR, subject)
                    .message(name + " lacks " + count(lost) + " of pool " + Text.name(pool.name()) + "'s level ("
                            + catalog.describe(lost) + "); the pool's level drops to " + newLevel.size()
                            + " features" + (stuck.isEmpty() ? ""
                            : ", and running VMs keep the old level, so " + stuckNames
                                    + " cannot migrate to " + name + " until they restart"))
                    .fixableByConfiguration(false)
                    .expectedActual("the pool's " + level.size() + " features", catalog.describeDifference(level,
                            features))
                    .details(new ViolationDetails.CpuLevelling(lost, newLevel, stuck));
            if (!stuck.isEmpty()) {
                warning.step("Restart " + stuckNames + " after the join so that they can migrate to "
                        + name);
            }
            warning.step("Or join " + name + " to a pool of hosts with its CPU, to keep pool " + Text.name(pool.name())
                    + "'s level");
            found.add(warning.build());
        }
        if (!hidden.isEmpty()) {
            found.add(Violation.of(DESCRIPTOR, Severity.INFO, subject)
                    .message(name + " has " + count(hidden) + " beyond pool " + Text.name(pool.name()) + "'s level ("
                            + catalog.describe(hidden) + "); they stay hidden while it is in this pool")
                    .fixableByConfiguration(false)
                    .expectedActual("the pool's " + level.size() + " features", catalog.describeDifference(level,
                            features))
                    .details(new ViolationDetails.CpuFeatures(FeatureSet.EMPTY, hidden, FeatureSet.EMPTY, newLevel,
                            false))
                    .build());
        }
        return found;
    }

    private static List<String> runningVms(Pool pool) {
        List<String> names = new ArrayList<>();
        for (Host member : pool.members()) {
            for (Vm vm : member.vms()) {
                if (vm.powerState() == PowerState.RUNNING || vm.powerState() == PowerState.PAUSED) {
                    names.add(vm.name());
                }
            }
        }
        return names;
    }
}
