package io.github.xenpool.rules.json;

import static io.github.xenpool.rules.json.DocumentSchemas.REPORT;
import static io.github.xenpool.rules.json.DocumentSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiRecord;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.rules.DumpSamples;
import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.sets.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Report documents of joins between the real xapi database dumps of pool-core's tests, and two
 * golden documents compared byte for byte. To accept a deliberate change of the documents, run
 * with {@code -Dxenpool.golden.update=true} and review the diff of the golden files.
 */
class RealDumpReportsTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "io", "github", "xenpool", "rules",
            "json");
    private static final boolean UPDATE = Boolean.getBoolean("xenpool.golden.update");
    private static final List<String> DUMPS = List.of(DumpSamples.COWLEY, DumpSamples.COWLEY1, DumpSamples.SMALL_VMS,
            DumpSamples.TAMPA, DumpSamples.STATE1);

    @Test
    void everyHostOfEveryDumpJoiningEveryOtherDumpsPoolGivesValidDocumentsUnderEachRuleSet() {
        int documents = 0;
        for (String poolFile : DUMPS) {
            Pool pool = DumpSamples.pool(DumpSamples.records(poolFile));
            for (String hostFile : DUMPS) {
                if (hostFile.equals(poolFile)) {
                    continue;
                }
                XapiRecords records = DumpSamples.records(hostFile);
                for (XapiRecord record : records.all("host")) {
                    Host host = PoolImport.host(records, record.uuid().orElseThrow()).value();
                    for (RuleSet rules : List.of(RuleSets.xenServer56(), RuleSets.levelling(), RuleSets.xapi())) {
                        ReportDocumentTest.checkedDocument(rules.evaluate(pool, host));
                        documents++;
                    }
                }
            }
        }
        assertTrue(documents >= 50, documents + " documents");
    }

    @Test
    void aXenServer60BetaHostJoiningTampaIsBlockedForItsVersionPatchPacksAndLicence() throws IOException {
        Pool tampa = DumpSamples.pool(DumpSamples.records(DumpSamples.TAMPA));
        Host dt40 = DumpSamples.host(DumpSamples.records(DumpSamples.SMALL_VMS), null);
        JoinReport report = RuleSets.xenServer56().evaluate(tampa, dt40);

        assertEquals(Verdict.BLOCKED, report.verdict());
        assertTrue(report.blockingRuleIds().size() >= 4, report::render);
        JsonNode document = assertGolden("report-blocked-tampa.json", ReportJson.write(report));
        assertEquals(List.of("Versions", "Hotfixes", "SupplementalPacks", "Licences"),
                document.get("violations").valueStream().limit(4)
                        .map(v -> v.get("details").get("kind").asString()).toList());
    }

    @Test
    void aNewerIntelHostJoiningTheEnterprisePoolHidesItsExtraFeatures() throws IOException {
        JoinReport report = JoinFixtures.evaluate(SamplePools.newerIntelCandidate());

        assertEquals(Verdict.ALLOWED_WITH_MASKING, report.verdict());
        JsonNode document = assertGolden("report-allowed-with-masking.json", ReportJson.write(report));
        assertEquals(List.of("3dnowprefetch", "hle", "rtm", "rdseed", "adx", "smap", "intel-pt"),
                document.get("maskingPlan").get("hidden").get("features").valueStream().map(JsonNode::asString)
                        .toList());
        assertEquals(true, document.get("maskingPlan").get("rebootRequired").asBoolean());
    }

    private static JsonNode assertGolden(String name, String json) throws IOException {
        JsonNode document = assertValid(REPORT, json);
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "no golden file " + file.toAbsolutePath()
                + "; write it with -Dxenpool.golden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), json, "the document differs from " + file
                + "; if the change is meant, rewrite it with -Dxenpool.golden.update=true and review the diff");
        return document;
    }
}
