package io.github.xenpool.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Jackson is an optional dependency of pool-core: without it, {@link ModelJson} still loads, and
 * says which dependency to add when it is asked to write or read. Only the surefire execution
 * {@code without-jackson} runs this, with Jackson taken off the class path.
 */
class ModelJsonWithoutJacksonTest {

    @Test
    void jacksonIsNotOnTheClassPath() {
        assertFalse(ModelJson.isPresent(ModelJson.JACKSON_CLASS, getClass().getClassLoader()));
        assertFalse(ModelJson.isPresent("tools.jackson.core.json.JsonFactory", getClass().getClassLoader()));
    }

    @Test
    void theClassLoadsWithoutJackson() throws ClassNotFoundException {
        assertEquals(ModelJson.class, Class.forName("io.github.xenpool.core.json.ModelJson", true,
                getClass().getClassLoader()));
    }

    @Test
    void writingAndReadingSayWhichDependencyToAdd() {
        Host host = Host.builder().build();
        for (Executable call : List.<Executable>of(
                () -> ModelJson.write(host),
                () -> ModelJson.write(host, new StringWriter()),
                () -> ModelJson.read(new StringReader("{}"), "x.json"),
                () -> ModelJson.readPool(new StringReader("{}"), "x.json"),
                () -> ModelJson.readHost(new StringReader("{}"), "x.json"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, call);
            assertTrue(e.getMessage().startsWith("ModelJson writes and reads JSON with Jackson 3, which is not on the"
                    + " class path or module path: add the dependency tools.jackson.core:jackson-databind"),
                    e.getMessage());
        }
    }

    @Test
    void recognisingADocumentAndReachingTheSchemaNeedNoJackson() throws IOException {
        assertTrue(ModelJson.looksLikeModelDocument("{\"document\": \"xenpool.pool\""));
        assertTrue(ModelJson.schema().contains(ModelJson.SCHEMA_ID));
    }
}
