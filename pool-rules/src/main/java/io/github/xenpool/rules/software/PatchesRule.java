package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * xapi's {@code assert_applied_patches_match} (until 1.32.0): the {@code pool_patch}es applied to
 * the joining host are, by UUID, those applied to the master.
 */
final class PatchesRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.PATCHES,
                    "the host has the patches the master has, by UUID, no more and no fewer", Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_applied_patches_match"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.until("1.32.0"));

    private static final String SOURCE = "the host's patches (the host_patch and pool_patch records of its"
            + " database, or xe patch-list)";

    PatchesRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Set<Update>> mine = host.software().updates();
        Optional<Set<Update>> masters = pool.master().software().updates();
        if (mine.isEmpty() || masters.isEmpty()) {
            return new UnknownFacts()
                    .note(mine.isEmpty(), SoftwareSubjects.host(host, "updates"),
                            "the patches applied to " + Text.name(host.hostname()), SOURCE)
                    .note(masters.isEmpty(), SoftwareSubjects.master(pool, "updates"),
                            "the patches applied to " + SoftwareSubjects.theMaster(pool), SOURCE)
                    .cannotCheck(id());
        }
        List<Update> local = patches(mine.get());
        List<Update> remote = patches(masters.get());
        List<String> localUuids = uuids(local);
        List<String> remoteUuids = uuids(remote);
        List<Update> missing = remote.stream().filter(p -> !localUuids.contains(p.uuid())).collect(Collectors.toList());
        List<Update> extra = local.stream().filter(p -> !remoteUuids.contains(p.uuid())).collect(Collectors.toList());
        if (missing.isEmpty() && extra.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(2);
        if (!missing.isEmpty()) {
            parts.add("lacks " + names(missing));
        }
        if (!extra.isEmpty()) {
            parts.add("has " + names(extra) + " that the master has not");
        }
        Violation.Builder violation = Violation.of(DESCRIPTOR, SoftwareSubjects.host(host, "updates"))
                .message(Text.name(host.hostname()) + " does not have the patches of "
                        + SoftwareSubjects.theMaster(pool) + ": it " + String.join(" and ", parts))
                .xapiError(XapiError.HOSTS_NOT_HOMOGENEOUS, "Patches applied differ: Remote has "
                        + String.join(" ", remoteUuids) + " -- Local has " + String.join(" ", localUuids))
                .expectedActual(remote.isEmpty() ? "no patch" : names(remote), local.isEmpty() ? "no patch"
                        : names(local))
                .details(new ViolationDetails.Hotfixes(rawNames(missing), rawNames(extra)));
        if (!missing.isEmpty()) {
            violation.step("Apply " + names(missing) + " to " + Text.name(host.hostname()));
        }
        if (!extra.isEmpty()) {
            violation.step("Apply " + names(extra) + " to every member of pool " + Text.name(pool.name())
                    + " first, or reinstall " + Text.name(host.hostname()) + " without "
                    + (extra.size() == 1 ? "it" : "them"));
        }
        return List.of(violation.build());
    }

    /**
     * The host's {@code pool_patch}es, in the model's order (by name); xapi lists them in the
     * order of its host's {@code patches} field.
     */
    private static List<Update> patches(Set<Update> updates) {
        return updates.stream().filter(u -> u.kind() == Update.Kind.PATCH).collect(Collectors.toList());
    }

    private static List<String> uuids(List<Update> patches) {
        return patches.stream().map(Update::uuid).collect(Collectors.toList());
    }

    private static String names(List<Update> patches) {
        return patches.stream().map(p -> (p.name().isBlank() ? "" : Text.name(p.name()) + " ") + "(" + p.uuid() + ")")
                .collect(Collectors.joining(", "));
    }

    private static List<String> rawNames(List<Update> patches) {
        return patches.stream().map(p -> p.name().isBlank() ? p.uuid() : p.name()).collect(Collectors.toList());
    }
}
