package io.github.xenpool.rules.storage;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.storage.StorageServer;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.List;

final class HostSharedStorageRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(StorageRules.SHARED,
                    "the host has no shared storage configured", Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("A joining host has no shared SR"
                            + " configured; detach it first."),
                    RuleDescriptor.Source.xapiCheck("assert_no_shared_srs_on_me"))
            .withFixableByConfiguration(true);

    /** The same check as one of xapi's, with the releases that run it. */
    static final RuleDescriptor XAPI_DESCRIPTOR = RuleDescriptor.of(StorageRules.SHARED,
                    "the host has no shared SR besides xapi's tools SR", Severity.BLOCKER)
            .withXapiErrors(XapiError.JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_no_shared_srs_on_me"))
            .withXapiReleases(XapiReleases.ALWAYS)
            .withFixableByConfiguration(true);

    HostSharedStorageRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = List.of();
        for (StorageRepository sr : host.storage()) {
            // xapi leaves its tools SR aside: the ISO library of guest tools every host has, shared.
            if (!sr.shared() || sr.tools()) {
                continue;
            }
            if (found.isEmpty()) {
                found = new ArrayList<>();
            }
            found.add(Violation.of(descriptor(), Subject.hostStorage(sr))
                    .message(Text.name(host.hostname()) + " has the shared SR " + Text.name(sr.name()) + " ("
                            + sr.type()
                            + sr.server().map(s -> " on " + s.address()).orElse("") + ") configured; a joining host"
                            + " may not have shared storage")
                    .fixableByConfiguration(true)
                    .expectedActual("no shared SR", "shared SR " + Text.name(sr.name()) + " (" + sr.uuid() + ")")
                    .details(new ViolationDetails.Storage(sr.uuid(), sr.name(), sr.type(),
                            sr.server().map(StorageServer::address)))
                    .step("Detach the shared SR " + Text.name(sr.name()) + " from " + Text.name(host.hostname())
                            + " (unplug its PBDs and forget it); after the join, the pool's shared SRs reach it")
                    .build());
        }
        if (found.isEmpty() && host.isComplete(Host.Listing.STORAGE)) {
            return found;   // the usual answer, without a report to build
        }
        return UnknownFacts.withIncompleteList(found, host, Host.Listing.STORAGE, Subject.Kind.STORAGE_REPOSITORY,
                "storage", "storage repositories",
                "the host's SRs and PBDs (xe sr-list params=all and xe pbd-list params=all, or its database)", id());
    }
}
