package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A release of xapi, the toolstack that runs {@code pool.join}, as its tags name it: {@code 1.249.26}
 * (XCP-ng 8.2 and Citrix Hypervisor 8.2), {@code 24.19.2} (XenServer 8, XCP-ng 8.3). The join
 * checks of {@link io.github.xenpool.rules.sets.RuleSets#xapi(XapiVersion)} are those of one release.
 *
 * <pre>{@code
 * XapiVersion xcpng82 = XapiVersion.parse("1.249.26");
 * boolean newer = XapiVersion.parse("24.19.2").compareTo(xcpng82) > 0;   // true
 * }</pre>
 *
 * @param major the major version, 0 or more
 * @param minor the minor version, 0 or more
 * @param patch the patch version, 0 or more
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record XapiVersion(int major, int minor, int patch) implements Comparable<XapiVersion> {

    private static final Comparator<XapiVersion> ORDER = Comparator.comparingInt(XapiVersion::major)
            .thenComparingInt(XapiVersion::minor).thenComparingInt(XapiVersion::patch);

    /**
     * Checks the parts.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @throws IllegalArgumentException if a part is negative
     */
    public XapiVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("an xapi version has parts of 0 or more, got " + major + "." + minor
                    + "." + patch);
        }
    }

    /**
     * Reads a version as xapi's tags and its {@code xapi_build} print it: two or three numbers
     * joined by dots, with an optional {@code v} before them ({@code v1.249.0}); a missing patch
     * number is 0.
     *
     * @param text such as {@code 1.249.26}, {@code v24.19.2} or {@code 25.6}
     * @return the version
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is not such a version; the message quotes it
     */
    public static XapiVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.startsWith("v") ? text.substring(1) : text;
        String[] parts = digits.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw notAVersion(text);
        }
        int[] numbers = new int[3];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i], text);
        }
        return new XapiVersion(numbers[0], numbers[1], numbers[2]);
    }

    private static int number(String part, String text) {
        if (part.isEmpty() || part.length() > 9) {
            throw notAVersion(text);
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                throw notAVersion(text);
            }
        }
        return Integer.parseInt(part);
    }

    private static IllegalArgumentException notAVersion(String text) {
        return new IllegalArgumentException("an xapi version is two or three numbers joined by dots, such as 1.249.26"
                + " or 24.19.2, got " + Text.quoted(text));
    }

    @Override
    public int compareTo(XapiVersion other) {
        return ORDER.compare(this, Objects.requireNonNull(other, "other"));
    }

    /**
     * Tells whether this release is the other one or a later one.
     *
     * @param other the other release
     * @return true if this one is not older
     */
    public boolean isAtLeast(XapiVersion other) {
        return compareTo(other) >= 0;
    }

    /**
     * Prints the version as xapi's tags do, without the {@code v}.
     *
     * @return such as {@code 1.249.26}
     */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
