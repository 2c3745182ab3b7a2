package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One way a host can differ from a host that meets every requirement of a pool (or a pool from
 * one that a compliant host can join: {@code pool-full}, {@code ha-enabled},
 * {@code pool-applying-updates}): the thing a join check should notice. Each has a stable name
 * ({@code running-vm}, {@code cpu-vendor} …) so that a test can ask for it;
 * {@link JoinCases#mutated(Mutation)} makes join cases with it. The last eleven, from
 * {@code external-auth} on, are differences that xapi's own checks notice and the XenServer 5.6
 * rules do not, but for {@code joining-itself}, which they see as a host already in the pool.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum Mutation {
    /** A VM of the host is running. */
    RUNNING_VM,
    /** A VM of the host is suspended. */
    SUSPENDED_VM,
    /** A halted VM of the host has an operation in progress (export, clone …). */
    VM_WITH_OPERATION,
    /** The host has a shared SR configured. */
    SHARED_SR,
    /** The host's management interface is a bond. */
    BONDED_MANAGEMENT,
    /** The host's management interface takes its address from DHCP without a reservation. */
    DYNAMIC_DHCP,
    /** The host's clock is 30 seconds to an hour away from the master's. */
    CLOCK_SKEW,
    /** The host's clock is in step, but no NTP keeps it there. */
    NO_NTP,
    /** The host runs another product version. */
    PRODUCT_VERSION,
    /** The host lacks one of the pool's hotfixes or has one more; its applied patches differ alike. */
    HOTFIX,
    /** The host lacks one of the pool's supplemental packs or has one more. */
    SUPPLEMENTAL_PACK,
    /** The host has one of the pool's supplemental packs at another revision. */
    PACK_REVISION,
    /** The host has another licence edition than the pool. */
    LICENCE_EDITION,
    /** The host's CPU is of another vendor. */
    CPU_VENDOR,
    /** The host's CPU lacks features of the pool's level: no mask can add them. */
    MISSING_CPU_FEATURES,
    /** The host's CPU has extra features in the extended leaf but can mask only the base leaf. */
    UNMASKABLE_CPU_FEATURES,
    /** The host's CPU has extra features and cannot mask at all. */
    NO_MASKING_SUPPORT,
    /** The host's CPU has extra features it can mask, and the pool is Enterprise: a masked join. */
    MASKABLE_CPU_FEATURES,
    /** The host's CPU has extra features it can mask, but the pool is below Enterprise. */
    MASKING_WITHOUT_ENTERPRISE,
    /** The host's VT-x / AMD-V is disabled (the pool may or may not run HVM VMs). */
    VIRTUALIZATION_OFF,
    /** The pool already has 16 hosts. */
    POOL_FULL,
    /** HA is enabled on the pool, which xapi refuses to let any host join. */
    HA_ENABLED,
    /** The host is a member of another pool, or the master of one with other hosts. */
    IN_ANOTHER_POOL,
    /**
     * The host authenticates users otherwise than the pool master: it uses an AD domain the master
     * does not, or none where the master uses one, or another domain.
     */
    EXTERNAL_AUTH,
    /** The pool the host heads verifies TLS certificates and the pool does not, or the other way round. */
    TLS_VERIFICATION,
    /** The pool the host heads trusts another certificate under the name of one of the pool's CA certificates. */
    CA_CERTIFICATE_NAME,
    /**
     * The pool the host heads trusts one of the pool's unnamed trusted certificates for purposes
     * that overlap the pool's but differ from them (LDAPS and licensing where the pool has LDAPS).
     */
    TRUSTED_CERTIFICATE_PURPOSES,
    /** The licence of the pool the host heads withholds pooling ({@code restrict_pooling} is {@code true}). */
    POOLING_UNLICENSED,
    /**
     * The licence of the pool the host heads restricts pools to 3 hosts ({@code restrict_pool_size}
     * is {@code true}), and the pool has 3 hosts or more.
     */
    POOL_SIZE_RESTRICTED,
    /** HA is enabled on the pool the host heads. */
    HA_ENABLED_ON_HOST,
    /** Clustering is enabled on the host: its {@code Cluster_host} is enabled. */
    CLUSTERING_ON_HOST,
    /** The host is the pool's master: it has the master's UUID. */
    JOINING_ITSELF,
    /** The pool the host heads is applying updates ({@code apply_updates} in its current operations). */
    HOST_APPLYING_UPDATES,
    /** The pool is applying updates ({@code apply_updates} in its current operations). */
    POOL_APPLYING_UPDATES,
    /**
     * The host has no management interface: none of its PIFs is the management PIF, as while xapi
     * is still setting it up ({@code HOST_STILL_BOOTING}). What is known of the interface it will
     * have stays.
     */
    NO_MANAGEMENT_INTERFACE,
    /**
     * The pool adds joining hosts to its cluster, and either the host has no IPv4 address or two
     * on the cluster's network, or the pool's cluster runs on a VLAN that is not its management
     * network.
     */
    CLUSTER_NETWORK_ADDRESS,
    /** The host has a bond besides its management interface. */
    BOND,
    /** The host has a tunnel (a private network of Open vSwitch). */
    TUNNEL,
    /** The host has an SR-IOV network. */
    SRIOV_NETWORK,
    /** The host has a VLAN besides its management interface. */
    VLAN,
    /** The host's management interface is on a VLAN, and the master's is untagged. */
    MANAGEMENT_VLAN,
    /** The host runs the bridge network backend, and the master Open vSwitch. */
    NETWORK_BACKEND,
    /** The host's management interface uses IPv6 first, and the master's IPv4. */
    PRIMARY_ADDRESS_TYPE,
    /** The host's own pool has a network for insecure NBD, and the pool one for NBD. */
    NBD_PURPOSE,
    /**
     * The host's storage drivers do not match the pool's: it lacks one of the pool's SR types,
     * has two drivers of one, or offers a feature at a lower version.
     */
    SM_FEATURES,
    /**
     * A control domain of the host other than dom0, such as a driver domain, is running (one of
     * {@link io.github.xenpool.core.Host#nonGuestVms()}): xapi 1.9.91 on refuses the join, the
     * seed's rules read the guests only.
     */
    RUNNING_CONTROL_DOMAIN,
    /**
     * A template, a snapshot or dom0 of the host has an operation in progress (one of
     * {@link io.github.xenpool.core.Host#nonGuestVms()}): xapi counts every VM record, the seed's
     * rules the guests only.
     */
    BUSY_NON_GUEST_VM,
    /**
     * The host (or, half the time, the pool's master) has mandatory update guidance pending, such
     * as {@code reboot_host}.
     */
    PENDING_GUIDANCE,
    /** The host's {@code software_version} has another {@code platform_version} than the master's. */
    PLATFORM_VERSION,
    /**
     * The host's {@code software_version} differs from the master's in a field every release of
     * xapi's homogeneity check compares: another {@code git_id}, or the Linux pack {@code xs:linux}
     * installed on one side only.
     */
    SOFTWARE_BUILD,
    /** The host speaks another XenAPI version ({@code API_version_major.minor}) than the master. */
    API_VERSION,
    /** The host's {@code software_version} has another {@code db_schema} than the master's. */
    DB_SCHEMA,
    /**
     * The host has an applied {@code pool_update} that enforces homogeneity and the master has
     * not, or (half the time) the master has one the host has not.
     */
    HOMOGENEOUS_UPDATE;

    /**
     * Returns the mutation's stable name.
     *
     * @return the constant's name in lower case with {@code -}, such as {@code running-vm}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds a mutation by its name.
     *
     * @param label such as {@code running-vm} (the constant's name, such as {@code RUNNING_VM},
     *     works too)
     * @return the mutation
     * @throws IllegalArgumentException if no mutation has that name; the message lists them
     */
    public static Mutation named(String label) {
        Objects.requireNonNull(label, "label");
        for (Mutation mutation : values()) {
            if (mutation.label().equals(label) || mutation.name().equals(label)) {
                return mutation;
            }
        }
        throw new IllegalArgumentException("unknown mutation \"" + label + "\"; known: "
                + Arrays.stream(values()).map(Mutation::label).collect(Collectors.joining(", ")));
    }
}
