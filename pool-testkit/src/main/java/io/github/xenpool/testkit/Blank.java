package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.storage.StorageRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * One fact that decides a join, made unknown in a join case: the candidate's or the pool's
 * product version, licence edition, management address, external authentication, TLS
 * verification setting or certificates; the candidate's clock, management addressing and
 * bonding, hardware virtualization, hotfixes, or whether its VMs, SRs and network interfaces are
 * all listed; the addressing of the pool's storage server; what xapi knows of the pool the
 * candidate heads, or only its HA or clustering; the operations in progress in the pool; whether
 * the candidate has a management interface, its management VLAN and address family, the bridges
 * of its addressed PIFs, its network backend, and its own pool's SDN controllers, network
 * purposes and storage drivers; the pool's {@code Cluster_host} records; what xapi knows of the
 * candidate's templates, snapshots and control domains, of its and the master's
 * {@code software_version}, of its XenAPI version, updates and pending update guidance, and of the
 * pool's {@code cpu_info}. A check that reads the fact can then neither pass nor block: it can
 * only say that it cannot check.
 *
 * <pre>{@code
 * Gen<JoinCase> cases = JoinCases.compliant().map(Blank.MEMBER_LICENCE::applyTo);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Blank {
    /** The candidate's product version. */
    HOST_PRODUCT_VERSION,
    /** The product version of the pool master, which the candidate is compared with. */
    MASTER_PRODUCT_VERSION,
    /** The candidate's licence edition. */
    HOST_LICENCE,
    /** The licence edition of the pool's newest member, which makes the pool's edition unknown. */
    MEMBER_LICENCE,
    /** The candidate's management address. */
    HOST_ADDRESS,
    /** The management address of the pool's newest member. */
    MEMBER_ADDRESS,
    /** The candidate's clock: its offset from the master's and whether NTP keeps it. */
    HOST_CLOCK,
    /** Whether the candidate's management address is static, reserved or dynamic. */
    HOST_ADDRESSING,
    /** Whether the candidate's management interface is a bond. */
    HOST_BONDING,
    /** Whether hardware virtualization is enabled on the candidate. */
    HOST_VIRTUALIZATION,
    /** The hotfixes applied to the candidate. */
    HOST_HOTFIXES,
    /** Whether the candidate's VMs are all listed: its list of VMs becomes incomplete. */
    HOST_VMS,
    /** Whether the candidate's storage repositories are all listed. */
    HOST_STORAGE,
    /** Whether the candidate's network interfaces are all listed. */
    HOST_NETWORK_INTERFACES,
    /** How the servers of the pool's shared storage get their addresses, as xapi never records. */
    STORAGE_SERVER_ADDRESSING,
    /** The candidate's external authentication. */
    HOST_EXTERNAL_AUTH,
    /** The external authentication of the pool master, which the candidate is compared with. */
    MASTER_EXTERNAL_AUTH,
    /** Whether the pool the candidate heads verifies TLS certificates. */
    HOST_TLS_VERIFICATION,
    /** Whether the pool verifies TLS certificates. */
    POOL_TLS_VERIFICATION,
    /** The certificates of the pool the candidate heads. */
    HOST_CERTIFICATES,
    /** The certificates of the pool. */
    POOL_CERTIFICATES,
    /**
     * What xapi knows of the pool the candidate heads: its licence restrictions, HA, clustering
     * and operations in progress.
     */
    HOST_OWN_POOL,
    /** Whether HA is enabled on the pool the candidate heads. */
    HOST_OWN_POOL_HA,
    /** Whether clustering is enabled on the candidate, and which of its {@code Cluster_host} records are. */
    HOST_CLUSTERING,
    /** The operations in progress in the pool, such as {@code apply_updates}. */
    POOL_OPERATIONS,
    /** Whether the candidate has a management interface (a management PIF). */
    HOST_MANAGEMENT_INTERFACE,
    /** The VLAN of the candidate's management interface. */
    HOST_MANAGEMENT_VLAN,
    /** The address family the candidate's management interface uses first. */
    HOST_PRIMARY_ADDRESS_TYPE,
    /** The bridges of the candidate's PIFs that have an IPv4 address. */
    HOST_IPV4_BRIDGES,
    /** The pool's {@code Cluster_host} records, and so whether it adds joining hosts to a cluster. */
    POOL_CLUSTER_HOSTS,
    /** The candidate's network backend ({@code software_version:network_backend}). */
    HOST_NETWORK_BACKEND,
    /** The SDN controllers of the candidate's own pool. */
    HOST_SDN_CONTROLLERS,
    /** The purposes of the networks of the candidate's own pool. */
    HOST_NETWORK_PURPOSES,
    /** The storage drivers of the candidate's own pool. */
    HOST_STORAGE_DRIVERS,
    /** The candidate's templates, snapshots and control domains ({@link Host#nonGuestVms()}). */
    HOST_NON_GUEST_VMS,
    /** What the candidate's {@code software_version} says. */
    HOST_SOFTWARE_VERSION,
    /** What the master's {@code software_version} says. */
    MASTER_SOFTWARE_VERSION,
    /** The XenAPI version the candidate speaks. */
    HOST_API_VERSION,
    /** The patches and updates applied to the candidate. */
    HOST_UPDATES,
    /** The update guidance pending on the candidate. */
    HOST_PENDING_GUIDANCE,
    /** The pool's {@code cpu_info}, whose vendor xapi compares with the candidate's. */
    POOL_CPU_INFO;

    /**
     * Makes the fact unknown; everything else stays as it was, the case's mutation included.
     *
     * @param joinCase the case
     * @return the case with the fact unknown
     */
    public JoinCase applyTo(JoinCase joinCase) {
        Objects.requireNonNull(joinCase, "joinCase");
        Pool pool = joinCase.pool();
        Host host = joinCase.host();
        switch (this) {
            case HOST_PRODUCT_VERSION:
                host = withoutVersion(host);
                break;
            case MASTER_PRODUCT_VERSION:
                pool = pool.toBuilder().master(withoutVersion(pool.master())).build();
                break;
            case HOST_LICENCE:
                host = host.toBuilder().unknownLicence().build();
                break;
            case MEMBER_LICENCE:
                pool = withNewestMember(pool, member -> member.toBuilder().unknownLicence().build());
                break;
            case HOST_ADDRESS:
                host = withoutAddress(host);
                break;
            case MEMBER_ADDRESS:
                pool = withNewestMember(pool, Blank::withoutAddress);
                break;
            case HOST_CLOCK:
                host = host.toBuilder().unknownClock().build();
                break;
            case HOST_ADDRESSING:
                host = host.toBuilder().managementInterface(host.managementInterface().toBuilder().unknownAddressing()
                        .build()).build();
                break;
            case HOST_BONDING:
                host = host.toBuilder().managementInterface(new ManagementInterface(host.managementInterface().device(),
                        host.managementInterface().addressing(), host.managementInterface().ipAddress(), Optional.empty(),
                        host.managementInterface().vlanTag(), host.managementInterface().primaryAddressType())).build();
                break;
            case HOST_VIRTUALIZATION:
                host = host.withCpu(new Cpu(host.cpu().vendor(), host.cpu().modelName(), host.cpu().family(),
                        host.cpu().model(), host.cpu().stepping(), host.cpu().physicalFeatures(), host.cpu().features(),
                        host.cpu().maskingSupport(), Optional.empty(), host.cpu().sockets(), host.cpu().cpuCount(),
                        host.cpu().info()));
                break;
            case HOST_HOTFIXES:
                host = host.toBuilder().software(host.software().toBuilder().unknownHotfixes().build()).build();
                break;
            case HOST_VMS:
                host = host.toBuilder().incomplete(Host.Listing.VMS).build();
                break;
            case HOST_STORAGE:
                host = host.toBuilder().incomplete(Host.Listing.STORAGE).build();
                break;
            case HOST_NETWORK_INTERFACES:
                host = host.toBuilder().incomplete(Host.Listing.NETWORK_INTERFACES).build();
                break;
            case STORAGE_SERVER_ADDRESSING:
                pool = withStorageAddressingUnknown(pool);
                break;
            case HOST_EXTERNAL_AUTH:
                host = host.toBuilder().unknownExternalAuth().build();
                break;
            case MASTER_EXTERNAL_AUTH:
                pool = pool.toBuilder().master(pool.master().toBuilder().unknownExternalAuth().build()).build();
                break;
            case HOST_TLS_VERIFICATION:
                host = withOwnPool(host, own -> own.withTlsVerificationEnabled(Optional.empty()));
                break;
            case POOL_TLS_VERIFICATION:
                pool = pool.toBuilder().configuration(pool.configuration().withTlsVerificationEnabled(Optional.empty()))
                        .build();
                break;
            case HOST_CERTIFICATES:
                host = withOwnPool(host, own -> own.withCertificates(Optional.empty()));
                break;
            case POOL_CERTIFICATES:
                pool = pool.toBuilder().configuration(pool.configuration().withCertificates(Optional.empty())).build();
                break;
            case HOST_OWN_POOL:
                host = new Host(host.id(), host.hostname(), host.cpu(), host.software(), host.licence(),
                        host.managementInterface(), host.networkInterfaces(), host.clock(), host.vms(), host.storage(),
                        host.membership(), host.licenceParams(), host.externalAuth(), Optional.empty(),
                        host.incompleteListings(), host.managementInterfaceExists(), host.ipv4Bridges(),
                        host.nonGuestVms(), host.nameLabel(), host.xapiReference());
                break;
            case HOST_OWN_POOL_HA:
                host = withOwnPool(host, own -> new PoolConfiguration(own.tlsVerificationEnabled(), own.restrictions(),
                        own.currentOperations(), own.cpuInfo(), own.networkPurposes(), own.storageDrivers(),
                        own.clustered(), own.certificates(), Optional.empty(), own.enabledClusterHosts(),
                        own.clusterHosts(), own.sdnControllers()));
                break;
            case HOST_CLUSTERING:
                host = withOwnPool(host, own -> new PoolConfiguration(own.tlsVerificationEnabled(), own.restrictions(),
                        own.currentOperations(), own.cpuInfo(), own.networkPurposes(), own.storageDrivers(),
                        Optional.empty(), own.certificates(), own.haEnabled(), Optional.empty(), own.clusterHosts(),
                        own.sdnControllers()));
                break;
            case POOL_OPERATIONS:
                PoolConfiguration known = pool.configuration();
                pool = pool.toBuilder().configuration(new PoolConfiguration(known.tlsVerificationEnabled(),
                        known.restrictions(), Optional.empty(), known.cpuInfo(), known.networkPurposes(),
                        known.storageDrivers(), known.clustered(), known.certificates(), known.haEnabled(),
                        known.enabledClusterHosts(), known.clusterHosts(), known.sdnControllers())).build();
                break;
            case HOST_MANAGEMENT_INTERFACE:
                host = host.toBuilder().unknownWhetherManagementInterfaceExists().build();
                break;
            case HOST_MANAGEMENT_VLAN:
                host = withManagement(host, host.managementInterface().toBuilder().unknownVlanTag().build());
                break;
            case HOST_PRIMARY_ADDRESS_TYPE:
                host = withManagement(host, host.managementInterface().toBuilder().unknownPrimaryAddressType()
                        .build());
                break;
            case HOST_IPV4_BRIDGES:
                host = host.toBuilder().unknownIpv4Bridges().build();
                break;
            case POOL_CLUSTER_HOSTS:
                pool = pool.toBuilder().configuration(pool.configuration().withClusterHosts(Optional.empty())).build();
                break;
            case HOST_NETWORK_BACKEND: {
                TreeMap<String, String> fields = new TreeMap<>(host.software().softwareVersion().fields());
                fields.remove("network_backend");
                host = host.toBuilder().software(host.software().toBuilder().softwareVersion(SoftwareVersion.of(fields))
                        .build()).build();
                break;
            }
            case HOST_SDN_CONTROLLERS:
                host = withOwnPool(host, own -> own.withSdnControllers(Optional.empty()));
                break;
            case HOST_NETWORK_PURPOSES:
                host = withOwnPool(host, own -> own.withNetworkPurposes(Optional.empty()));
                break;
            case HOST_STORAGE_DRIVERS:
                host = withOwnPool(host, own -> own.withStorageDrivers(Optional.empty()));
                break;
            case HOST_NON_GUEST_VMS:
                host = host.toBuilder().unknownNonGuestVms().build();
                break;
            case HOST_SOFTWARE_VERSION:
                host = host.toBuilder().software(host.software().toBuilder().softwareVersion(SoftwareVersion.NONE)
                        .build()).build();
                break;
            case MASTER_SOFTWARE_VERSION:
                pool = pool.toBuilder().master(pool.master().toBuilder().software(pool.master().software().toBuilder()
                        .softwareVersion(SoftwareVersion.NONE).build()).build()).build();
                break;
            case HOST_API_VERSION:
                host = withSoftware(host, software -> new Software(software.productVersion(), software.buildNumber(),
                        software.hotfixes(), software.supplementalPacks(), software.softwareVersion(), Optional.empty(),
                        software.updates(), software.pendingGuidance()));
                break;
            case HOST_UPDATES:
                host = withSoftware(host, software -> new Software(software.productVersion(), software.buildNumber(),
                        software.hotfixes(), software.supplementalPacks(), software.softwareVersion(),
                        software.apiVersion(), Optional.empty(), software.pendingGuidance()));
                break;
            case HOST_PENDING_GUIDANCE:
                host = withSoftware(host, software -> new Software(software.productVersion(), software.buildNumber(),
                        software.hotfixes(), software.supplementalPacks(), software.softwareVersion(),
                        software.apiVersion(), software.updates(), Optional.empty()));
                break;
            case POOL_CPU_INFO:
                pool = pool.toBuilder().configuration(pool.configuration().withCpuInfo(Optional.empty())).build();
                break;
            default:
                throw new IllegalStateException("unhandled fact " + this);
        }
        return new JoinCase(pool, host, joinCase.mutation());
    }

    /** The host with another management interface, as unknown as before whether it exists. */
    private static Host withManagement(Host host, ManagementInterface nic) {
        Host.Builder builder = host.toBuilder().managementInterface(nic);
        host.managementInterfaceExists().ifPresentOrElse(builder::managementInterfaceExists,
                builder::unknownWhetherManagementInterfaceExists);
        return builder.build();
    }

    /** The host with a fact of the pool it heads changed; a host that heads none is left as it is. */
    private static Host withOwnPool(Host host, UnaryOperator<PoolConfiguration> change) {
        return host.ownPool().map(own -> host.toBuilder().ownPool(change.apply(own)).build()).orElse(host);
    }

    private static Host withSoftware(Host host, UnaryOperator<Software> change) {
        return host.toBuilder().software(change.apply(host.software())).build();
    }

    private static Host withoutVersion(Host host) {
        return host.toBuilder().software(host.software().toBuilder().unknownProductVersion().build()).build();
    }

    private static Host withoutAddress(Host host) {
        return host.toBuilder().managementInterface(host.managementInterface().toBuilder().unknownIpAddress().build())
                .build();
    }

    private static Pool withStorageAddressingUnknown(Pool pool) {
        List<StorageRepository> shared = new ArrayList<>();
        for (StorageRepository sr : pool.sharedStorage()) {
            shared.add(sr.server().isEmpty() ? sr : sr.toBuilder().server(sr.server().get().address()).build());
        }
        return pool.toBuilder().sharedStorage(shared).build();
    }

    private static Pool withNewestMember(Pool pool, UnaryOperator<Host> change) {
        if (pool.secondaries().isEmpty()) {
            return pool.toBuilder().master(change.apply(pool.master())).build();
        }
        List<Host> secondaries = new ArrayList<>(pool.secondaries());
        int newest = secondaries.size() - 1;
        secondaries.set(newest, change.apply(secondaries.get(newest)));
        return pool.toBuilder().secondaries(secondaries).build();
    }
}
