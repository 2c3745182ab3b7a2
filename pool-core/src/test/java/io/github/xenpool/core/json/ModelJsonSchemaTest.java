package io.github.xenpool.core.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema says what the writer writes, no more and no less: every object is closed
 * ({@code additionalProperties: false}), so that a renamed field fails validation, and every
 * property it declares has a value in the documents of the real samples or of a model of which
 * everything is known.
 */
class ModelJsonSchemaTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void theSchemaIsOfDraft202012WithItsId() throws IOException {
        JsonNode schema = schema();

        assertAll(
                () -> assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").stringValue()),
                () -> assertEquals(ModelJson.SCHEMA_ID, schema.get("$id").stringValue()),
                () -> assertEquals(ModelJson.schema(), new String(ModelJson.class.getResourceAsStream(
                        "/io/github/xenpool/core/json/model.schema.json").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void everyObjectOfTheSchemaIsClosedAndEveryPropertyDescribed() throws IOException {
        List<String> problems = new ArrayList<>();
        checkObjects(schema(), "", problems);

        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDefinitionOfTheSchemaIsUsed() throws IOException {
        JsonNode schema = schema();
        String text = MAPPER.writeValueAsString(schema);

        for (String name : schema.get("$defs").propertyNames()) {
            assertTrue(text.contains("\"#/$defs/" + name + "\""), "$defs/" + name + " is never referred to");
        }
    }

    @Test
    void everyPropertyTheSchemaDeclaresHasAValueInSomeDocument() throws IOException {
        JsonNode schema = schema();
        Set<String> declared = new TreeSet<>();
        declaredPaths(schema, schema, "", declared);
        Set<String> written = new TreeSet<>();
        for (String document : corpus()) {
            writtenPaths(MAPPER.readTree(document), "", written);
        }

        Set<String> dead = new TreeSet<>(declared);
        dead.removeAll(written);

        assertTrue(declared.size() > 100, declared.toString());
        assertTrue(dead.isEmpty(), "the schema declares properties no document has a value for: " + dead);
    }

    @Test
    void theDocumentsOfTheRealSamplesMeetTheClosedObjects() throws IOException {
        String json = ModelJson.write(Samples.pool(ModelJsonGoldenTest.DUMP));
        DocumentSchema.MODEL.assertConforms(json, ModelJsonGoldenTest.DUMP);

        for (String pointer : List.of("", "/pool", "/pool/master", "/pool/master/cpu", "/pool/master/cpu/features",
                "/pool/master/software", "/pool/master/managementInterface", "/pool/master/networkInterfaces/0",
                "/pool/master/vms/0", "/pool/master/storage/0", "/pool/master/membership", "/pool/cpuFeatureMask",
                "/pool/configuration", "/pool/derived", "/pool/secondaries/0/software/supplementalPacks/0")) {
            JsonNode root = MAPPER.readTree(json);
            ((ObjectNode) root.at(pointer)).put("renamed", "x");

            List<String> errors = DocumentSchema.MODEL.errors(MAPPER.writeValueAsString(root));

            assertFalse(errors.isEmpty(), "a field added at " + pointer + " passed the schema");
        }
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() {
        String json = ModelJson.write(FullModel.pool());

        assertAll(
                () -> assertFalse(DocumentSchema.MODEL.errors(json.replace("\"haEnabled\": true",
                        "\"haEnabled\": \"yes\"")).isEmpty()),
                () -> assertFalse(DocumentSchema.MODEL.errors(json.replace("\"schemaVersion\": \"1.0\"",
                        "\"schemaVersion\": \"2.0\"")).isEmpty()),
                () -> assertFalse(DocumentSchema.MODEL.errors(json.replace("\"addressing\": \"DHCP_RESERVED\"",
                        "\"addressing\": \"dhcpReserved\"")).isEmpty()),
                () -> assertFalse(DocumentSchema.MODEL.errors(json.replace("\"role\": \"member\"",
                        "\"role\": \"slave\"")).isEmpty()),
                () -> assertFalse(DocumentSchema.MODEL.errors(json.replace("\"licence\": \"enterprise\",", ""))
                        .isEmpty()));
    }

    private static List<String> corpus() {
        List<String> documents = new ArrayList<>();
        for (String dump : Samples.dumps()) {
            documents.add(ModelJson.write(Samples.pool(dump)));
        }
        Samples.otherHosts().values().forEach(host -> documents.add(ModelJson.write(host)));
        documents.add(ModelJson.write(FullModel.pool()));
        documents.add(ModelJson.write(FullModel.standalone()));
        return documents;
    }

    /** Hosts and pool configurations are one definition wherever they occur. */
    private static String normalised(String path) {
        return path.replace("pool.master.", "host.").replace("pool.secondaries[].", "host.")
                .replace("host.ownPool.", "configuration.").replace("pool.configuration.", "configuration.");
    }

    private static void declaredPaths(JsonNode root, JsonNode node, String path, Set<String> paths) {
        if (node.has("$ref")) {
            String name = node.get("$ref").stringValue().substring("#/$defs/".length());
            declaredPaths(root, root.get("$defs").get(name), path, paths);
        }
        if (node.has("oneOf")) {
            node.get("oneOf").forEach(branch -> declaredPaths(root, branch, path, paths));
        }
        if (node.has("properties")) {
            for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
                String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                paths.add(normalised(child));
                declaredPaths(root, property.getValue(), child, paths);
            }
        }
        if (node.has("items")) {
            declaredPaths(root, node.get("items"), path + "[]", paths);
        }
    }

    private static void writtenPaths(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    paths.add(normalised(child));
                    writtenPaths(field.getValue(), child, paths);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> writtenPaths(element, path + "[]", paths));
        }
    }

    private static void checkObjects(JsonNode node, String pointer, List<String> problems) {
        if (node.isObject()) {
            if (node.has("properties")) {
                if (!node.has("additionalProperties") || !node.get("additionalProperties").isBoolean()
                        || node.get("additionalProperties").booleanValue()) {
                    problems.add(pointer + " is not closed: additionalProperties must be false");
                }
                for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
                    if (!property.getValue().has("description")) {
                        problems.add(pointer + "/properties/" + property.getKey() + " has no description");
                    }
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                checkObjects(field.getValue(), pointer + "/" + field.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkObjects(node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private static JsonNode schema() throws IOException {
        return MAPPER.readTree(ModelJson.schema());
    }
}
