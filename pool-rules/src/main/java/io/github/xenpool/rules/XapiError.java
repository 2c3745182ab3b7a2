package io.github.xenpool.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.List;
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

    /** The joining host has no management interface yet ({@code assert_management_interface_exists}). */
    public static final XapiError HOST_STILL_BOOTING = new XapiError("HOST_STILL_BOOTING");
    /** Clustering is enabled on the joining host; the parameter is its {@code Cluster_host}. */
    public static final XapiError CLUSTERING_ENABLED = new XapiError("CLUSTERING_ENABLED");
    /** The pool's cluster network is a VLAN that is not the management interface; the parameter is the VLAN tag. */
    public static final XapiError POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK =
            new XapiError("POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK");
    /** The joining host has no IP address, or more than one, on the pool's cluster network. */
    public static final XapiError POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK =
            new XapiError("POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK");
    /** An operation xapi does not allow; the parameter says why, such as {@code Network backends differ}. */
    public static final XapiError OPERATION_NOT_ALLOWED = new XapiError("OPERATION_NOT_ALLOWED");
    /** The joining host has running VMs (xapi's code since XenServer 6.0). */
    public static final XapiError JOINING_HOST_CANNOT_HAVE_RUNNING_VMS =
            new XapiError("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS");
    /** A host must still act on mandatory update guidance; the parameter is the host. */
    public static final XapiError HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY =
            new XapiError("HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY");
    /** The hosts run different platform versions or products ({@code assert_hosts_compatible}). */
    public static final XapiError HOSTS_NOT_COMPATIBLE = new XapiError("HOSTS_NOT_COMPATIBLE");
    /** The joining host's external authentication is not the master's. */
    public static final XapiError POOL_JOINING_EXTERNAL_AUTH_MISMATCH =
            new XapiError("POOL_JOINING_EXTERNAL_AUTH_MISMATCH");
    /** The licensing daemon could not compare the editions. */
    public static final XapiError V6D_FAILURE = new XapiError("V6D_FAILURE");
    /** The joining host speaks another XenAPI version than the master; the parameters are both. */
    public static final XapiError POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION =
            new XapiError("POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION");
    /** The joining host has another database schema than the master; the parameters are both. */
    public static final XapiError POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA =
            new XapiError("POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA");
    /** TLS verification is enabled on one side of the join only. */
    public static final XapiError POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH =
            new XapiError("POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH");
    /** A CA certificate name stands for different certificates on the two sides; the parameters are the names. */
    public static final XapiError POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT =
            new XapiError("POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT");
    /** A trusted certificate has overlapping but different purposes on the two sides. */
    public static final XapiError POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT =
            new XapiError("POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT");
    /** A pool of the join is applying updates. */
    public static final XapiError NOT_SUPPORTED_DURING_UPGRADE = new XapiError("NOT_SUPPORTED_DURING_UPGRADE");
    /** The joining host's storage driver lacks features of the pool's; the parameters are both drivers. */
    public static final XapiError POOL_JOINING_SM_FEATURES_INCOMPATIBLE =
            new XapiError("POOL_JOINING_SM_FEATURES_INCOMPATIBLE");
    /** The joining host's management interface is not a physical NIC (xapi before 2016). */
    public static final XapiError POOL_JOINING_HOST_MUST_HAVE_PHYSICAL_MANAGEMENT_NIC =
            new XapiError("POOL_JOINING_HOST_MUST_HAVE_PHYSICAL_MANAGEMENT_NIC");
    /** The joining host has interfaces that are not physical NICs (xapi in 2016). */
    public static final XapiError POOL_JOINING_HOST_MUST_ONLY_HAVE_PHYSICAL_PIFS =
            new XapiError("POOL_JOINING_HOST_MUST_ONLY_HAVE_PHYSICAL_PIFS");

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
     * Prints an error with its parameters as xenpool's reports show it: the code, then the
     * parameters as a list of quoted strings, a quote or backslash inside one escaped with a
     * backslash.
     *
     * @param code the wire string
     * @param parameters the parameters, in xapi's order
     * @return such as {@code HOSTS_NOT_HOMOGENEOUS ["CPUs differ"]}, or the code alone when there
     *     are no parameters
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static String format(String code, List<String> parameters) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.isEmpty()) {
            return code;
        }
        StringBuilder out = new StringBuilder(code).append(" [");
        for (int i = 0; i < parameters.size(); i++) {
            // Quotes and backslashes inside a parameter are escaped, so that the list reads back.
            String parameter = Text.name(parameters.get(i).replace("\\", "\\\\").replace("\"", "\\\""));
            out.append(i == 0 ? "\"" : ", \"").append(parameter).append('"');
        }
        return out.append(']').toString();
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
