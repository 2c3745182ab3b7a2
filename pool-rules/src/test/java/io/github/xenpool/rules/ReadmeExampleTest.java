package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.Masking;
import io.github.xenpool.core.cpu.MaskingPlan;
import io.github.xenpool.core.cpu.MaskingSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of README.md. Each example's code sits here between markers and must be
 * exactly the code block that follows its marker in README.md.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "io", "github", "xenpool", "rules",
            "ReadmeExampleTest.java");

    @Test
    void usageExamplePrintsWhatTheReadmeSays() {
        String printed = captureOutput(() -> {
            // example: usage
            CpuCatalog cpus = CpuCatalog.shipped();
            Host master = Host.builder()
                    .hostname("xs-01")
                    .cpu(cpus.realHost("Xeon-E5-2650").toCpuBuilder().maskingSupport(MaskingSupport.FULL).build())
                    .licence(LicenceEdition.ENTERPRISE)
                    .build();
            Pool pool = Pool.builder().name("prod").master(master).build();

            Cpu newer = cpus.realHost("Xeon-E5-2650-v3").toCpuBuilder().maskingSupport(MaskingSupport.FULL).build();
            MaskingPlan plan = Masking.plan(newer.maskingSupport(), newer.physicalFeatures(),
                    pool.cpuFeatureLevel(), pool.cpuFeatureMask());

            System.out.println(plan.outcome());                                // MASK
            System.out.println(FeatureCatalog.x86().describe(plan.hidden()));  // fma, movbe, f16c, rdrand, abm
            System.out.println(newer.maskedTo(pool.cpuFeatureLevel(), pool.cpuFeatureMask()).isMasked()); // true
            // end of example
        });

        assertEquals(List.of("MASK", "fma, movbe, f16c, rdrand, abm", "true"), printed.lines().toList());
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

    private static String captureOutput(Runnable example) {
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
