package io.github.xenpool.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiReleases;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One of xapi's checks whose content changed over its releases: the variant of each span of
 * releases, applied as the joining host's own xapi runs it ({@link XapiReleases#of}). When the
 * host may run releases of several variants and they answer differently, it cannot check.
 */
@API(status = INTERNAL, since = "0.3.0")
public final class ByRelease extends DescribedRule {

    private final List<JoinRule> variants;

    /**
     * Makes the check of its variants.
     *
     * @param descriptor what the check is, whatever the release
     * @param variants the variants, each with the releases that run it
     * @throws IllegalArgumentException if a variant has another id or no releases
     */
    public ByRelease(RuleDescriptor descriptor, List<JoinRule> variants) {
        super(descriptor);
        this.variants = List.copyOf(variants);
        for (JoinRule variant : this.variants) {
            if (!variant.id().equals(descriptor.id()) || variant.descriptor().xapiReleases().isEmpty()) {
                throw new IllegalArgumentException("a variant of " + descriptor.id() + " has its id and its xapi"
                        + " releases, got " + variant.id() + " " + variant.descriptor().xapiReleases());
            }
        }
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        XapiReleases releases = context.xapiReleases(host);
        List<Violation> first = null;
        boolean differ = false;
        for (JoinRule variant : variants) {
            if (variant.descriptor().xapiReleases().orElseThrow().overlaps(releases)) {
                List<Violation> answer = variant.evaluate(pool, host, context);
                if (first == null) {
                    first = answer;
                } else if (!differ && !answer.equals(first)) {
                    differ = true;
                }
            }
        }
        if (first == null) {
            return List.of();   // no release the host may run has the check
        }
        if (!differ) {
            return first;
        }
        List<String> spans = new ArrayList<>(2);
        for (JoinRule variant : variants) {
            XapiReleases runs = variant.descriptor().xapiReleases().orElseThrow();
            if (runs.overlaps(releases)) {
                spans.add(runs.toString());
            }
        }
        return List.of(Violation.cannotCheck(id(), Subject.of(Subject.Kind.SOFTWARE, host, "software",
                        "softwareVersion"),
                "the xapi release of " + Text.name(host.hostname()) + " (" + (releases.equals(XapiReleases.ALWAYS)
                        ? "unknown" : "one of the releases " + releases) + "), which decides what its xapi checks:"
                        + " the releases " + String.join(", ", spans) + " answer differently",
                "xapi_build (or product_version, or xapi) of the host's software_version"));
    }
}
