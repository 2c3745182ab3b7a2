package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * xapi's {@code assert_no_host_pending_mandatory_guidance}: neither the joining host nor the
 * master has mandatory update guidance pending ({@code pending_guidances}); the joining host is
 * checked first.
 */
final class PendingGuidanceRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.PENDING_GUIDANCE,
                    "neither the host nor the master has mandatory update guidance pending", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_host_pending_mandatory_guidance"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("24.31.0"));

    private static final String SOURCE = "pending_guidances of the host record (xe host-param-get"
            + " param-name=pending-guidances)";

    PendingGuidanceRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Set<String>> mine = host.software().pendingGuidance();
        Optional<Set<String>> master = pool.master().software().pendingGuidance();
        List<Violation> found = new ArrayList<>(2);
        mine.filter(pending -> !pending.isEmpty()).ifPresent(pending -> found.add(pending(host,
                SoftwareSubjects.host(host, "pendingGuidance"), Text.name(host.hostname()), pending)));
        master.filter(pending -> !pending.isEmpty()).ifPresent(pending -> found.add(pending(pool.master(),
                SoftwareSubjects.master(pool, "pendingGuidance"), SoftwareSubjects.theMaster(pool), pending)));
        found.addAll(new UnknownFacts()
                .note(mine.isEmpty(), SoftwareSubjects.host(host, "pendingGuidance"),
                        "the pending update guidance of " + Text.name(host.hostname()), SOURCE + " of the host")
                .note(master.isEmpty(), SoftwareSubjects.master(pool, "pendingGuidance"),
                        "the pending update guidance of " + SoftwareSubjects.theMaster(pool), SOURCE + " of the master")
                .cannotCheck(id()));
        return found;
    }

    private Violation pending(Host which, Subject subject, String named, Set<String> pending) {
        String guidance = String.join(", ", pending);
        Violation.Builder violation = Violation.of(DESCRIPTOR, subject)
                .message(named + " must still act on update guidance " + guidance + "; xapi refuses a join while the"
                        + " joining host or the master has mandatory guidance pending")
                .xapiError(XapiError.HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY, SoftwareSubjects.reference(which))
                .expectedActual("no pending guidance", guidance);
        for (String each : pending) {
            violation.step(step(each, Text.name(which.hostname())));
        }
        return violation.build();
    }

    private static String step(String guidance, String host) {
        switch (guidance) {
            case "reboot_host":
            case "reboot_host_on_livepatch_failure":
            case "reboot_host_on_kernel_livepatch_failure":
            case "reboot_host_on_xen_livepatch_failure":
                return "Reboot " + host + " (after evacuating its VMs)";
            case "restart_toolstack":
                return "Restart the toolstack of " + host + " (xe-toolstack-restart)";
            case "restart_device_model":
                return "Restart the device models of the VMs of " + host + " (migrate or reboot the HVM VMs)";
            case "restart_vm":
                return "Restart the VMs of " + host;
            default:
                return "Carry out update guidance " + Text.quoted(guidance) + " on " + host;
        }
    }
}
