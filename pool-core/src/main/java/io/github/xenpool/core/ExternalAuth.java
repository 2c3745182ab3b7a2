package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
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
     * Tells whether xapi would let hosts with these two settings share a pool: the same type,
     * and service names equal ignoring case.
     *
     * @param other the other host's setting
     * @return true if they match
     */
    public boolean matches(ExternalAuth other) {
        Objects.requireNonNull(other, "other");
        return type.equals(other.type)
                && serviceName.toLowerCase(Locale.ROOT).equals(other.serviceName.toLowerCase(Locale.ROOT));
    }
}
