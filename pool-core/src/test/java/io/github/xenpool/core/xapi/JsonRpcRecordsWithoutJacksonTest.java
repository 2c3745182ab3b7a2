package io.github.xenpool.core.xapi;

import static io.github.xenpool.core.xapi.RpcSamples.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jackson is an optional dependency of pool-core: without it, {@link JsonRpcRecords} still loads,
 * and says which dependency to add when it is called. Only the surefire execution
 * {@code without-jackson} runs this, with Jackson taken off the class path; the others exclude it.
 */
class JsonRpcRecordsWithoutJacksonTest {

    @Test
    void jacksonIsNotOnTheClassPath() {
        assertFalse(JsonRpcRecords.isPresent(JsonRpcRecords.JACKSON_CLASS, getClass().getClassLoader()));
        assertFalse(JsonRpcRecords.isPresent("tools.jackson.databind.json.JsonMapper", getClass().getClassLoader()));
    }

    @Test
    void theClassLoadsWithoutJackson() throws ClassNotFoundException {
        Class<?> type = Class.forName("io.github.xenpool.core.xapi.JsonRpcRecords", true, getClass().getClassLoader());
        assertEquals(JsonRpcRecords.class, type);
    }

    @Test
    void readingSaysWhichDependencyToAdd(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("vms.json"), "{\"result\": {}}");

        for (var read : java.util.List.<org.junit.jupiter.api.function.Executable>of(
                () -> JsonRpcRecords.read(stream("{\"result\": {}}"), "t.json", "VM"),
                () -> JsonRpcRecords.read(file, "VM"),
                () -> JsonRpcRecords.readRecord(stream("{\"result\": {}}"), "t.json", "VM", "OpaqueRef:v"),
                () -> JsonRpcRecords.readRecord(file, "VM", "OpaqueRef:v"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, read);
            assertTrue(e.getMessage().startsWith("JsonRpcRecords reads JSON with Jackson 3, which is not on the class "
                    + "path or module path: add the dependency tools.jackson.core:jackson-databind"), e.getMessage());
        }
    }

    @Test
    void xmlRpcNeedsNoJackson() throws IOException {
        assertEquals(2, RpcSamples.xml(RpcSamples.text(RpcSamples.TWO_HOSTS), "host").all("host").size());
    }
}
