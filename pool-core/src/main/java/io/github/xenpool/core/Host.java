package io.github.xenpool.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.validation.Hostname;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Uuid;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.core.validation.Validated;
import io.github.xenpool.core.validation.internal.ModelCheck;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A XenServer / XCP-ng host: its CPU, software, licence, management network, clock, VMs, storage
 * and pool membership.
 *
 * <p>Hosts are values: every change returns a new host. Build them with {@link #builder()}. A host's
 * identity is its UUID, never its host name: two hosts may share a name (every fresh install is
 * {@code localhost.localdomain}). Facts that decide a join (the product version and build, the
 * licence edition, the management address) are known only when they are given: a builder leaves
 * them unknown rather than inventing them, and the join rules then say they cannot check.
 *
 * @param id the host's UUID
 * @param hostname its host name
 * @param cpu its CPUs
 * @param software its product version, hotfixes and supplemental packs
 * @param licence its licence edition, or empty when it is unknown
 * @param managementInterface the interface of its management traffic
 * @param networkInterfaces its other network interfaces (NICs, bonds, VLANs), in order
 * @param clock its clock, relative to its pool master, or empty when it is unknown
 * @param vms the VMs resident on it, in order; their UUIDs are unique
 * @param storage the storage repositories it has configured; their UUIDs are unique
 * @param membership the pool it is in, and its role there
 * @param licenceParams what xapi's {@code license_params} says (the {@code restrict_*} flags), or
 *     empty when it is unknown
 * @param externalAuth how it authenticates users besides root, or empty when it is unknown
 * @param ownPool for a standalone host, what xapi knows of the one-host pool it heads (every
 *     xapi host heads a pool until it joins one); empty when unknown or when the host is a member
 * @param incompleteListings the lists among VMs, storage and network interfaces that may be
 *     incomplete: their source did not hold them, or held entries that could not be read (a
 *     complete empty list means none)
 * @param managementInterfaceExists whether xapi has a management PIF for the host (a PIF with
 *     {@code management = true}; a host that is still booting has none): empty when unknown.
 *     When false, {@code managementInterface} stands for nothing xapi knows
 * @param ipv4Bridges for each PIF of the host with an IPv4 address (xapi's {@code PIF.IP} not
 *     empty), the bridge of its network, such as {@code xenbr0}, in PIF order; empty when unknown
 * @param nonGuestVms the VM records of the host's own pool database that are not guests, which
 *     xapi's join checks count along with them: its templates, snapshots and control domains
 *     (dom0 among them); empty when unknown, as it is unless given
 * @param nameLabel the host's {@code name_label} in xapi, which xapi's messages name it by and
 *     which may differ from its host name; empty when unknown
 * @param xapiReference the host's reference ({@code OpaqueRef:...}) in its pool's database,
 *     which some of xapi's errors carry; empty when unknown
 *
 * <pre>{@code
 * Host host = Host.builder()
 *         .hostname("xs-04")
 *         .cpu(CpuCatalog.shipped().realHost("Xeon-E5-2650-v3").toCpuBuilder()
 *                 .maskingSupport(MaskingSupport.FULL).build())
 *         .software(Software.builder().productVersion("5.6.100").buildNumber("39265p").build())
 *         .licence(LicenceEdition.ENTERPRISE)
 *         .managementInterface(ManagementInterface.builder().ipAddress("192.0.2.14").build())
 *         .build();                                     // a random UUID; what is not given is unknown
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Host(
        @Uuid String id,
        @Hostname String hostname,
        @Valid Cpu cpu,
        @Valid Software software,
        Optional<LicenceEdition> licence,
        @Valid ManagementInterface managementInterface,
        List<@Valid NetworkInterface> networkInterfaces,
        Optional<HostClock> clock,
        List<@Valid Vm> vms,
        List<@Valid StorageRepository> storage,
        @Valid Membership membership,
        Optional<LicenceParams> licenceParams,
        Optional<ExternalAuth> externalAuth,
        Optional<PoolConfiguration> ownPool,
        Set<Listing> incompleteListings,
        Optional<Boolean> managementInterfaceExists,
        Optional<List<String>> ipv4Bridges,
        Optional<List<@Valid Vm>> nonGuestVms,
        Optional<@Size(max = 255) String> nameLabel,
        Optional<@Pattern(regexp = "OpaqueRef:\\S+", message = "must be an xapi reference such as"
                + " OpaqueRef:27a4a9a1-5ec5-1cde-8b60-54bc5a7050e1") String> xapiReference) {

    /** A list of a host that a source may not hold in full, and that is then incomplete. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public enum Listing {
        /** {@link Host#vms()}. */
        VMS,
        /** {@link Host#storage()}. */
        STORAGE,
        /** {@link Host#networkInterfaces()}. */
        NETWORK_INTERFACES
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param id the host's UUID
     * @param hostname its host name
     * @param cpu its CPUs
     * @param software its product version, hotfixes and supplemental packs
     * @param licence its licence edition, or empty when it is unknown
     * @param managementInterface the interface of its management traffic
     * @param networkInterfaces its other network interfaces (NICs, bonds, VLANs), in order
     * @param clock its clock, relative to its pool master, or empty when it is unknown
     * @param vms the VMs resident on it, in order; their UUIDs are unique
     * @param storage the storage repositories it has configured; their UUIDs are unique
     * @param membership the pool it is in, and its role there
     * @param licenceParams what xapi's {@code license_params} says, or empty when it is unknown
     * @param externalAuth how it authenticates users besides root, or empty when it is unknown
     * @param ownPool for a standalone host, what xapi knows of the one-host pool it heads, or
     *     empty when unknown
     * @param incompleteListings the lists among VMs, storage and network interfaces that may be
     *     incomplete
     * @param managementInterfaceExists whether xapi has a management PIF for the host, or empty
     *     when unknown
     * @param ipv4Bridges the bridges of the host's PIFs that have an IPv4 address, one per such
     *     PIF, or empty when unknown
     * @param nonGuestVms the templates, snapshots and control domains of the host's own pool
     *     database, or empty when unknown
     * @param nameLabel the host's {@code name_label}, or empty when unknown
     * @param xapiReference the host's reference in its pool's database, or empty when unknown
     * @throws NullPointerException if a component or an element is null
     * @throws InvalidModelException if the id, the host name, the name label or the reference is
     *     invalid, two VMs or two SRs share a UUID, a guest is listed among the other VM records or
     *     the other way round; every problem is listed
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Host {
        id = Uuids.canonical(Objects.requireNonNull(id, "id"));
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(managementInterface, "managementInterface");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(licenceParams, "licenceParams");
        Objects.requireNonNull(externalAuth, "externalAuth");
        Objects.requireNonNull(ownPool, "ownPool");
        EnumSet<Listing> unknown = EnumSet.noneOf(Listing.class);
        for (Listing listing : Objects.requireNonNull(incompleteListings, "incompleteListings")) {
            unknown.add(Objects.requireNonNull(listing, "incompleteListings contains null"));
        }
        incompleteListings = Collections.unmodifiableSet(unknown);
        networkInterfaces = List.copyOf(Objects.requireNonNull(networkInterfaces, "networkInterfaces"));
        vms = List.copyOf(Objects.requireNonNull(vms, "vms"));
        storage = List.copyOf(Objects.requireNonNull(storage, "storage"));
        Objects.requireNonNull(managementInterfaceExists, "managementInterfaceExists");
        ipv4Bridges = Objects.requireNonNull(ipv4Bridges, "ipv4Bridges").map(List::copyOf);
        nonGuestVms = Objects.requireNonNull(nonGuestVms, "nonGuestVms").map(List::copyOf);
        Objects.requireNonNull(nameLabel, "nameLabel");
        Objects.requireNonNull(xapiReference, "xapiReference");
        ModelCheck check = ModelCheck.of(Host.class);
        check.constraints("id", id);
        check.constraints("hostname", hostname);
        check.constraints("nameLabel", nameLabel);
        check.constraints("xapiReference", xapiReference);
        for (int i = 0; i < vms.size(); i++) {
            if (vms.get(i).kind() != Vm.Kind.GUEST) {
                check.structure("vms[" + i + "].kind", vms.get(i).kind(), "GuestVms", "host " + Text.name(hostname)
                        + " lists " + vms.get(i).kind() + " " + vms.get(i).uuid() + " among its guests; templates,"
                        + " snapshots and control domains go in nonGuestVms");
            }
        }
        requireUnique(check, "vms", "UniqueVmUuids", vms, Vm::uuid, "VM", hostname);
        if (nonGuestVms.isPresent()) {
            List<Vm> others = nonGuestVms.get();
            for (int i = 0; i < others.size(); i++) {
                if (others.get(i).kind() == Vm.Kind.GUEST) {
                    check.structure("nonGuestVms[" + i + "].kind", Vm.Kind.GUEST, "NonGuestVms", "host "
                            + Text.name(hostname) + " lists guest " + others.get(i).uuid() + " among its templates,"
                            + " snapshots and control domains; guests go in vms");
                }
            }
            requireUnique(check, "nonGuestVms", "UniqueVmUuids", others, Vm::uuid, "VM", hostname);
            Set<String> guests = vms.stream().map(Vm::uuid).collect(Collectors.toSet());
            for (int i = 0; i < others.size(); i++) {
                if (guests.contains(others.get(i).uuid())) {
                    check.structure("nonGuestVms[" + i + "].uuid", others.get(i).uuid(), "UniqueVmUuids", "host "
                            + Text.name(hostname) + " lists VM " + others.get(i).uuid() + " among its guests and among"
                            + " its templates, snapshots and control domains; a VM record is one or the other");
                }
            }
        }
        requireUnique(check, "storage", "UniqueStorageUuids", storage, StorageRepository::uuid, "storage repository",
                hostname);
        check.throwIfAny();
    }

    /**
     * Makes a host of which it is unknown whether xapi has a management PIF for it, which bridges
     * its addressed PIFs are on, what its templates, snapshots and control domains are, and its
     * name label and reference.
     *
     * @param id the host's UUID
     * @param hostname its host name
     * @param cpu its CPUs
     * @param software its product version, hotfixes and supplemental packs
     * @param licence its licence edition, or empty when it is unknown
     * @param managementInterface the interface of its management traffic
     * @param networkInterfaces its other network interfaces (NICs, bonds, VLANs), in order
     * @param clock its clock, relative to its pool master, or empty when it is unknown
     * @param vms the VMs resident on it, in order; their UUIDs are unique
     * @param storage the storage repositories it has configured; their UUIDs are unique
     * @param membership the pool it is in, and its role there
     * @param licenceParams what xapi's {@code license_params} says, or empty when it is unknown
     * @param externalAuth how it authenticates users besides root, or empty when it is unknown
     * @param ownPool for a standalone host, what xapi knows of the one-host pool it heads, or
     *     empty when unknown
     * @param incompleteListings the lists among VMs, storage and network interfaces that may be
     *     incomplete
     * @throws NullPointerException if a component or an element is null
     * @throws InvalidModelException if the id or the host name is invalid, or two VMs or two SRs
     *     share a UUID; every problem is listed
     */
    public Host(String id, String hostname, Cpu cpu, Software software, Optional<LicenceEdition> licence,
            ManagementInterface managementInterface, List<NetworkInterface> networkInterfaces,
            Optional<HostClock> clock, List<Vm> vms, List<StorageRepository> storage, Membership membership,
            Optional<LicenceParams> licenceParams, Optional<ExternalAuth> externalAuth,
            Optional<PoolConfiguration> ownPool, Set<Listing> incompleteListings) {
        this(id, hostname, cpu, software, licence, managementInterface, networkInterfaces, clock, vms, storage,
                membership, licenceParams, externalAuth, ownPool, incompleteListings, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Makes a host whose templates, snapshots and control domains, name label and reference are
     * unknown.
     *
     * @param id the host's UUID
     * @param hostname its host name
     * @param cpu its CPUs
     * @param software its product version, hotfixes and supplemental packs
     * @param licence its licence edition, or empty when it is unknown
     * @param managementInterface the interface of its management traffic
     * @param networkInterfaces its other network interfaces (NICs, bonds, VLANs), in order
     * @param clock its clock, relative to its pool master, or empty when it is unknown
     * @param vms the VMs resident on it, in order; their UUIDs are unique
     * @param storage the storage repositories it has configured; their UUIDs are unique
     * @param membership the pool it is in, and its role there
     * @param licenceParams what xapi's {@code license_params} says, or empty when it is unknown
     * @param externalAuth how it authenticates users besides root, or empty when it is unknown
     * @param ownPool for a standalone host, what xapi knows of the one-host pool it heads, or
     *     empty when unknown
     * @param incompleteListings the lists among VMs, storage and network interfaces that may be
     *     incomplete
     * @param managementInterfaceExists whether xapi has a management PIF for the host, or empty
     *     when unknown
     * @param ipv4Bridges the bridges of the host's PIFs that have an IPv4 address, one per such
     *     PIF, or empty when unknown
     * @throws NullPointerException if a component or an element is null
     * @throws InvalidModelException if the id or the host name is invalid, or two VMs or two SRs
     *     share a UUID; every problem is listed
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public Host(String id, String hostname, Cpu cpu, Software software, Optional<LicenceEdition> licence,
            ManagementInterface managementInterface, List<NetworkInterface> networkInterfaces,
            Optional<HostClock> clock, List<Vm> vms, List<StorageRepository> storage, Membership membership,
            Optional<LicenceParams> licenceParams, Optional<ExternalAuth> externalAuth,
            Optional<PoolConfiguration> ownPool, Set<Listing> incompleteListings,
            Optional<Boolean> managementInterfaceExists, Optional<List<String>> ipv4Bridges) {
        this(id, hostname, cpu, software, licence, managementInterface, networkInterfaces, clock, vms, storage,
                membership, licenceParams, externalAuth, ownPool, incompleteListings, managementInterfaceExists,
                ipv4Bridges, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static <T> void requireUnique(ModelCheck check, String property, String rule, List<T> values,
            Function<T, String> key, String what, String hostname) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (!seen.add(key.apply(value))) {
                check.structure(property + "[" + i + "].uuid", key.apply(value), rule,
                        "host " + Text.name(hostname) + " lists " + what + " " + key.apply(value)
                        + " twice; UUIDs of a host's " + what + "s are unique");
            }
        }
    }

    /**
     * Starts a builder with defaults: host name {@code xenserver}, a random id, a default
     * {@link Cpu} of which nothing is known, software whose version and build are unknown, an
     * unknown licence edition, a management interface on {@code eth0} whose address, addressing
     * and bonding are unknown, an unknown clock, no VMs, no storage, standalone; whether xapi has
     * a management PIF for it (known once a management interface is set) and the bridges of its
     * addressed PIFs unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this host's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().id(id).hostname(hostname).cpu(cpu).software(software);
        builder.licence = licence.orElse(null);
        builder.clock = clock.orElse(null);
        builder.licenceParams = licenceParams.orElse(null);
        builder.externalAuth = externalAuth.orElse(null);
        builder.ownPool = ownPool.orElse(null);
        builder.nonGuestVms = nonGuestVms.orElse(null);
        builder.nameLabel = nameLabel.orElse(null);
        builder.xapiReference = xapiReference.orElse(null);
        builder.ipv4Bridges = ipv4Bridges.orElse(null);
        builder.managementInterface(managementInterface).networkInterfaces(networkInterfaces).vms(vms)
                .storage(storage)
                .membership(membership);
        // After the setters, which say the interface exists and the lists are complete.
        builder.managementInterfaceExists = managementInterfaceExists.orElse(null);
        builder.incompleteListings.addAll(incompleteListings);
        return builder;
    }

    /**
     * Tells whether one of the host's lists is complete: its source held all of it. An
     * incomplete list holds what could be read, and more may exist.
     *
     * @param listing VMs, storage or network interfaces
     * @return true if the list is complete
     */
    public boolean isComplete(Listing listing) {
        return !incompleteListings.contains(Objects.requireNonNull(listing, "listing"));
    }

    /**
     * Returns the shared storage repositories this host has configured.
     *
     * @return the shared SRs, in order
     */
    public List<StorageRepository> sharedStorage() {
        return storage.stream().filter(StorageRepository::shared).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether any of this host's VMs is HVM.
     *
     * @return true if an HVM VM is resident here
     */
    public boolean hasHvmVms() {
        for (Vm vm : vms) {
            if (vm.mode() == VirtualizationMode.HVM) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns this host in another pool role.
     *
     * @param newMembership the membership
     * @return the same host with that membership
     */
    public Host withMembership(Membership newMembership) {
        return Objects.requireNonNull(newMembership, "newMembership").equals(membership) ? this
                : new Host(id, hostname, cpu, software, licence, managementInterface, networkInterfaces, clock, vms,
                        storage, newMembership, licenceParams, externalAuth, ownPool, incompleteListings,
                        managementInterfaceExists, ipv4Bridges, nonGuestVms, nameLabel, xapiReference);
    }

    /**
     * Returns this host with another CPU state, such as a mask applied.
     *
     * @param newCpu the CPU
     * @return the same host with that CPU
     */
    public Host withCpu(Cpu newCpu) {
        return Objects.requireNonNull(newCpu, "newCpu").equals(cpu) ? this
                : new Host(id, hostname, newCpu, software, licence, managementInterface, networkInterfaces, clock, vms,
                        storage, membership, licenceParams, externalAuth, ownPool, incompleteListings,
                        managementInterfaceExists, ipv4Bridges, nonGuestVms, nameLabel, xapiReference);
    }

    /**
     * Returns this host with its clock measured from another reference.
     *
     * @param newClock the clock
     * @return the same host with that clock
     */
    public Host withClock(HostClock newClock) {
        return withClock(Optional.of(Objects.requireNonNull(newClock, "newClock")));
    }

    /**
     * Returns this host with another clock, or with its clock unknown.
     *
     * @param newClock the clock, or empty when it is unknown
     * @return the same host with that clock
     */
    public Host withClock(Optional<HostClock> newClock) {
        return Objects.requireNonNull(newClock, "newClock").equals(clock) ? this
                : new Host(id, hostname, cpu, software, licence, managementInterface, networkInterfaces, newClock, vms,
                        storage, membership, licenceParams, externalAuth, ownPool, incompleteListings,
                        managementInterfaceExists, ipv4Bridges, nonGuestVms, nameLabel, xapiReference);
    }

    /**
     * Returns this host with another licence edition.
     *
     * @param newLicence the edition
     * @return the same host with that edition
     */
    public Host withLicence(LicenceEdition newLicence) {
        Optional<LicenceEdition> edition = Optional.of(Objects.requireNonNull(newLicence, "newLicence"));
        return edition.equals(licence) ? this
                : new Host(id, hostname, cpu, software, edition, managementInterface, networkInterfaces, clock, vms,
                        storage, membership, licenceParams, externalAuth, ownPool, incompleteListings,
                        managementInterfaceExists, ipv4Bridges, nonGuestVms, nameLabel, xapiReference);
    }

    /**
     * Prints the host briefly: host name, id and role.
     *
     * @return for example {@code Host[xs-01 (6b3f…), standalone]}
     */
    @Override
    public String toString() {
        return "Host[" + Text.name(hostname) + " (" + id + "), " + cpu.vendor().map(Enum::name).orElse("unknown vendor")
                + " " + Text.name(cpu.modelName()) + ", " + membership + "]";
    }

    /**
     * Builds a {@link Host}. Without an id it makes a random one; without a licence edition the
     * edition is unknown.
     */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {
        private String id;
        private String hostname = "xenserver";
        private Cpu cpu;
        private Software software;
        private LicenceEdition licence;
        private ManagementInterface managementInterface;
        private HostClock clock;
        private final List<NetworkInterface> networkInterfaces = new ArrayList<>();
        private final List<Vm> vms = new ArrayList<>();
        private final List<StorageRepository> storage = new ArrayList<>();
        private Membership membership = Membership.standalone();
        private LicenceParams licenceParams;
        private ExternalAuth externalAuth;
        private PoolConfiguration ownPool;
        private final EnumSet<Listing> incompleteListings = EnumSet.noneOf(Listing.class);
        private Boolean managementInterfaceExists;
        private List<String> ipv4Bridges;
        private List<Vm> nonGuestVms;
        private String nameLabel;
        private String xapiReference;

        private Builder() {
        }

        /**
         * Sets the VM records of the host's own pool database that are not guests: all of its
         * templates, snapshots and control domains, dom0 among them, so that an empty collection
         * says there are none. Unknown unless set.
         *
         * @param vms the templates, snapshots and control domains
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder nonGuestVms(Collection<Vm> vms) {
            Objects.requireNonNull(vms, "vms");
            List<Vm> copy = new ArrayList<>(vms.size());
            vms.forEach(vm -> copy.add(Objects.requireNonNull(vm, "vms contains null")));
            this.nonGuestVms = copy;
            return this;
        }

        /**
         * Makes the host's templates, snapshots and control domains unknown again, as they are when
         * a builder starts.
         *
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder unknownNonGuestVms() {
            this.nonGuestVms = null;
            return this;
        }

        /**
         * Sets the host's {@code name_label} in xapi.
         *
         * @param nameLabel the name label, such as {@code xs-04 (rack 7)}
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder nameLabel(String nameLabel) {
            this.nameLabel = Objects.requireNonNull(nameLabel, "nameLabel");
            return this;
        }

        /**
         * Sets the host's reference in its pool's database.
         *
         * @param xapiReference such as {@code OpaqueRef:27a4a9a1-5ec5-1cde-8b60-54bc5a7050e1}
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder xapiReference(String xapiReference) {
            this.xapiReference = Objects.requireNonNull(xapiReference, "xapiReference");
            return this;
        }

        /**
         * Sets the UUID; by default the host gets a random one, since host names are not unique.
         *
         * @param id the UUID
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the host name.
         *
         * @param hostname an RFC 1123 host name
         * @return this builder
         */
        public Builder hostname(String hostname) {
            this.hostname = Objects.requireNonNull(hostname, "hostname");
            return this;
        }

        /**
         * Sets the CPU.
         *
         * @param cpu the CPU
         * @return this builder
         */
        public Builder cpu(Cpu cpu) {
            this.cpu = Objects.requireNonNull(cpu, "cpu");
            return this;
        }

        /**
         * Sets the software.
         *
         * @param software the software
         * @return this builder
         */
        public Builder software(Software software) {
            this.software = Objects.requireNonNull(software, "software");
            return this;
        }

        /**
         * Sets the licence edition.
         *
         * @param licence the edition
         * @return this builder
         */
        public Builder licence(LicenceEdition licence) {
            this.licence = Objects.requireNonNull(licence, "licence");
            return this;
        }

        /**
         * Forgets the licence edition: the host's edition is unknown.
         *
         * @return this builder
         */
        public Builder unknownLicence() {
            this.licence = null;
            return this;
        }

        /**
         * Sets the management interface, which then exists: xapi has a management PIF for the
         * host.
         *
         * @param managementInterface the interface
         * @return this builder
         */
        public Builder managementInterface(ManagementInterface managementInterface) {
            this.managementInterface = Objects.requireNonNull(managementInterface, "managementInterface");
            this.managementInterfaceExists = true;
            return this;
        }

        /**
         * Says whether xapi has a management PIF for the host; {@link #managementInterface} says
         * it has. A host that is still booting has none, and xapi refuses its join with
         * {@code HOST_STILL_BOOTING}.
         *
         * @param exists false when the host has no management PIF
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder managementInterfaceExists(boolean exists) {
            this.managementInterfaceExists = exists;
            return this;
        }

        /**
         * Forgets whether xapi has a management PIF for the host, as it is when a builder starts;
         * the management interface set stays.
         *
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder unknownWhetherManagementInterfaceExists() {
            this.managementInterfaceExists = null;
            return this;
        }

        /**
         * Sets the bridges of the host's PIFs that have an IPv4 address ({@code PIF.IP}), one
         * entry per such PIF, in PIF order: a bridge listed twice has two addressed PIFs.
         *
         * @param bridges such as {@code xenbr0}
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder ipv4Bridges(Collection<String> bridges) {
            List<String> copy = new ArrayList<>();
            for (String bridge : Objects.requireNonNull(bridges, "bridges")) {
                copy.add(Objects.requireNonNull(bridge, "bridges contains null"));
            }
            this.ipv4Bridges = copy;
            return this;
        }

        /**
         * Forgets the bridges of the host's addressed PIFs: they are unknown, as when a builder
         * starts.
         *
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder unknownIpv4Bridges() {
            this.ipv4Bridges = null;
            return this;
        }

        /**
         * Replaces the other network interfaces.
         *
         * @param interfaces the interfaces
         * @return this builder
         */
        public Builder networkInterfaces(Collection<NetworkInterface> interfaces) {
            Objects.requireNonNull(interfaces, "interfaces");
            this.networkInterfaces.clear();
            incompleteListings.remove(Listing.NETWORK_INTERFACES);
            interfaces.forEach(this::networkInterface);
            return this;
        }

        /**
         * Adds a network interface other than the management interface.
         *
         * @param networkInterface the interface
         * @return this builder
         */
        public Builder networkInterface(NetworkInterface networkInterface) {
            this.networkInterfaces.add(Objects.requireNonNull(networkInterface, "networkInterface"));
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(HostClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Makes the clock unknown again, as it is when a builder starts.
         *
         * @return this builder
         */
        public Builder unknownClock() {
            this.clock = null;
            return this;
        }

        /**
         * Sets the clock from its parts.
         *
         * @param offsetFromMaster this host's clock minus the master's
         * @param ntpConfigured whether NTP is configured
         * @return this builder
         */
        public Builder clock(Duration offsetFromMaster, boolean ntpConfigured) {
            return clock(new HostClock(offsetFromMaster, ntpConfigured));
        }

        /**
         * Replaces the VMs.
         *
         * @param vms the VMs
         * @return this builder
         */
        public Builder vms(Collection<Vm> vms) {
            Objects.requireNonNull(vms, "vms");
            this.vms.clear();
            incompleteListings.remove(Listing.VMS);
            vms.forEach(this::vm);
            return this;
        }

        /**
         * Adds a VM.
         *
         * @param vm the VM
         * @return this builder
         */
        public Builder vm(Vm vm) {
            this.vms.add(Objects.requireNonNull(vm, "vm"));
            return this;
        }

        /**
         * Replaces the storage repositories.
         *
         * @param storage the SRs
         * @return this builder
         */
        public Builder storage(Collection<StorageRepository> storage) {
            Objects.requireNonNull(storage, "storage");
            this.storage.clear();
            incompleteListings.remove(Listing.STORAGE);
            storage.forEach(this::storageRepository);
            return this;
        }

        /**
         * Adds a storage repository.
         *
         * @param repository the SR
         * @return this builder
         */
        public Builder storageRepository(StorageRepository repository) {
            this.storage.add(Objects.requireNonNull(repository, "repository"));
            return this;
        }

        /**
         * Sets what xapi's {@code license_params} says.
         *
         * @param licenceParams the licence parameters
         * @return this builder
         */
        public Builder licenceParams(LicenceParams licenceParams) {
            this.licenceParams = Objects.requireNonNull(licenceParams, "licenceParams");
            return this;
        }

        /**
         * Sets how the host authenticates users besides root.
         *
         * @param externalAuth the external authentication, {@link ExternalAuth#NONE} for none
         * @return this builder
         */
        public Builder externalAuth(ExternalAuth externalAuth) {
            this.externalAuth = Objects.requireNonNull(externalAuth, "externalAuth");
            return this;
        }

        /**
         * Makes the external authentication unknown again, as it is when a builder starts.
         *
         * @return this builder
         */
        @API(status = EXPERIMENTAL, since = "0.3.0")
        public Builder unknownExternalAuth() {
            this.externalAuth = null;
            return this;
        }

        /**
         * Sets what xapi knows of the one-host pool a standalone host heads.
         *
         * @param ownPool the configuration of the host's own pool
         * @return this builder
         */
        public Builder ownPool(PoolConfiguration ownPool) {
            this.ownPool = Objects.requireNonNull(ownPool, "ownPool");
            return this;
        }

        /**
         * Marks a list as possibly incomplete: its source did not hold it, or held entries that
         * could not be read, so what it lists is there but more may be. Setting the whole list
         * again makes it complete.
         *
         * @param listing the list
         * @return this builder
         */
        public Builder incomplete(Listing listing) {
            incompleteListings.add(Objects.requireNonNull(listing, "listing"));
            return this;
        }

        /**
         * Sets the membership.
         *
         * @param membership the membership
         * @return this builder
         */
        public Builder membership(Membership membership) {
            this.membership = Objects.requireNonNull(membership, "membership");
            return this;
        }

        /**
         * Builds the host and checks its constraints.
         *
         * @return the host
         * @throws InvalidModelException if a value is invalid; every problem is listed
         */
        public Host build() {
            String hostId = id != null ? id : UUID.randomUUID().toString();
            return new Host(hostId, hostname,
                    cpu != null ? cpu : Cpu.unknown(),
                    software != null ? software : Software.builder().build(),
                    Optional.ofNullable(licence),
                    managementInterface != null ? managementInterface : ManagementInterface.builder().build(),
                    networkInterfaces, Optional.ofNullable(clock), vms, storage, membership,
                    Optional.ofNullable(licenceParams), Optional.ofNullable(externalAuth), Optional.ofNullable(ownPool),
                    incompleteListings, Optional.ofNullable(managementInterfaceExists),
                    Optional.ofNullable(ipv4Bridges), Optional.ofNullable(nonGuestVms), Optional.ofNullable(nameLabel),
                    Optional.ofNullable(xapiReference));
        }

        /**
         * Builds the host, or gives every problem that kept it from being built, without
         * throwing.
         *
         * @return the host, or its problems
         */
        public Validated<Host> tryBuild() {
            return Validated.of(this::build);
        }
    }
}
