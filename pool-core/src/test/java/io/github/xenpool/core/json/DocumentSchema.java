package io.github.xenpool.core.json;

import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/** Validates documents against a JSON Schema (draft 2020-12), failing with every error. */
final class DocumentSchema {

    /** The schema of the model documents, as shipped in pool-core's jar. */
    static final DocumentSchema MODEL = of(ModelJson.schema());

    private final Schema schema;

    private DocumentSchema(Schema schema) {
        this.schema = schema;
    }

    static DocumentSchema of(String text) {
        return new DocumentSchema(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text, InputFormat.JSON));
    }

    /** The errors of a document, each as its place and message; none when it conforms. */
    List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
    }

    /** Fails, listing every error, unless the document conforms. */
    void assertConforms(String json, String what) {
        List<String> errors = errors(json);
        if (!errors.isEmpty()) {
            fail(what + " does not conform to its schema, " + errors.size() + " error(s):\n  "
                    + String.join("\n  ", errors));
        }
    }
}
