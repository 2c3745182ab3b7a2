package io.github.xenpool.rules.cpu;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;

final class CpuVirtualizationRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(CpuRules.VIRTUALIZATION,
                    "the host's hardware virtualization is enabled, as HVM VMs need", Severity.BLOCKER)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A host of a pool that runs HVM VMs"
                            + " has hardware virtualization (VT-x or AMD-V) enabled."))
            .withFixableByConfiguration(true);

    CpuVirtualizationRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (host.cpu().virtualizationEnabled().isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.CPU, host, "cpu", "virtualizationEnabled"),
                            "whether hardware virtualization is enabled on " + Text.name(host.hostname()),
                            "the capabilities of the host (xe host-param-get param-name=capabilities lists hvm-3.0-*"
                            + " when it is enabled)")
                    .cannotCheck(id());
        }
        if (host.cpu().virtualizationEnabled().get()) {
            return List.of();
        }
        String extension = host.cpu().vendor().map(CpuVendor::virtualizationName).orElse("hardware virtualization");
        boolean hvm = context.runsHvmVms(pool);
        String consequence = hvm
                ? "pool " + Text.name(pool.name()) + " runs HVM VMs (such as Windows), which cannot run on it"
                : "pool " + Text.name(pool.name()) + " runs no HVM VM today, but none will be able to run on it";
        return List.of(Violation.of(DESCRIPTOR, hvm ? Severity.BLOCKER : Severity.WARNING,
                        Subject.of(Subject.Kind.CPU, host, "cpu", "virtualizationEnabled"))
                .message(extension + " is disabled in the firmware of " + Text.name(host.hostname()) + "; " + consequence)
                .fixableByConfiguration(true)
                .expectedActual(extension + " enabled", extension + " disabled")
                .step("Enable " + extension + " in the BIOS/UEFI setup of " + Text.name(host.hostname())
                        + " and power-cycle it")
                .build());
    }
}
