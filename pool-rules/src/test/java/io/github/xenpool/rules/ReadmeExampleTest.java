package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.json.ModelJson;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.Masking;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.xapi.Imported;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.core.xapi.XeOutput;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.json.ReportJson;
import io.github.xenpool.rules.json.XenpoolJsonModule;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.lifecycle.Ejection;
import io.github.xenpool.rules.lifecycle.PoolLifecycle;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the examples of README.md. Each example's code sits here between markers and must be
 * exactly the code block that follows its marker in README.md.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "io", "github", "xenpool", "rules",
            "ReadmeExampleTest.java");

    @Test
    void preflightExamplePrintsWhatTheReadmeSays() throws IOException {
        String printed = captureOutput(() -> {
            // example: preflight
            Pool pool = SamplePools.enterpriseIntelPool();
            Host candidate = SamplePools.troubledCandidate();
            JoinReport report = RuleSets.xenServer56().evaluate(pool, candidate);

            System.out.println(report.verdict());                          // BLOCKED
            Violation first = report.blockers().get(0);
            System.out.println(first.ruleId() + " " + first.subject().path()); // network.static-ip host.managementInterface.addressing
            System.out.println(first.remediation().get(0).description());  // Give bond0 of xs-07 a static IP address, ...
            System.out.println(first.xapiErrorCode().orElse("-"));         // -
            System.out.print(report.render());                             // the report the demo prints
            // end of example
        });

        List<String> lines = printed.lines().toList();
        assertEquals("BLOCKED", lines.get(0));
        assertEquals("network.static-ip host.managementInterface.addressing", lines.get(1));
        assertTrue(lines.get(2).startsWith("Give bond0 of xs-07 a static IP address, "), lines.get(2));
        assertEquals("-", lines.get(3));
        assertEquals(expectedText("preflight-report.txt"), String.join("\n", lines.subList(4, lines.size())) + "\n");
    }

    @Test
    void ownPoolExampleChecksARealCandidateAgainstARealPool() throws Exception {
        Path samples = Path.of("..", "pool-core", "src", "test", "resources", "io", "github", "xenpool", "core",
                "xapi", "samples", "xapi-db");
        Path poolDump = samples.resolve("xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml");
        Path candidateDump = samples.resolve("xapi-db__xenadmin-small_vms__xs5.9.960-b49695c-1host-pool_patch.xml");
        String printed = captureThrowingOutput(() -> {
            // example: own-pool
            Imported<Pool> pool = PoolImport.pool(XapiDatabase.read(poolDump));             // Path.of("pool.db")
            Imported<Host> candidate = PoolImport.host(XapiDatabase.read(candidateDump));    // Path.of("candidate.db")
            JoinReport report = RuleSets.xenServer56().evaluate(pool.value(), candidate.value());

            System.out.println(report.blockingRuleIds()); // [software.version, software.patch-level, software.supplemental-packs, licence.edition]
            System.out.print(candidate.report().render()); // per host: what was read, what is unknown and why, what was left aside
            // end of example
        });

        List<String> lines = printed.lines().toList();
        assertEquals("[software.version, software.patch-level, software.supplemental-packs, licence.edition]",
                lines.get(0));
        assertTrue(lines.contains("Host dt40 (5159e492-ea71-4c04-92c6-3be0065e892f)"), printed);
        assertTrue(printed.contains("  unknown: clock ("), printed);
        assertTrue(printed.contains("  unknown: managementInterface.addressing (DHCP"), printed);
    }

    @Test
    void ownPoolXeExampleReadsTheSavedOutputOfAHost(@TempDir Path dir) throws Exception {
        // A real `xe host-list params=all` of a XenServer 6.5 host; xe prints nothing for a list with no match.
        Files.copy(Path.of("..", "pool-core", "src", "test", "resources", "io", "github", "xenpool", "core", "xapi",
                "samples", "xe", "host-list-params-all__cn-cloudstack-notes-xenserver6.5.txt"), dir.resolve("hosts.txt"));
        for (String empty : List.of("pifs.txt", "srs.txt", "pbds.txt", "vms.txt")) {
            Files.writeString(dir.resolve(empty), "");
        }
        String printed = captureThrowingOutput(() -> {
            // example: own-pool-xe
            XapiRecords candidateRecords = XapiRecords.merge(List.of(                 // dir: where the files are
                    XeOutput.read(dir.resolve("hosts.txt"), "host"), XeOutput.read(dir.resolve("pifs.txt"), "PIF"),
                    XeOutput.read(dir.resolve("srs.txt"), "SR"), XeOutput.read(dir.resolve("pbds.txt"), "PBD"),
                    XeOutput.read(dir.resolve("vms.txt"), "VM")));
            Imported<Host> host = PoolImport.standaloneHost(candidateRecords);        // no pool.txt: you say it is standalone
            System.out.println(host.value().software().productVersion().orElseThrow()); // 6.5.0
            // end of example
        });

        assertEquals(List.of("6.5.0"), printed.lines().toList());
    }

    /** Code that may throw a checked exception, as reading a file does. */
    interface Example {
        void run() throws Exception;
    }

    static String captureThrowingOutput(Example example) throws Exception {
        Exception[] thrown = new Exception[1];
        String printed = captureOutput(() -> {
            try {
                example.run();
            } catch (Exception e) {
                thrown[0] = e;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
        return printed;
    }

    @Test
    void maskingExamplePrintsWhatTheReadmeSays() {
        String printed = captureOutput(() -> {
            // example: masking
            CpuCatalog cpus = CpuCatalog.shipped();
            Host master = Host.builder()
                    .hostname("xs-01")
                    .cpu(cpus.realHost("Xeon-E5-2650-v3").toCpuBuilder().maskingSupport(MaskingSupport.FULL).build())
                    .licence(LicenceEdition.ENTERPRISE)
                    .build();
            Pool prod = Pool.builder().name("prod").master(master).build();
            CpuLevel level = prod.cpuLevel().orElseThrow();                    // empty while a member's CPU is unknown

            Cpu newer = cpus.realHost("Xeon-E5-2650-v4").toCpuBuilder().maskingSupport(MaskingSupport.FULL).build();
            MaskingPlan plan = Masking.plan(newer.maskingSupport(), newer.physicalFeatures().orElseThrow(),
                    level.features(), level.mask());

            System.out.println(level.describe());          // 75 features in every member, 74 compared (the mask leaves out est)
            System.out.println(plan.outcome());                                // MASK
            System.out.println(FeatureCatalog.x86().describe(plan.hidden()));  // 3dnowprefetch, hle, rtm, rdseed, adx, smap, intel-pt
            System.out.println(newer.maskedTo(level.features(), level.mask()).isMasked()); // true
            // end of example
        });

        assertEquals(List.of("75 features in every member, 74 compared (the mask leaves out est)", "MASK", "3dnowprefetch, hle, rtm, rdseed, adx, smap, intel-pt", "true"),
                printed.lines().toList());
    }

    @Test
    void customRuleExamplePrintsWhatTheReadmeSays() {
        String printed = captureOutput(() -> {
            // example: custom-rule
            JoinRule sameRack = JoinRule.of("site.same-rack", "the host is in the master's rack",
                    (p, host, context) -> host.hostname().startsWith("rack7-") ? List.of()
                            : List.of(Violation.of("site.same-rack", Severity.WARNING, Subject.host(host))
                                    .message(host.hostname() + " is not in rack 7").build()));
            RuleSet mine = RuleSets.xenServer56()
                    .replace("licence.edition", LicenceRules.edition().withSeverity(Severity.WARNING).because("lab pool"))
                    .add(sameRack);

            JoinReport lab = mine.evaluate(SamplePools.enterpriseIntelPool(), SamplePools.compliantCandidate());
            System.out.println(lab.verdict() + " " + lab.warnings().get(0).message()); // ALLOWED xs-04 is not in rack 7
            // end of example
        });

        assertEquals(List.of("ALLOWED xs-04 is not in rack 7"), printed.lines().toList());
    }

    @Test
    void lifecycleExamplePrintsWhatTheReadmeSays() {
        String printed = captureOutput(() -> {
            // example: lifecycle
            PoolLifecycle life = PoolLifecycle.xenServer56();
            Pool prod = SamplePools.enterpriseIntelPool();

            Pool grown = life.join(prod, SamplePools.newerIntelCandidate()).get();   // joins masked to the pool's level
            Ejection out = life.eject(grown, grown.secondaries().get(0).id()).get(); // the pool, and the host on its own
            Pool down = life.hostFailed(prod, prod.master().id()).get();             // no HA: the pool has no master
            System.out.println(down.status());                                      // NO_MASTER
            System.out.println(life.join(down, out.host()).getLeft().code());       // POOL_UNAVAILABLE
            Pool back = life.emergencyTransitionToMaster(down, down.secondaries().get(0).id()).get();
            System.out.println(back.master().hostname() + " " + back.status());     // xs-02 AVAILABLE
            // end of example
        });

        assertEquals(List.of("NO_MASTER", "POOL_UNAVAILABLE", "xs-02 AVAILABLE"), printed.lines().toList());
    }

    @Test
    void fleetExamplePrintsOneLinePerCandidate() {
        String printed = captureOutput(() -> {
            // example: fleet
            FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), SamplePools.all());
            matcher.match(SamplePools.candidates().stream())
                    .map(m -> m.hostname() + " " + m.joinablePools() + " " + (m.joinablePools() > 0
                            ? m.best().get(0).poolName() : "closest " + m.closest().get(0).blockingRules()))
                    .forEach(System.out::println); // xs-04 1 prod-intel ... xs-amd 0 closest [software.patch-level, ...] ...
            // end of example
        });

        assertEquals(List.of("xs-04 1 prod-intel", "xs-05 1 prod-intel", "xs-amd 0 closest [software.patch-level, software.supplemental-packs, licence.edition]",
                "xs-old 0 closest [cpu.features]", "xs-07 0 closest [network.static-ip, network.bonded-management,"
                        + " vm.running-or-suspended, software.patch-level, software.supplemental-packs,"
                        + " licence.edition]"), printed.lines().toList());
    }

    @Test
    void jsonExampleWritesAndReadsTheDocuments() throws Exception {
        Pool pool = DumpSamples.pool(DumpSamples.TAMPA);
        JoinReport report = RuleSets.xenServer56().evaluate(pool, DumpSamples.candidate(DumpSamples.COWLEY));
        String printed = captureThrowingOutput(() -> {
            // example: json
            String document = ReportJson.write(report);          // {"document": "xenpool.report", "schemaVersion": "1.0", ...
            String model = ModelJson.write(pool);                  // {"document": "xenpool.pool", ...
            Pool same = ModelJson.readPool(new StringReader(model), "pool.json");
            System.out.println(same.equals(pool));                 // true
            JsonMapper mapper = JsonMapper.builder().addModule(new XenpoolJsonModule()).build();
            System.out.println(mapper.writeValueAsString(report.violations().get(0)).startsWith("{\"ruleId\"")); // true
            // end of example
            assertTrue(document.startsWith("{\n  \"document\": \"xenpool.report\",\n  \"schemaVersion\": \"1.0\","),
                    document);
            assertTrue(model.startsWith("{\n  \"document\": \"xenpool.pool\","), model);
        });

        assertEquals(List.of("true", "true"), printed.lines().toList());
    }

    @Test
    void testkitExampleHolds() {
        // example: testkit
        qt().withFixedSeed(42).withExamples(200)
                .forAll(JoinCases.mutated("running-vm"))
                .check(c -> RuleSets.xenServer56().evaluate(c.pool(), c.host()).hasViolation("vm.running-or-suspended"));
        // end of example
    }

    @Test
    void everyReadmeExampleIsTheCodeThisTestRuns() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String source = Files.readString(THIS_SOURCE, StandardCharsets.UTF_8);
        Matcher examples = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        int found = 0;
        while (examples.find()) {
            found++;
            String name = examples.group(1);
            Matcher here = Pattern.compile("// example: " + Pattern.quote(name) + "\\n(.*?)\\n\\s*// end of example",
                    Pattern.DOTALL).matcher(source);
            assertTrue(here.find(), "README example '" + name + "' has no counterpart in " + THIS_SOURCE);
            assertEquals(normalize(examples.group(2)), normalize(here.group(1)),
                    "README example '" + name + "' differs from the code this test runs");
        }
        assertTrue(found > 0, "README.md has no marked example");
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String expectedText(String resource) throws IOException {
        try (InputStream in = ReadmeExampleTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String captureOutput(Runnable example) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
