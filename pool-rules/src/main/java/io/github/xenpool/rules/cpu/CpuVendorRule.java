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
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;
import java.util.Optional;

final class CpuVendorRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(CpuRules.VENDOR, "the host's CPU vendor is the pool's", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("CPU vendors must be the same: Intel"
                            + " VT and AMD-V never mix in a pool."),
                    RuleDescriptor.Source.xapiCheck("assert_hosts_homogeneous"));

    CpuVendorRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<CpuVendor> poolVendor = pool.master().cpu().vendor();
        Optional<CpuVendor> hostVendor = host.cpu().vendor();
        if (poolVendor.isPresent() && hostVendor.isPresent() && poolVendor.get() == hostVendor.get()) {
            return List.of();
        }
        Subject subject = Subject.of(Subject.Kind.CPU, host, "cpu", "vendor");
        if (poolVendor.isEmpty()) {
            return List.of(Violation.cannotCheck(id(), subject, "the CPU vendor of pool " + Text.name(pool.name())
                    + "'s master "
                    + Text.name(pool.master().hostname()), "cpu_info:vendor of "
                    + Text.name(pool.master().hostname())));
        }
        if (hostVendor.isEmpty()) {
            return List.of(Violation.cannotCheck(id(), subject, "the CPU vendor of " + Text.name(host.hostname()),
                    "cpu_info:vendor of " + Text.name(host.hostname())));
        }
        return differentVendors(pool, host, subject, poolVendor.get(), hostVendor.get());
    }

    private static List<Violation> differentVendors(Pool pool, Host host, Subject subject, CpuVendor poolVendor,
            CpuVendor hostVendor) {
        return List.of(Violation.of(DESCRIPTOR, subject)
                .message("CPU vendors differ: pool " + Text.name(pool.name()) + " runs " + poolVendor.displayName()
                        + " CPUs, "
                        + Text.name(host.hostname()) + " has " + article(hostVendor) + " CPU ("
                        + host.cpu().modelName() + "); "
                        + poolVendor.virtualizationName() + " and " + hostVendor.virtualizationName()
                        + " hosts never share a pool")
                .fixableByConfiguration(false)
                .expectedActual(poolVendor.displayName(), hostVendor.displayName())
                .details(new ViolationDetails.Vendors(poolVendor, hostVendor))
                .step("Join " + Text.name(host.hostname()) + " to a pool of " + hostVendor.displayName()
                        + " hosts instead")
                .build());
    }

    private static String article(CpuVendor vendor) {
        return (vendor == CpuVendor.INTEL || vendor == CpuVendor.AMD ? "an " : "a ") + vendor.displayName();
    }
}
