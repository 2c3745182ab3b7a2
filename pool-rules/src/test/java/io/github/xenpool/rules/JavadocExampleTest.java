package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.Hosts;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Pools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the example in the javadoc of each entry type. Each example's code sits here between
 * markers and must be exactly the code of the first {@code <pre>{@code ...}} block of the type's
 * javadoc; the variables it uses are made before the marker.
 */
class JavadocExampleTest {

    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "io", "github", "xenpool", "rules",
            "JavadocExampleTest.java");
    private static final Map<String, Path> ENTRY_TYPES = Map.of(
            "RuleSet", rules("RuleSet"),
            "RuleSets", rules("sets", "RuleSets"),
            "JoinReport", rules("JoinReport"),
            "Violation", rules("Violation"),
            "FleetMatcher", rules("fleet", "FleetMatcher"),
            "Pool", Path.of("..", "pool-core", "src", "main", "java", "io", "github", "xenpool", "core", "Pool.java"),
            "Host", Path.of("..", "pool-core", "src", "main", "java", "io", "github", "xenpool", "core", "Host.java"),
            "JoinCases", testkit("JoinCases"),
            "Pools", testkit("Pools"));

    private final Pool pool = SamplePools.enterpriseIntelPool();
    private final Host host = SamplePools.compliantCandidate();

    @Test
    void ruleSet() {
        // javadoc: RuleSet
        RuleSet mine = RuleSets.xenServer56().remove("clock.sync");
        JoinReport report = mine.evaluate(pool, host);        // every rule runs, every problem is kept
        List<String> blocking = report.blockingRuleIds();     // empty unless the join is blocked
        JoinReport allowed = mine.check(pool, host);          // or throw JoinBlockedException
        // end of javadoc example
        assertEquals(List.of(), blocking);
        assertEquals(report, allowed);
        assertFalse(mine.ruleIds().contains("clock.sync"));
    }

    @Test
    void ruleSets() {
        // javadoc: RuleSets
        JoinReport xenServer56 = RuleSets.xenServer56().evaluate(pool, host);
        JoinReport levelling = RuleSets.named("levelling").evaluate(pool, host);
        List<RuleDescriptor> rules = RuleSets.xenServer56().descriptors();   // what each rule checks
        // end of javadoc example
        assertEquals(Verdict.ALLOWED, xenServer56.verdict());
        assertEquals("levelling", levelling.ruleSetName());
        assertEquals(RuleSets.xenServer56().ruleIds(), rules.stream().map(RuleDescriptor::id).toList());
    }

    @Test
    void joinReport() {
        Host host = SamplePools.troubledCandidate();
        String printed = ReadmeExampleTest.captureOutput(() -> {
            // javadoc: JoinReport
            JoinReport report = RuleSets.xenServer56().evaluate(pool, host);
            for (Violation blocker : report.blockers()) {
                System.out.println(blocker.ruleId() + ": " + blocker.message());
            }
            report.maskingPlan().ifPresent(plan -> System.out.println("hides " + plan.hiddenNames()));
            System.out.print(report.render());
            // end of javadoc example
        });
        assertTrue(printed.startsWith("network.static-ip: the management interface bond0 of xs-07"), printed);
        assertTrue(printed.contains("Verdict: BLOCKED"), printed);
    }

    @Test
    void pool() {
        Host master = Hosts.known("xs-01", "192.0.2.1").build();
        Host secondary = Hosts.known("xs-02", "192.0.2.2").build();
        String srUuid = "7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c";
        String printed = ReadmeExampleTest.captureOutput(() -> {
            // javadoc: Pool
            Pool pool = Pool.builder()
                    .name("prod")
                    .master(master)
                    .secondary(secondary)
                    .sharedStorageRepository(StorageRepository.sharedNfs(srUuid, "nfs01.example.com").build())
                    .build();
            pool.cpuLevel().ifPresent(level -> System.out.println(level.describe()));
            // end of javadoc example
        });
        assertTrue(printed.matches("\\d+ features in every member, \\d+ compared.*\\R"), printed);
    }

    @Test
    void host() {
        // javadoc: Host
        Host host = Host.builder()
                .hostname("xs-04")
                .cpu(CpuCatalog.shipped().realHost("Xeon-E5-2650-v3").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).build())
                .software(Software.builder().productVersion("5.6.100").buildNumber("39265p").build())
                .licence(LicenceEdition.ENTERPRISE)
                .managementInterface(ManagementInterface.builder().ipAddress("192.0.2.14").build())
                .build();                                     // a random UUID; what is not given is unknown
        // end of javadoc example
        assertEquals(List.of("software.patch-level", "software.supplemental-packs"),
                RuleSets.xenServer56().evaluate(pool, host).blockingRuleIds(), "the pool has hotfixes and a pack");
        assertTrue(host.clock().isEmpty(), "a clock not given is unknown");
    }

    @Test
    void violation() {
        // javadoc: Violation
        Violation violation = Violation.of("site.same-rack", Severity.WARNING, Subject.host(host))
                .message(host.hostname() + " is not in rack 7")
                .step("Move it to rack 7, or accept the longer network path")
                .build();
        // end of javadoc example
        assertEquals(Severity.WARNING, violation.severity());
        assertEquals("xs-04 is not in rack 7", violation.message());
        assertEquals(1, violation.remediation().size());
    }

    @Test
    void fleetMatcher() {
        List<Pool> pools = SamplePools.all();
        List<Host> hosts = SamplePools.candidates();
        String printed = ReadmeExampleTest.captureOutput(() -> {
            // javadoc: FleetMatcher
            FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), pools);
            matcher.match(hosts.stream())
                    .forEach(m -> System.out.println(m.hostname() + " can join " + m.joinablePools() + " pools"));
            // end of javadoc example
        });
        assertEquals("xs-04 can join 1 pools", printed.lines().findFirst().orElseThrow());
        assertEquals(hosts.size(), printed.lines().count());
    }

    @Test
    void joinCases() {
        // javadoc: JoinCases
        qt().withFixedSeed(42).forAll(JoinCases.mutated("running-vm"))
                .check(c -> RuleSets.xenServer56().evaluate(c.pool(), c.host())
                        .hasViolation("vm.running-or-suspended"));
        // end of javadoc example
    }

    @Test
    void pools() {
        // javadoc: Pools
        qt().withFixedSeed(7).forAll(Pools.heterogeneous(2, 8))
                .check(pool -> pool.cpuLevel().isPresent() && pool.size() >= 2);
        // end of javadoc example
    }

    @Test
    void everyEntryTypesJavadocExampleIsTheCodeThisTestRuns() throws IOException {
        String source = Files.readString(THIS_SOURCE, StandardCharsets.UTF_8);
        for (Map.Entry<String, Path> entry : ENTRY_TYPES.entrySet()) {
            String name = entry.getKey();
            String javadoc = typeJavadoc(Files.readString(entry.getValue(), StandardCharsets.UTF_8), name);
            Matcher example = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL).matcher(javadoc);
            assertTrue(example.find(), "the javadoc of " + name + " has no example");
            Matcher here = Pattern.compile("// javadoc: " + name + "\\n(.*?)\\n\\s*// end of javadoc example",
                    Pattern.DOTALL).matcher(source);
            assertTrue(here.find(), "the example of " + name + " has no counterpart in " + THIS_SOURCE);
            assertEquals(normalize(example.group(1).replaceAll("(?m)^ \\* ?", "")), normalize(here.group(1)),
                    "the javadoc example of " + name + " differs from the code this test runs");
        }
    }

    @Test
    void aChangedExampleIsNoticed() {
        String javadoc = "/**\n * Text.\n *\n * <pre>{@code\n * int a = 1;\n * }</pre>\n */\npublic final class X {";
        Matcher example = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL)
                .matcher(typeJavadoc(javadoc, "X"));
        assertTrue(example.find());
        assertEquals("int a = 1;", normalize(example.group(1).replaceAll("(?m)^ \\* ?", "")));
        assertThrows(AssertionError.class, () -> typeJavadoc("public final class X {", "X"));
    }

    /** The javadoc comment right before a type's declaration. */
    private static String typeJavadoc(String source, String name) {
        Matcher declaration = Pattern.compile("\\n(@API\\([^\\n]*\\)\\n)?public [a-z ]*(class|record|interface|enum) "
                + name + "\\b").matcher(source);
        assertTrue(declaration.find(), "no declaration of " + name);
        int end = source.lastIndexOf("*/", declaration.start());
        int start = source.lastIndexOf("/**", end);
        assertTrue(start >= 0 && end > start, "no javadoc before " + name);
        return source.substring(start, end + 2);
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static Path rules(String... path) {
        Path p = Path.of("src", "main", "java", "io", "github", "xenpool", "rules");
        for (int i = 0; i < path.length - 1; i++) {
            p = p.resolve(path[i]);
        }
        return p.resolve(path[path.length - 1] + ".java");
    }

    private static Path testkit(String name) {
        return Path.of("..", "pool-testkit", "src", "main", "java", "io", "github", "xenpool", "testkit", name + ".java");
    }
}
