package io.github.xenpool.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar {@code target/xenpool-cli.jar}, run as a user runs it ({@code java -jar}): exit
 * codes and which stream gets what; and what the jars hold. maven-failsafe-plugin runs this after
 * {@code package}, and gives the jars' paths as system properties.
 */
class XenpoolJarIT {

    private static final Path JAR = Path.of(System.getProperty("xenpool.cli.jar", "target/xenpool-cli.jar"));

    /** What a process printed, and its exit code. */
    private record Result(int code, String out, String err) {
    }

    @Test
    void theSamplesRunExitsZeroAndPrintsOnlyToStandardOutput() throws Exception {
        Result result = java("check");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Sample 1 of "), result.out());
        assertTrue(result.out().contains("Verdict: BLOCKED"), result.out());
        assertTrue(result.out().contains("Verdict: ALLOWED_WITH_MASKING"), result.out());
        assertTrue(result.out().contains("Verdict: ALLOWED ("), result.out());
        assertEquals("", result.err());
    }

    @Test
    void aBlockedJoinExitsTwoWithTheReportOnStandardOutput() throws Exception {
        Result result = java("check", "--pool", Cli.TAMPA.toString(), "--host", Cli.COWLEY.toString());
        assertEquals(2, result.code(), result.err());
        assertTrue(result.out().startsWith("Joining host berlin to pool 16And23, rules xapi\nVerdict: BLOCKED"),
                result.out());
        assertEquals("", result.err());
    }

    @Test
    void aBadFlagExits64WithTheSuggestionAndUsageOnStandardError() throws Exception {
        Result result = java("check", "--hots", "x");
        assertEquals(64, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().contains("Possible solutions: --host"), result.err());
        assertTrue(result.err().contains("Usage: xenpool check"), result.err());
    }

    @Test
    void aMissingFileExits65WithOneLineOnStandardError() throws Exception {
        Result result = java("check", "--pool", "missing.db", "--host", Cli.COWLEY.toString());
        assertEquals(65, result.code());
        assertEquals("", result.out());
        assertEquals("xenpool: missing.db: no such file" + System.lineSeparator(), result.err());
    }

    @Test
    void aBrokenFileExits65AndVerboseAddsTheStackTrace(@TempDir Path dir) throws Exception {
        String dump = Files.readString(Cli.TAMPA);
        Path broken = Files.writeString(dir.resolve("pool.db"), dump.substring(0, dump.length() / 2));
        Result result = java("check", "--pool", broken.toString(), "--host", Cli.COWLEY.toString());
        assertEquals(65, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        Result verbose = java("--verbose", "check", "--pool", broken.toString(), "--host", Cli.COWLEY.toString());
        assertEquals(65, verbose.code());
        assertTrue(verbose.err().contains("\tat io.github.xenpool.core.xapi."), verbose.err());
    }

    @Test
    void jsonRpcResponsesAreReadWithTheJacksonTheJarCarries(@TempDir Path dir) throws Exception {
        Path hosts = Files.writeString(dir.resolve("host.json"), "{\"result\": {\"OpaqueRef:1\": {\"uuid\":"
                + " \"0f6c4e8a-3b1d-4c2e-9a7f-5d8e6b4c2a10\", \"hostname\": \"xs-09\"}}}");
        Result result = java("import", hosts.toString(), "--standalone");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("(a saved JSON-RPC response): host xs-09"), result.out());
    }

    @Test
    void jsonDocumentsAreWrittenAndReadWithTheJacksonTheJarCarries() throws Exception {
        Result pool = java("import", Cli.TAMPA.toString(), "--format", "json");
        assertEquals(0, pool.code(), pool.err());
        assertTrue(pool.out().startsWith("{\n  \"document\": \"xenpool.pool\""), pool.out());
        Result report = java("check", "--pool", Cli.TAMPA.toString(), "--host", Cli.BERLIN_PREPARED.toString(),
                "--rules", "xenServer56", "--format", "json");
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("\"verdict\": \"ALLOWED_WITH_MASKING\""), report.out());
        assertEquals("", report.err());
    }

    @Test
    void theVersionIsThePoms() throws Exception {
        Result result = java("--version");
        assertEquals(0, result.code());
        assertEquals("xenpool " + System.getProperty("xenpool.version") + System.lineSeparator(), result.out());
    }

    @Test
    void theJarRunsByItsManifestAndCarriesNoDescriptorsOrSignaturesOfItsDependencies() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals(Xenpool.class.getName(), jar.getManifest().getMainAttributes().getValue("Main-Class"));
            List<String> names = names(jar);
            assertTrue(names.contains("picocli/CommandLine.class"));
            assertTrue(names.contains("tools/jackson/databind/ObjectMapper.class"));
            assertTrue(names.contains("io/github/xenpool/rules/cli/samples/samples.tsv"));
            assertTrue(names.contains("META-INF/THIRD-PARTY-NOTICES.txt"));
            assertFalse(names.stream().anyMatch(name -> name.endsWith("module-info.class")), "module-info.class");
            assertFalse(names.stream().anyMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")),
                    "signatures");
            assertFalse(names.stream().anyMatch(name -> name.startsWith("org/hibernate/")), "Hibernate Validator");
            ZipEntry services = jar.getEntry("META-INF/services/tools.jackson.core.TokenStreamFactory");
            assertTrue(services != null, "Jackson's service files");
        }
    }

    @Test
    void theLibraryJarsCarryNeitherPicocliNorJackson() throws IOException {
        Path rules = Path.of(System.getProperty("xenpool.rules.jar"));
        Path core = rules.resolveSibling(Path.of("..", "..", "pool-core", "target",
                "pool-core-" + System.getProperty("xenpool.version") + ".jar")).normalize();
        for (Path library : List.of(rules, core)) {
            try (JarFile jar = new JarFile(library.toFile())) {
                for (String name : names(jar)) {
                    assertFalse(name.startsWith("picocli/") || name.startsWith("tools/jackson/")
                            || name.startsWith("com/fasterxml/"), library + " holds " + name);
                }
            }
        }
    }

    private static List<String> names(JarFile jar) {
        List<String> names = new ArrayList<>();
        for (ZipEntry entry : Collections.list(jar.entries())) {
            names.add(entry.getName());
        }
        return names;
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path dir = Files.createTempDirectory("xenpool-it");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "xenpool " + String.join(" ", args) + " did not end");
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        Files.delete(dir);
        return result;
    }
}
