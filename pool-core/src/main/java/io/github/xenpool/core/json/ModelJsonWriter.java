package io.github.xenpool.core.json;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.network.SdnController;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.storage.StorageServer;
import io.github.xenpool.core.vm.Vm;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the model documents for {@link ModelJson}, as a tree of Jackson nodes in the order of
 * the schema: one of the two classes of this package that use Jackson, loaded only when it is
 * there.
 */
final class ModelJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // Two spaces, "\n" whatever the platform, "name": value, and [] and {} when empty.
    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ModelJsonWriter() {
    }

    static String write(Pool pool) {
        ObjectNode document = document(ModelDocument.Kind.POOL);
        document.set("pool", pool(pool));
        return PRETTY.writeValueAsString(document) + "\n";
    }

    static String write(Host host) {
        ObjectNode document = document(ModelDocument.Kind.HOST);
        document.set("host", host(host));
        return PRETTY.writeValueAsString(document) + "\n";
    }

    private static ObjectNode document(ModelDocument.Kind kind) {
        ObjectNode document = NODES.objectNode();
        document.put("document", kind.documentName());
        document.put("schemaVersion", ModelJson.SCHEMA_VERSION);
        return document;
    }

    static ObjectNode pool(Pool pool) {
        ObjectNode node = NODES.objectNode();
        node.put("id", pool.id());
        node.put("name", pool.name());
        node.set("master", host(pool.master()));
        node.set("secondaries", array(pool.secondaries(), ModelJsonWriter::host));
        node.put("haEnabled", pool.haEnabled());
        node.set("sharedStorage", array(pool.sharedStorage(), ModelJsonWriter::storageRepository));
        node.set("cpuFeatureMask", featureMask(pool.cpuFeatureMask()));
        node.set("offlineHosts", strings(pool.offlineHosts()));
        node.set("configuration", configuration(pool.configuration()));
        ObjectNode derived = node.putObject("derived");
        derived.set("edition", optional(pool.edition().map(LicenceEdition::xapiName)));
        derived.put("status", ModelNames.of(pool.status()));
        derived.set("cpuLevel", pool.cpuLevel().<JsonNode>map(level -> featureSet(
                level.features())).orElse(NODES.nullNode()));
        return node;
    }

    static ObjectNode host(Host host) {
        ObjectNode node = NODES.objectNode();
        node.put("id", host.id());
        node.put("hostname", host.hostname());
        node.set("nameLabel", optional(host.nameLabel()));
        node.set("xapiReference", optional(host.xapiReference()));
        node.set("membership", membership(host.membership()));
        node.set("cpu", cpu(host.cpu()));
        node.set("software", software(host.software()));
        node.set("licence", optional(host.licence().map(LicenceEdition::xapiName)));
        node.set("licenceParams", nullable(host.licenceParams().map(params -> strings(params.fields()))));
        node.set("managementInterface", managementInterface(host.managementInterface()));
        node.set("managementInterfaceExists", optionalBoolean(host.managementInterfaceExists()));
        node.set("networkInterfaces", array(host.networkInterfaces(), ModelJsonWriter::networkInterface));
        node.set("ipv4Bridges", nullable(host.ipv4Bridges().map(ModelJsonWriter::strings)));
        node.set("clock", nullable(host.clock().map(ModelJsonWriter::clock)));
        node.set("vms", array(host.vms(), ModelJsonWriter::vm));
        node.set("nonGuestVms", nullable(host.nonGuestVms().map(vms -> array(vms, ModelJsonWriter::vm))));
        node.set("storage", array(host.storage(), ModelJsonWriter::storageRepository));
        node.set("externalAuth", nullable(host.externalAuth().map(ModelJsonWriter::externalAuth)));
        node.set("ownPool", nullable(host.ownPool().map(ModelJsonWriter::configuration)));
        ArrayNode incomplete = NODES.arrayNode();
        host.incompleteListings().forEach(listing -> incomplete.add(ModelNames.of(listing)));
        node.set("incompleteListings", incomplete);
        return node;
    }

    private static ObjectNode membership(Membership membership) {
        ObjectNode node = NODES.objectNode();
        if (membership instanceof Membership.Master) {
            Membership.Master master = (Membership.Master) membership;
            node.put("role", "master");
            node.put("poolId", master.poolId());
            node.put("poolSize", master.poolSize());
        } else if (membership instanceof Membership.Member) {
            node.put("role", "member");
            node.put("poolId", ((Membership.Member) membership).poolId());
        } else {
            node.put("role", "standalone");
        }
        return node;
    }

    private static ObjectNode cpu(Cpu cpu) {
        ObjectNode node = NODES.objectNode();
        node.set("vendor", optional(cpu.vendor().map(ModelNames::of)));
        node.put("modelName", cpu.modelName());
        node.put("family", cpu.family());
        node.put("model", cpu.model());
        node.put("stepping", cpu.stepping());
        node.set("physicalFeatures", nullable(cpu.physicalFeatures().map(ModelJsonWriter::featureSet)));
        node.set("features", nullable(cpu.features().map(ModelJsonWriter::featureSet)));
        node.set("maskingSupport", optional(cpu.maskingSupport().map(ModelNames::of)));
        node.set("virtualizationEnabled", optionalBoolean(cpu.virtualizationEnabled()));
        node.set("sockets", optionalInt(cpu.sockets()));
        node.set("cpuCount", optionalInt(cpu.cpuCount()));
        node.set("info", strings(cpu.info().fields()));
        return node;
    }

    static ObjectNode featureSet(FeatureSet set) {
        ObjectNode node = NODES.objectNode();
        node.put("mask", set.toString());
        node.set("features", strings(FeatureCatalog.x86().names(set)));
        return node;
    }

    private static ObjectNode featureMask(FeatureMask mask) {
        ObjectNode node = NODES.objectNode();
        node.put("mask", mask.toString());
        node.set("hiddenFeatures", strings(FeatureCatalog.x86().names(mask.hidden())));
        return node;
    }

    private static ObjectNode software(Software software) {
        ObjectNode node = NODES.objectNode();
        node.set("productVersion", optional(software.productVersion().map(Object::toString)));
        node.set("buildNumber", optional(software.buildNumber()));
        node.set("hotfixes", nullable(software.hotfixes().map(ModelJsonWriter::strings)));
        node.set("supplementalPacks", array(software.supplementalPacks(), ModelJsonWriter::supplementalPack));
        node.set("updates", nullable(software.updates().map(updates -> array(updates, ModelJsonWriter::update))));
        node.set("apiVersion", optional(software.apiVersion().map(Object::toString)));
        node.set("pendingGuidance", nullable(software.pendingGuidance().map(ModelJsonWriter::strings)));
        node.set("softwareVersion", strings(software.softwareVersion().fields()));
        return node;
    }

    private static ObjectNode supplementalPack(SupplementalPack pack) {
        ObjectNode node = NODES.objectNode();
        node.put("name", pack.name());
        node.put("revision", pack.revision());
        return node;
    }

    private static ObjectNode update(Update update) {
        ObjectNode node = NODES.objectNode();
        node.put("uuid", update.uuid());
        node.put("name", update.name());
        node.put("version", update.version());
        node.put("kind", ModelNames.of(update.kind()));
        node.set("enforceHomogeneity", optionalBoolean(update.enforceHomogeneity()));
        return node;
    }

    private static ObjectNode managementInterface(ManagementInterface nic) {
        ObjectNode node = NODES.objectNode();
        node.put("device", nic.device());
        node.set("addressing", optional(nic.addressing().map(ModelNames::of)));
        node.set("ipAddress", optional(nic.ipAddress()));
        node.set("bonded", optionalBoolean(nic.bonded()));
        node.set("vlan", optionalInt(nic.xapiVlan()));
        node.set("primaryAddressType", optional(nic.primaryAddressType().map(ModelNames::of)));
        return node;
    }

    private static ObjectNode networkInterface(NetworkInterface nic) {
        ObjectNode node = NODES.objectNode();
        node.put("device", nic.device());
        node.put("kind", ModelNames.of(nic.kind()));
        node.put("vlan", nic.vlanTag().orElse(-1));
        return node;
    }

    private static ObjectNode clock(HostClock clock) {
        ObjectNode node = NODES.objectNode();
        node.put("offsetFromMaster", clock.offsetFromMaster().toString());
        node.put("ntpConfigured", clock.ntpConfigured());
        return node;
    }

    private static ObjectNode vm(Vm vm) {
        ObjectNode node = NODES.objectNode();
        node.put("uuid", vm.uuid());
        node.put("name", vm.name());
        node.put("powerState", ModelNames.of(vm.powerState()));
        node.put("mode", ModelNames.of(vm.mode()));
        node.put("kind", ModelNames.of(vm.kind()));
        ArrayNode operations = NODES.arrayNode();
        vm.currentOperations().forEach(operation -> operations.add(operation.xapiName()));
        node.set("currentOperations", operations);
        return node;
    }

    private static ObjectNode storageRepository(StorageRepository sr) {
        ObjectNode node = NODES.objectNode();
        node.put("uuid", sr.uuid());
        node.put("name", sr.name());
        node.put("type", sr.type());
        node.put("shared", sr.shared());
        node.put("tools", sr.tools());
        node.set("server", nullable(sr.server().map(ModelJsonWriter::storageServer)));
        return node;
    }

    private static ObjectNode storageServer(StorageServer server) {
        ObjectNode node = NODES.objectNode();
        node.put("address", server.address());
        node.set("addressing", optional(server.addressing().map(ModelNames::of)));
        return node;
    }

    private static ObjectNode externalAuth(ExternalAuth auth) {
        ObjectNode node = NODES.objectNode();
        node.put("type", auth.type());
        node.put("serviceName", auth.serviceName());
        return node;
    }

    private static ObjectNode configuration(PoolConfiguration configuration) {
        ObjectNode node = NODES.objectNode();
        node.set("haEnabled", optionalBoolean(configuration.haEnabled()));
        node.set("tlsVerificationEnabled", optionalBoolean(configuration.tlsVerificationEnabled()));
        node.set("restrictions", nullable(configuration.restrictions().map(flags -> strings(flags.fields()))));
        node.set("currentOperations", nullable(configuration.currentOperations().map(ModelJsonWriter::strings)));
        node.set("cpuInfo", nullable(configuration.cpuInfo().map(info -> strings(info.fields()))));
        node.set("networkPurposes", nullable(configuration.networkPurposes().map(ModelJsonWriter::strings)));
        node.set("storageDrivers", nullable(configuration.storageDrivers().map(drivers -> array(drivers,
                ModelJsonWriter::storageDriver))));
        node.set("clustered", optionalBoolean(configuration.clustered()));
        node.set("enabledClusterHosts", nullable(configuration.enabledClusterHosts().map(ModelJsonWriter::strings)));
        node.set("clusterHosts", nullable(configuration.clusterHosts().map(hosts -> array(hosts,
                ModelJsonWriter::clusterHost))));
        node.set("sdnControllers", nullable(configuration.sdnControllers().map(controllers -> array(controllers,
                ModelJsonWriter::sdnController))));
        node.set("certificates", nullable(configuration.certificates().map(certificates -> array(certificates,
                ModelJsonWriter::certificate))));
        return node;
    }

    private static ObjectNode storageDriver(StorageDriver driver) {
        ObjectNode node = NODES.objectNode();
        node.put("type", driver.type());
        ObjectNode features = node.putObject("features");
        driver.features().forEach(features::put);
        node.set("ref", optional(driver.ref()));
        node.set("uuid", optional(driver.uuid()));
        return node;
    }

    private static ObjectNode clusterHost(ClusterHost clusterHost) {
        ObjectNode node = NODES.objectNode();
        node.put("poolAutoJoin", clusterHost.poolAutoJoin());
        node.set("pif", nullable(clusterHost.pif().map(pif -> {
            ObjectNode pifNode = NODES.objectNode();
            pifNode.put("vlan", pif.vlan());
            pifNode.put("management", pif.management());
            pifNode.set("bridges", strings(pif.bridges()));
            return pifNode;
        })));
        return node;
    }

    private static ObjectNode sdnController(SdnController controller) {
        ObjectNode node = NODES.objectNode();
        node.put("protocol", controller.protocol());
        node.put("address", controller.address());
        node.put("port", controller.port());
        return node;
    }

    private static ObjectNode certificate(Certificate certificate) {
        ObjectNode node = NODES.objectNode();
        node.put("name", certificate.name());
        node.put("fingerprint", certificate.fingerprint());
        node.put("type", certificate.type());
        node.set("purposes", strings(certificate.purposes()));
        node.set("uuid", optional(certificate.uuid()));
        node.set("reference", optional(certificate.reference()));
        return node;
    }

    private static <T> ArrayNode array(Collection<T> values, Function<T, ObjectNode> element) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(value -> array.add(element.apply(value)));
        return array;
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode strings(Map<String, String> fields) {
        ObjectNode node = NODES.objectNode();
        fields.forEach(node::put);
        return node;
    }

    private static JsonNode optional(Optional<String> value) {
        return value.<JsonNode>map(NODES::stringNode).orElse(NODES.nullNode());
    }

    private static JsonNode optionalBoolean(Optional<Boolean> value) {
        return value.<JsonNode>map(NODES::booleanNode).orElse(NODES.nullNode());
    }

    private static JsonNode optionalInt(OptionalInt value) {
        return value.isPresent() ? NODES.numberNode(value.getAsInt()) : NODES.nullNode();
    }

    private static JsonNode nullable(Optional<? extends JsonNode> node) {
        return node.<JsonNode>map(Function.identity()).orElse(NODES.nullNode());
    }
}
