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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * xapi's {@code assert_homogeneous_updates}: the {@code pool_update}s applied to the joining host
 * that enforce homogeneity are, by UUID, those applied to the master.
 */
final class UpdatesRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.UPDATES,
                    "the host has the updates that enforce homogeneity that the master has, no more and no fewer",
                    Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_homogeneous_updates"))
            .withFixableByConfiguration(true)
            // 1.44.0 on the main line, backported to XenServer 7.1 (1.14) from 1.14.25: a range holds one
            // start, so 1.15 to 1.43 count in too; a check that may run is never left out.
            .withXapiReleases(XapiReleases.since("1.14.25"));

    static final String SOURCE = "the host's updates (the pool_update records its updates field names, with"
            + " enforce_homogeneity; xe update-list)";

    UpdatesRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Host master = pool.master();
        Optional<Set<Update>> mine = host.software().updates();
        Optional<Set<Update>> masters = master.software().updates();
        if (mine.isEmpty() || masters.isEmpty()) {
            return new UnknownFacts()
                    .note(mine.isEmpty(), SoftwareSubjects.host(host, "updates"),
                            "the updates applied to " + Text.name(host.hostname()), SOURCE)
                    .note(masters.isEmpty(), SoftwareSubjects.master(pool, "updates"),
                            "the updates applied to " + SoftwareSubjects.theMaster(pool), SOURCE)
                    .cannotCheck(id());
        }
        if (noneDiffers(mine.get(), masters.get()) && noneDiffers(masters.get(), mine.get())) {
            return List.of();   // the usual answer, without a report to build
        }
        Map<String, Update> onHost = poolUpdates(mine.get());
        Map<String, Update> onMaster = poolUpdates(masters.get());
        List<Update> missing = new ArrayList<>();
        List<Update> extra = new ArrayList<>();
        List<Update> undecided = new ArrayList<>();
        sortOut(onMaster, onHost, missing, undecided);
        sortOut(onHost, onMaster, extra, undecided);
        if (missing.isEmpty() && extra.isEmpty()) {
            return new UnknownFacts().note(!undecided.isEmpty(), SoftwareSubjects.host(host, "updates"),
                    "whether " + names(undecided) + " enforce homogeneity", SOURCE).cannotCheck(id());
        }
        List<String> parts = new ArrayList<>(2);
        if (!missing.isEmpty()) {
            parts.add("lacks " + names(missing));
        }
        if (!extra.isEmpty()) {
            parts.add("has " + names(extra) + " that the master has not");
        }
        Violation.Builder violation = Violation.of(DESCRIPTOR, SoftwareSubjects.host(host, "updates"))
                .message(Text.name(host.hostname()) + " does not have the updates of "
                        + SoftwareSubjects.theMaster(pool) + " that enforce homogeneity: it "
                        + String.join(" and ", parts))
                .xapiError(XapiError.HOSTS_NOT_HOMOGENEOUS, "Updates on local host " + SoftwareSubjects.nameLabel(host)
                        + " and pool host " + SoftwareSubjects.nameLabel(master) + " differ")
                .expectedActual(describe(onMaster), describe(onHost))
                .details(new ViolationDetails.Hotfixes(names(missing, false), names(extra, false)));
        if (!missing.isEmpty()) {
            violation.step("Apply " + names(missing) + " to " + Text.name(host.hostname()));
        }
        if (!extra.isEmpty()) {
            violation.step("Apply " + names(extra) + " to every member of pool " + Text.name(pool.name())
                    + " first: an applied update cannot be removed");
        }
        return List.of(violation.build());
    }

    /** The host's {@code pool_update}s by UUID; its legacy patches are not xapi's updates. */
    /**
     * Whether every update of one side is on the other too, or is known not to enforce
     * homogeneity: then neither side lacks one that matters, nor one that may.
     */
    private static boolean noneDiffers(Set<Update> side, Set<Update> other) {
        for (Update update : side) {
            if (update.kind() != Update.Kind.UPDATE) {
                continue;
            }
            Optional<Boolean> enforces = update.enforceHomogeneity();
            if ((enforces.isEmpty() || enforces.get()) && !hasUpdate(other, update.uuid())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUpdate(Set<Update> updates, String uuid) {
        for (Update update : updates) {
            if (update.kind() == Update.Kind.UPDATE && update.uuid().equals(uuid)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Update> poolUpdates(Set<Update> updates) {
        Map<String, Update> byUuid = new LinkedHashMap<>();
        for (Update update : updates) {
            if (update.kind() == Update.Kind.UPDATE) {
                byUuid.put(update.uuid(), update);
            }
        }
        return byUuid;
    }

    /**
     * Sorts the updates of one side that enforce homogeneity and the other side lacks into
     * {@code differing}, those whose flag is unknown into {@code undecided}. An update on both
     * sides is the same update, with the same flag, so it never differs.
     */
    private static void sortOut(Map<String, Update> side, Map<String, Update> other, List<Update> differing,
            List<Update> undecided) {
        for (Update update : side.values()) {
            if (other.containsKey(update.uuid())) {
                continue;
            }
            if (update.enforceHomogeneity().isEmpty()) {
                undecided.add(update);
            } else if (update.enforceHomogeneity().get()) {
                differing.add(update);
            }
        }
    }

    private static String describe(Map<String, Update> updates) {
        List<Update> enforcing = updates.values().stream()
                .filter(u -> u.enforceHomogeneity().orElse(false)).collect(Collectors.toList());
        return enforcing.isEmpty() ? "no update that enforces homogeneity" : names(enforcing);
    }

    private static String names(List<Update> updates) {
        return String.join(", ", names(updates, true));
    }

    private static List<String> names(List<Update> updates, boolean printable) {
        return updates.stream().map(u -> u.name().isBlank() ? u.uuid()
                : (printable ? Text.name(u.name()) : u.name()) + (printable ? " (" + u.uuid() + ")" : ""))
                .collect(Collectors.toList());
    }
}
