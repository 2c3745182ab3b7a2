package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.software.SoftwareVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link XapiReleases#of} reads {@code xapi_build} without a regular expression; the law says it
 * answers as the regular expression it replaces, on strings made of the characters that matter.
 */
class XapiReleasesOfBuildTest {

    private static final Pattern BUILD = Pattern.compile("v?(\\d{1,9})\\.(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\D.*)?");

    /** What the regular expression reads, or every release when it reads none. */
    private static XapiReleases expected(String build) {
        Matcher matcher = BUILD.matcher(build);
        if (matcher.matches() && Integer.parseInt(matcher.group(1)) > 0) {
            return XapiReleases.exactly(new XapiVersion(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3))));
        }
        return XapiReleases.ALWAYS;
    }

    private static XapiReleases read(String build) {
        return XapiReleases.of(SoftwareVersion.of(Map.of("xapi_build", build)));
    }

    /** Builds such as {@code 24.19.2-1}, {@code v1.2.x}, {@code 0.0.dev} and digits runs of 0 to 11. */
    private static Gen<String> builds() {
        Gen<String> piece = Generate.oneOf(
                integers().between(0, 11).map(n -> "1234567890123".substring(0, n)),
                Generate.pick(List.of(".", ".", "v", "-", "g", "x", "\n", "\r", "\u2028", " ", "0", "9")));
        return lists().of(piece).ofSizeBetween(0, 8).map(pieces -> String.join("", pieces));
    }

    @Test
    void aBuildReadsAsTheRegularExpressionReadsIt() {
        qt(5000).forAll(builds()).checkAssert(build -> assertEquals(expected(build), read(build), build));
    }

    @Test
    void buildsOfEveryShapeReadAsTheRegularExpressionReadsThem() {
        for (String build : List.of("24.19.2", "24.19.2-1", "v24.19.2", "1.249.26-1", "24.15.0.41.g036d8331c",
                "0.0.dev", "24.19", "24.19.", "24.19.x", "24", "24.", ".19.2", "v", "", "24.19.1234567890",
                "1234567890.1.2", "1.1234567890.2", "24.19.2\n", "24.19.2-\nx", "24.19\n", "24.19.2x\u2028",
                "999999999.999999999.999999999", "v.1.2", "vv1.2.3")) {
            assertEquals(expected(build), read(build), build);
        }
    }

    @Test
    void oneReleaseAloneIsSingleAndNoOtherRangeIs() {
        Gen<Optional<XapiVersion>> bounds = integers().between(0, 3).zip(integers().between(0, 3),
                integers().between(-1, 3), (major, minor, patch) -> patch < 0 ? Optional.<XapiVersion>empty()
                        : Optional.of(new XapiVersion(major, minor, patch)));
        qt(2000).forAll(bounds, bounds).assuming((since, until) -> since.isEmpty() || until.isEmpty()
                || until.get().compareTo(since.get()) > 0).checkAssert((since, until) -> {
                    XapiReleases releases = new XapiReleases(since, until);
                    boolean alone = since.isPresent() && releases.equals(XapiReleases.exactly(since.get()));
                    assertEquals(alone ? since : Optional.empty(), releases.single(), releases.toString());
                });
    }
}
