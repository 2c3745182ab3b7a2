package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An error code of xapi's {@code pool.join}, as it goes over the wire (the strings of
 * {@code api_errors.ml}), so that a violation can say which failure of the real toolstack it
 * stands for. The constants are the codes the shipped rules stand for; {@link #of(String)} makes
 * any other, so that rules written later can name codes this class does not list yet.
 *
 * @param code the wire string, such as {@code HOSTS_NOT_HOMOGENEOUS}: capital letters, digits and
 *     underscores, starting with a letter
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record XapiError(String code) {

    /** The host differs from the pool in software or CPU ({@code assert_hosts_homogeneous}). */
    public static final XapiError HOSTS_NOT_HOMOGENEOUS = new XapiError("HOSTS_NOT_HOMOGENEOUS");
    /** A licence restriction, such as a capped pool size; xapi spells it the British way. */
    public static final XapiError LICENCE_RESTRICTION = new XapiError("LICENCE_RESTRICTION");
    /** The joining host is the master of a pool with other hosts. */
    public static final XapiError JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS =
            new XapiError("JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS");
    /** The joining host is a member (a slave) of another pool. */
    public static final XapiError HOST_IS_SLAVE = new XapiError("HOST_IS_SLAVE");
    /** The pool's licence does not allow a feature the join needs, such as CPU masking. */
    public static final XapiError FEATURE_RESTRICTED = new XapiError("FEATURE_RESTRICTED");
    /** The joining host's management interface is a bond (XenServer 5.6 to 6.5). */
    public static final XapiError JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND =
            new XapiError("JOINING_HOST_CANNOT_CONTAIN_NETWORK_BOND");
    /** The joining host has running or suspended VMs. */
    public static final XapiError JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS =
            new XapiError("JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS");
    /** A VM of the joining host has an operation in progress. */
    public static final XapiError JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS =
            new XapiError("JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS");
    /** The joining host has a shared storage repository. */
    public static final XapiError JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS =
            new XapiError("JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS");
    /** The joining host runs another product version than the pool. */
    public static final XapiError POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION =
            new XapiError("POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION");
    /** The joining host's licence edition is not the pool's. */
    public static final XapiError LICENSE_HOST_POOL_MISMATCH = new XapiError("LICENSE_HOST_POOL_MISMATCH");
    /** HA is enabled on the pool (or on the joining host's own pool). */
    public static final XapiError HA_IS_ENABLED = new XapiError("HA_IS_ENABLED");
    /** The joining host's management VLAN is not the master's. */
    public static final XapiError POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH =
            new XapiError("POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH");
    /** The joining host has VLANs besides its management interface. */
    public static final XapiError POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS =
            new XapiError("POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS");
    /** The joining host has bonds. */
    public static final XapiError POOL_JOINING_HOST_HAS_BONDS = new XapiError("POOL_JOINING_HOST_HAS_BONDS");
    /** The joining host has tunnels. */
    public static final XapiError POOL_JOINING_HOST_HAS_TUNNELS = new XapiError("POOL_JOINING_HOST_HAS_TUNNELS");
    /** The joining host has network SR-IOVs. */
    public static final XapiError POOL_JOINING_HOST_HAS_NETWORK_SRIOVS =
            new XapiError("POOL_JOINING_HOST_HAS_NETWORK_SRIOVS");

    /**
     * Checks the code.
     *
     * @param code the wire string
     * @throws NullPointerException if the code is null
     * @throws IllegalArgumentException if the code is not capital letters, digits and underscores
     *     starting with a letter; the message quotes it
     */
    public XapiError {
        Objects.requireNonNull(code, "code");
        if (!isCode(code)) {
            throw new IllegalArgumentException("an xapi error code is capital letters, digits and underscores"
                    + " starting with a letter, such as HOSTS_NOT_HOMOGENEOUS; got " + Text.quoted(code));
        }
    }

    private static boolean isCode(String code) {
        if (code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the error of a code: one of the constants, or a code they do not list.
     *
     * @param code the wire string, such as {@code HOSTS_NOT_HOMOGENEOUS}
     * @return the error
     * @throws IllegalArgumentException if the code is not capital letters, digits and underscores
     *     starting with a letter
     */
    public static XapiError of(String code) {
        return new XapiError(code);
    }

    /**
     * Returns the wire string.
     *
     * @return the code, such as {@code HOSTS_NOT_HOMOGENEOUS}
     */
    @Override
    public String toString() {
        return code;
    }
}
