package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.software.SoftwareVersion;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A range of xapi releases: those that run a join check, from the release that added it up to the
 * release that removed it (which no longer runs it); or those a host may run, as its
 * {@code software_version} tells ({@link #of(SoftwareVersion)}).
 *
 * @param since the first release that runs the check, or empty when every release xenpool knows
 *     runs it
 * @param until the first release that no longer runs it, or empty when the latest still does
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record XapiReleases(Optional<XapiVersion> since, Optional<XapiVersion> until) {

    // xapi: major.minor of the release from 1.250 on, such as 24.11; before, a fixed value per era
    // (1.3 to XenServer 6.2, 1.11, 1.9 to XenServer 7.2, then 1.20 up to the whole 1.249 line).
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");
    private static final int LAST_FIXED_MINOR = 250;
    // product_version, such as 8.2.1 or 7.1.2.
    private static final Pattern MAJOR_MINOR_PREFIX = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\..*)?");

    /** Every release: a check xapi has always run. */
    public static final XapiReleases ALWAYS = new XapiReleases(Optional.empty(), Optional.empty());

    /**
     * Checks the bounds.
     *
     * @param since the first release that runs the check
     * @param until the first release that no longer runs it
     * @throws IllegalArgumentException if {@code until} is not after {@code since}
     */
    public XapiReleases {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (since.isPresent() && until.isPresent() && !until.get().isAtLeast(since.get())
                || since.isPresent() && since.equals(until)) {
            throw new IllegalArgumentException("a check is removed after it is added: since " + since.get()
                    + ", until " + until.get());
        }
    }

    /**
     * The releases from one on.
     *
     * @param version the first release that runs the check
     * @return the releases
     */
    public static XapiReleases since(String version) {
        Objects.requireNonNull(version, "version");
        return new XapiReleases(Optional.of(XapiVersion.parse(version)), Optional.empty());
    }

    /**
     * The releases before one.
     *
     * @param version the first release that no longer runs the check
     * @return the releases
     */
    public static XapiReleases until(String version) {
        Objects.requireNonNull(version, "version");
        return new XapiReleases(Optional.empty(), Optional.of(XapiVersion.parse(version)));
    }

    /**
     * The releases from one on, before another.
     *
     * @param since the first release that runs the check
     * @param until the first release that no longer runs it
     * @return the releases
     */
    public static XapiReleases between(String since, String until) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        return new XapiReleases(Optional.of(XapiVersion.parse(since)), Optional.of(XapiVersion.parse(until)));
    }

    /**
     * One release alone.
     *
     * @param version the release
     * @return the releases from it to before the next patch release
     */
    public static XapiReleases exactly(XapiVersion version) {
        Objects.requireNonNull(version, "version");
        return new XapiReleases(Optional.of(version),
                Optional.of(new XapiVersion(version.major(), version.minor(), version.patch() + 1)));
    }

    /**
     * Tells whether some release is in both ranges: a check of these releases may run on a host
     * known only to run one of the other releases.
     *
     * @param other the other releases
     * @return true if the ranges meet
     */
    public boolean overlaps(XapiReleases other) {
        Objects.requireNonNull(other, "other");
        return before(since, other.until) && before(other.since, until);
    }

    /** Whether a range starting at {@code start} begins before one ending at {@code end}. */
    private static boolean before(Optional<XapiVersion> start, Optional<XapiVersion> end) {
        return start.isEmpty() || end.isEmpty() || !start.get().isAtLeast(end.get());
    }

    /**
     * Reads the releases a host may run: the one {@code xapi_build} names (xapi 22.9 on); else the
     * line of releases its product version shipped with; else what {@code xapi} says (xapi's own
     * major and minor version, except on the 1.31 to 1.249 releases, which all say {@code 1.20});
     * else every release.
     *
     * <pre>{@code
     * XapiReleases releases = XapiReleases.of(host.software().softwareVersion());
     * releases.single().ifPresent(release -> System.out.println("xapi " + release));
     * }</pre>
     *
     * @param version the host's {@code software_version}
     * @return the releases it may run
     */
    public static XapiReleases of(SoftwareVersion version) {
        Objects.requireNonNull(version, "version");
        Optional<String> build = version.xapiBuild();
        if (build.isPresent()) {
            XapiVersion release = ofBuild(build.get());
            // A build without a version says 0.0.dev: it names no release.
            if (release != null && release.major() > 0) {
                return XapiReleases.exactly(release);
            }
        }
        Optional<XapiReleases> line = version.get("product_version").flatMap(XapiReleases::ofProduct);
        if (line.isPresent()) {
            return line.get();
        }
        return version.xapi().flatMap(XapiReleases::ofXapiKey).orElse(XapiReleases.ALWAYS);
    }

    /**
     * Reads an {@code xapi_build}, such as {@code 24.15.0.41.g036d8331c} or {@code 1.249.26-1}, as the
     * regular expression {@code v?(\d{1,9})\.(\d{1,9})(?:\.(\d{1,9}))?(?:\D.*)?} does, without one:
     * every join check of xapi's rule set asks for it.
     *
     * @return the release, or null when the build does not match
     */
    private static XapiVersion ofBuild(String build) {
        int at = build.startsWith("v") ? 1 : 0;
        int majorEnd = digits(build, at);
        if (majorEnd < 0 || majorEnd == build.length() || build.charAt(majorEnd) != '.') {
            return null;
        }
        int minorEnd = digits(build, majorEnd + 1);
        if (minorEnd < 0) {
            return null;
        }
        int patch = 0;
        int end = minorEnd;
        if (end < build.length() && build.charAt(end) == '.') {
            int patchEnd = digits(build, end + 1);
            if (patchEnd >= 0) {
                patch = Integer.parseInt(build, end + 1, patchEnd, 10);
                end = patchEnd;
            }
        }
        // What follows the version is nothing, or a character that is not a digit and then no line
        // terminator (the regular expression's '.').
        if (end < build.length()) {
            if (isDigit(build.charAt(end))) {
                return null;
            }
            for (int i = end + 1; i < build.length(); i++) {
                char c = build.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return null;
                }
            }
        }
        return new XapiVersion(Integer.parseInt(build, at, majorEnd, 10),
                Integer.parseInt(build, majorEnd + 1, minorEnd, 10), patch);
    }

    /** The end of a run of 1 to 9 ASCII digits from {@code start}, or -1 when there is none. */
    private static int digits(String text, int start) {
        int end = start;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end == start || end - start > 9 ? -1 : end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
        if (major < 6) {
            // XenServer 5.x (2009 to 2012) ran releases older than 1.9.50 (2014-06), xen-api's first own tag.
            return Optional.of(XapiReleases.until("1.9.50"));
        }
        if (major < 7) {
            // XenServer 6.x ran releases before the tagged 1.9.81 of XenServer 7.0.
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

    /**
     * Returns the one release of this range, when it holds one alone.
     *
     * @return the release, or empty when the range holds several or is open
     */
    public Optional<XapiVersion> single() {
        // exactly(since): until is the next patch release.
        if (since.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        XapiVersion first = since.get();
        XapiVersion next = until.get();
        return next.major() == first.major() && next.minor() == first.minor() && next.patch() == first.patch() + 1
                ? since : Optional.empty();
    }

    /**
     * Tells whether a release runs the check.
     *
     * @param version the release
     * @return true if it is one of these releases
     */
    public boolean contains(XapiVersion version) {
        Objects.requireNonNull(version, "version");
        return since.map(version::isAtLeast).orElse(true) && until.map(u -> !version.isAtLeast(u)).orElse(true);
    }

    /**
     * Prints the range, such as {@code 1.249.0 on}, {@code before 1.14.0} or {@code every release}.
     *
     * @return the range in words
     */
    @Override
    public String toString() {
        if (since.isEmpty()) {
            return until.map(u -> "before " + u).orElse("every release");
        }
        return since.get() + until.map(u -> " to before " + u).orElse(" on");
    }
}
