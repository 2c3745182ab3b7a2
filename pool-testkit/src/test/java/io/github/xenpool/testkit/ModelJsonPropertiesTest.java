package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.json.ModelJson;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every pool and host the generators make is written as a document that conforms to the schema
 * and reads back into an equal value: whatever the testkit can build, the format can carry.
 */
class ModelJsonPropertiesTest {

    private static final Schema SCHEMA = schema();

    @Test
    void everyGeneratedPoolReadsBackEqualFromItsDocument() {
        qt(150).forAll(Pools.any(1, 6)).checkAssert(pool -> assertRoundTrip(pool));
    }

    @Test
    void everyPoolOfAJoinCaseAndItsCandidateReadBackEqual() {
        qt(150).forAll(JoinCases.any()).checkAssert(joinCase -> {
            assertRoundTrip(joinCase.pool());
            assertRoundTrip(joinCase.host());
        });
    }

    @Test
    void everyGeneratedStandaloneHostReadsBackEqualFromItsDocument() {
        qt(200).forAll(Hosts.standalone()).checkAssert(host -> assertRoundTrip(host));
    }

    @Test
    void writingIsDeterministicForGeneratedPools() {
        qt(50).forAll(Pools.any(1, 4)).checkAssert(pool -> assertEquals(ModelJson.write(pool),
                ModelJson.write(read(ModelJson.write(pool)))));
    }

    private static void assertRoundTrip(Pool pool) {
        String json = ModelJson.write(pool);
        assertConforms(json, pool.toString());
        assertEquals(pool, read(json));
    }

    private static void assertRoundTrip(Host host) {
        String json = ModelJson.write(host);
        assertConforms(json, host.toString());
        try {
            assertEquals(host, ModelJson.readHost(new StringReader(json), "generated host"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pool read(String json) {
        try {
            return ModelJson.readPool(new StringReader(json), "generated pool");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails, listing every error, unless the document conforms to the model schema. */
    private static void assertConforms(String json, String what) {
        List<String> errors = SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString)
                .collect(Collectors.toList());
        if (!errors.isEmpty()) {
            fail("the document of " + what + " does not conform to its schema:\n  " + String.join("\n  ", errors));
        }
    }

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ModelJson.schema(), InputFormat.JSON);
    }
}
