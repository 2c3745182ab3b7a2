package io.github.xenpool.rules.cli;

import static io.github.xenpool.rules.cli.Cli.assertGolden;
import static io.github.xenpool.rules.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.json.DocumentSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xenpool fleet matches folders of real hosts and pools. */
class FleetCommandTest {

    @TempDir
    static Path dir;

    private static Path pools;
    private static Path hosts;

    @BeforeAll
    static void folders() throws IOException {
        pools = Files.createDirectory(dir.resolve("pools"));
        hosts = Files.createDirectory(dir.resolve("hosts"));
        copy(Cli.TAMPA, pools.resolve("tampa.xml"));
        copy(Cli.COWLEY1, pools.resolve("cowley1.xml"));
        copy(Cli.SAMPLES.resolve("xapi-db/xapi-db__xenadmin-state2__xs5.5.0-b14614c-2hosts-ha.xml"),
                pools.resolve("state2.xml"));
        Files.writeString(pools.resolve(".hidden"), "left out");
        copy(Cli.COWLEY, hosts.resolve("berlin.xml"));
        copy(Cli.FOG_ONE_HOST, hosts.resolve("vermelinho.xml"));
        copy(Cli.SAMPLES.resolve("xapi-db/xapi-db__xenadmin-small_vms__xs5.9.960-b49695c-1host-pool_patch.xml"),
                hosts.resolve("dt40.xml"));
    }

    @Test
    void everyHostGetsItsBestOrClosestPools() {
        Cli.Run run = run("fleet", "--pools", pools.toString(), "--hosts", hosts.toString(), "--rules", "xenServer56")
                .expect(0);
        assertEquals("", run.err());
        assertGolden("fleet-xenServer56.txt", run.out());
    }

    @Test
    void jsonIsOneFleetDocumentAndJsonLinesOneLineAHost() {
        Cli.Run json = run("fleet", "--pools", pools.toString(), "--hosts", hosts.toString(), "--rules",
                "xenServer56", "--format", "json").expect(0);
        assertGolden("fleet-xenServer56.json", json.out());
        DocumentSchemas.assertValid(DocumentSchemas.FLEET, json.out());
        Cli.Run lines = run("fleet", "--pools", pools.toString(), "--hosts", hosts.toString(), "--rules",
                "xenServer56", "--format", "jsonl").expect(0);
        assertGolden("fleet-xenServer56.jsonl", lines.out());
        assertEquals(3, lines.out().lines().count());
        lines.out().lines().forEach(line -> DocumentSchemas.assertValid(DocumentSchemas.FLEET_LINE, line));
    }

    @Test
    void bestLimitsThePoolsListed() {
        Cli.Run run = run("fleet", "--pools", pools.toString(), "--hosts", hosts.toString(), "--best", "1").expect(0);
        assertTrue(run.out().startsWith("Fleet: 3 hosts against 3 pools, rule set xapi.\n"), run.out());
        assertEquals(3, run.out().lines().filter(line -> line.contains("closest ")).count(), run.out());
        run("fleet", "--pools", pools.toString(), "--hosts", hosts.toString(), "--best", "0").expect(64);
    }

    @Test
    void bothFoldersAreRequired() {
        Cli.Run run = run("fleet", "--pools", pools.toString()).expect(64);
        assertTrue(run.err().startsWith("xenpool: Missing required option: '--hosts=<dir>'"), run.err());
    }

    @Test
    void aMissingOrEmptyFolderIsBadInput() throws IOException {
        Cli.Run missing = run("fleet", "--pools", dir.resolve("none").toString(), "--hosts", hosts.toString())
                .expect(65).oneErrorLine();
        assertEquals("xenpool: " + dir.resolve("none") + ": no such folder; --pools names a folder of files\n",
                missing.err());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        run("fleet", "--pools", pools.toString(), "--hosts", empty.toString()).expect(65).oneErrorLine();
    }

    @Test
    void theSamePoolTwiceIsBadInput(@TempDir Path twice) throws IOException {
        copy(Cli.TAMPA, twice.resolve("a.xml"));
        copy(Cli.TAMPA, twice.resolve("b.xml"));
        Cli.Run run = run("fleet", "--pools", twice.toString(), "--hosts", hosts.toString()).expect(65).oneErrorLine();
        assertTrue(run.err().startsWith("xenpool: " + twice.resolve("b.xml") + ": holds pool"), run.err());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to);
    }
}
