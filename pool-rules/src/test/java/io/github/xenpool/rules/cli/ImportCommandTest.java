package io.github.xenpool.rules.cli;

import static io.github.xenpool.rules.cli.Cli.assertGolden;
import static io.github.xenpool.rules.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.json.ModelJson;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xenpool import shows what the importer makes of a file. */
class ImportCommandTest {

    @Test
    void aPoolDumpImportsAsThePool() {
        Cli.Run run = run("import", Cli.TAMPA.toString()).expect(0);
        assertEquals("", run.err());
        assertGolden("import-tampa.txt", run.out());
    }

    @Test
    void jsonIsTheModelsDocumentOfThePoolWhichReadsBackEqual() throws IOException {
        Cli.Run run = run("import", Cli.TAMPA.toString(), "--format", "json").expect(0);
        assertEquals("", run.err());
        assertGolden("import-tampa.json", run.out());
        Pool pool = ModelJson.readPool(new StringReader(run.out()), "out");
        assertEquals(PoolImport.pool(XapiFiles.read(Cli.TAMPA)).value(), pool);
    }

    @Test
    void jsonOfSavedHostRecordsIsAHostDocument() {
        Cli.Run run = run("import", Cli.FOG_ONE_HOST.toString(), "--standalone", "--format", "json").expect(0);
        assertTrue(run.out().startsWith("{\n  \"document\": \"xenpool.host\""), run.out());
    }

    @Test
    void aModelDocumentImportsAsItself() throws IOException {
        Cli.Run run = run("import", Cli.DT23_EJECTED.toString(), "--format", "json").expect(0);
        assertEquals(Files.readString(Cli.DT23_EJECTED), run.out());
        assertTrue(run("import", Cli.DT23_EJECTED.toString()).expect(0).out().startsWith("Read " + Cli.DT23_EJECTED
                + " (a model JSON document): host dt23 ("));
    }

    @Test
    void aNamedHostImportsAsThatHost() {
        Cli.Run run = run("import", Cli.TAMPA.toString(), "--host-name", "dt23").expect(0);
        assertTrue(run.out().endsWith("(an xapi database dump): host dt23 (7a52be05-a12f-4677-84bf-e3ffa30de8dc).\n"),
                run.out());
    }

    @Test
    void savedHostRecordsImportAsAHost() {
        Cli.Run run = run("import", Cli.FOG_ONE_HOST.toString(), "--standalone").expect(0);
        assertTrue(run.out().contains("(a saved XML-RPC response): host vermelinho"), run.out());
    }

    @Test
    void aBrokenFileIsOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("hosts.json"), "{\"result\": {\"OpaqueRef:1\": {\"uuid\": ");
        Cli.Run run = run("import", file.toString()).expect(65).oneErrorLine();
        assertTrue(run.err().startsWith("xenpool: " + file + ", "), run.err());
        assertTrue(run.err().contains("/result/OpaqueRef:1"), run.err());
    }
}
