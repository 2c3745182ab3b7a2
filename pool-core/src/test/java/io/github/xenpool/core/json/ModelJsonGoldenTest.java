package io.github.xenpool.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The pool document of one real dump, committed and compared byte for byte, so that a change of
 * the format (a field renamed, moved or spelt otherwise) shows in review. To accept an intended
 * change, run this test with {@code -Dxenpool.golden.update=true} from pool-core and commit the
 * file it writes.
 */
class ModelJsonGoldenTest {

    static final String DUMP = "xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml";
    static final String GOLDEN = "golden/cowley1-2hosts-bond-vlan.pool.json";

    @Test
    void thePoolDocumentOfTheCowleyDumpIsTheCommittedOne() throws IOException {
        String json = ModelJson.write(Samples.pool(DUMP));

        if (Boolean.getBoolean("xenpool.golden.update")) {
            Files.writeString(Path.of("src/test/resources/io/github/xenpool/core/json", GOLDEN), json,
                    StandardCharsets.UTF_8);
        }
        assertEquals(golden(), json, "the document of " + DUMP + " is not " + GOLDEN
                + "; if the change is intended, run with -Dxenpool.golden.update=true and commit the file");
    }

    private static String golden() throws IOException {
        try (InputStream in = ModelJsonGoldenTest.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                return "(no file " + GOLDEN + ")";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
