package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The xapi releases that run a join check: from the release that added it, up to the release
 * that removed it (which no longer runs it).
 *
 * @param since the first release that runs the check, or empty when every release xenpool knows
 *     runs it
 * @param until the first release that no longer runs it, or empty when the latest still does
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record XapiReleases(Optional<XapiVersion> since, Optional<XapiVersion> until) {

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
