package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a host authenticates users besides root: xapi's {@code external_auth_type} ({@code AD}
 * for Active Directory, empty for none) and {@code external_auth_service_name} (the domain).
 * xapi refuses a join when the types differ or the service names differ (ignoring case since
 * xapi 24.33; exactly before).
 *
 * @param type the type, {@code AD}, or empty for none
 * @param serviceName the service name, such as {@code corp.example.com}, or empty for none
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ExternalAuth(String type, String serviceName) {

    /** No external authentication: only local accounts. */
    public static final ExternalAuth NONE = new ExternalAuth("", "");

    /**
     * Checks the components.
     *
     * @param type the type, or empty for none
     * @param serviceName the service name, or empty for none
     * @throws NullPointerException if a component is null
     */
    public ExternalAuth {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(serviceName, "serviceName");
    }

    /**
     * Tells whether the host uses external authentication.
     *
     * @return true if the type is not empty
     */
    public boolean isEnabled() {
        return !type.isEmpty();
    }

    /**
     * Tells whether xapi (24.33 on) would let hosts with these two settings share a pool: the
     * same type, and service names equal but for the case of ASCII letters (xapi lower-cases
     * {@code A} to {@code Z} only, so {@code É} and {@code é} differ).
     *
     * @param other the other host's setting
     * @return true if they match
     */
    public boolean matches(ExternalAuth other) {
        Objects.requireNonNull(other, "other");
        return type.equals(other.type) && asciiLowerCase(serviceName).equals(asciiLowerCase(other.serviceName));
    }

    /**
     * Lower-cases the ASCII letters of a text and nothing else, as OCaml's
     * {@code String.lowercase_ascii} does.
     *
     * @param text the text
     * @return the text with {@code A} to {@code Z} lower-cased
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static String asciiLowerCase(String text) {
        Objects.requireNonNull(text, "text");
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
