package io.github.xenpool.rules.json;

import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schemas, loaded from the jar's copies only (never fetched), and an assertion that a
 * document is valid against one of them, which fails listing every error. The command line's
 * tests check its documents with it too.
 */
public final class DocumentSchemas {

    /** The draft 2020-12 meta-schema, which the validator ships. */
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(
                    ReportJson.SCHEMA_ID, ReportJson.schema(),
                    FleetJson.SCHEMA_ID, FleetJson.schema(),
                    FleetJson.LINE_SCHEMA_ID, FleetJson.lineSchema())));

    public static final Schema REPORT = REGISTRY.getSchema(SchemaLocation.of(ReportJson.SCHEMA_ID));
    public static final Schema FLEET = REGISTRY.getSchema(SchemaLocation.of(FleetJson.SCHEMA_ID));
    public static final Schema FLEET_LINE = REGISTRY.getSchema(SchemaLocation.of(FleetJson.LINE_SCHEMA_ID));

    private DocumentSchemas() {
    }

    /** The schema at an address the registry knows: a shipped one, or the meta-schema. */
    static Schema schema(String id) {
        return REGISTRY.getSchema(SchemaLocation.of(id));
    }

    /**
     * Asserts that a document is valid, and reads it.
     *
     * @param schema the schema
     * @param json the document
     * @return the document as a tree
     */
    public static JsonNode assertValid(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        if (!errors.isEmpty()) {
            fail(errors.size() + " errors against " + schema.getSchemaLocation() + ":\n"
                    + errors.stream().map(e -> "  " + e.getInstanceLocation() + ": " + e.getMessage()
                            + " (" + e.getKeyword() + " at " + e.getEvaluationPath() + ")")
                            .collect(Collectors.joining("\n"))
                    + "\nin\n" + (json.length() > 4000 ? json.substring(0, 4000) + "..." : json));
        }
        return MAPPER.readTree(json);
    }
}
