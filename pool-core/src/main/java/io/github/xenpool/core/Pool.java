package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Uuid;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.core.validation.Validated;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A resource pool: one master, the secondaries that joined it (in join order), the pool's shared
 * storage, its HA setting, its CPU feature mask, and what follows from its members: the licence
 * edition and the CPU feature level.
 *
 * <p>A pool is a value. Its structure is checked when it is made: exactly one master, host ids
 * unique, every member's {@link Membership} naming this pool in its role, the master's clock as
 * the reference, no two members on one management address. The edition and the CPU feature level
 * are computed from the members, never stored apart from them. A pool's identity is its UUID,
 * not its name.
 *
 * <pre>{@code
 * Pool pool = Pool.builder()
 *         .name("prod")
 *         .master(master)
 *         .secondary(secondary)
 *         .sharedStorageRepository(StorageRepository.sharedNfs(srUuid, "nfs01.example.com").build())
 *         .build();
 * pool.cpuLevel().ifPresent(level -> System.out.println(level.describe()));
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Pool {

    /**
     * The default {@code cpuid_feature_mask} of a pool: every feature of every word compared
     * except EST (CPUID 1.ecx bit 7). xapi printed it in the XenServer 5.6 layout as
     * {@code ffffff7f-ffffffff-ffffffff-ffffffff}; a mask hides only the bits it clears, so
     * features beyond its fourth word (avx2, hle, rtm, avx512, spec-ctrl, ...) are compared too.
     */
    public static final FeatureMask DEFAULT_CPU_FEATURE_MASK = FeatureMask.DEFAULT;

    @Uuid
    private final String id;
    @NotBlank
    @Size(max = 255)
    private final String name;
    @Valid
    private final Host master;
    private final List<@Valid Host> secondaries;
    private final boolean haEnabled;
    private final List<@Valid StorageRepository> sharedStorage;
    private final FeatureMask cpuFeatureMask;
    private final Set<String> offlineHosts;

    private final Optional<LicenceEdition> edition;
    private final Optional<CpuLevel> cpuLevel;
    private final PoolConfiguration configuration;
    // Master first, then the secondaries: members() is read by rules on every join check.
    private final List<Host> members;
    // The maps the structure check builds anyway, kept so that finding a member by id or by
    // management address does not scan a pool of thousands of hosts. Unmodifiable.
    private final Map<String, Host> membersById;
    private final Map<String, Host> membersByAddress;
    private final boolean addressesKnown;

    /**
     * Makes a pool and checks its structure.
     *
     * @param id the pool's UUID
     * @param name its name label
     * @param master the master; its membership must be {@code Master(id, size)}
     * @param secondaries the other members in join order; each membership must be {@code Member(id)}
     * @param haEnabled whether high availability is on
     * @param sharedStorage the pool's shared storage repositories
     * @param cpuFeatureMask the features that CPU comparisons leave out
     * @param offlineHosts the ids of the members that are down; the pool is unavailable while
     *     its master is among them
     * @throws NullPointerException if an argument or an element is null
     * @throws InvalidModelException if the id or the name is invalid or the structure is broken;
     *     every problem is listed with its path, and names the host or SR and what was expected.
     *     The members are not checked again: they checked themselves when they were made
     */
    public Pool(String id, String name, Host master, List<Host> secondaries, boolean haEnabled,
            List<StorageRepository> sharedStorage, FeatureMask cpuFeatureMask, Set<String> offlineHosts) {
        this(id, name, master, secondaries, haEnabled, sharedStorage, cpuFeatureMask, offlineHosts,
                PoolConfiguration.UNKNOWN);
    }

    /**
     * Makes a pool with what xapi knows of it as a whole, and checks its structure.
     *
     * @param id the pool's UUID
     * @param name its name label
     * @param master the master; its membership must be {@code Master(id, size)}
     * @param secondaries the other members in join order; each membership must be {@code Member(id)}
     * @param haEnabled whether high availability is on
     * @param sharedStorage the pool's shared storage repositories
     * @param cpuFeatureMask the features that CPU comparisons leave out
     * @param offlineHosts the ids of the members that are down
     * @param configuration what xapi knows of the pool as a whole; its {@code haEnabled}, when
     *     known, is {@code haEnabled}
     * @throws NullPointerException if an argument or an element is null
     * @throws InvalidModelException if the id or the name is invalid, the structure is broken, or
     *     the configuration's {@code haEnabled} is not {@code haEnabled}; every problem is listed
     */
    public Pool(String id, String name, Host master, List<Host> secondaries, boolean haEnabled,
            List<StorageRepository> sharedStorage, FeatureMask cpuFeatureMask, Set<String> offlineHosts,
            PoolConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.id = Uuids.canonical(Objects.requireNonNull(id, "id"));
        this.name = Objects.requireNonNull(name, "name");
        this.master = Objects.requireNonNull(master, "master");
        this.secondaries = List.copyOf(Objects.requireNonNull(secondaries, "secondaries"));
        this.haEnabled = haEnabled;
        this.sharedStorage = List.copyOf(Objects.requireNonNull(sharedStorage, "sharedStorage"));
        this.cpuFeatureMask = Objects.requireNonNull(cpuFeatureMask, "cpuFeatureMask");
        TreeSet<String> offline = new TreeSet<>();
        for (String hostId : Objects.requireNonNull(offlineHosts, "offlineHosts")) {
            offline.add(Uuids.canonical(Objects.requireNonNull(hostId, "offlineHosts contains null")));
        }
        this.offlineHosts = Collections.unmodifiableSortedSet(offline);
        List<Host> all = new ArrayList<>(1 + this.secondaries.size());
        all.add(this.master);
        all.addAll(this.secondaries);
        this.members = Collections.unmodifiableList(all);
        ModelCheck check = ModelCheck.of(Pool.class);
        boolean validId = check.constraints("id", this.id);
        check.constraints("name", this.name);
        Map<String, Host> byId = new HashMap<>();
        Map<String, Host> byAddress = new HashMap<>();
        this.addressesKnown = checkStructure(check, validId, byId, byAddress);
        check.throwIfAny();
        this.membersById = Collections.unmodifiableMap(byId);
        this.membersByAddress = Collections.unmodifiableMap(byAddress);
        this.edition = lowestEdition();
        this.cpuLevel = intersectionOfMembers().map(features -> new CpuLevel(features, cpuFeatureMask));
    }

    /**
     * Checks the structure, filling {@code ids} and {@code byAddress} with the members by id and by
     * management address; tells whether every member's address is known.
     */
    private boolean checkStructure(ModelCheck check, boolean validId, Map<String, Host> ids,
            Map<String, Host> byAddress) {
        int size = 1 + secondaries.size();
        // Memberships name the pool by its id: with an invalid id, the id is the one problem to report.
        Membership expectedMaster = validId ? new Membership.Master(id, size) : master.membership();
        if (!master.membership().equals(expectedMaster)) {
            check.structure("master.membership", master.membership(), "MasterOfThisPool",
                    "pool " + Text.name(name) + ": master " + Text.name(master.hostname()) + " says it is "
                    + master.membership() + ", expected " + expectedMaster);
        }
        if (master.clock().isPresent() && !master.clock().get().offsetFromMaster().isZero()) {
            check.structure("master.clock.offsetFromMaster", master.clock().get().offsetFromMaster(),
                    "MasterClockIsReference", "pool " + Text.name(name) + ": master " + Text.name(master.hostname())
                    + " has a clock offset of " + master.clock().get().offsetFromMaster()
                    + " from itself; the master's clock is the reference, so its offset is zero");
        }
        ids.put(master.id(), master);
        for (int i = 0; i < secondaries.size(); i++) {
            Host secondary = secondaries.get(i);
            String path = "secondaries[" + i + "]";
            if (secondary.membership() instanceof Membership.Master) {
                check.structure(path + ".membership", secondary.membership(), "OneMaster",
                        "pool " + Text.name(name) + ": secondary " + Text.name(secondary.hostname())
                        + " says it is " + secondary.membership() + "; a pool has exactly one master, "
                        + Text.name(master.hostname()));
            } else if (validId && !secondary.membership().equals(new Membership.Member(id))) {
                check.structure(path + ".membership", secondary.membership(), "OnePoolAtATime",
                        "pool " + Text.name(name) + ": secondary " + Text.name(secondary.hostname())
                        + " says it is " + secondary.membership() + ", expected " + new Membership.Member(id)
                        + "; a host is in one pool at a time");
            }
            if (ids.putIfAbsent(secondary.id(), secondary) != null) {
                check.structure(path + ".id", secondary.id(), "UniqueHostIds",
                        "pool " + Text.name(name) + ": host id " + secondary.id() + " ("
                        + Text.name(secondary.hostname()) + ") appears twice; host ids are unique in a pool");
            }
        }
        boolean addressesKnown = checkManagementAddresses(check, byAddress);
        Set<String> srs = new HashSet<>();
        for (int i = 0; i < sharedStorage.size(); i++) {
            StorageRepository sr = sharedStorage.get(i);
            if (!sr.shared()) {
                check.structure("sharedStorage[" + i + "].shared", false, "SharedStorageIsShared",
                        "pool " + Text.name(name) + ": storage repository " + Text.name(sr.name()) + " ("
                        + sr.uuid() + ") is not shared; only shared SRs are pool storage");
            }
            if (!srs.add(sr.uuid())) {
                check.structure("sharedStorage[" + i + "].uuid", sr.uuid(), "UniqueSharedStorage",
                        "pool " + Text.name(name) + ": shared storage repository " + sr.uuid()
                        + " is listed twice");
            }
        }
        for (String offline : offlineHosts) {
            if (!ids.containsKey(offline)) {
                check.structure("offlineHosts[" + offline + "]", offline, "OfflineHostsAreMembers",
                        "pool " + Text.name(name) + ": offline host " + offline
                        + " is not a member; only members can be down");
            }
        }
        if (configuration.haEnabled().isPresent() && configuration.haEnabled().get() != haEnabled) {
            check.structure("configuration.haEnabled", configuration.haEnabled().get(), "HaEnabledAgrees",
                    "pool " + Text.name(name) + " has HA " + (haEnabled ? "enabled" : "disabled")
                    + " but its configuration says ha_enabled " + configuration.haEnabled().get()
                    + "; both are the pool record's ha_enabled");
        }
        if (haEnabled && sharedStorage.isEmpty()) {
            check.structure("haEnabled", true, "HaNeedsSharedStorage",
                    "pool " + Text.name(name) + " has HA enabled but no shared storage;"
                    + " HA needs a shared SR for its heartbeat");
        }
        return addressesKnown;
    }

    /**
     * Two members on one management address cannot both be reached; unknown addresses do not clash.
     * Fills {@code byAddress} with the first member of each address, and tells whether every
     * member's address is known.
     */
    private boolean checkManagementAddresses(ModelCheck check, Map<String, Host> byAddress) {
        boolean known = true;
        for (int i = 0; i < members.size(); i++) {
            Host member = members.get(i);
            Optional<String> address = member.managementInterface().ipAddress();
            if (address.isEmpty()) {
                known = false;
                continue;
            }
            Host other = byAddress.putIfAbsent(address.get(), member);
            if (other != null) {
                check.structure("secondaries[" + (i - 1) + "].managementInterface.ipAddress", address.get(),
                        "UniqueManagementAddresses", "pool " + Text.name(name) + ": hosts " + Text.name(other.hostname()) + " (" + other.id()
                        + ") and " + Text.name(member.hostname()) + " (" + member.id() + ") share the management address "
                        + address.get() + "; every member has a management address of its own");
            }
        }
        return known;
    }

    /**
     * The lowest edition of the members; unknown when a member's edition is, or when two
     * members' editions have no known order.
     */
    private Optional<LicenceEdition> lowestEdition() {
        LicenceEdition lowest = null;
        for (Host member : members()) {
            if (member.licence().isEmpty()) {
                return Optional.empty();
            }
            LicenceEdition edition = member.licence().get();
            if (lowest == null) {
                lowest = edition;
                continue;
            }
            Optional<Integer> order = edition.compare(lowest);
            if (order.isEmpty()) {
                return Optional.empty();
            }
            if (order.get() < 0) {
                lowest = edition;
            }
        }
        return Optional.of(lowest);
    }

    private Optional<FeatureSet> intersectionOfMembers() {
        if (master.cpu().features().isEmpty()) {
            return Optional.empty();
        }
        FeatureSet level = master.cpu().features().get();
        for (Host secondary : secondaries) {
            Optional<FeatureSet> features = secondary.cpu().features();
            if (features.isEmpty()) {
                return Optional.empty();
            }
            level = level.intersect(features.get());
        }
        return Optional.of(level);
    }

    /**
     * Starts a builder with defaults: pool name {@code pool}, a random id, no HA,
     * no shared storage, the {@link #DEFAULT_CPU_FEATURE_MASK}, every member online. A master must
     * be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this pool's values and members.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).master(master).secondaries(secondaries).haEnabled(haEnabled)
                .sharedStorage(sharedStorage).cpuFeatureMask(cpuFeatureMask).offlineHosts(offlineHosts)
                .configuration(configuration);
    }

    /**
     * Works out the {@code pool.cpu_info} that xapi (XenServer 7.0 on) computes from the members,
     * as {@code Create_misc.create_pool_cpuinfo} does: {@code features_pv_host} intersected over
     * every member, {@code features_hvm_host} over the members that can run HVM guests only, the
     * CPU and socket counts summed, the vendor of the last member. PV and HVM stay apart.
     *
     * @return the levelled CPU information, or empty when a member's {@code features_pv_host},
     *     {@code features_hvm_host} (of an HVM-capable member), whether it can run HVM guests, or
     *     its counts are unknown
     */
    public Optional<CpuInfo> levelledCpuInfo() {
        FeatureSet pv = null;
        FeatureSet hvm = null;
        long cpus = 0;
        long sockets = 0;
        String vendor = null;
        for (Host member : members()) {
            CpuInfo info = member.cpu().info();
            Optional<Boolean> runsHvm = member.cpu().virtualizationEnabled();
            if (info.featuresPvHost().isEmpty() || runsHvm.isEmpty() || info.cpuCount().isEmpty()
                    || info.socketCount().isEmpty() || info.vendor().isEmpty()) {
                return Optional.empty();
            }
            pv = pv == null ? info.featuresPvHost().get() : pv.intersect(info.featuresPvHost().get());
            if (runsHvm.get()) {
                if (info.featuresHvmHost().isEmpty()) {
                    return Optional.empty();
                }
                hvm = hvm == null ? info.featuresHvmHost().get() : hvm.intersect(info.featuresHvmHost().get());
            }
            cpus += info.cpuCount().getAsInt();
            sockets += info.socketCount().getAsInt();
            vendor = info.vendor().get();
        }
        java.util.Map<String, String> fields = new java.util.TreeMap<>();
        fields.put("vendor", vendor);
        fields.put("cpu_count", Long.toString(cpus));
        fields.put("socket_count", Long.toString(sockets));
        fields.put("features_pv_host", pv.toString());
        if (hvm != null) {
            fields.put("features_hvm_host", hvm.toString());
        }
        return Optional.of(CpuInfo.of(fields));
    }

    /**
     * Returns what xapi knows of the pool as a whole: TLS verification, restrictions, pool-wide
     * operations, its levelled CPU, network purposes, storage drivers, clustering, certificates.
     *
     * @return the configuration; {@link PoolConfiguration#UNKNOWN} unless given
     */
    public PoolConfiguration configuration() {
        return configuration;
    }

    /**
     * Returns the pool's UUID.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the pool's name label.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the master, the single point of contact of the pool.
     *
     * @return the master (which may be down, see {@link #status()})
     */
    public Host master() {
        return master;
    }

    /**
     * Returns the secondary members in join order.
     *
     * @return an unmodifiable list
     */
    public List<Host> secondaries() {
        return secondaries;
    }

    /**
     * Returns every member, master first, then secondaries in join order.
     *
     * @return an unmodifiable list
     */
    public List<Host> members() {
        return members;
    }

    /**
     * Returns the number of hosts in the pool, the master included.
     *
     * @return at least 1
     */
    public int size() {
        return 1 + secondaries.size();
    }

    /**
     * Finds a member by id, in time that does not grow with the pool.
     *
     * @param hostId a host UUID, in either case
     * @return the member, or empty when no member has that id
     */
    public Optional<Host> member(String hostId) {
        return Optional.ofNullable(membersById.get(Uuids.canonical(Objects.requireNonNull(hostId, "hostId"))));
    }

    /**
     * Tells whether a host of that id is a member, in time that does not grow with the pool.
     *
     * @param hostId a host UUID, in either case
     * @return true if a member has that id
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
    public boolean hasMember(String hostId) {
        return membersById.containsKey(Uuids.canonical(Objects.requireNonNull(hostId, "hostId")));
    }

    /**
     * Tells whether a member has the given host's id, in time that does not grow with the pool:
     * {@code hasMember(host.id())}, without reading the id again, since a host's id is canonical
     * already.
     *
     * @param host a host
     * @return true if a member has the host's id
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
    public boolean hasMember(Host host) {
        return membersById.containsKey(Objects.requireNonNull(host, "host").id());
    }

    /**
     * Finds the member whose management interface has the given IP address, in time that does not
     * grow with the pool. No two members share a known address.
     *
     * @param ipAddress an IP address, compared as written
     * @return the member, or empty when no member is known to have it (members whose address is
     *     unknown may, see {@link #managementAddressesKnown()})
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
    public Optional<Host> memberWithAddress(String ipAddress) {
        return Optional.ofNullable(membersByAddress.get(Objects.requireNonNull(ipAddress, "ipAddress")));
    }

    /**
     * Tells whether the management address of every member is known, so that
     * {@link #memberWithAddress(String)} finding none means that no member has the address.
     *
     * @return true if no member's management address is unknown
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3.0")
    public boolean managementAddressesKnown() {
        return addressesKnown;
    }

    /**
     * Tells whether high availability is enabled.
     *
     * @return true if HA is on
     */
    public boolean haEnabled() {
        return haEnabled;
    }

    /**
     * Returns the pool's shared storage repositories.
     *
     * @return an unmodifiable list
     */
    public List<StorageRepository> sharedStorage() {
        return sharedStorage;
    }

    /**
     * Tells whether the pool has shared storage, without which VMs cannot move between members.
     *
     * @return true if there is at least one shared SR
     */
    public boolean hasSharedStorage() {
        return !sharedStorage.isEmpty();
    }

    /**
     * Returns the pool's CPU feature mask ({@code other_config:cpuid_feature_mask}): the
     * features CPU comparisons leave out.
     *
     * @return the mask
     */
    public FeatureMask cpuFeatureMask() {
        return cpuFeatureMask;
    }

    /**
     * Returns whether the pool can be managed: it is unavailable while its master is down.
     *
     * @return {@link PoolStatus#NO_MASTER} when the master is offline, else
     *     {@link PoolStatus#AVAILABLE}
     */
    public PoolStatus status() {
        return offlineHosts.contains(master.id()) ? PoolStatus.NO_MASTER : PoolStatus.AVAILABLE;
    }

    /**
     * Returns the ids of the members that are down.
     *
     * @return an unmodifiable set, sorted
     */
    public Set<String> offlineHosts() {
        return offlineHosts;
    }

    /**
     * Tells whether a member is up.
     *
     * @param hostId a member's id
     * @return true if the host is a member and not offline
     */
    public boolean isOnline(String hostId) {
        return hasMember(hostId) && !offlineHosts.contains(Uuids.canonical(hostId));
    }

    /**
     * Returns the pool's licence edition: the lowest edition among its members.
     *
     * @return the edition, or empty when the edition of a member is unknown, or two members' editions
     *     have no known order
     */
    public Optional<LicenceEdition> edition() {
        return edition;
    }

    /**
     * Returns the pool's CPU feature level: the features every member exposes (the intersection
     * of the members' exposed {@link io.github.xenpool.core.cpu.Cpu#features()}), with the mask
     * under which they are compared.
     *
     * @return the level, or empty when some member's CPU features are unknown
     */
    public Optional<CpuLevel> cpuLevel() {
        return cpuLevel;
    }

    /**
     * Tells whether any member has an HVM VM, so that every member needs hardware virtualization.
     *
     * @return true if an HVM VM is resident on a member
     */
    public boolean hasHvmVms() {
        if (master.hasHvmVms()) {
            return true;
        }
        for (Host secondary : secondaries) {
            if (secondary.hasHvmVms()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Pool)) {
            return false;
        }
        Pool other = (Pool) obj;
        return haEnabled == other.haEnabled
                && id.equals(other.id)
                && name.equals(other.name)
                && master.equals(other.master)
                && secondaries.equals(other.secondaries)
                && sharedStorage.equals(other.sharedStorage)
                && cpuFeatureMask.equals(other.cpuFeatureMask)
                && offlineHosts.equals(other.offlineHosts)
                && configuration.equals(other.configuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, master, secondaries, haEnabled, sharedStorage, cpuFeatureMask, offlineHosts,
                configuration);
    }

    /**
     * Prints the pool briefly: name, id, master, secondaries, edition and status.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "Pool[" + Text.name(name) + " (" + id + "), master " + Text.name(master.hostname()) + ", secondaries "
                + secondaries.stream().map(host -> Text.name(host.hostname())).collect(Collectors.joining(", ", "[", "]"))
                + ", " + edition.map(LicenceEdition::displayName).orElse("edition unknown") + ", "
                + (haEnabled ? "HA on" : "HA off") + ", "
                + sharedStorage.size() + " shared SR(s), " + status()
                + (offlineHosts.isEmpty() ? "" : ", " + offlineHosts.size() + " offline") + "]";
    }

    /**
     * Builds a {@link Pool}. The builder sets the members' memberships: a standalone host given
     * as master becomes {@code Master(id, size)}, one given as secondary becomes
     * {@code Member(id)}. A host that is already in another pool is refused.
     */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {
        private String id;
        private String name = "pool";
        private Host master;
        private final List<Host> secondaries = new ArrayList<>();
        private boolean haEnabled;
        private final List<StorageRepository> sharedStorage = new ArrayList<>();
        private FeatureMask cpuFeatureMask = DEFAULT_CPU_FEATURE_MASK;
        private final Set<String> offlineHosts = new TreeSet<>();
        private PoolConfiguration configuration = PoolConfiguration.UNKNOWN;

        private Builder() {
        }

        /**
         * Sets what xapi knows of the pool as a whole. A configuration that knows
         * {@code ha_enabled} sets whether HA is enabled too.
         *
         * @param configuration the configuration
         * @return this builder
         */
        public Builder configuration(PoolConfiguration configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            configuration.haEnabled().ifPresent(enabled -> this.haEnabled = enabled);
            return this;
        }

        /**
         * Sets the UUID; by default the pool gets a random one, since names are not unique.
         *
         * @param id the UUID
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the name label.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the master.
         *
         * @param master the master
         * @return this builder
         */
        public Builder master(Host master) {
            this.master = Objects.requireNonNull(master, "master");
            return this;
        }

        /**
         * Adds a secondary, after those already added.
         *
         * @param secondary the host
         * @return this builder
         */
        public Builder secondary(Host secondary) {
            this.secondaries.add(Objects.requireNonNull(secondary, "secondary"));
            return this;
        }

        /**
         * Replaces the secondaries.
         *
         * @param hosts the hosts in join order
         * @return this builder
         */
        public Builder secondaries(Collection<Host> hosts) {
            Objects.requireNonNull(hosts, "hosts");
            this.secondaries.clear();
            hosts.forEach(this::secondary);
            return this;
        }

        /**
         * Sets whether HA is enabled, in the configuration too when it knows {@code ha_enabled}.
         *
         * @param haEnabled true if HA is on
         * @return this builder
         */
        public Builder haEnabled(boolean haEnabled) {
            this.haEnabled = haEnabled;
            if (configuration.haEnabled().isPresent()) {
                configuration = configuration.withHaEnabled(haEnabled);
            }
            return this;
        }

        /**
         * Adds a shared storage repository.
         *
         * @param repository a shared SR
         * @return this builder
         */
        public Builder sharedStorageRepository(StorageRepository repository) {
            this.sharedStorage.add(Objects.requireNonNull(repository, "repository"));
            return this;
        }

        /**
         * Replaces the shared storage repositories.
         *
         * @param repositories shared SRs
         * @return this builder
         */
        public Builder sharedStorage(Collection<StorageRepository> repositories) {
            Objects.requireNonNull(repositories, "repositories");
            this.sharedStorage.clear();
            repositories.forEach(this::sharedStorageRepository);
            return this;
        }

        /**
         * Sets the CPU feature mask.
         *
         * @param cpuFeatureMask the mask
         * @return this builder
         */
        public Builder cpuFeatureMask(FeatureMask cpuFeatureMask) {
            this.cpuFeatureMask = Objects.requireNonNull(cpuFeatureMask, "cpuFeatureMask");
            return this;
        }

        /**
         * Marks a member as down; marking the master makes the pool unavailable.
         *
         * @param hostId a member's id
         * @return this builder
         */
        public Builder offline(String hostId) {
            this.offlineHosts.add(Objects.requireNonNull(hostId, "hostId"));
            return this;
        }

        /**
         * Replaces the set of members that are down.
         *
         * @param hostIds members' ids
         * @return this builder
         */
        public Builder offlineHosts(Collection<String> hostIds) {
            Objects.requireNonNull(hostIds, "hostIds");
            this.offlineHosts.clear();
            hostIds.forEach(this::offline);
            return this;
        }

        /**
         * Builds the pool, checks its structure and its constraints.
         *
         * @return the pool
         * @throws NullPointerException if no master was set
         * @throws InvalidModelException if a host is in another pool, the structure is broken or
         *     a value is invalid; every problem is listed
         */
        public Pool build() {
            Objects.requireNonNull(master, "master (a pool needs one; call master(...))");
            return make();
        }

        /**
         * Builds the pool, or gives every problem that kept it from being built, a missing master
         * included, without throwing.
         *
         * @return the pool, or its problems
         */
        public Validated<Pool> tryBuild() {
            return Validated.of(this::make);
        }

        private Pool make() {
            String poolId = id != null ? Uuids.canonical(id) : UUID.randomUUID().toString();
            ModelCheck check = ModelCheck.of(Pool.class);
            // Memberships name the pool by its id, so they cannot be set before the id is known good.
            if (!check.constraints("id", poolId) || master == null) {
                check.constraints("name", name);
                if (master == null) {
                    check.structure("master", "null", "NotNull", "must not be null: a pool needs a master");
                }
                check.throwIfAny();
            }
            int size = 1 + secondaries.size();
            Host theMaster = adopt(check, "master", master, poolId, new Membership.Master(poolId, size));
            List<Host> members = new ArrayList<>(secondaries.size());
            for (int i = 0; i < secondaries.size(); i++) {
                members.add(adopt(check, "secondaries[" + i + "]", secondaries.get(i), poolId,
                        new Membership.Member(poolId)));
            }
            Pool pool;
            try {
                pool = new Pool(poolId, name, theMaster, members, haEnabled, sharedStorage, cpuFeatureMask,
                        offlineHosts, configuration);
            } catch (InvalidModelException e) {
                // The pool reports the hosts of other pools too; the builder's words for them are kept.
                check.addUncovered(e.violations()).throwIfAny();
                throw e;
            }
            check.throwIfAny();
            return pool;
        }

        private String describe(Host host) {
            return "host " + Text.name(host.hostname()) + " (" + host.id() + ")";
        }

        /** The host in its role here, or as it is when it is in another pool, which the check records. */
        private Host adopt(ModelCheck check, String path, Host host, String poolId, Membership role) {
            Membership current = host.membership();
            boolean free = current.isFree();
            boolean here = current instanceof Membership.Master && ((Membership.Master) current).poolId().equals(poolId)
                    || current instanceof Membership.Member && ((Membership.Member) current).poolId().equals(poolId);
            if (!free && !here) {
                check.structure(path + ".membership", current, "OnePoolAtATime", describe(host) + " is " + current
                        + "; it cannot also be in pool " + Text.name(name) + " (" + poolId
                        + "): a host is in one pool at a time, eject it first");
                return host;
            }
            return host.withMembership(role);
        }
    }
}
