package io.github.xenpool.core.json;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.LicenceParams;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.FeatureSetFormatException;
import io.github.xenpool.core.cpu.MaskingSupport;
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
import io.github.xenpool.core.storage.StorageServer;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.ModelViolation;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model documents for {@link ModelJson}: parses the text into a tree of Jackson nodes,
 * then makes the model's values from it, field by field, so that every problem has its JSON
 * Pointer. One of the two classes of this package that use Jackson, loaded only when it is there.
 */
final class ModelJsonReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)   // the caller's reader stays open
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final String[] POOL = {"id", "name", "master", "secondaries", "haEnabled", "sharedStorage",
        "cpuFeatureMask", "offlineHosts", "configuration"};
    private static final String[] HOST = {"id", "hostname", "nameLabel", "xapiReference", "membership", "cpu",
        "software", "licence", "licenceParams", "managementInterface", "managementInterfaceExists",
        "networkInterfaces", "ipv4Bridges", "clock", "vms", "nonGuestVms", "storage", "externalAuth", "ownPool",
        "incompleteListings"};
    private static final String[] CPU = {"vendor", "modelName", "family", "model", "stepping", "physicalFeatures",
        "features", "maskingSupport", "virtualizationEnabled", "sockets", "cpuCount", "info"};
    private static final String[] SOFTWARE = {"productVersion", "buildNumber", "hotfixes", "supplementalPacks",
        "updates", "apiVersion", "pendingGuidance", "softwareVersion"};
    private static final String[] CONFIGURATION = {"haEnabled", "tlsVerificationEnabled", "restrictions",
        "currentOperations", "cpuInfo", "networkPurposes", "storageDrivers", "clustered", "enabledClusterHosts",
        "clusterHosts", "sdnControllers", "certificates"};

    private final String source;

    private ModelJsonReader(String source) {
        this.source = source;
    }

    static ModelDocument read(Reader in, String source, ModelDocument.Kind expected) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw broken(source, e);
        } catch (JacksonException e) {
            throw broken(source, e);
        }
        ModelJsonReader reader = new ModelJsonReader(source);
        if (root == null || root.isMissingNode()) {
            throw reader.fail("", "the document is empty; expected a model document, an object with document,"
                    + " schemaVersion and pool or host");
        }
        return reader.document(root, expected);
    }

    private static ModelJsonException broken(String source, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new ModelJsonException(source, "", "not JSON: " + e.getOriginalMessage()
                + "; expected a model document, an object with document, schemaVersion and pool or host",
                line, column, e);
    }

    private ModelDocument document(JsonNode root, ModelDocument.Kind expected) {
        if (!root.isObject()) {
            throw fail("", "found " + describe(root) + "; expected a model document, an object with document,"
                    + " schemaVersion and pool or host");
        }
        JsonNode name = root.get("document");
        String names = "\"" + ModelDocument.Kind.POOL.documentName() + "\" or \""
                + ModelDocument.Kind.HOST.documentName() + "\"";
        if (name == null) {
            throw fail("/document", "missing; expected " + names + ": this is not a model document");
        }
        ModelDocument.Kind kind = null;
        for (ModelDocument.Kind candidate : ModelDocument.Kind.values()) {
            if (name.isString() && candidate.documentName().equals(name.stringValue())) {
                kind = candidate;
            }
        }
        if (kind == null) {
            throw fail("/document", describe(name) + " names no model document; expected " + names);
        }
        if (expected != null && kind != expected) {
            throw fail("/document", "\"" + kind.documentName() + "\" is a " + kind.member() + " document; expected a "
                    + expected.member() + " document, \"" + expected.documentName() + "\"");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            throw fail("/schemaVersion", "missing; expected \"" + ModelJson.SCHEMA_VERSION + "\"");
        }
        if (!version.isString() || !version.stringValue().equals(ModelJson.SCHEMA_VERSION)) {
            throw fail("/schemaVersion", "unsupported schema version " + describe(version) + "; this reader reads"
                    + " version \"" + ModelJson.SCHEMA_VERSION + "\"");
        }
        Obj top = new Obj(root, "", "a model document", "document", "schemaVersion", kind.member());
        return kind == ModelDocument.Kind.POOL
                ? new ModelDocument.OfPool(pool(top.get("pool"), "/pool"))
                : new ModelDocument.OfHost(host(top.get("host"), "/host"));
    }

    private Pool pool(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a pool", Set.of("derived"), POOL);
        String id = o.string("id");
        String name = o.string("name");
        Host master = host(o.get("master"), o.at("master"));
        List<Host> secondaries = o.array("secondaries", this::host);
        boolean haEnabled = o.bool("haEnabled");
        List<StorageRepository> sharedStorage = o.array("sharedStorage", this::storageRepository);
        FeatureMask mask = featureMask(o.get("cpuFeatureMask"), o.at("cpuFeatureMask"));
        Set<String> offline = new LinkedHashSet<>(o.strings("offlineHosts"));
        PoolConfiguration configuration = configuration(o.get("configuration"), o.at("configuration"));
        Pool pool = make(at, () -> new Pool(id, name, master, secondaries, haEnabled, sharedStorage, mask, offline,
                configuration));
        if (o.has("derived")) {
            checkDerived(pool, o.object("derived", "the facts derived from the members", "edition", "status",
                    "cpuLevel"));
        }
        return pool;
    }

    /** The derived facts are written for readers that cannot work them out; they must agree. */
    private void checkDerived(Pool pool, Obj derived) {
        Optional<String> edition = derived.optionalString("edition");
        Optional<String> expectedEdition = pool.edition().map(LicenceEdition::xapiName);
        if (!edition.equals(expectedEdition)) {
            throw fail(derived.at("edition"), describe(derived.get("edition")) + " is not the pool's edition, the"
                    + " lowest of its members'; expected " + expectedEdition.map(Text::quoted).orElse("null (unknown)")
                    + ", or leave derived out");
        }
        String status = derived.string("status");
        if (!status.equals(ModelNames.of(pool.status()))) {
            throw fail(derived.at("status"), Text.quoted(status) + " is not the pool's status; expected \""
                    + ModelNames.of(pool.status()) + "\", as the offline hosts say, or leave derived out");
        }
        Optional<FeatureSet> level = derived.optional("cpuLevel", this::featureSet);
        Optional<FeatureSet> expectedLevel = pool.cpuLevel().map(cpuLevel -> cpuLevel.features());
        if (!level.equals(expectedLevel)) {
            throw fail(derived.at("cpuLevel"), level.map(Object::toString).map(Text::quoted).orElse("null")
                    + " is not the features every member exposes; expected "
                    + expectedLevel.map(Object::toString).map(Text::quoted).orElse("null (unknown)")
                    + ", or leave derived out");
        }
    }

    private Host host(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a host", HOST);
        String id = o.string("id");
        String hostname = o.string("hostname");
        Optional<String> nameLabel = o.optionalString("nameLabel");
        Optional<String> reference = o.optionalString("xapiReference");
        Membership membership = membership(o.get("membership"), o.at("membership"));
        Cpu cpu = cpu(o.get("cpu"), o.at("cpu"));
        Software software = software(o.get("software"), o.at("software"));
        Optional<LicenceEdition> licence = o.optionalString("licence")
                .map(edition -> make(o.at("licence"), () -> LicenceEdition.of(edition)));
        Optional<LicenceParams> params = o.optionalStringMap("licenceParams").map(LicenceParams::new);
        ManagementInterface management = managementInterface(o.get("managementInterface"),
                o.at("managementInterface"));
        Optional<Boolean> managementExists = o.optionalBool("managementInterfaceExists");
        List<NetworkInterface> interfaces = o.array("networkInterfaces", this::networkInterface);
        Optional<List<String>> bridges = o.optionalStrings("ipv4Bridges");
        Optional<HostClock> clock = o.optional("clock", this::clock);
        List<Vm> vms = o.array("vms", this::vm);
        Optional<List<Vm>> nonGuestVms = o.optionalArray("nonGuestVms", this::vm);
        List<StorageRepository> storage = o.array("storage", this::storageRepository);
        Optional<ExternalAuth> externalAuth = o.optional("externalAuth", (n, where) -> {
            Obj auth = new Obj(n, where, "an external authentication", "type", "serviceName");
            return new ExternalAuth(auth.string("type"), auth.string("serviceName"));
        });
        Optional<PoolConfiguration> ownPool = o.optional("ownPool", this::configuration);
        Set<Host.Listing> incomplete = EnumSet.noneOf(Host.Listing.class);
        incomplete.addAll(o.array("incompleteListings", (n, where) -> enumValue(n, where, Host.Listing.class)));
        return make(at, () -> new Host(id, hostname, cpu, software, licence, management, interfaces, clock, vms,
                storage, membership, params, externalAuth, ownPool, incomplete, managementExists, bridges,
                nonGuestVms, nameLabel, reference));
    }

    private Membership membership(JsonNode node, String at) {
        JsonNode role = node != null && node.isObject() ? node.get("role") : null;
        String name = role != null && role.isString() ? role.stringValue() : "";
        switch (name) {
            case "standalone":
                new Obj(node, at, "a standalone membership", "role");
                return Membership.standalone();
            case "master": {
                Obj o = new Obj(node, at, "a master's membership", "role", "poolId", "poolSize");
                String poolId = o.string("poolId");
                int size = o.integer("poolSize", 1, Integer.MAX_VALUE);
                return make(at, () -> new Membership.Master(poolId, size));
            }
            case "member": {
                Obj o = new Obj(node, at, "a member's membership", "role", "poolId");
                String poolId = o.string("poolId");
                return make(at, () -> new Membership.Member(poolId));
            }
            default:
                if (node == null || !node.isObject()) {
                    new Obj(node, at, "a membership", "role");
                }
                throw fail(at + "/role", (role == null ? "missing" : describe(role) + " is no role")
                        + "; expected \"standalone\", \"master\" or \"member\"");
        }
    }

    private Cpu cpu(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a CPU", CPU);
        Optional<CpuVendor> vendor = o.optionalEnum("vendor", CpuVendor.class);
        String modelName = o.string("modelName");
        int family = o.integer("family", Integer.MIN_VALUE, Integer.MAX_VALUE);
        int model = o.integer("model", Integer.MIN_VALUE, Integer.MAX_VALUE);
        int stepping = o.integer("stepping", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Optional<FeatureSet> physical = o.optional("physicalFeatures", this::featureSet);
        Optional<FeatureSet> features = o.optional("features", this::featureSet);
        Optional<MaskingSupport> masking = o.optionalEnum("maskingSupport", MaskingSupport.class);
        Optional<Boolean> virtualization = o.optionalBool("virtualizationEnabled");
        OptionalInt sockets = o.optionalInteger("sockets");
        OptionalInt cpuCount = o.optionalInteger("cpuCount");
        SortedMap<String, String> fields = o.stringMap("info");
        CpuInfo info = make(o.at("info"), () -> new CpuInfo(fields));
        return make(at, () -> new Cpu(vendor, modelName, family, model, stepping, physical, features, masking,
                virtualization, sockets, cpuCount, info));
    }

    private FeatureSet featureSet(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a feature set", "mask", "features");
        o.strings("features");
        return parseFeatures(o, "mask", FeatureSet::parse);
    }

    private FeatureMask featureMask(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a CPU feature mask", "mask", "hiddenFeatures");
        o.strings("hiddenFeatures");
        return parseFeatures(o, "mask", FeatureMask::parse);
    }

    private <T> T parseFeatures(Obj o, String field, java.util.function.Function<String, T> parser) {
        String text = o.string(field);
        try {
            return parser.apply(text);
        } catch (FeatureSetFormatException e) {
            throw fail(o.at(field), Text.quoted(text) + " is not a feature set (" + e.getMessage() + "); expected"
                    + " 1 to 64 words of eight hex digits joined by -, as xapi prints them, such as"
                    + " 078bfbff-80982201");
        }
    }

    private Software software(JsonNode node, String at) {
        Obj o = new Obj(node, at, "the software", SOFTWARE);
        Optional<ProductVersion> version = o.optionalString("productVersion")
                .map(text -> make(o.at("productVersion"), () -> ProductVersion.parse(text)));
        Optional<String> build = o.optionalString("buildNumber");
        Optional<Set<String>> hotfixes = o.optionalStrings("hotfixes").map(LinkedHashSet::new);
        List<SupplementalPack> packs = o.array("supplementalPacks", (n, where) -> {
            Obj pack = new Obj(n, where, "a supplemental pack", "name", "revision");
            return make(where, () -> new SupplementalPack(pack.string("name"), pack.string("revision")));
        });
        Optional<Set<Update>> updates = o.optionalArray("updates", this::update).map(LinkedHashSet::new);
        Optional<ApiVersion> api = o.optionalString("apiVersion")
                .map(text -> make(o.at("apiVersion"), () -> ApiVersion.parse(text)));
        Optional<Set<String>> guidance = o.optionalStrings("pendingGuidance").map(LinkedHashSet::new);
        SoftwareVersion softwareVersion = new SoftwareVersion(o.stringMap("softwareVersion"));
        return make(at, () -> new Software(version, build, hotfixes, new LinkedHashSet<>(packs), softwareVersion,
                api, updates, guidance));
    }

    private Update update(JsonNode node, String at) {
        Obj o = new Obj(node, at, "an update", "uuid", "name", "version", "kind", "enforceHomogeneity");
        String uuid = o.string("uuid");
        String name = o.string("name");
        String version = o.string("version");
        Update.Kind kind = o.enumValue("kind", Update.Kind.class);
        Optional<Boolean> enforce = o.optionalBool("enforceHomogeneity");
        return make(at, () -> new Update(uuid, name, version, kind, enforce));
    }

    private ManagementInterface managementInterface(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a management interface", "device", "addressing", "ipAddress", "bonded", "vlan",
                "primaryAddressType");
        String device = o.string("device");
        Optional<Addressing> addressing = o.optionalEnum("addressing", Addressing.class);
        Optional<String> address = o.optionalString("ipAddress");
        Optional<Boolean> bonded = o.optionalBool("bonded");
        OptionalInt vlan = o.optionalInteger("vlan");
        if (vlan.isPresent() && vlan.getAsInt() < -1) {
            throw fail(o.at("vlan"), vlan.getAsInt() + " is no VLAN; expected -1 (untagged), a tag from 1 to 4094,"
                    + " or null (unknown)");
        }
        OptionalInt tag = vlan.isPresent() && vlan.getAsInt() != -1 ? vlan : OptionalInt.empty();
        Optional<PrimaryAddressType> primary = o.optionalEnum("primaryAddressType", PrimaryAddressType.class);
        return make(at, () -> new ManagementInterface(device, addressing, address, bonded, tag, primary,
                vlan.isPresent()));
    }

    private NetworkInterface networkInterface(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a network interface", "device", "kind", "vlan");
        String device = o.string("device");
        NetworkInterface.Kind kind = o.enumValue("kind", NetworkInterface.Kind.class);
        int vlan = o.integer("vlan", -1, Integer.MAX_VALUE);
        return make(at, () -> new NetworkInterface(device, kind, vlan == -1 ? OptionalInt.empty()
                : OptionalInt.of(vlan)));
    }

    private HostClock clock(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a clock", "offsetFromMaster", "ntpConfigured");
        String text = o.string("offsetFromMaster");
        Duration offset;
        try {
            offset = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(o.at("offsetFromMaster"), Text.quoted(text) + " is not an ISO-8601 duration; expected such as"
                    + " PT0S or PT-2.5S");
        }
        boolean ntp = o.bool("ntpConfigured");
        return make(at, () -> new HostClock(offset, ntp));
    }

    private Vm vm(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a VM", "uuid", "name", "powerState", "mode", "kind", "currentOperations");
        String uuid = o.string("uuid");
        String name = o.string("name");
        PowerState power = o.enumValue("powerState", PowerState.class);
        VirtualizationMode mode = o.enumValue("mode", VirtualizationMode.class);
        Vm.Kind kind = o.enumValue("kind", Vm.Kind.class);
        Set<VmOperation> operations = EnumSet.noneOf(VmOperation.class);
        operations.addAll(o.array("currentOperations", this::operation));
        return make(at, () -> new Vm(uuid, name, power, mode, operations, kind));
    }

    private VmOperation operation(JsonNode node, String at) {
        String name = string(node, at);
        for (VmOperation operation : VmOperation.values()) {
            if (operation.xapiName().equals(name)) {
                return operation;
            }
        }
        throw fail(at, Text.quoted(name) + " is no VM operation; expected one of " + java.util.Arrays.stream(
                VmOperation.values()).map(VmOperation::xapiName).collect(Collectors.joining(", ")));
    }

    private StorageRepository storageRepository(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a storage repository", "uuid", "name", "type", "shared", "tools", "server");
        String uuid = o.string("uuid");
        String name = o.string("name");
        String type = o.string("type");
        boolean shared = o.bool("shared");
        boolean tools = o.bool("tools");
        Optional<StorageServer> server = o.optional("server", (n, where) -> {
            Obj s = new Obj(n, where, "a storage server", "address", "addressing");
            String address = s.string("address");
            Optional<Addressing> addressing = s.optionalEnum("addressing", Addressing.class);
            return make(where, () -> new StorageServer(address, addressing));
        });
        return make(at, () -> new StorageRepository(uuid, name, type, shared, server, tools));
    }

    private PoolConfiguration configuration(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a pool configuration", CONFIGURATION);
        Optional<Boolean> ha = o.optionalBool("haEnabled");
        Optional<Boolean> tls = o.optionalBool("tlsVerificationEnabled");
        Optional<LicenceParams> restrictions = o.optionalStringMap("restrictions").map(LicenceParams::new);
        Optional<Set<String>> operations = o.optionalStrings("currentOperations").map(LinkedHashSet::new);
        Optional<CpuInfo> cpuInfo = o.optionalStringMap("cpuInfo")
                .map(fields -> make(o.at("cpuInfo"), () -> new CpuInfo(fields)));
        Optional<Set<String>> purposes = o.optionalStrings("networkPurposes").map(LinkedHashSet::new);
        Optional<List<StorageDriver>> drivers = o.optionalArray("storageDrivers", this::storageDriver);
        Optional<Boolean> clustered = o.optionalBool("clustered");
        Optional<Set<String>> enabled = o.optionalStrings("enabledClusterHosts").map(LinkedHashSet::new);
        Optional<List<ClusterHost>> clusterHosts = o.optionalArray("clusterHosts", this::clusterHost);
        Optional<List<SdnController>> sdn = o.optionalArray("sdnControllers", (n, where) -> {
            Obj c = new Obj(n, where, "an SDN controller", "protocol", "address", "port");
            return new SdnController(c.string("protocol"), c.string("address"),
                    c.longValue("port", Long.MIN_VALUE, Long.MAX_VALUE));
        });
        Optional<List<Certificate>> certificates = o.optionalArray("certificates", this::certificate);
        return make(at, () -> new PoolConfiguration(tls, restrictions, operations, cpuInfo, purposes, drivers,
                clustered, certificates, ha, enabled, clusterHosts, sdn));
    }

    private StorageDriver storageDriver(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a storage driver", "type", "features", "ref", "uuid");
        String type = o.string("type");
        JsonNode features = o.get("features");
        if (!features.isObject()) {
            throw fail(o.at("features"), "found " + describe(features) + "; expected an object of the driver's"
                    + " features and their versions, such as {\"SR_PROBE\": 1}");
        }
        SortedMap<String, Long> versions = new TreeMap<>();
        for (Map.Entry<String, JsonNode> feature : features.properties()) {
            JsonNode version = feature.getValue();
            if (!version.isIntegralNumber() || !version.canConvertToLong()) {
                throw fail(o.at("features") + "/" + escape(feature.getKey()), "found " + describe(version)
                        + "; expected the feature's version, a whole number");
            }
            versions.put(feature.getKey(), version.longValue());
        }
        return new StorageDriver(type, versions, o.optionalString("ref"), o.optionalString("uuid"));
    }

    private ClusterHost clusterHost(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a Cluster_host", "poolAutoJoin", "pif");
        boolean autoJoin = o.bool("poolAutoJoin");
        Optional<ClusterHost.Pif> pif = o.optional("pif", (n, where) -> {
            Obj p = new Obj(n, where, "a PIF", "vlan", "management", "bridges");
            long vlan = p.longValue("vlan", -1, Long.MAX_VALUE);
            boolean management = p.bool("management");
            List<String> bridges = p.strings("bridges");
            return make(where, () -> new ClusterHost.Pif(vlan, management, bridges));
        });
        return new ClusterHost(autoJoin, pif);
    }

    private Certificate certificate(JsonNode node, String at) {
        Obj o = new Obj(node, at, "a certificate", "name", "fingerprint", "type", "purposes", "uuid", "reference");
        String name = o.string("name");
        String fingerprint = o.string("fingerprint");
        String type = o.string("type");
        Set<String> purposes = new LinkedHashSet<>(o.strings("purposes"));
        Optional<String> uuid = o.optionalString("uuid");
        Optional<String> reference = o.optionalString("reference");
        return make(at, () -> new Certificate(name, fingerprint, type, purposes, uuid, reference));
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String at, Class<E> type) {
        String name = string(node, at);
        return ModelNames.parse(type, name).orElseThrow(() -> fail(at, Text.quoted(name) + " is no "
                + type.getSimpleName() + "; expected one of " + ModelNames.all(type)));
    }

    private String string(JsonNode node, String at) {
        if (node == null || !node.isString()) {
            throw fail(at, "found " + describe(node) + "; expected a string");
        }
        return node.stringValue();
    }

    /** Makes a value, or fails at the place of the first problem the model finds, naming them all. */
    private <T> T make(String at, Supplier<T> maker) {
        try {
            return maker.get();
        } catch (InvalidModelException e) {
            List<ModelViolation> violations = e.violations();
            String problems = violations.stream().map(ModelViolation::toString).collect(Collectors.joining("; "));
            throw fail(at + pointer(violations.get(0).path()), "the model refuses " + (violations.size() == 1
                    ? "it: " : "it, " + violations.size() + " problems: ") + problems);
        } catch (IllegalArgumentException e) {
            throw fail(at, "the model refuses it: " + e.getMessage());
        }
    }

    /**
     * The JSON Pointer, below the value made, of a model property path such as
     * {@code secondaries[0].membership} or {@code fields[vendor]}.
     */
    static String pointer(String path) {
        StringBuilder pointer = new StringBuilder();
        if (path.isEmpty()) {
            return "";
        }
        for (String segment : path.split("\\.(?![^\\[]*\\])")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            String key = bracket < 0 ? null : segment.substring(bracket + 1, segment.length() - 1);
            if ("fields".equals(name) && key != null) {
                pointer.append('/').append(escape(key));
                continue;
            }
            pointer.append('/').append(escape("vlanTag".equals(name) ? "vlan" : name));
            if (key != null && key.chars().allMatch(Character::isDigit) && !key.isEmpty()) {
                pointer.append('/').append(key);
            }
        }
        return pointer.toString();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private ModelJsonException fail(String at, String problem) {
        return new ModelJsonException(source, at, problem);
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "the string " + Text.quoted(node.stringValue());
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isArray()) {
            return "an array of " + node.size();
        }
        return "an object";
    }

    /** An object of the document whose fields are known: every field named, none other. */
    private final class Obj {
        private final JsonNode node;
        private final String at;
        private final String what;
        private final Set<String> required;

        Obj(JsonNode node, String at, String what, String... fields) {
            this(node, at, what, Set.of(), fields);
        }

        /** An object that may also have the optional fields. */
        Obj(JsonNode node, String at, String what, Set<String> optional, String... fields) {
            this.node = node;
            this.at = at;
            this.what = what;
            this.required = new LinkedHashSet<>(List.of(fields));
            if (node == null || !node.isObject()) {
                throw fail(at, "found " + describe(node) + "; expected " + what + ", an object");
            }
            check(optional);
        }

        private void check(Set<String> optional) {
            for (String name : node.propertyNames()) {
                if (!required.contains(name) && !optional.contains(name)) {
                    throw fail(at(name), "unknown field " + Text.quoted(name) + " of " + what + "; expected "
                            + String.join(", ", required)
                            + (optional.isEmpty() ? "" : ", and optionally " + String.join(", ", optional)));
                }
            }
            for (String name : required) {
                if (!node.has(name)) {
                    throw fail(at(name), "missing field " + Text.quoted(name) + " of " + what + "; every field"
                            + " is written, null when it is unknown");
                }
            }
        }

        String at(String field) {
            return at + "/" + escape(field);
        }

        boolean has(String field) {
            return node.has(field);
        }

        JsonNode get(String field) {
            return node.get(field);
        }

        String string(String field) {
            return ModelJsonReader.this.string(get(field), at(field));
        }

        Optional<String> optionalString(String field) {
            return get(field).isNull() ? Optional.empty() : Optional.of(string(field));
        }

        boolean bool(String field) {
            JsonNode value = get(field);
            if (!value.isBoolean()) {
                throw fail(at(field), "found " + describe(value) + "; expected true or false");
            }
            return value.booleanValue();
        }

        Optional<Boolean> optionalBool(String field) {
            JsonNode value = get(field);
            if (!value.isNull() && !value.isBoolean()) {
                throw fail(at(field), "found " + describe(value) + "; expected true, false or null (unknown)");
            }
            return value.isNull() ? Optional.empty() : Optional.of(value.booleanValue());
        }

        long longValue(String field, long min, long max) {
            JsonNode value = get(field);
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min
                    || value.longValue() > max) {
                throw fail(at(field), "found " + describe(value) + "; expected a whole number"
                        + (min == Long.MIN_VALUE ? "" : " from " + min) + (max == Long.MAX_VALUE ? "" : " to " + max));
            }
            return value.longValue();
        }

        int integer(String field, int min, int max) {
            JsonNode value = get(field);
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min
                    || value.intValue() > max) {
                throw fail(at(field), "found " + describe(value) + "; expected a whole number"
                        + (min == Integer.MIN_VALUE ? " of 32 bits" : " from " + min)
                        + (max == Integer.MAX_VALUE ? "" : " to " + max));
            }
            return value.intValue();
        }

        OptionalInt optionalInteger(String field) {
            return get(field).isNull() ? OptionalInt.empty()
                    : OptionalInt.of(integer(field, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            return ModelJsonReader.this.enumValue(get(field), at(field), type);
        }

        <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
            return get(field).isNull() ? Optional.empty() : Optional.of(enumValue(field, type));
        }

        Obj object(String field, String description, String... fields) {
            return new Obj(get(field), at(field), description, fields);
        }

        <T> Optional<T> optional(String field, BiFunction<JsonNode, String, T> reader) {
            return get(field).isNull() ? Optional.empty() : Optional.of(reader.apply(get(field), at(field)));
        }

        <T> List<T> array(String field, BiFunction<JsonNode, String, T> element) {
            JsonNode value = get(field);
            if (!value.isArray()) {
                throw fail(at(field), "found " + describe(value) + "; expected an array");
            }
            List<T> values = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                values.add(element.apply(value.get(i), at(field) + "/" + i));
            }
            return values;
        }

        <T> Optional<List<T>> optionalArray(String field, BiFunction<JsonNode, String, T> element) {
            return get(field).isNull() ? Optional.empty() : Optional.of(array(field, element));
        }

        List<String> strings(String field) {
            return array(field, ModelJsonReader.this::string);
        }

        Optional<List<String>> optionalStrings(String field) {
            return get(field).isNull() ? Optional.empty() : Optional.of(strings(field));
        }

        SortedMap<String, String> stringMap(String field) {
            JsonNode value = get(field);
            if (!value.isObject()) {
                throw fail(at(field), "found " + describe(value) + "; expected an object of strings, key by key");
            }
            SortedMap<String, String> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                fields.put(entry.getKey(), ModelJsonReader.this.string(entry.getValue(),
                        at(field) + "/" + escape(entry.getKey())));
            }
            return fields;
        }

        Optional<SortedMap<String, String>> optionalStringMap(String field) {
            return get(field).isNull() ? Optional.empty() : Optional.of(stringMap(field));
        }
    }
}
