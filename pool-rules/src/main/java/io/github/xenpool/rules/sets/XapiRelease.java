package io.github.xenpool.rules.sets;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which xapi release runs a join, read from the joining host's {@code software_version} (its xapi
 * runs the checks), and the checks that release runs. A release known only as one of several
 * (a product line, or nothing known at all) runs every check that any of them runs: a check that
 * may run is never left out.
 */
final class XapiRelease {

    /** The id of the rule that says when the release is not known exactly. */
    static final String RULE_ID = "xapi.release";

    // xapi_build, such as 24.15.0.41.g036d8331c or 1.249.26-1.
    private static final Pattern BUILD = Pattern.compile("v?(\\d{1,9})\\.(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\D.*)?");
    // xapi: major.minor of the release from 1.250 on, such as 24.11; before, a fixed value per era
    // (1.3 to XenServer 6.2, 1.11, 1.9 to XenServer 7.2, then 1.20 up to the whole 1.249 line).
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");
    private static final int LAST_FIXED_MINOR = 250;
    // product_version, such as 8.2.1 or 7.1.2.
    private static final Pattern MAJOR_MINOR_PREFIX = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\..*)?");

    private XapiRelease() {
    }

    /**
     * Reads the releases a host may run: the one {@code xapi_build} names (xapi 22.9 on); else the
     * line of releases its product version shipped with; else what {@code xapi} says (xapi's own
     * major and minor version, except on the 1.31 to 1.249 releases, which all say {@code 1.20});
     * else every release.
     *
     * @param version the host's {@code software_version}
     * @return the releases it may run
     */
    static XapiReleases of(SoftwareVersion version) {
        Optional<String> build = version.xapiBuild();
        if (build.isPresent()) {
            Matcher matcher = BUILD.matcher(build.get());
            // A build without a version says 0.0.dev: it names no release.
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) > 0) {
                return XapiReleases.exactly(new XapiVersion(Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)),
                        matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3))));
            }
        }
        Optional<XapiReleases> line = version.get("product_version").flatMap(XapiRelease::ofProduct);
        if (line.isPresent()) {
            return line.get();
        }
        return version.xapi().flatMap(XapiRelease::ofXapiKey).orElse(XapiReleases.ALWAYS);
    }

    /**
     * The xapi releases of the product versions of XenServer, Citrix Hypervisor and XCP-ng, which
     * share their numbers up to 8.2 (XCP-ng 8.3 and XenServer 8, 8.4, have {@code xapi_build}).
     * Each line is the maintenance branch the release was built from.
     */
    private static Optional<XapiReleases> ofProduct(String productVersion) {
        Matcher matcher = MAJOR_MINOR_PREFIX.matcher(productVersion);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major < 7) {
            // XenServer 6.5 and before ran releases before the tagged 1.9.81 of XenServer 7.0.
            return Optional.of(XapiReleases.until("1.9.81"));
        }
        String[][] lines = {
            {"7.0", "1.9.81", "1.9.84"}, {"7.1", "1.14.0", "1.15.0"}, {"7.2", "1.29.0", "1.31.0"},
            {"7.3", "1.60.0", "1.61.0"}, {"7.4", "1.60.0", "1.61.0"}, {"7.5", "1.90.0", "1.91.0"},
            {"7.6", "1.110.0", "1.111.0"}, {"8.0", "1.160.0", "1.161.0"}, {"8.1", "1.214.0", "1.215.0"},
            {"8.2", "1.249.0", "1.250.0"},
        };
        String key = major + "." + minor;
        for (String[] entry : lines) {
            if (entry[0].equals(key)) {
                return Optional.of(XapiReleases.between(entry[1], entry[2]));
            }
        }
        // XCP-ng 8.3 and XenServer 8 (8.4) run the releases from 22.20 on.
        return major == 8 && minor >= 3 ? Optional.of(XapiReleases.since("22.20.0")) : Optional.empty();
    }

    /** The releases that print a value of the {@code xapi} key. */
    private static Optional<XapiReleases> ofXapiKey(String xapi) {
        Matcher matcher = MAJOR_MINOR.matcher(xapi);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major >= 2 || major == 1 && minor >= LAST_FIXED_MINOR) {
            return Optional.of(new XapiReleases(Optional.of(new XapiVersion(major, minor, 0)),
                    Optional.of(new XapiVersion(major, minor + 1, 0))));
        }
        switch (xapi) {
            case "1.20":
                return Optional.of(XapiReleases.between("1.31.0", "1.250.0"));
            case "1.9":
                return Optional.of(XapiReleases.between("1.9.60", "1.31.0"));
            case "1.11":
                return Optional.of(XapiReleases.between("1.9.50", "1.9.60"));
            case "1.3":
                return Optional.of(XapiReleases.until("1.9.50"));
            default:
                return Optional.empty();
        }
    }

    /** The releases that may run a join: the joining host's, or the master's when the host's are unknown. */
    static XapiReleases of(Pool pool, Host host) {
        XapiReleases releases = of(host.software().softwareVersion());
        return releases.equals(XapiReleases.ALWAYS) ? of(pool.master().software().softwareVersion()) : releases;
    }

    /** Whether a release is known exactly. */
    static boolean isExact(XapiReleases releases) {
        return releases.since().isPresent() && releases.until().isPresent()
                && releases.equals(XapiReleases.exactly(releases.since().get()));
    }

    /**
     * A check that runs when a release that runs it may run the join.
     *
     * @param check one of xapi's checks, whose descriptor has its releases
     * @return the check, applied only then
     */
    static JoinRule gated(JoinRule check) {
        XapiReleases runs = check.descriptor().xapiReleases().orElseThrow(
                () -> new IllegalArgumentException(check.id() + " is not one of xapi's checks"));
        return check.onlyWhen((pool, host, context) -> runs.overlaps(of(pool, host)),
                "the joining host's xapi may run it (" + runs + ")");
    }

    /**
     * The rule that warns when the release of the joining host is not known exactly, and says which
     * checks therefore run.
     *
     * @return the rule
     */
    static JoinRule rule() {
        RuleDescriptor descriptor = RuleDescriptor.of(RULE_ID,
                "the xapi release of the joining host is known, so that exactly its checks run", Severity.WARNING)
                .withSources(RuleDescriptor.Source.documentation(
                        "pool.join runs on the joining host, with the checks of its own xapi release"))
                // Which checks xapi runs is part of its answer: not knowing them makes that answer uncertain.
                .withXapiReleases(XapiReleases.ALWAYS);
        return JoinRule.of(descriptor, (Pool pool, Host host, JoinContext context) -> {
            XapiReleases releases = of(pool, host);
            if (isExact(releases)) {
                return List.of();
            }
            String which = releases.equals(XapiReleases.ALWAYS) ? "unknown"
                    : "one of the releases " + releases;
            return List.of(Violation.cannotCheck(RULE_ID, Subject.of(Subject.Kind.SOFTWARE, host, "software",
                            "softwareVersion"),
                    "the xapi release of " + Text.name(host.hostname()) + " (" + which
                            + "; the checks of every release it may be are applied)",
                    "xapi_build of the host's software_version, or a rule set of one release,"
                            + " RuleSets.xapi(XapiVersion)"));
        });
    }
}
