package io.github.xenpool.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the command line in-process and compares what it prints with golden files.
 *
 * <p>The golden files live in {@code src/test/resources/io/github/xenpool/rules/cli/golden/}. To
 * write them anew from what the code prints now, run the tests with
 * {@code -Dxenpool.golden.regenerate=true}, such as
 * {@code mvn -o -q test -pl pool-core,pool-testkit,pool-rules -Dtest='io.github.xenpool.rules.cli.*Test'
 * -Dsurefire.failIfNoSpecifiedTests=false -Dxenpool.golden.regenerate=true}, then review the change with
 * {@code git diff}. Only line ends are normalised when comparing.
 */
final class Cli {

    /** The real pool data of pool-core's tests. */
    static final Path SAMPLES = Path.of("..", "pool-core", "src", "test", "resources", "io", "github", "xenpool",
            "core", "xapi", "samples");
    static final Path TAMPA = SAMPLES.resolve(
            "xapi-db/xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml");
    static final Path COWLEY = SAMPLES.resolve(
            "xapi-db/xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml");
    static final Path COWLEY1 = SAMPLES.resolve(
            "xapi-db/xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml");
    static final Path FOG_ONE_HOST = SAMPLES.resolve(
            "xapi-rpc/xmlrpc-response__fog-xenserver-create_server_get_all_hosts__xs6.2.0-host.get_all_records.xml");
    static final Path FOG_TWO_HOSTS = SAMPLES.resolve(
            "xapi-rpc/xmlrpc-response__fog-xenserver-get_all_hosts__xs6.2.0-host.get_all_records.xml");

    /** The embedded samples, as files. */
    static final Path EMBEDDED = Path.of("src", "main", "resources", "io", "github", "xenpool", "rules", "cli",
            "samples");
    static final Path BERLIN_PREPARED = EMBEDDED.resolve(SampleDocumentsTest.BERLIN_PREPARED);
    static final Path TAMPA_AFTER_EJECT = EMBEDDED.resolve(SampleDocumentsTest.TAMPA_AFTER_EJECT);
    static final Path DT23_EJECTED = EMBEDDED.resolve(SampleDocumentsTest.DT23_EJECTED);

    private static final Path GOLDEN = Path.of("src", "test", "resources", "io", "github", "xenpool", "rules", "cli",
            "golden");

    private Cli() {
    }

    /** What a run printed, and its exit code. */
    record Run(int code, String out, String err) {

        Run expect(int expected) {
            assertEquals(expected, code, () -> "exit code; out:\n" + out + "\nerr:\n" + err);
            return this;
        }

        /** The error stream holds one line, which has no stack trace. */
        Run oneErrorLine() {
            assertEquals(1, err.lines().count(), err);
            assertFalse(err.contains("\tat "), err);
            assertTrue(out.isEmpty(), out);
            return this;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Xenpool.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Compares text with a golden file, or writes the file when the tests are told to regenerate them. */
    static void assertGolden(String name, String actual) {
        String normalised = actual.replace("\r\n", "\n");
        if (Boolean.getBoolean("xenpool.golden.regenerate")) {
            try {
                Files.createDirectories(GOLDEN);
                Files.writeString(GOLDEN.resolve(name), normalised, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = Cli.class.getResourceAsStream("golden/" + name)) {
            assertTrue(in != null, "no golden file " + name + "; run the tests with -Dxenpool.golden.regenerate=true");
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertEquals(expected, normalised, "golden file " + name
                    + " (run the tests with -Dxenpool.golden.regenerate=true to write it anew, then review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
