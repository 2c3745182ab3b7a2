package io.github.xenpool.core.xapi;

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
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.network.SdnController;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import io.github.xenpool.core.xapi.internal.ValueFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps the records of one import to the model. One mapper per import: it collects the facts read,
 * the facts unknown and the warnings as it goes.
 */
final class RecordMapper {

    private static final String NULL_REF = "OpaqueRef:NULL";
    /** The classes the mapping reads; the records of others are counted in the report as left aside. */
    static final Set<String> TABLES_READ = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("pool", "host",
            "host_cpu", "host_metrics", "PIF", "Bond", "VLAN", "tunnel", "network_sriov", "network", "SR", "PBD", "VM",
            "host_patch", "pool_patch", "pool_update", "SM", "Cluster_host", "Cluster", "SDN_controller",
            "Certificate")));
    private static final Set<String> READ_CLASSES = TABLES_READ.stream().map(c -> c.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern PACK_VERSION = Pattern.compile("version ([^,\\s]+)(?:, build ([^,\\s]+))?");

    private final XapiRecords records;
    private final List<ImportWarning> warnings = new ArrayList<>();
    /** The VM records as {@link #vms} reads them, once per import. */
    private final List<VmResidence> residences = new ArrayList<>();

    RecordMapper(XapiRecords records) {
        this.records = records;
        warnings.addAll(records.warnings());
    }

    /** The facts of one object, collected while it is mapped. */
    private static final class Facts {
        private final List<String> read = new ArrayList<>();
        private final Map<String, String> unknown = new LinkedHashMap<>();
        private final List<String> ignored = new ArrayList<>();
        private final Set<Host.Listing> incomplete = java.util.EnumSet.noneOf(Host.Listing.class);

        void read(String fact) {
            read.add(fact);
        }

        void unknown(String fact, String why) {
            unknown.putIfAbsent(fact, why);
        }

        ImportReport.Facts done(String id, String name) {
            return new ImportReport.Facts(id, name, read, unknown, ignored);
        }
    }

    Imported<Pool> pool() {
        List<XapiRecord> pools = records.all("pool");
        if (pools.size() != 1) {
            throw new XapiImportException(records.source(), "pool records", pools.isEmpty()
                    ? "expected the pool record (a database dump, pool.get_all_records or xe pool-param-list),"
                    + " found none"
                    : "expected one pool record, found " + pools.size());
        }
        XapiRecord poolRecord = pools.get(0);
        List<XapiRecord> hosts = records.all("host");
        if (hosts.isEmpty()) {
            throw new XapiImportException(records.source(), "host records", "expected the records of the pool's"
                    + " hosts, found none");
        }
        XapiRecord master = hosts.stream().filter(h -> links(poolRecord, "master", h)).findFirst()
                .orElseThrow(() -> new XapiImportException(records.source(), poolRecord.where("master"),
                        "expected a reference to one of the " + hosts.size() + " host records, got "
                        + text(poolRecord, "master").map(Text::quoted).orElse("nothing")));
        Facts poolFacts = new Facts();
        String poolId = require(poolRecord, "uuid");
        Pool.Builder builder = Pool.builder().id(poolId);
        String name = text(poolRecord, "name_label").map(String::strip).orElse("");
        String masterName = text(master, "hostname").or(() -> text(master, "name_label")).orElse(poolId);
        if (name.isEmpty()) {
            name = masterName;
            poolFacts.ignored.add("the pool has no name label; it is named after its master, as XenCenter shows it");
        } else {
            poolFacts.read("name");
        }
        builder.name(name.length() > 255 ? name.substring(0, 255) : name);
        Optional<Boolean> ha = bool(poolRecord, "ha_enabled");
        if (ha.isEmpty()) {
            throw new XapiImportException(records.source(), poolRecord.where("ha_enabled"),
                    "expected true or false: whether high availability is on decides every join");
        }
        builder.haEnabled(ha.get());
        poolFacts.read("haEnabled");
        Optional<String> mask = map(poolRecord, "other_config").flatMap(m -> Optional.ofNullable(
                m.get("cpuid_feature_mask")));
        if (mask.isPresent()) {
            try {
                String value = mask.get().strip();
                builder.cpuFeatureMask(value.split("-").length == 4 ? FeatureMask.parseLegacy(value)
                        : FeatureMask.parse(value));
                poolFacts.read("cpuFeatureMask");
            } catch (IllegalArgumentException e) {
                // xapi itself compares every feature when the mask does not parse.
                builder.cpuFeatureMask(FeatureMask.NONE);
                warn(poolRecord.where("other_config") + ":cpuid_feature_mask",
                        "expected a featureset mask, " + e.getMessage() + "; as xapi does, every feature is compared");
                poolFacts.read("cpuFeatureMask (none that parses: every feature is compared, as xapi does)");
            }
        } else {
            builder.cpuFeatureMask(FeatureMask.NONE);
            poolFacts.read("cpuFeatureMask (none in other_config: every feature is compared, as xapi does)");
        }
        List<ImportReport.Facts> hostReports = new ArrayList<>();
        Imported<Host> masterHost = hostInPool(master, true);
        builder.master(masterHost.value());
        hostReports.add(masterHost.report().hosts().get(0));
        for (XapiRecord host : hosts) {
            if (host != master) {
                Imported<Host> secondary = hostInPool(host, true);
                builder.secondary(secondary.value());
                hostReports.add(secondary.report().hosts().get(0));
                if (isOffline(host)) {
                    builder.offline(secondary.value().id());
                }
            }
        }
        if (isOffline(master)) {
            builder.offline(masterHost.value().id());
        }
        for (StorageRepository sr : sharedStorage()) {
            builder.sharedStorageRepository(sr);
        }
        poolFacts.read("sharedStorage");
        builder.configuration(configuration(poolRecord, poolFacts));
        notRead(poolFacts);
        Pool pool;
        try {
            pool = builder.build();
        } catch (InvalidModelException e) {
            throw new XapiImportException(records.source(), poolRecord.location(), "the records make no valid pool: "
                    + e.getMessage(), e);
        }
        return new Imported<>(pool, new ImportReport(records.source(), poolFacts.done(pool.id(), pool.name()),
                hostReports, warnings));
    }

    Imported<Host> host(XapiRecord host) {
        return hostInPool(host, false, false);
    }

    Imported<Host> standaloneHost(XapiRecord host) {
        return hostInPool(host, false, true);
    }

    private Imported<Host> hostInPool(XapiRecord record, boolean partOfPool) {
        return hostInPool(record, partOfPool, false);
    }

    private Imported<Host> hostInPool(XapiRecord record, boolean partOfPool, boolean saidStandalone) {
        Facts facts = new Facts();
        String id = require(record, "uuid");
        String hostname = hostname(record, facts);
        Host.Builder builder = Host.builder().id(id).hostname(hostname);
        builder.cpu(cpu(record, facts));
        builder.software(software(record, facts));
        text(record, "edition").map(String::strip).filter(e -> !e.isEmpty()).ifPresentOrElse(edition -> {
            attempt(record.where("edition"), "a licence edition such as free or enterprise", facts, "licence",
                    () -> builder.licence(LicenceEdition.of(edition)));
        }, () -> facts.unknown("licence", "the host record has no edition (the XenServer 5.5 schema has none)"));
        map(record, "license_params").ifPresentOrElse(params -> {
            builder.licenceParams(LicenceParams.of(params));
            facts.read("licenceParams");
        }, () -> facts.unknown("licenceParams", "the host record has no license_params"));
        Optional<String> authType = text(record, "external_auth_type");
        Optional<String> authName = text(record, "external_auth_service_name");
        if (authType.isPresent() && authName.isPresent()) {
            builder.externalAuth(new ExternalAuth(authType.get(), authName.get()));
            facts.read("externalAuth");
        } else {
            facts.unknown("externalAuth", "the host record lacks external_auth_type or external_auth_service_name");
        }
        managementAndNetwork(record, builder, facts);
        builder.vms(vms(record, facts, partOfPool));
        nonGuestVms(record, facts, partOfPool).ifPresent(builder::nonGuestVms);
        text(record, "name_label").ifPresentOrElse(label -> {
            builder.nameLabel(label.length() > 255 ? label.substring(0, 255) : label);
            facts.read("nameLabel");
        }, () -> facts.unknown("nameLabel", "the host record has no name_label"));
        record.ref().filter(ref -> ref.startsWith("OpaqueRef:") && !ref.equals(NULL_REF)
                && ref.chars().noneMatch(Character::isWhitespace)).ifPresentOrElse(ref -> {
                    builder.xapiReference(ref);
                    facts.read("xapiReference");
                }, () -> facts.unknown("xapiReference", "the source prints no OpaqueRef of the host (xe prints none)"));
        builder.storage(storage(record, facts, partOfPool));
        facts.unknown("clock", "xapi's records carry no clock offset; compare date -u on the host and the master");
        if (!partOfPool) {
            notRead(facts);
            Membership membership = saidStandalone ? Membership.standalone() : membershipOf(record, facts);
            if (saidStandalone) {
                facts.read("membership (standalone, as the caller said)");
            }
            builder.membership(membership);
            List<XapiRecord> pools = records.all("pool");
            if (membership.isFree() && pools.size() == 1) {
                builder.ownPool(configuration(pools.get(0), facts));
            } else if (membership.isFree()) {
                facts.unknown("ownPool", "the records hold no pool record of the host's own pool");
            }
        }
        // After the lists are set, which make them complete: what could not be read makes them not.
        facts.incomplete.forEach(builder::incomplete);
        Host host;
        try {
            host = builder.build();
        } catch (InvalidModelException e) {
            throw new XapiImportException(record.source(), record.location(), "the records make no valid host: "
                    + e.getMessage(), e);
        }
        ImportReport.Facts hostFacts = facts.done(host.id(), host.hostname());
        return new Imported<>(host, new ImportReport(records.source(), new ImportReport.Facts(host.id(),
                host.hostname(), List.of(), Map.of(), List.of()), List.of(hostFacts), warnings));
    }

    private String hostname(XapiRecord record, Facts facts) {
        for (String field : List.of("hostname", "name_label")) {
            Optional<String> name = text(record, field).map(String::strip).filter(n -> !n.isEmpty());
            if (name.isPresent()) {
                try {
                    Host.builder().hostname(name.get()).build();
                    facts.read("hostname (" + field + ")");
                    return name.get();
                } catch (InvalidModelException e) {
                    warn(record.where(field), "expected a host name, got " + Text.quoted(name.get()));
                }
            }
        }
        throw new XapiImportException(record.source(), record.location(), "expected a host name in the hostname or"
                + " name_label field, found none that is one");
    }

    private Membership membershipOf(XapiRecord host, Facts facts) {
        List<XapiRecord> hosts = records.all("host");
        List<XapiRecord> pools = records.all("pool");
        if (pools.isEmpty()) {
            throw new XapiImportException(records.source(), host.location(), "expected the record of the host's pool"
                    + " as well: whether a host is standalone or a member is known only from it (add the output of"
                    + " xe pool-param-list uuid=$(xe pool-list --minimal), or pool.get_all_records), or import it with"
                    + " PoolImport.standaloneHost when you know it is standalone");
        }
        if (hosts.size() == 1 && pools.size() == 1 && links(pools.get(0), "master", host)) {
            facts.read("membership (the only host of its pool's records, and its master)");
            return Membership.standalone();
        }
        if (pools.size() == 1) {
            String poolId = require(pools.get(0), "uuid");
            facts.read("membership (one of " + hosts.size() + " hosts of pool " + poolId + ")");
            return links(pools.get(0), "master", host) ? new Membership.Master(poolId, hosts.size())
                    : new Membership.Member(poolId);
        }
        throw new XapiImportException(records.source(), host.location(), "the records hold " + pools.size()
                + " pool records; a host is in one pool");
    }

    // --- the pool as a whole ----------------------------------------------------------------

    private PoolConfiguration configuration(XapiRecord pool, Facts facts) {
        Optional<Boolean> tls = bool(pool, "tls_verification_enabled");
        note(facts, "pool.tlsVerificationEnabled", tls.isPresent(), "the pool record has no"
                + " tls_verification_enabled (xapi before 1.297 has none)");
        Optional<LicenceParams> restrictions = map(pool, "restrictions").map(LicenceParams::of);
        note(facts, "pool.restrictions", restrictions.isPresent(), "the pool record has no restrictions");
        Optional<Set<String>> operations = poolOperations(pool);
        note(facts, "pool.currentOperations", operations.isPresent(), "the pool record has no current_operations"
                + " that reads");
        Optional<Boolean> ha = bool(pool, "ha_enabled");
        note(facts, "pool.haEnabled", ha.isPresent(), "the pool record has no ha_enabled that reads");
        Optional<CpuInfo> cpuInfo = map(pool, "cpu_info").map(raw -> usableCpuInfo(pool, raw));
        note(facts, "pool.cpuInfo", cpuInfo.isPresent(), "the pool record has no cpu_info (xapi before 1.9.81 has"
                + " none)");
        Optional<Set<String>> purposes = Optional.empty();
        if (records.all("network").stream().anyMatch(n -> n.field("purpose").isPresent())) {
            Set<String> all = new LinkedHashSet<>();
            records.all("network").forEach(n -> set(n, "purpose").ifPresent(all::addAll));
            purposes = Optional.of(all);
        }
        note(facts, "pool.networkPurposes", purposes.isPresent(), "no network record has a purpose field");
        Optional<List<StorageDriver>> drivers = storageDrivers();
        note(facts, "pool.storageDrivers", drivers.isPresent(), records.has("SM") ? "an SM record has no type or no"
                + " features that can be read (xapi before XenServer 6.5 records capabilities only)"
                : "the records hold no SM records");
        Optional<Boolean> clustered = clustered();
        note(facts, "pool.clustered", clustered.isPresent(), "the records hold no Cluster_host records, or one"
                + " whose enabled field does not read");
        Optional<Set<String>> enabledClusterHosts = clustered.isPresent() ? enabledClusterHosts() : Optional.empty();
        note(facts, "pool.enabledClusterHosts", enabledClusterHosts.isPresent(), "the records hold no Cluster_host"
                + " records, or one whose enabled field does not read, or an enabled one without reference or UUID");
        Optional<List<Certificate>> certificates = Optional.empty();
        String certificatesUnknown = "the records hold no Certificate records";
        if (records.has("Certificate")) {
            certificates = certificates();
            certificatesUnknown = "a Certificate record could not be read (see the warnings)";
        }
        note(facts, "pool.certificates", certificates.isPresent(), certificatesUnknown);
        Optional<List<ClusterHost>> clusterHosts = clusterHosts();
        note(facts, "pool.clusterHosts", clusterHosts.isPresent(), records.has("Cluster_host") ? "a Cluster_host"
                + " record does not say its PIF, or its cluster whether it adds joining hosts (pool_auto_join)"
                : "the records hold no Cluster_host records");
        Optional<List<SdnController>> controllers = sdnControllers();
        note(facts, "pool.sdnControllers", controllers.isPresent(), records.has("SDN_controller")
                ? "an SDN_controller record lacks its protocol, address or port"
                : "the records hold no SDN_controller records (xapi before 1.28 has none)");
        return new PoolConfiguration(tls, restrictions, operations, cpuInfo, purposes, drivers, clustered, certificates,
                ha, enabledClusterHosts, clusterHosts, controllers);
    }

    /** The SM records, with their features at their versions; empty when one cannot be read whole. */
    private Optional<List<StorageDriver>> storageDrivers() {
        if (!records.has("SM")) {
            return Optional.empty();
        }
        List<StorageDriver> known = new ArrayList<>();
        for (XapiRecord sm : records.all("SM")) {
            Optional<String> type = text(sm, "type").map(String::strip).filter(t -> !t.isEmpty());
            Optional<Map<String, String>> listed = map(sm, "features");
            if (type.isEmpty() || listed.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Long> features = new TreeMap<>();
            for (Map.Entry<String, String> feature : listed.get().entrySet()) {
                try {
                    features.put(feature.getKey(), Long.parseLong(feature.getValue().strip()));
                } catch (NumberFormatException e) {
                    // A feature left out would make the pool's demands look smaller than they are.
                    warn(sm.where("features") + ":" + feature.getKey(), "expected a version number, got "
                            + Text.quoted(feature.getValue()) + "; the storage drivers are left unknown");
                    return Optional.empty();
                }
            }
            known.add(StorageDriver.of(type.get(), features).identifiedBy(sm.ref(), sm.uuid()));
        }
        return Optional.of(known);
    }

    /** The Cluster_host records, each with its cluster's pool_auto_join and its PIF; empty when one cannot be read. */
    private Optional<List<ClusterHost>> clusterHosts() {
        if (!records.has("Cluster_host")) {
            return Optional.empty();
        }
        List<ClusterHost> known = new ArrayList<>();
        for (XapiRecord clusterHost : records.all("Cluster_host")) {
            Optional<Boolean> autoJoin = target(clusterHost, "cluster").flatMap(c -> bool(c, "pool_auto_join"));
            Optional<String> pifRef = text(clusterHost, "PIF").or(() -> text(clusterHost, "PIF_uuid"))
                    .map(String::strip);
            if (autoJoin.isEmpty() || pifRef.isEmpty()) {
                return Optional.empty();
            }
            if (pifRef.get().isEmpty() || pifRef.get().equals(NULL_REF)) {
                known.add(new ClusterHost(autoJoin.get(), Optional.empty()));
                continue;
            }
            Optional<ClusterHost.Pif> pif = target(clusterHost, "PIF").flatMap(this::clusterPif);
            if (pif.isEmpty()) {
                return Optional.empty();
            }
            known.add(new ClusterHost(autoJoin.get(), pif));
        }
        return Optional.of(known);
    }

    /**
     * A cluster's PIF as xapi's join check reads it: its VLAN, whether it is the management PIF,
     * and the bridges a joining host needs an address on (those of a bond's slaves, for a bond).
     */
    private Optional<ClusterHost.Pif> clusterPif(XapiRecord pif) {
        Optional<Integer> vlan = integer(pif, "VLAN");
        Optional<Boolean> management = bool(pif, "management");
        if (vlan.isEmpty() || management.isEmpty() || vlan.get() < -1) {
            return Optional.empty();
        }
        List<XapiRecord> bonds = bondsOf(pif);
        List<XapiRecord> bridged = new ArrayList<>();
        if (bonds.isEmpty()) {
            bridged.add(pif);
        }
        for (XapiRecord bond : bonds) {
            bridged.addAll(slaves(bond));
        }
        List<String> bridges = new ArrayList<>();
        for (XapiRecord member : bridged) {
            Optional<String> bridge = bridge(member);
            if (bridge.isEmpty()) {
                return Optional.empty();
            }
            bridges.add(bridge.get());
        }
        return Optional.of(new ClusterHost.Pif(vlan.get(), management.get(), bridges));
    }

    /** The Bond records whose master is the PIF. */
    private List<XapiRecord> bondsOf(XapiRecord pif) {
        List<XapiRecord> bonds = new ArrayList<>();
        for (String ref : set(pif, "bond_master_of").orElse(List.of())) {
            if (!ref.isBlank() && !ref.equals(NULL_REF)) {
                records.byRef(ref.strip()).or(() -> records.byUuid("Bond", ref.strip())).ifPresent(bonds::add);
            }
        }
        if (bonds.isEmpty()) {
            records.all("Bond").stream().filter(bond -> links(bond, "master", pif)).forEach(bonds::add);
        }
        return bonds;
    }

    /** The slave PIFs of a bond: its slaves field, or the PIFs that say they are its slaves. */
    private List<XapiRecord> slaves(XapiRecord bond) {
        List<XapiRecord> slaves = new ArrayList<>();
        for (String ref : set(bond, "slaves").orElse(List.of())) {
            if (!ref.isBlank() && !ref.equals(NULL_REF)) {
                records.byRef(ref.strip()).or(() -> records.byUuid("PIF", ref.strip())).ifPresent(slaves::add);
            }
        }
        if (slaves.isEmpty()) {
            records.all("PIF").stream().filter(p -> links(p, "bond_slave_of", bond)).forEach(slaves::add);
        }
        return slaves;
    }

    /** The SDN_controller records; empty when one lacks its protocol, address or port. */
    private Optional<List<SdnController>> sdnControllers() {
        if (!records.has("SDN_controller")) {
            return Optional.empty();
        }
        List<SdnController> known = new ArrayList<>();
        for (XapiRecord controller : records.all("SDN_controller")) {
            Optional<String> protocol = text(controller, "protocol").map(String::strip);
            Optional<String> address = text(controller, "address").map(String::strip);
            Optional<String> port = text(controller, "port").map(String::strip);
            if (protocol.isEmpty() || address.isEmpty() || port.isEmpty()) {
                return Optional.empty();
            }
            try {
                known.add(new SdnController(protocol.get(), address.get(), Long.parseLong(port.get())));
            } catch (NumberFormatException e) {
                warn(controller.where("port"), "expected a port number, got " + Text.quoted(port.get())
                        + "; the SDN controllers are left unknown");
                return Optional.empty();
            }
        }
        return Optional.of(known);
    }

    /**
     * The pool's operations in progress: the values of xapi's map of task to operation, or, as xe
     * prints them, a set of names. Empty when the field is absent or unreadable.
     */
    private Optional<Set<String>> poolOperations(XapiRecord pool) {
        Optional<XapiValue> value = pool.field("current_operations");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LinkedHashSet<>(value.get().asMap(() -> pool.where("current_operations")).values()));
        } catch (ValueFormatException notAMap) {
            try {
                return Optional.of(new LinkedHashSet<>(value.get().asSet(() -> pool.where("current_operations"))));
            } catch (ValueFormatException e) {
                warn(notAMap.where(), notAMap.problem() + "; the pool's operations are left unknown");
                return Optional.empty();
            }
        }
    }

    /** Whether a Cluster_host record is enabled; unknown without them, or when one's enabled field does not read. */
    private Optional<Boolean> clustered() {
        if (!records.has("Cluster_host")) {
            return Optional.empty();
        }
        boolean any = false;
        for (XapiRecord clusterHost : records.all("Cluster_host")) {
            Optional<Boolean> enabled = bool(clusterHost, "enabled");
            if (enabled.isEmpty()) {
                return Optional.empty();
            }
            any |= enabled.get();
        }
        return Optional.of(any);
    }

    /**
     * The enabled Cluster_host records, each by its reference, or its UUID where the records hold no
     * reference (xe output); unknown when an enabled one has neither. Called once clustered() is known.
     */
    private Optional<Set<String>> enabledClusterHosts() {
        Set<String> enabled = new LinkedHashSet<>();
        for (XapiRecord clusterHost : records.all("Cluster_host")) {
            if (bool(clusterHost, "enabled").orElseThrow()) {
                Optional<String> id = clusterHost.ref().filter(ref -> !ref.isBlank()).or(clusterHost::uuid);
                if (id.isEmpty()) {
                    return Optional.empty();
                }
                enabled.add(id.get());
            }
        }
        return Optional.of(enabled);
    }

    /**
     * Every Certificate record, in the records' order, or empty when one cannot be read: a join
     * check that compares them must not miss one. A field the record lacks takes xapi's default
     * (type {@code host}, no name, no purpose: older xapi had none of them).
     */
    private Optional<List<Certificate>> certificates() {
        List<Certificate> known = new ArrayList<>();
        for (XapiRecord record : records.all("Certificate")) {
            Optional<List<String>> purposes = record.field("purpose").isPresent() ? set(record, "purpose")
                    : Optional.of(List.of());
            Optional<String> fingerprint = text(record, "fingerprint_sha256").or(() -> text(record, "fingerprint"));
            if (purposes.isEmpty() || fingerprint.isEmpty()) {
                if (fingerprint.isEmpty()) {
                    warn(record.location(), "expected the certificate's fingerprint_sha256, found none; the pool's"
                            + " certificates are left unknown");
                }
                return Optional.empty();
            }
            Certificate certificate = new Certificate(text(record, "name").orElse(""), fingerprint.get(),
                    text(record, "type").map(String::strip).orElse(Certificate.TYPE_HOST),
                    new LinkedHashSet<>(purposes.get()));
            try {
                certificate = record.uuid().map(certificate::withUuid).orElse(certificate);
            } catch (InvalidModelException e) {
                warn(record.where("uuid"), "expected a UUID, got " + Text.quoted(record.uuid().get())
                        + "; the certificate's UUID is left unknown");
            }
            try {
                certificate = record.ref().map(certificate::withReference).orElse(certificate);
            } catch (InvalidModelException e) {
                warn(record.location(), "expected an OpaqueRef reference, got " + Text.quoted(record.ref().get())
                        + "; the certificate's reference is left unknown");
            }
            known.add(certificate);
        }
        return Optional.of(known);
    }

    private void notRead(Facts facts) {
        List<String> others = new ArrayList<>();
        for (String xapiClass : records.classes()) {
            int count = records.all(xapiClass).size();
            if (!READ_CLASSES.contains(xapiClass.toLowerCase(Locale.ROOT)) && count > 0) {
                others.add(count + " " + xapiClass);
            }
        }
        if (!others.isEmpty()) {
            facts.ignored.add("records of classes no join check reads: " + String.join(", ", others));
        }
    }

    private static void note(Facts facts, String fact, boolean known, String why) {
        if (known) {
            facts.read(fact);
        } else {
            facts.unknown(fact, why);
        }
    }

    private CpuInfo usableCpuInfo(XapiRecord record, Map<String, String> raw) {
        TreeMap<String, String> usable = new TreeMap<>();
        raw.forEach((key, value) -> {
            try {
                CpuInfo.of(Map.of(key, value));
                usable.put(key, value);
            } catch (InvalidModelException e) {
                warn(record.where("cpu_info") + ":" + key, e.violations().get(0).message() + "; the key is left out");
            }
        });
        return new CpuInfo(usable);
    }

    // --- CPU -------------------------------------------------------------------------------

    private Cpu cpu(XapiRecord host, Facts facts) {
        Cpu.Builder cpu = Cpu.builder();
        Map<String, String> raw = map(host, "cpu_info").orElse(Map.of());
        CpuInfo info = usableCpuInfo(host, raw);
        cpu.info(info);
        List<XapiRecord> hostCpus = children("host_cpu", "host", host);
        XapiRecord firstCpu = hostCpus.isEmpty() ? null : hostCpus.get(0);
        if (raw.isEmpty()) {
            facts.unknown("cpu.info", "the host record has no cpu_info (XenServer 5.5 and older have none)");
        } else {
            facts.read("cpu.info");
        }
        Optional<String> vendor = info.vendor().or(() -> firstCpu == null ? Optional.empty() : text(firstCpu, "vendor"));
        if (vendor.isPresent()) {
            try {
                cpu.vendor(CpuVendor.fromCpuidString(vendor.get().strip()));
                facts.read("cpu.vendor");
            } catch (IllegalArgumentException e) {
                warn(host.where("cpu_info") + ":vendor", e.getMessage());
                facts.unknown("cpu.vendor", "the vendor " + Text.quoted(vendor.get()) + " is not one this library knows");
            }
        } else {
            facts.unknown("cpu.vendor", "neither cpu_info nor a host_cpu record gives the vendor");
        }
        Optional<String> modelName = info.modelName().or(() -> firstCpu == null ? Optional.empty()
                : text(firstCpu, "modelname")).map(n -> n.strip().replaceAll("\\s+", " ")).filter(n -> !n.isEmpty());
        modelName.ifPresent(n -> cpu.modelName(n.length() > 128 ? n.substring(0, 128) : n));
        for (String key : List.of("family", "model", "stepping")) {
            Optional<Integer> number = info.number(key).isPresent() ? Optional.of(info.number(key).getAsInt())
                    : firstCpu == null ? Optional.empty() : integer(firstCpu, key);
            number.ifPresent(n -> {
                switch (key) {
                    case "family":
                        cpu.family(n);
                        break;
                    case "model":
                        cpu.model(n);
                        break;
                    default:
                        cpu.stepping(n);
                }
            });
        }
        // The featuresets of XenServer 5.6 to 6.5, whose masking the xenServer56 rules judge. The
        // Xen-layout sets of 7.0 on stay in CpuInfo, PV and HVM apart, for xapi's own levelling.
        if (info.physicalFeatures().isPresent() && info.features().isPresent()) {
            cpu.physicalFeatures(info.physicalFeatures().get()).features(info.features().get());
            facts.read("cpu.features");
        } else if (info.featuresPv().isPresent() || info.featuresHvm().isPresent()) {
            facts.unknown("cpu.features", "the host reports features_pv/features_hvm (XenServer 7.0 on) in cpu_info,"
                    + " not the physical and exposed features that XenServer 5.6 masking compares");
        } else {
            facts.unknown("cpu.features", "cpu_info has no physical_features and features");
        }
        if (info.maskable().isPresent()) {
            cpu.maskingSupport(info.maskable().get());
            facts.read("cpu.maskingSupport");
        } else {
            facts.unknown("cpu.maskingSupport", "cpu_info has no maskable key");
        }
        Optional<List<String>> capabilities = set(host, "capabilities");
        if (capabilities.isPresent()) {
            cpu.virtualizationEnabled(capabilities.get().stream().anyMatch(c -> c.startsWith("hvm-")));
            facts.read("cpu.virtualizationEnabled (capabilities)");
        } else {
            facts.unknown("cpu.virtualizationEnabled", "the host record has no capabilities");
        }
        info.socketCount().ifPresent(n -> {
            if (n > 0 && n <= 64) {
                cpu.sockets(n);
            }
        });
        if (info.cpuCount().isPresent() && info.cpuCount().getAsInt() > 0) {
            cpu.cpuCount(info.cpuCount().getAsInt());
        } else if (!hostCpus.isEmpty()) {
            cpu.cpuCount(hostCpus.size());
        }
        try {
            return cpu.build();
        } catch (InvalidModelException e) {
            warn(host.where("cpu_info"), "the CPU facts do not fit together: " + e.getMessage()
                    + "; only the CPU information itself is kept");
            facts.read.removeIf(fact -> fact.startsWith("cpu.") && !fact.equals("cpu.info"));
            facts.unknown("cpu", "the CPU facts in the records do not fit together");
            return Cpu.builder().info(info).build();
        }
    }

    // --- software --------------------------------------------------------------------------

    private Software software(XapiRecord host, Facts facts) {
        Software.Builder software = Software.builder();
        Optional<Map<String, String>> version = map(host, "software_version");
        if (version.isEmpty() || version.get().isEmpty()) {
            facts.unknown("software", "the host record has no software_version");
        } else {
            SoftwareVersion fields = SoftwareVersion.of(version.get());
            software.softwareVersion(fields);
            facts.read("software.softwareVersion");
            fields.get("product_version").ifPresentOrElse(v -> attempt(host.where("software_version")
                    + ":product_version", "a product version such as 5.6.100", facts, "software.productVersion",
                    () -> software.productVersion(ProductVersion.parse(v))), () -> facts.unknown(
                    "software.productVersion", "software_version has no product_version (XCP has platform_version)"));
            fields.get("build_number").ifPresentOrElse(b -> attempt(host.where("software_version") + ":build_number",
                    "a build number", facts, "software.buildNumber", () -> {
                        Software.builder().buildNumber(b.strip()).build();
                        software.buildNumber(b.strip());
                    }),
                    () -> facts.unknown("software.buildNumber", "software_version has no build_number"));
            List<SupplementalPack> packs = new ArrayList<>();
            java.util.SortedMap<String, String> packKeys = new TreeMap<>(fields.packs());
            // XenServer 5.5 marks its Linux pack as package-linux, without the colon later packs have.
            fields.get("package-linux").ifPresent(value -> packKeys.put("package-linux", value));
            packKeys.forEach((name, description) -> {
                Matcher m = PACK_VERSION.matcher(description);
                String revision = m.find() ? m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2))
                        : description.strip();
                try {
                    packs.add(new SupplementalPack(name, revision.length() > 64 ? revision.substring(0, 64) : revision));
                } catch (InvalidModelException e) {
                    warn(host.where("software_version") + ":" + name, "expected a pack and its version, "
                            + e.getMessage());
                }
            });
            software.supplementalPacks(packs);
            facts.read("software.supplementalPacks");
        }
        Optional<Integer> major = integer(host, "API_version_major");
        Optional<Integer> minor = integer(host, "API_version_minor");
        if (major.isPresent() && minor.isPresent() && major.get() >= 0 && minor.get() >= 0) {
            software.apiVersion(new ApiVersion(major.get(), minor.get()));
            facts.read("software.apiVersion");
        } else {
            facts.unknown("software.apiVersion", "the host record lacks API_version_major or API_version_minor");
        }
        updates(host, software, facts);
        set(host, "pending_guidances").ifPresentOrElse(pending -> {
            software.pendingGuidance(pending);
            facts.read("software.pendingGuidance");
        }, () -> facts.unknown("software.pendingGuidance", "the host record has no pending_guidances (xapi before"
                + " 23.x has none)"));
        return software.build();
    }

    /** Adds one applied pool_patch; false when it cannot be read, which leaves the patches unknown. */
    private boolean addPatch(XapiRecord patch, List<Update> updates, Set<String> hotfixes) {
        String name = text(patch, "name_label").orElse("").strip();
        try {
            String uuid = require(patch, "uuid");
            updates.add(new Update(uuid, name, text(patch, "version").orElse(""), Update.Kind.PATCH, Optional.empty()));
            if (isHotfixName(name)) {
                hotfixes.add(name);
            } else {
                // The same patch has the same UUID on every host, so hosts still compare alike.
                warn(patch.where("name_label"), "expected a hotfix name of letters, digits and . _ -, got "
                        + Text.quoted(name) + "; the patch stands as its UUID " + uuid);
                hotfixes.add(uuid);
            }
            return true;
        } catch (InvalidModelException e) {
            warn(patch.location(), "expected a patch with a UUID and a name, " + e.getMessage());
            return false;
        }
    }

    private void updates(XapiRecord host, Software.Builder software, Facts facts) {
        List<Update> updates = new ArrayList<>();
        Set<String> hotfixes = new LinkedHashSet<>();
        boolean known = true;
        if (records.has("host_patch") && records.has("pool_patch")) {
            List<XapiRecord> appliedPatches = children("host_patch", "host", host);
            // The host's own list of its host_patch references, where the source has it, must all be there.
            for (String ref : set(host, "patches").orElse(List.of())) {
                if (!ref.equals(NULL_REF) && appliedPatches.stream().noneMatch(a -> a.ref().filter(ref::equals).isPresent()
                        || a.uuid().filter(ref::equalsIgnoreCase).isPresent())) {
                    warn(host.where("patches"), "expected a host_patch record for " + Text.quoted(ref)
                            + ", found none; the applied patches are unknown");
                    known = false;
                }
            }
            for (XapiRecord applied : appliedPatches) {
                Optional<XapiRecord> patch = target(applied, "pool_patch");
                if (patch.isEmpty()) {
                    warn(applied.where("pool_patch"), "expected a reference to a pool_patch record; the patch is"
                            + " unknown");
                    known = false;
                    continue;
                }
                known &= addPatch(patch.get(), updates, hotfixes);
            }
        } else if (records.has("pool_patch")) {
            // xe patch-list: each patch lists the hosts it is applied to, by UUID.
            for (XapiRecord patch : records.all("pool_patch")) {
                Optional<List<String>> hosts = set(patch, "hosts");
                if (hosts.isEmpty()) {
                    known = false;   // absent or unreadable: whether this host has it is unknown
                    continue;
                }
                boolean applied = hosts.get().stream().map(String::strip)
                        .anyMatch(h -> host.uuid().filter(h::equalsIgnoreCase).isPresent()
                                || host.ref().filter(h::equals).isPresent());
                if (applied) {
                    known &= addPatch(patch, updates, hotfixes);
                }
            }
        } else if (!set(host, "patches").map(List::isEmpty).orElse(false)) {
            // The host names patches (or says nothing of them) without the patch records at hand.
            known = false;
        }
        if (records.has("pool_update")) {
            Optional<List<String>> applied = set(host, "updates");
            if (applied.isEmpty()) {
                known = false;
            }
            for (String ref : applied.orElse(List.of())) {
                Optional<XapiRecord> update = records.byRef(ref);
                if (update.isEmpty()) {
                    known = false;
                    continue;
                }
                try {
                    updates.add(new Update(require(update.get(), "uuid"), text(update.get(), "name_label").orElse(""),
                            text(update.get(), "version").orElse(""), Update.Kind.UPDATE,
                            bool(update.get(), "enforce_homogeneity")));
                } catch (InvalidModelException e) {
                    warn(update.get().location(), "expected an update with a UUID, " + e.getMessage());
                    known = false;
                }
            }
        } else if (set(host, "updates").filter(u -> !u.isEmpty()).isPresent()) {
            known = false;
        }
        if (known) {
            software.hotfixes(hotfixes);
            software.updates(updates);
            facts.read("software.hotfixes");
            return;
        }
        software.unknownHotfixes();
        facts.unknown("software.hotfixes", "the records name patches or updates without their pool_patch or"
                + " pool_update records, or none at all");
    }

    // --- network ---------------------------------------------------------------------------

    private void managementAndNetwork(XapiRecord host, Host.Builder builder, Facts facts) {
        List<XapiRecord> pifs = children("PIF", "host", host);
        XapiRecord management = null;
        boolean managementUnknown = false;
        for (XapiRecord pif : pifs) {
            Optional<Boolean> isManagement = bool(pif, "management");
            if (isManagement.orElse(false)) {
                management = pif;
            }
            managementUnknown |= isManagement.isEmpty();
        }
        ManagementInterface.Builder nic = ManagementInterface.builder();
        if (management == null) {
            nic.device("unknown").unknownVlanTag();
            facts.unknown("managementInterface", pifs.isEmpty() ? "the records hold no PIF of the host"
                    : "no PIF of the host is its management PIF");
            text(host, "address").map(String::strip).filter(a -> !a.isEmpty()).ifPresent(address ->
                    attempt(host.where("address"), "an IP address", facts, "managementInterface.ipAddress (address)",
                            () -> nic.ipAddress(validAddress(address))));
            builder.managementInterface(nic.build());
            // xapi looks for a PIF of the host with management = true: the records hold them all, or not.
            if (!records.has("PIF")) {
                builder.unknownWhetherManagementInterfaceExists();
                facts.unknown("managementInterfaceExists", "the records hold no PIF records");
            } else if (managementUnknown) {
                builder.unknownWhetherManagementInterfaceExists();
                facts.unknown("managementInterfaceExists", "a PIF of the host does not say whether it is the"
                        + " management PIF");
            } else {
                builder.managementInterfaceExists(false);
                facts.read("managementInterfaceExists (none: no PIF of the host is its management PIF)");
            }
        } else {
            facts.read("managementInterfaceExists");
            XapiRecord pif = management;
            String device = text(pif, "device").map(String::strip).orElse("");
            nic.device("unknown");   // replaced by the PIF's device when it is a valid one
            attempt(pif.where("device"), "a device name such as eth0", facts, "managementInterface.device",
                    () -> nic.device(NetworkInterface.physical(device).device()));
            text(pif, "IP").map(String::strip).filter(ip -> !ip.isEmpty())
                    .or(() -> text(host, "address").map(String::strip).filter(a -> !a.isEmpty()))
                    .ifPresentOrElse(ip -> attempt(pif.where("IP"), "an IP address", facts,
                            "managementInterface.ipAddress", () -> nic.ipAddress(validAddress(ip))),
                            () -> facts.unknown("managementInterface.ipAddress", "the management PIF has no IP"));
            String mode = text(pif, "ip_configuration_mode").map(m -> m.strip().toLowerCase(Locale.ROOT)).orElse("");
            if (mode.equals("static")) {
                nic.addressing(Addressing.STATIC);
                facts.read("managementInterface.addressing");
            } else if (mode.equals("dhcp")) {
                facts.unknown("managementInterface.addressing", "DHCP: whether the DHCP server reserves the"
                        + " address is not in xapi's records");
            } else {
                facts.unknown("managementInterface.addressing", "ip_configuration_mode is "
                        + (mode.isEmpty() ? "absent" : Text.quoted(mode)));
            }
            Optional<Boolean> bonded = isBondMaster(pif);
            bonded.ifPresentOrElse(b -> {
                nic.bonded(b);
                facts.read("managementInterface.bonded");
            }, () -> facts.unknown("managementInterface.bonded", "neither bond_master_of nor Bond records say"));
            integer(pif, "VLAN").ifPresentOrElse(tag -> {
                if (tag > 0) {
                    attempt(pif.where("VLAN"), "a VLAN tag of 1 to 4094", facts, "managementInterface.vlanTag",
                            () -> nic.vlanTag(NetworkInterface.vlan("eth0", tag).vlanTag().getAsInt()));
                } else {
                    facts.read("managementInterface.vlanTag");
                }
            }, () -> {
                nic.unknownVlanTag();
                facts.unknown("managementInterface.vlanTag", "the management PIF has no VLAN field");
            });
            text(pif, "primary_address_type").map(String::strip).filter(t -> !t.isEmpty()).ifPresentOrElse(type ->
                    attempt(pif.where("primary_address_type"), "IPv4 or IPv6", facts,
                            "managementInterface.primaryAddressType",
                            () -> nic.primaryAddressType(PrimaryAddressType.fromXapi(type))),
                    () -> facts.unknown("managementInterface.primaryAddressType", "the management PIF has no"
                            + " primary_address_type (XenServer 6.0 and older have none)"));
            builder.managementInterface(nic.build());
        }
        List<NetworkInterface> others = new ArrayList<>();
        for (XapiRecord pif : pifs) {
            if (pif == management) {
                continue;
            }
            String device = text(pif, "device").map(String::strip).orElse("");
            Optional<Integer> vlan = integer(pif, "VLAN");
            try {
                if (vlan.isPresent() && vlan.get() > 0) {
                    others.add(NetworkInterface.vlan(device, vlan.get()));
                } else if (refersToAny(pif, "tunnel_access_PIF_of")
                        || records.all("tunnel").stream().anyMatch(t -> links(t, "access_PIF", pif))) {
                    others.add(NetworkInterface.tunnel(device));
                } else if (refersToAny(pif, "sriov_logical_PIF_of")
                        || records.all("network_sriov").stream().anyMatch(n -> links(n, "logical_PIF", pif))) {
                    others.add(NetworkInterface.sriov(device));
                } else if (isBondMaster(pif).orElse(false)) {
                    others.add(NetworkInterface.bond(device));
                } else if (bool(pif, "physical").orElse(false)) {
                    others.add(NetworkInterface.physical(device));
                } else {
                    facts.ignored.add("PIF " + Text.name(device) + " (" + pif.uuid().orElse("?")
                            + "): neither physical, a bond, a VLAN, a tunnel nor an SR-IOV PIF by its fields");
                    facts.incomplete.add(Host.Listing.NETWORK_INTERFACES);
                }
            } catch (InvalidModelException e) {
                warn(pif.location(), "expected a network interface, " + e.getMessage() + "; it is left out");
                facts.incomplete.add(Host.Listing.NETWORK_INTERFACES);
            }
        }
        builder.networkInterfaces(others);
        if (records.has("PIF")) {
            facts.read("networkInterfaces");
        } else {
            facts.incomplete.add(Host.Listing.NETWORK_INTERFACES);
            facts.unknown("networkInterfaces", "the records hold no PIF records");
        }
        ipv4Bridges(pifs).ifPresentOrElse(bridges -> {
            builder.ipv4Bridges(bridges);
            facts.read("ipv4Bridges");
        }, () -> facts.unknown("ipv4Bridges", records.has("PIF") ? "a PIF has no IP field, or one with an IPv4"
                + " address names no network with a bridge" : "the records hold no PIF records"));
    }

    /**
     * The bridges of the networks of the PIFs with an IPv4 address ({@code PIF.IP}), one per such
     * PIF; empty when a PIF does not say its address, or an addressed one its network's bridge.
     */
    private Optional<List<String>> ipv4Bridges(List<XapiRecord> pifs) {
        if (!records.has("PIF")) {
            return Optional.empty();
        }
        List<String> bridges = new ArrayList<>();
        for (XapiRecord pif : pifs) {
            Optional<String> ip = text(pif, "IP").map(String::strip);
            if (ip.isEmpty()) {
                return Optional.empty();
            }
            if (ip.get().isEmpty()) {
                continue;
            }
            Optional<String> bridge = bridge(pif);
            if (bridge.isEmpty()) {
                return Optional.empty();
            }
            bridges.add(bridge.get());
        }
        return Optional.of(bridges);
    }

    /** The bridge of a PIF's network, such as {@code xenbr0}. */
    private Optional<String> bridge(XapiRecord pif) {
        return target(pif, "network").flatMap(network -> text(network, "bridge")).map(String::strip)
                .filter(b -> !b.isEmpty());
    }

    private boolean refersToAny(XapiRecord record, String field) {
        return set(record, field).map(refs -> refs.stream().anyMatch(r -> !r.isBlank() && !r.equals(NULL_REF)))
                .orElse(false);
    }

    private Optional<Boolean> isBondMaster(XapiRecord pif) {
        Optional<List<String>> masterOf = set(pif, "bond_master_of");
        if (masterOf.isPresent()) {
            return Optional.of(masterOf.get().stream().anyMatch(r -> !r.equals(NULL_REF) && !r.isBlank()));
        }
        if (records.has("Bond")) {
            return Optional.of(records.all("Bond").stream().anyMatch(bond -> links(bond, "master", pif)));
        }
        return Optional.empty();
    }

    // --- VMs and storage -------------------------------------------------------------------

    private List<Vm> vms(XapiRecord host, Facts facts, boolean partOfPool) {
        List<Vm> vms = new ArrayList<>();
        int templates = 0;
        int elsewhere = 0;
        boolean onlyHost = records.all("host").size() == 1;
        String hostRef = host.ref().orElse(null);
        String hostUuid = host.uuid().orElse(null);
        for (VmResidence residence : residences()) {
            XapiRecord vm = residence.vm();
            boolean notGuest;
            boolean resident;
            if (residence.regular()) {
                notGuest = residence.notGuest();
                resident = !notGuest && residence.isOn(hostRef, hostUuid);
            } else {
                // Read again for each host, so that its warnings are as many as they ever were.
                notGuest = bool(vm, "is_a_template").orElse(false) || bool(vm, "is_a_snapshot").orElse(false)
                        || bool(vm, "is_control_domain").orElse(false);
                resident = !notGuest && links(vm, "resident_on", host);
            }
            if (notGuest) {
                templates++;
                continue;
            }
            if (!resident && !(onlyHost && !partOfPool) && residence.residentOn().isEmpty()) {
                // Where it runs is not known: it may run here.
                warn(vm.where("resident_on"), "expected the host the VM is resident on (or OpaqueRef:NULL), found"
                        + " none; the host's VMs may not be all listed");
                facts.incomplete.add(Host.Listing.VMS);
                continue;
            }
            if (!resident && !(onlyHost && !partOfPool)) {
                elsewhere++;
                continue;
            }
            Optional<Vm> read = vm(vm);
            if (read.isPresent()) {
                vms.add(read.get());
            } else {
                facts.incomplete.add(Host.Listing.VMS);
                facts.unknown("vms", "a VM record could not be read (see the warnings); the VMs listed may not be all");
            }
        }
        if (!records.has("VM")) {
            facts.incomplete.add(Host.Listing.VMS);
            facts.unknown("vms", "the records hold no VM records");
        } else if (!facts.incomplete.contains(Host.Listing.VMS)) {
            facts.read("vms");
        }
        if (templates > 0) {
            facts.ignored.add(templates + " templates, snapshots and control domains among the guests (they are the"
                    + " host's nonGuestVms when the records are its own database)");
        }
        if (elsewhere > 0 && partOfPool) {
            facts.ignored.add(elsewhere + " VMs not resident on this host");
        }
        return vms;
    }

    /**
     * What {@link #vms} asks of each VM record for each host, read once per import: a pool's
     * hosts times its VMs is too many times to read the same fields again.
     *
     * @param vm the record
     * @param regular whether its is_a_template, is_a_snapshot and is_control_domain fields read without a
     *     warning (absent, true or false); if not, they are read for each host as before, warnings and all
     * @param notGuest whether it is a template, a snapshot or a control domain, if regular
     * @param residentOn its resident_on field, stripped
     * @param residentOnUuid its resident_on_uuid field (as xe prints it), stripped, or null
     */
    private record VmResidence(XapiRecord vm, boolean regular, boolean notGuest, Optional<String> residentOn,
            String residentOnUuid) {

        static VmResidence of(XapiRecord vm) {
            Boolean template = quietBool(vm, "is_a_template");
            Boolean snapshot = quietBool(vm, "is_a_snapshot");
            Boolean controlDomain = quietBool(vm, "is_control_domain");
            boolean regular = template != null && snapshot != null && controlDomain != null;
            return new VmResidence(vm, regular, regular && (template || snapshot || controlDomain),
                    text(vm, "resident_on").map(String::strip),
                    text(vm, "resident_on_uuid").map(String::strip).orElse(null));
        }

        /**
         * Whether the VM is resident on the host of this reference and UUID (either may be null), as
         * {@link #links} tells.
         */
        boolean isOn(String hostRef, String hostUuid) {
            String on = residentOn.orElse(null);
            return on != null && hostRef != null && on.equals(hostRef)
                    || hostUuid != null && (hostUuid.equalsIgnoreCase(on) || hostUuid.equalsIgnoreCase(residentOnUuid));
        }
    }

    /** The VM records, each read once for {@link #vms}. */
    private List<VmResidence> residences() {
        List<XapiRecord> all = records.all("VM");
        if (residences.size() != all.size()) {
            residences.clear();
            all.forEach(vm -> residences.add(VmResidence.of(vm)));
        }
        return residences;
    }

    /**
     * The templates, snapshots and control domains of the host's own database, which xapi's join
     * checks count with the guests; unknown unless the records are that database's, hold its
     * templates (every xapi database has some; xe vm-list leaves them out) and can all be read.
     */
    private Optional<List<Vm>> nonGuestVms(XapiRecord host, Facts facts, boolean partOfPool) {
        if (partOfPool || records.all("host").size() != 1) {
            facts.unknown("nonGuestVms", "the templates and snapshots of a pool's database are the pool's, not one"
                    + " host's");
            return Optional.empty();
        }
        List<XapiRecord> all = records.all("VM");
        if (all.stream().noneMatch(vm -> bool(vm, "is_a_template").orElse(false))) {
            facts.unknown("nonGuestVms", "the records hold no template, which every xapi database has: the source"
                    + " left templates out (xe vm-list does)");
            return Optional.empty();
        }
        List<Vm> others = new ArrayList<>();
        for (XapiRecord vm : all) {
            Optional<Vm.Kind> kind = kind(vm);
            if (kind.isEmpty()) {
                facts.unknown("nonGuestVms", "whether control domain " + vm.uuid().orElse("?") + " is dom0: neither"
                        + " its host's control_domain nor its domid says");
                return Optional.empty();
            }
            if (kind.get() == Vm.Kind.GUEST) {
                continue;
            }
            Optional<Vm> read = vm(vm);
            if (read.isEmpty()) {
                facts.unknown("nonGuestVms", "a template, snapshot or control domain could not be read (see the"
                        + " warnings)");
                return Optional.empty();
            }
            others.add(read.get().toBuilder().kind(kind.get()).build());
        }
        facts.read("nonGuestVms");
        return Optional.of(others);
    }

    /** What a VM record is; empty for a control domain that nothing tells to be dom0 or not. */
    private Optional<Vm.Kind> kind(XapiRecord vm) {
        if (bool(vm, "is_a_snapshot").orElse(false)) {
            return Optional.of(Vm.Kind.SNAPSHOT);
        }
        if (bool(vm, "is_a_template").orElse(false)) {
            return Optional.of(Vm.Kind.TEMPLATE);
        }
        if (!bool(vm, "is_control_domain").orElse(false)) {
            return Optional.of(Vm.Kind.GUEST);
        }
        // xapi's dom0 is the control domain its host's control_domain names (xapi 1.9.91 on);
        // older databases lack the field, and dom0 is the control domain with domid 0.
        List<XapiRecord> hosts = records.all("host");
        if (hosts.stream().anyMatch(h -> links(h, "control_domain", vm))) {
            return Optional.of(Vm.Kind.DOM0);
        }
        Optional<XapiRecord> resident = target(vm, "resident_on");
        if (resident.isPresent() && (resident.get().field("control_domain").isPresent()
                || resident.get().field("control_domain_uuid").isPresent())) {
            return Optional.of(Vm.Kind.CONTROL_DOMAIN);
        }
        Optional<String> domid = text(vm, "domid").or(() -> text(vm, "dom_id")).map(String::strip);
        if (domid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(domid.get().equals("0") ? Vm.Kind.DOM0 : Vm.Kind.CONTROL_DOMAIN);
    }

    private Optional<Vm> vm(XapiRecord record) {
        Optional<String> uuid = record.uuid();
        if (uuid.isEmpty()) {
            warn(record.location(), "expected a VM with a uuid; it is left out");
            return Optional.empty();
        }
        String name = text(record, "name_label").map(String::strip).filter(n -> !n.isEmpty()).orElse(uuid.get());
        Vm.Builder vm = Vm.builder().uuid(uuid.get()).name(name.length() > 255 ? name.substring(0, 255) : name);
        String state = text(record, "power_state").map(s -> s.strip().toUpperCase(Locale.ROOT)).orElse("");
        try {
            vm.powerState(PowerState.valueOf(state));
        } catch (IllegalArgumentException e) {
            // A VM whose state is not known may be running: the host must not look free of it.
            warn(record.where("power_state"), "expected Running, Halted, Paused or Suspended, got "
                    + Text.quoted(state) + "; the VM is taken as running");
            vm.powerState(PowerState.RUNNING);
        }
        String domainType = text(record, "domain_type").orElse("").strip().toLowerCase(Locale.ROOT);
        Optional<String> bootPolicy = text(record, "HVM_boot_policy");
        if (domainType.isEmpty() && bootPolicy.isEmpty()) {
            warn(record.location(), "expected domain_type or HVM_boot_policy, found neither; the VM is taken as HVM,"
                    + " which needs hardware virtualization");
        }
        boolean hvm = domainType.isEmpty() ? bootPolicy.map(p -> !p.isBlank()).orElse(true) : !domainType.equals("pv");
        vm.mode(hvm ? VirtualizationMode.HVM : VirtualizationMode.PV);
        Optional<List<String>> operations = operations(record);
        if (operations.isEmpty()) {
            return Optional.empty();   // an operation may be running: the VM cannot be told idle
        }
        for (String operation : operations.get()) {
            try {
                vm.currentOperation(VmOperation.fromXapiName(operation.strip()));
            } catch (IllegalArgumentException e) {
                vm.currentOperation(VmOperation.OTHER);
            }
        }
        try {
            return Optional.of(vm.build());
        } catch (InvalidModelException e) {
            warn(record.location(), "expected a VM, " + e.getMessage() + "; it is left out");
            return Optional.empty();
        }
    }

    /**
     * The names of a VM's operations in progress: the values of xapi's map of task to operation,
     * or, as xe prints them, a set of names. Empty when the field is absent or unreadable.
     */
    private Optional<List<String>> operations(XapiRecord vm) {
        Optional<XapiValue> value = vm.field("current_operations");
        if (value.isEmpty()) {
            warn(vm.location(), "expected current_operations, found none; the VM is left out as it may be busy");
            return Optional.empty();
        }
        try {
            return Optional.of(new ArrayList<>(value.get().asMap(() -> vm.where("current_operations")).values()));
        } catch (ValueFormatException notAMap) {
            try {
                return Optional.of(value.get().asSet(() -> vm.where("current_operations")));
            } catch (ValueFormatException e) {
                warn(notAMap.where(), notAMap.problem() + "; the VM is left out as it may be busy");
                return Optional.empty();
            }
        }
    }

    private List<StorageRepository> storage(XapiRecord host, Facts facts, boolean partOfPool) {
        List<StorageRepository> storage = new ArrayList<>();
        if (!records.has("PBD") || !records.has("SR")) {
            facts.incomplete.add(Host.Listing.STORAGE);
            facts.unknown("storage", "the records hold no PBD and SR records");
            return storage;
        }
        List<XapiRecord> srs = new ArrayList<>();
        for (XapiRecord pbd : children("PBD", "host", host)) {
            Optional<XapiRecord> sr = target(pbd, "SR");
            if (sr.isEmpty()) {
                warn(pbd.where("SR"), "expected a reference to an SR record; the PBD is left out");
                facts.incomplete.add(Host.Listing.STORAGE);
                continue;
            }
            if (!srs.contains(sr.get())) {
                srs.add(sr.get());
            }
        }
        if (!partOfPool && records.all("host").size() == 1) {
            // xapi looks at every SR of a standalone host's database, plugged in or not.
            for (XapiRecord sr : records.all("SR")) {
                if (!srs.contains(sr)) {
                    srs.add(sr);
                }
            }
        }
        for (XapiRecord sr : srs) {
            Optional<Boolean> shared = bool(sr, "shared");
            if (shared.isEmpty()) {
                facts.incomplete.add(Host.Listing.STORAGE);
                continue;
            }
            if (partOfPool && shared.get()) {
                continue;   // the pool's shared storage, listed once on the pool
            }
            if (isToolsSr(sr)) {
                facts.ignored.add("the tools SR " + Text.name(text(sr, "name_label").orElse("")));
                continue;
            }
            XapiRecord pbd = children("PBD", "host", host).stream().filter(p -> links(p, "SR", sr)).findFirst()
                    .orElse(null);
            Optional<StorageRepository> made = storageRepository(sr, pbd);
            if (made.isPresent()) {
                storage.add(made.get());
            } else {
                facts.incomplete.add(Host.Listing.STORAGE);
            }
        }
        if (facts.incomplete.contains(Host.Listing.STORAGE)) {
            facts.unknown("storage", "an SR or PBD record could not be read (see the warnings); the SRs listed may"
                    + " not be all");
        } else {
            facts.read("storage");
        }
        return storage;
    }

    private List<StorageRepository> sharedStorage() {
        List<StorageRepository> shared = new ArrayList<>();
        for (XapiRecord sr : records.all("SR")) {
            if (bool(sr, "shared").orElse(false) && !isToolsSr(sr)) {
                XapiRecord pbd = records.all("PBD").stream().filter(p -> links(p, "SR", sr)).findFirst().orElse(null);
                storageRepository(sr, pbd).ifPresent(shared::add);
            }
        }
        return shared;
    }

    /**
     * Whether an SR is the tools SR as xapi tells it: {@code is_tools_sr} (xapi 1.9.81 on), or
     * before that field an {@code other_config} key {@code xenserver_tools_sr} or
     * {@code xensource_internal}, whatever its value.
     */
    private boolean isToolsSr(XapiRecord sr) {
        if (sr.field("is_tools_sr").isPresent()) {
            return bool(sr, "is_tools_sr").orElse(false);
        }
        return map(sr, "other_config").map(c -> c.containsKey("xenserver_tools_sr")
                || c.containsKey("xensource_internal")).orElse(false);
    }

    private Optional<StorageRepository> storageRepository(XapiRecord sr, XapiRecord pbd) {
        Optional<String> uuid = sr.uuid();
        if (uuid.isEmpty()) {
            warn(sr.location(), "expected an SR with a uuid; it is left out");
            return Optional.empty();
        }
        String name = text(sr, "name_label").map(String::strip).filter(n -> !n.isEmpty()).orElse(uuid.get());
        String type = text(sr, "type").map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("");
        StorageRepository.Builder builder = StorageRepository.builder().uuid(uuid.get())
                .name(name.length() > 255 ? name.substring(0, 255) : name).type(type)
                .shared(bool(sr, "shared").orElse(false));
        Optional<String> server = pbd == null ? Optional.empty() : map(pbd, "device_config")
                .flatMap(c -> Optional.ofNullable(c.getOrDefault("server", c.get("target"))))
                .map(String::strip).filter(s -> !s.isEmpty() && !s.contains(","));
        server.ifPresent(builder::server);
        try {
            return Optional.of(builder.build());
        } catch (InvalidModelException e) {
            if (server.isPresent()) {
                try {
                    warn(pbd.where("device_config"), "expected a storage server address, " + e.getMessage()
                            + "; the server is left unknown");
                    return Optional.of(builder.local().build());
                } catch (InvalidModelException again) {
                    e = again;
                }
            }
            warn(sr.location(), "expected a storage repository, " + e.getMessage() + "; it is left out");
            return Optional.empty();
        }
    }

    private static boolean isHotfixName(String name) {
        try {
            Software.builder().hotfix(name).build();
            return true;
        } catch (InvalidModelException e) {
            return false;
        }
    }

    private static String validAddress(String address) {
        return ManagementInterface.builder().ipAddress(address).build().ipAddress().orElseThrow();
    }

    private boolean isOffline(XapiRecord host) {
        return text(host, "metrics").flatMap(records::byRef).flatMap(m -> bool(m, "live")).map(live -> !live)
                .orElse(false);
    }

    // --- reading fields --------------------------------------------------------------------

    /** The records of a class that point at {@code owner} through {@code field}. */
    private List<XapiRecord> children(String xapiClass, String field, XapiRecord owner) {
        List<XapiRecord> children = new ArrayList<>();
        boolean onlyHost = records.all("host").size() == 1 && owner.xapiClass().equalsIgnoreCase("host");
        for (XapiRecord child : records.all(xapiClass)) {
            if (links(child, field, owner)
                    || onlyHost && child.field(field).isEmpty() && child.field(field + "_uuid").isEmpty()) {
                children.add(child);
            }
        }
        return children;
    }

    /** Whether {@code from.field} refers to {@code to}, by reference or (as xe prints) by UUID. */
    private static boolean links(XapiRecord from, String field, XapiRecord to) {
        Optional<String> ref = text(from, field).map(String::strip);
        if (ref.isPresent() && to.ref().isPresent() && ref.get().equals(to.ref().get())) {
            return true;
        }
        Optional<String> uuid = to.uuid();
        if (uuid.isEmpty()) {
            return false;
        }
        return ref.filter(uuid.get()::equalsIgnoreCase).isPresent()
                || text(from, field + "_uuid").map(String::strip).filter(uuid.get()::equalsIgnoreCase).isPresent();
    }

    private Optional<XapiRecord> target(XapiRecord from, String field) {
        Optional<String> ref = text(from, field).or(() -> text(from, field + "_uuid")).map(String::strip)
                .filter(r -> !r.isEmpty() && !r.equals(NULL_REF));
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<XapiRecord> byRef = records.byRef(ref.get());
        return byRef.isPresent() ? byRef : records.byUuid(field, ref.get());
    }

    static Optional<String> text(XapiRecord record, String field) {
        Optional<XapiValue> value = record.field(field);
        if (value.isEmpty() || value.get().isCollection()) {
            return Optional.empty();
        }
        return Optional.of(value.get().scalarText());
    }

    private String require(XapiRecord record, String field) {
        return text(record, field).map(String::strip).filter(v -> !v.isEmpty()).orElseThrow(() ->
                new XapiImportException(record.source(), record.where(field), "expected a value, found none"));
    }

    private Optional<Boolean> bool(XapiRecord record, String field) {
        Optional<String> value = text(record, field).map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Boolean known = booleanOf(value.get());
        if (known == null) {
            warn(record.where(field), "expected true or false, got " + Text.quoted(value.get())
                    + "; the fact is left unknown");
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /** A field as {@link #bool} reads it, false when absent, without a warning: null when bool would warn. */
    private static Boolean quietBool(XapiRecord record, String field) {
        Optional<String> value = text(record, field);
        return value.isEmpty() ? Boolean.FALSE : booleanOf(value.get().strip().toLowerCase(Locale.ROOT));
    }

    /** true, false, or null for text that is neither. */
    private static Boolean booleanOf(String value) {
        switch (value) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                return null;
        }
    }

    private Optional<Integer> integer(XapiRecord record, String field) {
        Optional<String> value = text(record, field).map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.get()));
        } catch (NumberFormatException e) {
            warn(record.where(field), "expected a whole number, got " + Text.quoted(value.get())
                    + "; the fact is left unknown");
            return Optional.empty();
        }
    }

    private Optional<Map<String, String>> map(XapiRecord record, String field) {
        Optional<XapiValue> value = record.field(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.get().asMap(() -> record.where(field)));
        } catch (ValueFormatException e) {
            warn(e.where(), e.problem() + "; the field is left unknown");
            return Optional.empty();
        }
    }

    private Optional<List<String>> set(XapiRecord record, String field) {
        Optional<XapiValue> value = record.field(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.get().asSet(() -> record.where(field)));
        } catch (ValueFormatException e) {
            warn(e.where(), e.problem() + "; the field is left unknown");
            return Optional.empty();
        }
    }

    private void attempt(String where, String expected, Facts facts, String fact, Runnable set) {
        try {
            set.run();
            facts.read(fact);
        } catch (IllegalArgumentException e) {
            warn(where, "expected " + expected + ", " + e.getMessage() + "; the fact is left unknown");
            facts.unknown(fact, "its value in the records is not valid");
        }
    }

    private void warn(String where, String message) {
        warnings.add(new ImportWarning(records.source(), where, message));
    }
}
