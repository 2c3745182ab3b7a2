package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.LicenceParams;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of join cases: a pool and a candidate that meets every requirement of the
 * XenServer 5.6 seed and every check of xapi's {@code Pool.join}, or that differs from such a
 * candidate in exactly one {@link Mutation} (or in a few, {@link #mutated(Gen, Mutation...)}). The
 * pools run software of any era ({@link Softwares#software()}), or of the era or xapi release asked
 * for ({@link #compliant(Gen)}, {@link #compliant(String)}); the candidate runs the master's.
 *
 * <p>The pools are homogeneous or heterogeneous, of 1 to 15 hosts (16 for {@code pool-full}),
 * always with a shared SR on a statically addressed server, with HA off (on for
 * {@code ha-enabled}): xapi refuses every join into a pool with HA on, and with no operation in
 * progress. The candidate heads a pool of its own whose licence allows pooling at any size, with
 * HA and clustering off and no operation in progress. What xapi's later network and storage
 * checks read of a pool is known: its hosts run Open vSwitch and manage over IPv4, it has a
 * cluster that adds joining hosts on the management network, no SDN controller, a network for
 * NBD, and two storage drivers. Cases shrink towards small pools and the first CPU models of the
 * catalog.
 *
 * <pre>{@code
 * qt().withFixedSeed(42).forAll(JoinCases.mutated("running-vm"))
 *         .check(c -> RuleSets.xenServer56().evaluate(c.pool(), c.host())
 *                 .hasViolation("vm.running-or-suspended"));
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class JoinCases {

    private JoinCases() {
    }

    private static Gen<Pool> pools(Gen<Software> software) {
        return Generate.oneOf(Pools.homogeneous(1, 15, true, software), heterogeneousWithSharedStorage(software))
                .map(JoinCases::withoutHa).map(Pools::withJoinFacts);
    }

    /** No host can join a pool with HA on, so a compliant case's pool has it off. */
    private static Pool withoutHa(Pool pool) {
        return pool.haEnabled() ? pool.toBuilder().haEnabled(false).build() : pool;
    }

    private static Gen<Pool> heterogeneousWithSharedStorage(Gen<Software> software) {
        return Pools.heterogeneous(2, 15, software).map(pool -> pool.hasSharedStorage() ? pool
                : pool.toBuilder().sharedStorageRepository(Pools.sharedNfs(pool.name())).build());
    }

    /**
     * Pools with a candidate that meets every requirement; the pool runs software of any era
     * ({@link Softwares#software()}).
     *
     * @return the generator
     */
    public static Gen<JoinCase> compliant() {
        return compliant(Softwares.software());
    }

    /**
     * Pools whose members run software of {@code software}, with a candidate that meets every
     * requirement (and so runs the master's software).
     *
     * <pre>{@code
     * qt().forAll(JoinCases.compliant(Softwares.xenServer5And6()))
     *         .check(c -> RuleSets.xenServer56().evaluate(c.pool(), c.host()).violations().isEmpty());
     * }</pre>
     *
     * @param software the pool's software, such as {@link Softwares#of(String)}
     * @return the generator
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static Gen<JoinCase> compliant(Gen<Software> software) {
        Objects.requireNonNull(software, "software");
        return pools(software).flatMap(pool -> Hosts.compliantWith(pool).map(host -> new JoinCase(pool, host,
                List.of())));
    }

    /**
     * Pools that run one xapi release, with a candidate that meets every requirement: the cases of
     * {@link #compliant(Gen)} with the software of {@link Softwares#of(String)}.
     *
     * <pre>{@code
     * XapiVersion release = XapiVersion.parse("24.19.2");                   // XCP-ng 8.3, XenServer 8
     * qt().forAll(JoinCases.compliant(release.toString()))
     *         .check(c -> RuleSets.xapi(release).evaluate(c.pool(), c.host()).violations().isEmpty());
     * }</pre>
     *
     * @param xapiRelease one of {@link Softwares#XAPI_RELEASES}, such as {@code 24.19.2}
     * @return the generator
     * @throws IllegalArgumentException if the testkit knows no such release
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static Gen<JoinCase> compliant(String xapiRelease) {
        return compliant(Softwares.of(xapiRelease));
    }

    /**
     * Pools with a candidate that differs from a compliant one in exactly one aspect.
     *
     * @param mutation the aspect
     * @return the generator
     */
    public static Gen<JoinCase> mutated(Mutation mutation) {
        Objects.requireNonNull(mutation, "mutation");
        return compliant().zip(integers().between(0, 1_000_000), (base, n) -> mutate(base, mutation, n));
    }

    /**
     * Pools with a candidate that differs from a compliant one in each of several aspects, applied
     * in the order given: the pool of {@code running-vm} and {@code db-schema} has a candidate with
     * a running VM and another database schema. Combine mutations of different facts: of two that
     * change the same fact (two CPU mutations, say), the later one's change is what remains.
     *
     * <pre>{@code
     * qt().forAll(JoinCases.mutated(Softwares.of("24.39.1"), Mutation.DB_SCHEMA, Mutation.RUNNING_VM))
     *         .check(c -> RuleSets.xapi().evaluate(c.pool(), c.host()).xapiAnswer().error().get()
     *                 .xapiErrorCode().get().equals("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS"));
     * }</pre>
     *
     * @param software the pool's software, such as {@link Softwares#of(String)}
     * @param mutations the aspects, at least one, each once
     * @return the generator; the cases' {@link JoinCase#mutations()} are the mutations in that order
     * @throws IllegalArgumentException if no mutation is given, or one is given twice
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static Gen<JoinCase> mutated(Gen<Software> software, Mutation... mutations) {
        Objects.requireNonNull(software, "software");
        List<Mutation> applied = List.of(Objects.requireNonNull(mutations, "mutations"));
        if (applied.isEmpty() || Set.copyOf(applied).size() < applied.size()) {
            throw new IllegalArgumentException("mutate a case by one mutation or more, each once; got " + applied);
        }
        Gen<List<Integer>> numbers = lists().of(integers().between(0, 1_000_000)).ofSize(applied.size());
        return compliant(software).zip(numbers, (base, ns) -> {
            JoinCase mutated = base;
            for (int i = 0; i < applied.size(); i++) {
                mutated = mutate(mutated, applied.get(i), ns.get(i));
            }
            return mutated;
        });
    }

    /**
     * Pools of any software with a candidate that differs from a compliant one in each of several
     * aspects: {@link #mutated(Gen, Mutation...)} with {@link Softwares#software()}.
     *
     * @param mutations the aspects, at least one, each once
     * @return the generator
     * @throws IllegalArgumentException if no mutation is given, or one is given twice
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static Gen<JoinCase> mutated(Mutation... mutations) {
        return mutated(Softwares.software(), mutations);
    }

    /**
     * Pools with a candidate that differs in the named aspect.
     *
     * @param label the mutation's name, such as {@code running-vm}
     * @return the generator
     * @throws IllegalArgumentException if no mutation has that name
     */
    public static Gen<JoinCase> mutated(String label) {
        return mutated(Mutation.named(label));
    }

    /**
     * Compliant cases and cases of every mutation, each kind equally likely.
     *
     * @return the generator
     */
    public static Gen<JoinCase> any() {
        List<Optional<Mutation>> kinds = new ArrayList<>();
        kinds.add(Optional.empty());
        for (Mutation mutation : Mutation.values()) {
            kinds.add(Optional.of(mutation));
        }
        return Generate.pick(kinds).flatMap(kind -> kind.map(JoinCases::mutated).orElseGet(JoinCases::compliant));
    }

    /** Applies a mutation; {@code n} is a free random number for the choices it makes. */
    static JoinCase mutate(JoinCase base, Mutation mutation, int n) {
        Pool pool = base.pool();
        Host host = base.host();
        Host.Builder changed = host.toBuilder();
        String name = host.hostname();
        switch (mutation) {
            case RUNNING_VM:
                changed.vm(vm(name, "running", PowerState.RUNNING, n));
                break;
            case SUSPENDED_VM:
                changed.vm(vm(name, "suspended", PowerState.SUSPENDED, n));
                break;
            case VM_WITH_OPERATION:
                changed.vm(vm(name, "busy", PowerState.HALTED, n).toBuilder()
                        .currentOperation(VmOperation.values()[n % VmOperation.values().length]).build());
                break;
            case SHARED_SR:
                changed.storageRepository(StorageRepository.sharedNfs(Ids.uuid("own-sr", name, String.valueOf(n)),
                        "filer-" + n + ".example.com").name("own-nfs").build());
                break;
            case BONDED_MANAGEMENT:
                changed.managementInterface(host.managementInterface().toBuilder().device("bond0").bonded(true)
                        .build());
                break;
            case DYNAMIC_DHCP:
                changed.managementInterface(host.managementInterface().toBuilder().addressing(Addressing.DHCP).build());
                break;
            case CLOCK_SKEW:
                changed.clock(Duration.ofSeconds((30 + n % 3570) * (n % 2 == 0 ? 1 : -1)), n % 3 == 0);
                break;
            case NO_NTP:
                changed.clock(Duration.ofMillis(n % 4001 - 2000), false);
                break;
            case PRODUCT_VERSION:
                changed.software(host.software().toBuilder().productVersion(otherVersion(host.software(), n)).build());
                break;
            case HOTFIX:
                changed.software(otherHotfixes(host.software(), n));
                break;
            case SUPPLEMENTAL_PACK:
                changed.software(otherPacks(host.software(), n));
                break;
            case PACK_REVISION:
                changed.software(otherRevision(host.software(), n));
                break;
            case LICENCE_EDITION:
                changed.licence(otherEdition(pool.edition().orElseThrow(), n));
                break;
            case CPU_VENDOR:
                changed.cpu(otherVendorCpu(host.cpu().vendor().orElseThrow(), n));
                break;
            case MISSING_CPU_FEATURES:
                changed.cpu(withFeatures(host.cpu(), host.cpu().physicalFeatures().orElseThrow().minus(someOf(
                        pool.cpuLevel().orElseThrow().compared(), n)), MaskingSupport.FULL));
                break;
            case UNMASKABLE_CPU_FEATURES:
                changed.cpu(withFeatures(host.cpu(), host.cpu().physicalFeatures().orElseThrow()
                        .union(absent(host.cpu().physicalFeatures().orElseThrow(), CpuFamilies.EXTENDED_WORD_FEATURES, n)),
                        MaskingSupport.BASE));
                break;
            case NO_MASKING_SUPPORT:
                changed.cpu(withFeatures(host.cpu(), host.cpu().physicalFeatures().orElseThrow()
                        .union(absent(host.cpu().physicalFeatures().orElseThrow(), CpuFamilies.BASE_WORD_FEATURES, n)),
                        MaskingSupport.NONE));
                break;
            case MASKABLE_CPU_FEATURES:
            case MASKING_WITHOUT_ENTERPRISE: {
                boolean enterprise = mutation == Mutation.MASKABLE_CPU_FEATURES;
                LicenceEdition current = pool.edition().orElseThrow();
                LicenceEdition edition = enterprise
                        ? (current.isAtLeast(LicenceEdition.ENTERPRISE).orElseThrow() ? current : LicenceEdition.ENTERPRISE)
                        : (current.isAtLeast(LicenceEdition.ENTERPRISE).orElseThrow() ? LicenceEdition.ADVANCED : current);
                pool = withEdition(pool, edition);
                changed.licence(edition);
                changed.cpu(withFeatures(host.cpu(), host.cpu().physicalFeatures().orElseThrow()
                        .union(absent(host.cpu().physicalFeatures().orElseThrow(), CpuFamilies.BASE_WORD_FEATURES, n)),
                        MaskingSupport.FULL));
                break;
            }
            case VIRTUALIZATION_OFF:
                changed.cpu(host.cpu().toBuilder().virtualizationEnabled(false).build());
                if (n % 2 == 0) {
                    // Half the time the pool runs an HVM VM, which makes the difference a blocker.
                    pool = pool.toBuilder().master(pool.master().toBuilder()
                            .vm(vm(pool.master().hostname(), "hvm", PowerState.HALTED, 0).toBuilder()
                                    .mode(VirtualizationMode.HVM).build()).build()).build();
                }
                break;
            case POOL_FULL:
                pool = filled(pool);
                break;
            case HA_ENABLED:
                // The pool always has a shared SR, which HA needs for its heartbeat.
                pool = pool.toBuilder().haEnabled(true).build();
                break;
            case IN_ANOTHER_POOL:
                String other = Ids.uuid("other-pool", String.valueOf(n));
                changed.membership(n % 2 == 0 ? new Membership.Member(other)
                        : new Membership.Master(other, 2 + n % 14));
                break;
            case EXTERNAL_AUTH:
                changed.externalAuth(otherAuth(pool.master().externalAuth().orElse(ExternalAuth.NONE), n));
                break;
            case TLS_VERIFICATION:
                changed.ownPool(host.ownPool().orElseThrow().withTlsVerificationEnabled(
                        !pool.configuration().tlsVerificationEnabled().orElseThrow()));
                break;
            case CA_CERTIFICATE_NAME:
                changed.ownPool(host.ownPool().orElseThrow().withCertificates(otherCa(pool, host, n)));
                break;
            case TRUSTED_CERTIFICATE_PURPOSES:
                changed.ownPool(host.ownPool().orElseThrow().withCertificates(overlappingPurposes(pool, host)));
                break;
            case POOLING_UNLICENSED:
                changed.ownPool(ownPool(host).toBuilder().restrictions(restricting(ownPool(host), "restrict_pooling"))
                        .build());
                break;
            case POOL_SIZE_RESTRICTED:
                pool = atLeast(pool, 3 + n % 3);
                changed.ownPool(ownPool(host).toBuilder().restrictions(restricting(ownPool(host),
                        "restrict_pool_size")).build());
                break;
            case HA_ENABLED_ON_HOST:
                changed.ownPool(ownPool(host).toBuilder().haEnabled(true).build());
                break;
            case CLUSTERING_ON_HOST:
                // A database dump names the Cluster_host by its reference, xe output by its UUID.
                String clusterHost = Ids.uuid("cluster-host", name, String.valueOf(n));
                changed.ownPool(ownPool(host).toBuilder().enabledClusterHosts(Set.of(n % 2 == 0
                        ? "OpaqueRef:" + clusterHost : clusterHost)).build());
                break;
            case JOINING_ITSELF:
                changed.id(pool.master().id());
                break;
            case HOST_APPLYING_UPDATES:
                changed.ownPool(ownPool(host).toBuilder().currentOperations(Set.of(APPLY_UPDATES)).build());
                break;
            case POOL_APPLYING_UPDATES:
                pool = pool.toBuilder().configuration(pool.configuration().toBuilder()
                        .currentOperations(Set.of(APPLY_UPDATES)).build()).build();
                break;
            case NO_MANAGEMENT_INTERFACE:
                changed.managementInterfaceExists(false);
                break;
            case CLUSTER_NETWORK_ADDRESS:
                if (n % 3 == 0) {
                    changed.ipv4Bridges(List.of());
                } else if (n % 3 == 1) {
                    changed.ipv4Bridges(List.of(Pools.CLUSTER_BRIDGE, Pools.CLUSTER_BRIDGE));
                } else {
                    pool = pool.toBuilder().configuration(pool.configuration().withClusterHosts(List.of(
                            new ClusterHost(true, Optional.of(new ClusterHost.Pif(1 + n % 4094, false,
                                    List.of("xapi" + n % 10))))))).build();
                }
                break;
            case BOND:
                changed.networkInterface(NetworkInterface.bond("bond" + (1 + n % 3)));
                break;
            case TUNNEL:
                changed.networkInterface(NetworkInterface.tunnel("tunnel" + n % 4));
                break;
            case SRIOV_NETWORK:
                changed.networkInterface(NetworkInterface.sriov("eth" + (2 + n % 4)));
                break;
            case VLAN:
                changed.networkInterface(NetworkInterface.vlan("eth" + (1 + n % 3), 1 + n % 4094));
                break;
            case MANAGEMENT_VLAN:
                changed.managementInterface(host.managementInterface().toBuilder().vlanTag(1 + n % 4094).build());
                break;
            case NETWORK_BACKEND: {
                Map<String, String> fields = new TreeMap<>(
                        host.software().softwareVersion().fields());
                fields.put("network_backend", "bridge");
                changed.software(host.software().toBuilder().softwareVersion(SoftwareVersion.of(fields)).build());
                break;
            }
            case PRIMARY_ADDRESS_TYPE:
                changed.managementInterface(host.managementInterface().toBuilder()
                        .primaryAddressType(PrimaryAddressType.IPV6).build());
                break;
            case NBD_PURPOSE:
                changed.ownPool(host.ownPool().orElse(PoolConfiguration.UNKNOWN)
                        .withNetworkPurposes(Set.of("insecure_nbd")));
                break;
            case SM_FEATURES:
                changed.ownPool(host.ownPool().orElse(PoolConfiguration.UNKNOWN)
                        .withStorageDrivers(otherDrivers(host.ownPool().orElseThrow().storageDrivers()
                                .orElseThrow(), name, n)));
                break;
            case RUNNING_CONTROL_DOMAIN:
                changed.nonGuestVms(withNonGuest(host, Vm.builder().uuid(Ids.uuid("driver-domain", name,
                        String.valueOf(n))).name("driver domain " + n % 10).kind(Vm.Kind.CONTROL_DOMAIN)
                        .powerState(PowerState.RUNNING).mode(VirtualizationMode.PV).build()));
                break;
            case BUSY_NON_GUEST_VM:
                changed.nonGuestVms(busyNonGuest(host, n));
                break;
            case PENDING_GUIDANCE: {
                List<String> guidance = List.of(PENDING.get(n % PENDING.size()));
                if (n % 2 == 0) {
                    changed.software(host.software().toBuilder().pendingGuidance(guidance).build());
                } else {
                    pool = pool.toBuilder().master(pool.master().toBuilder().software(pool.master().software()
                            .toBuilder().pendingGuidance(guidance).build()).build()).build();
                }
                break;
            }
            case PLATFORM_VERSION:
                changed.software(withField(host.software(), "platform_version", "1." + (20 + n % 50) + ".0"));
                break;
            case SOFTWARE_BUILD:
                changed.software(n % 2 == 0
                        ? withField(host.software(), "git_id", "g" + Integer.toHexString(0x10000 + n))
                        : withField(host.software(), "xs:linux", host.software().softwareVersion().get("xs:linux")
                                .isPresent() ? null : linuxPack(host.software())));
                break;
            case API_VERSION: {
                ApiVersion api = host.software().apiVersion().orElseThrow();
                changed.software(host.software().toBuilder().apiVersion(new ApiVersion(api.major(),
                        api.minor() + 1 + n % 5)).build());
                break;
            }
            case DB_SCHEMA: {
                // Another schema than the host's: one a release of xapi has, or the 5.x another era says.
                String schema = host.software().softwareVersion().dbSchema().orElse("");
                String another = "5." + (700 + n % 99);
                changed.software(withField(host.software(), "db_schema", another.equals(schema)
                        ? "5." + (600 + n % 99) : another));
                break;
            }
            case HOMOGENEOUS_UPDATE: {
                Update update = new Update(Ids.uuid("update", String.valueOf(n)), "XS71ECU100" + n % 10, "1.0",
                        Update.Kind.UPDATE, Optional.of(true));
                if (n % 2 == 0) {
                    changed.software(withUpdate(host.software(), update));
                } else {
                    pool = pool.toBuilder().master(pool.master().toBuilder().software(withUpdate(pool.master()
                            .software(), update)).build()).build();
                }
                break;
            }
            default:
                throw new IllegalStateException("unhandled mutation " + mutation);
        }
        if (mutation != Mutation.NO_MANAGEMENT_INTERFACE) {
            // Setting the management interface makes it exist: another mutation keeps what was known of that.
            host.managementInterfaceExists().ifPresentOrElse(changed::managementInterfaceExists,
                    changed::unknownWhetherManagementInterfaceExists);
        }
        List<Mutation> mutations = new ArrayList<>(base.mutations());
        mutations.add(mutation);
        return new JoinCase(pool, changed.build(), mutations);
    }

    /** The pool operation xapi refuses joins during. */
    private static final String APPLY_UPDATES = "apply_updates";

    private static PoolConfiguration ownPool(Host host) {
        return host.ownPool().orElse(Hosts.TIDY_OWN_POOL);
    }

    /** The restrictions of a host's own pool with one more feature withheld. */
    private static LicenceParams restricting(PoolConfiguration ownPool, String flag) {
        Map<String, String> flags = new TreeMap<>();
        ownPool.restrictions().ifPresent(known -> flags.putAll(known.fields()));
        flags.put(flag, "true");
        return LicenceParams.of(flags);
    }

    /** The pool grown to {@code size} hosts with copies of its master, when it is smaller. */
    private static Pool atLeast(Pool pool, int size) {
        return pool.size() >= size ? pool : grown(pool, size);
    }

    private static ExternalAuth otherAuth(ExternalAuth master, int n) {
        ExternalAuth other = new ExternalAuth("AD", "other-" + n + ".example.com");
        return master.isEnabled() && n % 2 == 0 ? ExternalAuth.NONE : other;
    }

    /** The host's certificates with its copy of the pool's first named CA replaced by another certificate. */
    private static List<Certificate> otherCa(Pool pool, Host host, int n) {
        Certificate ca = pool.configuration().certificates().orElseThrow().stream()
                .filter(c -> c.type().equals(Certificate.TYPE_CA) && !c.name().isEmpty()).findFirst().orElseThrow();
        List<Certificate> certificates = new ArrayList<>();
        for (Certificate own : host.ownPool().orElseThrow().certificates().orElseThrow()) {
            if (!own.name().equals(ca.name())) {
                certificates.add(own);
            }
        }
        certificates.add(Trust.copy(ca, host.hostname(), Trust.fingerprint("other-ca", ca.name(), String.valueOf(n))));
        return certificates;
    }

    /** The host's certificates with its copy of the pool's first unnamed trusted one given one purpose more or less. */
    private static List<Certificate> overlappingPurposes(Pool pool, Host host) {
        Certificate trusted = pool.configuration().certificates().orElseThrow().stream()
                .filter(c -> c.name().isEmpty() && !c.purposes().isEmpty()
                        && (c.type().equals(Certificate.TYPE_CA) || c.type().equals(Certificate.TYPE_PINNED)))
                .findFirst().orElseThrow();
        Set<String> purposes = new TreeSet<>(trusted.purposes());
        if (purposes.size() > 1) {
            purposes.remove(purposes.iterator().next());
        } else {
            purposes.add(purposes.contains("ldaps") ? "licensing" : "ldaps");
        }
        List<Certificate> certificates = new ArrayList<>();
        for (Certificate own : host.ownPool().orElseThrow().certificates().orElseThrow()) {
            boolean copy = own.name().isEmpty() && own.fingerprint().equals(trusted.fingerprint());
            certificates.add(copy ? Trust.withPurposes(own, purposes) : own);
        }
        return certificates;
    }

    /**
     * The host's drivers (those of the pool, in records of its own) with one it lacks, has twice,
     * or offers a feature of at a lower version.
     */
    private static List<StorageDriver> otherDrivers(List<StorageDriver> drivers, String hostname, int n) {
        List<StorageDriver> changed = new ArrayList<>(drivers);
        int which = n % drivers.size();
        StorageDriver driver = drivers.get(which);
        switch (n / drivers.size() % 3) {
            case 0:
                changed.remove(which);
                break;
            case 1:
                changed.add(driver.identifiedBy(Optional.of("OpaqueRef:" + Ids.uuid("sm-copy", hostname,
                        driver.type())), Optional.empty()));
                break;
            default:
                Map<String, Long> features = new TreeMap<>(driver.features());
                String feature = features.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                        .getKey();
                if (n / 6 % 2 == 0 && features.get(feature) > 1) {
                    features.put(feature, features.get(feature) - 1);
                } else {
                    features.remove(feature);
                }
                changed.set(which, StorageDriver.of(driver.type(), features).identifiedBy(driver.ref(),
                        driver.uuid()));
        }
        return changed;
    }

    private static final List<String> PENDING = List.of("reboot_host", "restart_toolstack", "restart_device_model",
            "reboot_host_on_livepatch_failure");

    private static List<Vm> withNonGuest(Host host, Vm vm) {
        List<Vm> vms = new ArrayList<>(host.nonGuestVms().orElseThrow());
        vms.add(vm);
        return vms;
    }

    /** The host's templates, snapshots and control domains, one of them busy. */
    private static List<Vm> busyNonGuest(Host host, int n) {
        List<Vm> vms = new ArrayList<>(host.nonGuestVms().orElseThrow());
        VmOperation operation = VmOperation.values()[n % VmOperation.values().length];
        if (n % 3 == 2) {
            vms.add(Vm.builder().uuid(Ids.uuid("snapshot", host.hostname(), String.valueOf(n))).name("snapshot " + n)
                    .kind(Vm.Kind.SNAPSHOT).currentOperation(operation).build());
        } else {
            int which = n % vms.size();
            vms.set(which, vms.get(which).toBuilder().currentOperation(operation).build());
        }
        return vms;
    }

    /** The software with one key of its {@code software_version} set, or removed when {@code value} is null. */
    private static Software withField(Software software, String key, String value) {
        java.util.TreeMap<String, String> fields = new java.util.TreeMap<>(software.softwareVersion().fields());
        if (value == null) {
            fields.remove(key);
        } else {
            fields.put(key, value);
        }
        return software.toBuilder().softwareVersion(SoftwareVersion.of(fields)).build();
    }

    /** The value of {@code xs:linux} for the Linux pack of the software's release. */
    private static String linuxPack(Software software) {
        return "Linux Pack, version " + software.productVersion().map(Object::toString).orElse("5.6.100") + ", build "
                + software.buildNumber().orElse("39265p");
    }

    private static Software withUpdate(Software software, Update update) {
        List<Update> updates = new ArrayList<>(software.updates().orElseThrow());
        updates.add(update);
        return software.toBuilder().updates(updates).build();
    }

    private static Vm vm(String hostname, String prefix, PowerState state, int n) {
        return Vm.builder().uuid(Ids.uuid("mutant-vm", hostname, prefix, String.valueOf(n))).name(prefix + "-vm")
                .powerState(state).mode(n % 2 == 0 ? VirtualizationMode.HVM : VirtualizationMode.PV).build();
    }

    private static String otherVersion(Software software, int n) {
        List<String> others = new ArrayList<>(Softwares.VERSIONS);
        Softwares.PRODUCTS.stream().map(Softwares.Product::productVersion).distinct().forEach(others::add);
        others.removeIf(v -> software.productVersion()
                .equals(Optional.of(io.github.xenpool.core.software.ProductVersion.parse(v))));
        return others.get(n % others.size());
    }

    private static Software otherHotfixes(Software software, int n) {
        List<String> fixes = new ArrayList<>(software.hotfixes().orElseThrow());
        if (!fixes.isEmpty() && n % 2 == 0) {
            fixes.remove(n % fixes.size());
        } else {
            List<String> absent = new ArrayList<>(Softwares.hotfixesOf(software));
            absent.removeAll(fixes);
            fixes.add(absent.get(n % absent.size()));
        }
        // xapi has applied the hotfixes as pool_patches before XenServer 7, as pool_updates since.
        return Softwares.withHotfixes(software, fixes);
    }

    private static Software otherPacks(Software software, int n) {
        List<SupplementalPack> packs = new ArrayList<>(software.supplementalPacks());
        if (n % 2 == 0) {
            packs.remove(n % packs.size());
        } else {
            List<String> absent = new ArrayList<>(Softwares.PACKS);
            packs.forEach(p -> absent.remove(p.name()));
            packs.add(new SupplementalPack(absent.get(n % absent.size()), "1.0"));
        }
        return software.toBuilder().supplementalPacks(packs).build();
    }

    private static Software otherRevision(Software software, int n) {
        List<SupplementalPack> packs = new ArrayList<>(software.supplementalPacks());
        int which = n % packs.size();
        SupplementalPack pack = packs.get(which);
        packs.set(which, new SupplementalPack(pack.name(), pack.revision() + "-r" + (1 + n % 9)));
        return software.toBuilder().supplementalPacks(packs).build();
    }

    private static LicenceEdition otherEdition(LicenceEdition edition, int n) {
        List<LicenceEdition> all = LicenceEdition.XENSERVER_5_EDITIONS;
        return all.get((all.indexOf(edition) + 1 + n % (all.size() - 1)) % all.size());
    }

    private static Cpu otherVendorCpu(CpuVendor vendor, int n) {
        CpuVendor[] all = CpuVendor.values();
        CpuVendor other = all[(vendor.ordinal() + 1 + n % (all.length - 1)) % all.length];
        List<io.github.xenpool.core.cpu.CpuModel> models = io.github.xenpool.core.cpu.CpuCatalog.shipped()
                .models(other);
        return models.get(n % models.size()).toCpuBuilder().maskingSupport(MaskingSupport.FULL).virtualizationEnabled(true)
                .build();
    }

    private static Cpu withFeatures(Cpu cpu, FeatureSet features, MaskingSupport support) {
        return cpu.toBuilder().physicalFeatures(features).features(features).maskingSupport(support).build();
    }

    /** One to three features of {@code set}, chosen by {@code n}. */
    private static FeatureSet someOf(FeatureSet set, int n) {
        int[] indices = set.indices().toArray();
        int count = Math.min(indices.length, 1 + n % 3);
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            chosen[i] = indices[(n / 3 + i * 7) % indices.length];
        }
        return FeatureSet.of(chosen);
    }

    /** One to three features of {@code candidates} that {@code set} lacks, chosen by {@code n}. */
    private static FeatureSet absent(FeatureSet set, List<Integer> candidates, int n) {
        List<Integer> missing = new ArrayList<>();
        for (int index : candidates) {
            if (!set.contains(index)) {
                missing.add(index);
            }
        }
        int count = Math.min(missing.size(), 1 + n % 3);
        List<Integer> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = missing.get((n / 3 + i * 5) % missing.size());
            if (!chosen.contains(index)) {
                chosen.add(index);
            }
        }
        return FeatureSets.ofIndices(chosen);
    }

    private static Pool withEdition(Pool pool, LicenceEdition edition) {
        if (pool.members().stream().allMatch(h -> h.licence().equals(Optional.of(edition)))) {
            return pool;
        }
        Pool.Builder builder = pool.toBuilder().master(pool.master().withLicence(edition)).secondaries(List.of());
        pool.secondaries().forEach(h -> builder.secondary(h.withLicence(edition)));
        return builder.build();
    }

    /** The pool grown to {@value Pools#MAX_SIZE} hosts with copies of its master, each on its own address. */
    private static Pool filled(Pool pool) {
        return grown(pool, Pools.MAX_SIZE);
    }

    /** The pool grown to {@code size} hosts with copies of its master, each on its own address. */
    private static Pool grown(Pool pool, int size) {
        Pool.Builder builder = pool.toBuilder();
        Host master = pool.master();
        for (int i = pool.size(); i < size; i++) {
            String hostname = pool.name() + "-fill" + i;
            builder.secondary(master.toBuilder().id(Ids.uuid("fill", hostname)).hostname(hostname)
                    .xapiReference(Pools.reference(hostname))
                    .managementInterface(master.managementInterface().toBuilder().ipAddress(Pools.memberAddress(i))
                            .build())
                    .membership(Membership.standalone()).vms(List.of()).build());
        }
        return builder.build();
    }
}
