package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Jackson, {@link XapiFiles} still reads dumps, XML-RPC responses and xe text, and says
 * which dependency to add for JSON. Only the surefire execution {@code without-jackson} runs this.
 */
class XapiFilesWithoutJacksonTest {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "io", "github", "xenpool", "core", "xapi",
            "samples");

    @Test
    void xmlAndXeNeedNoJackson() throws IOException {
        assertEquals(2, XapiFiles.read(SAMPLES.resolve(
                "xapi-rpc/xmlrpc-response__fog-xenserver-get_all_hosts__xs6.2.0-host.get_all_records.xml")).all("host")
                .size());
        assertEquals(Optional.of(XapiFiles.Format.XE),
                XapiFiles.formatOf(SAMPLES.resolve("xe/pool-param-list__neonSDK-xcp-ng-comment.txt")));
    }

    @Test
    void jsonSaysWhichDependencyToAdd(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("hosts.json"), "{\"result\": {}}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> XapiFiles.read(file));
        assertTrue(e.getMessage().contains("tools.jackson.core:jackson-databind"), e.getMessage());
    }
}
