package io.github.xenpool.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pools and hosts of every real sample make documents that conform to the schema and read
 * back into equal values.
 */
class ModelJsonSamplesTest {

    static List<String> dumps() {
        return Samples.dumps();
    }

    @Test
    void everyDumpIsASample() {
        assertEquals(8, dumps().size());
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void thePoolOfADumpConformsToTheSchemaAndReadsBackEqual(String dump) throws IOException {
        Pool pool = Samples.pool(dump);

        String json = ModelJson.write(pool);

        DocumentSchema.MODEL.assertConforms(json, dump);
        assertEquals(pool, ModelJson.readPool(new StringReader(json), dump));
        assertEquals(json, ModelJson.write(ModelJson.readPool(new StringReader(json), dump)));
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void everyMemberOfADumpMakesAHostDocumentThatReadsBackEqual(String dump) throws IOException {
        for (Host member : Samples.pool(dump).members()) {
            String json = ModelJson.write(member);

            DocumentSchema.MODEL.assertConforms(json, dump + " host " + member.hostname());
            assertEquals(member, ModelJson.readHost(new StringReader(json), dump));
        }
    }

    @Test
    void theHostsOfTheXmlRpcAndXeSamplesReadBackEqual() throws IOException {
        Map<String, Host> hosts = Samples.otherHosts();
        assertFalse(hosts.isEmpty());

        for (Map.Entry<String, Host> sample : hosts.entrySet()) {
            String json = ModelJson.write(sample.getValue());

            DocumentSchema.MODEL.assertConforms(json, sample.getKey());
            assertEquals(sample.getValue(), ModelJson.readHost(new StringReader(json), sample.getKey()));
        }
    }
}
