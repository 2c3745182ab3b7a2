package io.github.xenpool.rules.json;

import static io.github.xenpool.rules.json.DocumentSchemas.MAPPER;
import static io.github.xenpool.rules.json.DocumentSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.ViolationDetails;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shipped schemas: valid draft 2020-12 schemas, closed, described, and in step with the code. */
class SchemaFilesTest {

    private static final Map<String, String> SCHEMAS = Map.of(
            ReportJson.SCHEMA_ID, ReportJson.schema(),
            FleetJson.SCHEMA_ID, FleetJson.schema(),
            FleetJson.LINE_SCHEMA_ID, FleetJson.lineSchema());

    @Test
    void eachSchemaIsAValidDraft202012SchemaWithItsId() {
        SCHEMAS.forEach((id, text) -> {
            JsonNode schema = assertValid(DocumentSchemas.schema(DocumentSchemas.META_SCHEMA), text);
            assertEquals(id, schema.get("$id").asString());
            assertEquals(DocumentSchemas.META_SCHEMA, schema.get("$schema").asString());
            assertTrue(schema.get("title").asString().startsWith("xenpool "), id);
        });
    }

    @Test
    void everyObjectIsClosedAndRequiresEachOfItsPropertiesWhichAreDescribed() {
        List<String> problems = new ArrayList<>();
        SCHEMAS.forEach((id, text) -> walk(MAPPER.readTree(text), id, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void theEnumsAreThoseOfTheCode() {
        JsonNode defs = MAPPER.readTree(ReportJson.schema()).get("$defs");

        assertEquals(names(Verdict.values()), strings(defs.get("verdict").get("enum")));
        assertEquals(names(Severity.values()),
                strings(defs.get("violation").get("properties").get("severity").get("enum")));
        Set<String> kinds = Arrays.stream(ViolationDetails.class.getPermittedSubclasses())
                .map(type -> type.isInterface() ? "Custom" : type.getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(kinds, new TreeSet<>(strings(defs.get("details").get("properties").get("kind").get("enum"))));
        assertEquals(kinds.size(), defs.get("details").get("oneOf").size());
        for (String kind : kinds) {
            assertEquals(kind, defs.get("details" + kind).get("properties").get("kind").get("const").asString());
        }
    }

    private static void walk(JsonNode node, String where, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        // The details' common "kind" is checked by each kind's own closed object.
        if (properties != null && node.get("oneOf") == null) {
            if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                problems.add(where + ": additionalProperties is not false");
            }
            if (!new TreeSet<>(properties.propertyNames()).equals(new TreeSet<>(strings(node.get("required"))))) {
                problems.add(where + ": required is not every property");
            }
        }
        if (properties != null) {
            for (String name : properties.propertyNames()) {
                if (!properties.get(name).has("description")) {
                    problems.add(where + "/properties/" + name + ": no description");
                }
            }
        }
        for (String name : node.propertyNames()) {
            walk(node.get(name), where + "/" + name, problems);
        }
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array == null ? List.of() : array.valueStream().map(JsonNode::asString).toList();
    }
}
