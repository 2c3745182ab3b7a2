package io.github.xenpool.rules.cli;

import static io.github.xenpool.rules.cli.Cli.assertGolden;
import static io.github.xenpool.rules.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.json.DocumentSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xenpool check, run in-process on real pool data: its reports, exit codes and errors. */
class CheckCommandTest {

    private static final String TAMPA = Cli.TAMPA.toString();
    private static final String COWLEY = Cli.COWLEY.toString();

    @Test
    void aBlockedJoinOfRealDumpsPrintsTheReportAndTheImportsAndExitsTwo() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--rules", "xenServer56").expect(2);
        assertEquals("", run.err());
        assertGolden("check-tampa-cowley-xenServer56.txt", run.out());
    }

    @Test
    void jsonIsTheReportsDocument() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--rules", "xenServer56", "--format", "json")
                .expect(2);
        assertEquals("", run.err());
        assertGolden("check-tampa-cowley-xenServer56.json", run.out());
        DocumentSchemas.assertValid(DocumentSchemas.REPORT, run.out());
        run("check", "--pool", TAMPA, "--host", COWLEY, "--format", "yaml").expect(64);
    }

    @Test
    void theSamplesInJsonAreOneReportALine() {
        Cli.Run run = run("check", "--format", "json").expect(0);
        assertGolden("check-samples.jsonl", run.out());
        run.out().lines().forEach(line -> DocumentSchemas.assertValid(DocumentSchemas.REPORT, line));
    }

    @Test
    void aHostThatJoinsWithMaskingExitsZero() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", Cli.BERLIN_PREPARED.toString(), "--rules",
                "xenServer56").expect(0);
        assertTrue(run.out().startsWith("Joining host berlin to pool 16And23, rules xenServer56\n"
                + "Verdict: ALLOWED_WITH_MASKING"), run.out());
        assertTrue(run.out().endsWith("Read " + Cli.BERLIN_PREPARED + " (a model JSON document)\n"), run.out());
        assertGolden("check-tampa-berlin-prepared-xenServer56.json", run("check", "--pool", TAMPA, "--host",
                Cli.BERLIN_PREPARED.toString(), "--rules", "xenServer56", "--format", "json").expect(0).out());
    }

    @Test
    void modelDocumentsAreReadForBothSides() {
        Cli.Run run = run("check", "--pool", Cli.TAMPA_AFTER_EJECT.toString(), "--host", Cli.DT23_EJECTED.toString(),
                "--rules", "xenServer56").expect(0);
        assertTrue(run.out().contains("Verdict: ALLOWED ("), run.out());
    }

    @Test
    void aHostDocumentGivenAsThePoolIsBadInput() {
        Cli.Run run = run("check", "--pool", Cli.DT23_EJECTED.toString(), "--host", COWLEY).expect(65).oneErrorLine();
        assertEquals("xenpool: " + Cli.DT23_EJECTED + ": holds a host document (xenpool.host); expected a pool: a"
                + " pool document (xenpool.pool) or the records of a whole pool\n", run.err());
    }

    @Test
    void aBrokenModelDocumentIsOneLineNamingTheFileAndThePlace(@TempDir Path dir) throws IOException {
        String document = Files.readString(Cli.DT23_EJECTED);
        Path broken = Files.writeString(dir.resolve("host.json"), document.replace("\"hostname\": \"dt23\"",
                "\"hostname\": 23"));
        Cli.Run run = run("check", "--pool", TAMPA, "--host", broken.toString()).expect(65).oneErrorLine();
        assertTrue(run.err().startsWith("xenpool: " + broken + ", "), run.err());
        assertTrue(run.err().contains("/host/hostname"), run.err());
        Path cut = Files.writeString(dir.resolve("cut.json"), document.substring(0, document.length() / 2));
        Cli.Run truncated = run("check", "--pool", TAMPA, "--host", cut.toString()).expect(65).oneErrorLine();
        assertTrue(truncated.err().startsWith("xenpool: " + cut + ", "), truncated.err());
    }

    @Test
    void theDefaultRuleSetIsXapiOfTheJoiningHostsRelease() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY).expect(2);
        assertGolden("check-tampa-cowley-xapi.txt", run.out());
    }

    @Test
    void verboseAddsTheWholeImportReports() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--verbose").expect(2);
        assertTrue(run.out().contains("Imported from " + TAMPA + "\nPool 16And23"), run.out());
        assertTrue(run.out().contains("Imported from " + COWLEY + "\nHost berlin"), run.out());
    }

    @Test
    void forceJudgesAsPoolJoinForce() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--force").expect(2);
        assertTrue(run.out().contains("rules xapi-force"), run.out());
        assertTrue(!run.out().contains("host.homogeneous"), run.out());
    }

    @Test
    void forceOfARuleSetWithoutAForcedJoinIsAUsageError() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--rules", "levelling", "--force").expect(64);
        assertTrue(run.err().startsWith("xenpool: --force judges a join as xapi's Pool.join_force, which skips the"
                + " host.homogeneous check; rule set 'levelling' has no forced join"), run.err());
    }

    @Test
    void anUnknownRuleSetIsAUsageErrorThatListsTheKnownOnes() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--rules", "xenserver56").expect(64);
        assertTrue(run.err().startsWith("xenpool: --rules: unknown rule set \"xenserver56\"; known: xenServer56,"
                + " levelling, xapi, xapi-force"), run.err());
    }

    @Test
    void aReleaseAfterXapiPicksItsChecks() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--rules", "xapi:1.249.26").expect(2);
        assertTrue(run.out().contains("rules xapi:1.249.26"), run.out());
    }

    @Test
    void theMaximumPoolSizeIsTheContexts() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", COWLEY, "--rules", "xenServer56", "--max-pool-size",
                "2").expect(2);
        assertTrue(run.out().contains("BLOCKER pool.size"), run.out());
        assertTrue(!run(("check --pool " + TAMPA + " --host " + COWLEY + " --rules xenServer56").split(" ")).out()
                .contains("pool.size"));
        run("check", "--pool", TAMPA, "--host", COWLEY, "--max-pool-size", "0").expect(64);
    }

    @Test
    void aLicenceServerIsGivenAsEditionsAndCounts() {
        run("check", "--pool", TAMPA, "--host", COWLEY, "--licence-server", "platinum=2,enterprise=1@lic.example.com")
                .expect(2);
        Cli.Run bad = run("check", "--pool", TAMPA, "--host", COWLEY, "--licence-server", "platinum=two").expect(64);
        assertTrue(bad.err().startsWith("xenpool: Invalid value for option '--licence-server': 'two' is no count of"
                + " platinum licences"), bad.err());
    }

    @Test
    void aHostOfSeveralIsNamedByItsHostName() {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", Cli.COWLEY1.toString(), "--host-name", "chester",
                "--rules", "xenServer56").expect(2);
        assertTrue(run.out().contains("Joining host chester to pool 16And23"), run.out());
        Cli.Run several = run("check", "--pool", TAMPA, "--host", Cli.COWLEY1.toString()).expect(65).oneErrorLine();
        assertTrue(several.err().contains("found 2 (grimsby"), several.err());
    }

    @Test
    void aHostRecordWithoutAPoolRecordIsStandaloneOnlyOnTheCallersWord() {
        Cli.Run refused = run("check", "--pool", TAMPA, "--host", Cli.FOG_ONE_HOST.toString()).expect(65)
                .oneErrorLine();
        assertTrue(refused.err().endsWith("holds no pool record to tell whether the host is standalone; if it is,"
                + " say so with --standalone\n"), refused.err());
        Cli.Run run = run("check", "--pool", TAMPA, "--host", Cli.FOG_ONE_HOST.toString(), "--standalone",
                "--rules", "xenServer56").expect(2);
        assertTrue(run.out().contains("Joining host vermelinho to pool 16And23"), run.out());
    }

    @Test
    void aBadFlagPrintsTheSuggestionAndTheUsageAndExits64() {
        Cli.Run run = run("check", "--pol", TAMPA, "--host", COWLEY).expect(64);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("xenpool: Unknown options: '--pol', '" + TAMPA + "'\n"
                + "Possible solutions: --pool\nUsage: xenpool check "), run.err());
    }

    @Test
    void onlyOneOfPoolAndHostIsAUsageError() {
        Cli.Run run = run("check", "--pool", TAMPA).expect(64);
        assertTrue(run.err().startsWith("xenpool: give both --pool and --host, or neither to check the embedded"
                + " samples; missing: --host\nUsage: xenpool check"), run.err());
        run("check", "--host", COWLEY).expect(64);
    }

    @Test
    void aMissingFileIsOneLineNamingIt() {
        Cli.Run run = run("check", "--pool", "no/such/pool.db", "--host", COWLEY).expect(65).oneErrorLine();
        assertEquals("xenpool: " + Path.of("no/such/pool.db") + ": no such file\n", run.err());
    }

    @Test
    void aFolderIsNoFile(@TempDir Path dir) {
        Cli.Run run = run("check", "--pool", TAMPA, "--host", dir.toString()).expect(65).oneErrorLine();
        assertEquals("xenpool: " + dir + ": is a directory; expected a file of pool data\n", run.err());
    }

    @Test
    void aBrokenDumpIsOneLineNamingTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path broken = brokenDump(dir);
        Cli.Run run = run("check", "--pool", broken.toString(), "--host", COWLEY).expect(65).oneErrorLine();
        assertTrue(run.err().startsWith("xenpool: " + broken + ", line 1, column "), run.err());
    }

    @Test
    void unrecognisedContentIsOneLineNamingTheFileAndWhatItBeginsWith(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("pool.html"), "<html><body>502 Bad Gateway</body></html>\n");
        Cli.Run run = run("check", "--pool", page.toString(), "--host", COWLEY).expect(65).oneErrorLine();
        assertTrue(run.err().startsWith("xenpool: " + page + ", line 1: is no pool data xenpool can read: it begins"
                + " \"<html><body>502 Bad Gateway</body></html>\"; expected an xapi database dump"), run.err());
    }

    @Test
    void aHostFileGivenAsThePoolIsBadInput() {
        Cli.Run run = run("check", "--pool", Cli.FOG_TWO_HOSTS.toString(), "--host", COWLEY).expect(65).oneErrorLine();
        assertTrue(run.err().startsWith("xenpool: " + Cli.FOG_TWO_HOSTS), run.err());
    }

    @Test
    void verboseShowsTheStackTraceOfAnError(@TempDir Path dir) throws IOException {
        Path broken = brokenDump(dir);
        Cli.Run run = run("check", "--pool", broken.toString(), "--host", COWLEY, "--verbose").expect(65);
        assertTrue(run.err().startsWith("xenpool: " + broken + ", line 1, column "), run.err());
        assertTrue(run.err().contains("io.github.xenpool.core.xapi.XapiImportException: " + broken), run.err());
        assertTrue(run.err().contains("\tat io.github.xenpool.core.xapi.XapiDatabase"), run.err());
    }

    @Test
    void theEmbeddedSamplesEachGetTheVerdictTheyDeclare() {
        Cli.Run run = run("check").expect(0);
        assertEquals("", run.err());
        assertGolden("check-samples.txt", run.out());
    }

    @Test
    void theSamplesRunTakesNoOptionsOfAJoinOfFiles() {
        Cli.Run run = run("check", "--rules", "levelling").expect(64);
        assertTrue(run.err().startsWith("xenpool: --rules needs --pool and --host: the embedded samples are checked"
                + " as each of them declares\n"), run.err());
        run("check", "--force").expect(64);
        run("check", "--max-pool-size", "3").expect(64);
    }

    @Test
    void aSampleThatDoesNotGetItsVerdictIsADefect() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Samples.of(CheckCommandTest.class, "wrong-samples.tsv").run(new PrintWriter(out),
                new PrintWriter(err), false);
        assertEquals(70, code);
        assertTrue(err.toString().startsWith("xenpool: internal error: sample 1 (declared wrongly) declares ALLOWED but"
                + " got BLOCKED\n"), err.toString());
    }

    private static Path brokenDump(Path dir) throws IOException {
        String dump = Files.readString(Cli.TAMPA);
        return Files.writeString(dir.resolve("pool.db"), dump.substring(0, dump.length() / 3));
    }
}
