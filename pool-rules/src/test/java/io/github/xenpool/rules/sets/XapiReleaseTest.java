package io.github.xenpool.rules.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which xapi release a host runs, read from its {@code software_version} as each era of xapi fills
 * it (the values are those of real hosts where one is known).
 */
class XapiReleaseTest {

    private static XapiReleases of(Map<String, String> fields) {
        return XapiReleases.of(SoftwareVersion.of(fields));
    }

    @Test
    void xapiBuildNamesTheReleaseExactly() {
        // XenServer 8 (xe host-param-get software-version, xen-api PR 5711).
        assertEquals(XapiReleases.exactly(XapiVersion.parse("24.15.0")),
                of(Map.of("xapi", "24.15", "xapi_build", "24.15.0.41.g036d8331c", "product_version", "8.4.0")));
        assertEquals(XapiReleases.exactly(XapiVersion.parse("1.249.26")), of(Map.of("xapi_build", "1.249.26-1")));
    }

    @Test
    void aBuildWithoutAVersionNamesNoRelease() {
        assertEquals(XapiReleases.ALWAYS, of(Map.of("xapi_build", "0.0.dev")));
    }

    @Test
    void aProductVersionNamesTheLineOfReleasesItShippedWith() {
        // XenServer 7.0 (auto-cert-kit's software_version): xapi says 1.9, as every release up to 7.2 did.
        assertEquals(XapiReleases.between("1.9.81", "1.9.84"),
                of(Map.of("product_version", "7.0.93", "xapi", "1.9", "platform_version", "2.1.4")));
        assertEquals(XapiReleases.between("1.249.0", "1.250.0"), of(Map.of("product_version", "8.2.1", "xapi", "1.20")));
        assertEquals(XapiReleases.between("1.14.0", "1.15.0"), of(Map.of("product_version", "7.1.2")));
        // XenServer 5.6 FP1 (2010) predates xen-api's own tags, from v1.9.50 (2014) on; 6.x ran releases up to 7.0's.
        assertEquals(XapiReleases.until("1.9.50"), of(Map.of("product_version", "5.6.100", "xapi", "1.3")));
        assertEquals(XapiReleases.until("1.9.81"), of(Map.of("product_version", "6.2.0", "xapi", "1.3")));
        assertEquals(XapiReleases.since("22.20.0"), of(Map.of("product_version", "8.3.0")));
    }

    @Test
    void withoutAProductVersionTheXapiKeyNamesTheReleasesOfItsEra() {
        assertEquals(XapiReleases.between("1.31.0", "1.250.0"), of(Map.of("xapi", "1.20")));
        assertEquals(XapiReleases.between("1.9.60", "1.31.0"), of(Map.of("xapi", "1.9")));
        assertEquals(XapiReleases.until("1.9.50"), of(Map.of("xapi", "1.3")));
        assertEquals(XapiReleases.between("24.11.0", "24.12.0"), of(Map.of("xapi", "24.11")));
        assertEquals(XapiReleases.between("1.250.0", "1.251.0"), of(Map.of("xapi", "1.250")));
    }

    @Test
    void nothingKnownMeansAnyRelease() {
        assertEquals(XapiReleases.ALWAYS, of(Map.of()));
        assertEquals(XapiReleases.ALWAYS, of(Map.of("xapi", "one", "product_version", "next")));
        assertEquals(XapiReleases.ALWAYS, of(Map.of("xapi", "1.5")));
    }

    @Test
    void onlyASingleReleaseIsExact() {
        assertEquals(true, XapiReleases.exactly(XapiVersion.parse("24.19.2")).single().isPresent());
        assertEquals(false, XapiReleases.between("1.249.0", "1.250.0").single().isPresent());
        assertEquals(false, XapiReleases.ALWAYS.single().isPresent());
    }

    @Test
    void rangesMeetWhenSomeReleaseIsInBoth() {
        XapiReleases line82 = XapiReleases.between("1.249.0", "1.250.0");

        assertEquals(true, XapiReleases.since("1.35.0").overlaps(line82));
        assertEquals(false, XapiReleases.since("1.297.0").overlaps(line82));
        assertEquals(false, XapiReleases.until("1.249.0").overlaps(line82));
        assertEquals(true, XapiReleases.until("1.249.1").overlaps(line82));
        assertEquals(true, XapiReleases.ALWAYS.overlaps(line82));
        assertEquals(true, line82.overlaps(XapiReleases.ALWAYS));
    }
}
