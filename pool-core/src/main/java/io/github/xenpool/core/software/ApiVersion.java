package io.github.xenpool.core.software;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The XenAPI version a host speaks, {@code API_version_major.API_version_minor}: 1.x up to
 * XenServer 6.1, 2.0 in 6.2, 2.7 in 7.2, 2.21 in XenServer 8. xapi refuses a join between hosts
 * of different API versions ({@code POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION}).
 *
 * @param major the major version, 0 or more
 * @param minor the minor version, 0 or more
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    private static final Comparator<ApiVersion> ORDER = Comparator.comparingInt(ApiVersion::major)
            .thenComparingInt(ApiVersion::minor);

    /**
     * Checks the components.
     *
     * @param major the major version
     * @param minor the minor version
     * @throws IllegalArgumentException if either is negative
     */
    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("an API version is two numbers of 0 or more, got " + major + "." + minor);
        }
    }

    /**
     * Reads {@code 2.21}.
     *
     * @param text the major and minor version joined by a dot
     * @return the version
     * @throws IllegalArgumentException if the text is not two numbers joined by a dot
     */
    public static ApiVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        int dot = trimmed.indexOf('.');
        try {
            if (dot > 0 && dot == trimmed.lastIndexOf('.')) {
                return new ApiVersion(Integer.parseInt(trimmed.substring(0, dot)),
                        Integer.parseInt(trimmed.substring(dot + 1)));
            }
        } catch (NumberFormatException e) {
            // reported below, with the text
        }
        throw new IllegalArgumentException("API version " + Text.quoted(text)
                + " is not a major and a minor version joined by a dot, such as 2.21");
    }

    @Override
    public int compareTo(ApiVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
