package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.sets.RuleSets;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user compiles against pool-core and pool-rules with what Maven gives them: apiguardian comes
 * along as a compile dependency, so the {@code @API} marks compile cleanly, even with warnings as
 * errors.
 *
 * <p>A user who excludes apiguardian still compiles: javac then warns that it cannot find the
 * enum constants of {@code @API}'s status, even without {@code -Xlint}, and nothing else.
 */
class CompilingAgainstTheApiTest {

    private static final String PREFLIGHT = """
            import io.github.xenpool.core.Host;
            import io.github.xenpool.core.Pool;
            import io.github.xenpool.core.cpu.FeatureSet;
            import io.github.xenpool.rules.JoinReport;
            import io.github.xenpool.rules.Verdict;
            import io.github.xenpool.rules.Violation;
            import io.github.xenpool.rules.sets.RuleSets;

            class Preflight {
                static boolean mayJoin(Pool pool, Host host) {
                    JoinReport report = RuleSets.xenServer56().evaluate(pool, host);
                    for (Violation violation : report.violations()) {
                        System.out.println(violation.ruleId() + " " + violation.severity() + " " + violation.subject());
                    }
                    return report.verdict() != Verdict.BLOCKED
                            && FeatureSet.parse("0000000f").isSubsetOf(FeatureSet.parse("0000001f"));
                }
            }
            """;

    @Test
    void withoutApiguardianTheUserCompilesAndIsWarnedOnlyAboutTheMissingAnnotation(@TempDir Path work)
            throws IOException {
        Compilation compilation = compile(classPath(false), List.of(), work);

        assertEquals(0, compilation.exitCode(), compilation::output);
        List<String> otherThanApiguardian = compilation.output().lines()
                .filter(line -> line.contains("error") || line.contains("warning:"))
                .filter(line -> !line.contains("org.apiguardian.api.API") && !line.contains("unknown enum constant Status."))
                .collect(Collectors.toList());
        assertEquals(List.of(), otherThanApiguardian);
    }

    @Test
    void withApiguardianTheUserCompilesWithoutAnyWarningEvenWhenWarningsAreErrors(@TempDir Path work)
            throws IOException {
        Compilation compilation = compile(classPath(true), List.of("-Xlint:all", "-Werror"), work);

        assertEquals(0, compilation.exitCode(), compilation::output);
        assertEquals("", compilation.output());
    }

    private record Compilation(int exitCode, String output) {
    }

    private static Compilation compile(String classPath, List<String> extraOptions, Path work) throws IOException {
        Path source = Files.writeString(work.resolve("Preflight.java"), PREFLIGHT);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none",
                "-classpath", classPath, "-d", work.resolve("classes").toString()));
        arguments.addAll(extraOptions);
        arguments.add(source.toString());
        StringWriter output = new StringWriter();
        try (PrintWriter writer = new PrintWriter(output)) {
            ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
            int exitCode = javac.run(writer, writer, arguments.toArray(String[]::new));
            writer.flush();
            return new Compilation(exitCode, output.toString());
        }
    }

    /** What a Maven user of pool-rules has at compile time: its dependencies, apiguardian only if asked. */
    private static String classPath(boolean withApiguardian) {
        Stream<Class<?>> fromEachArtifact = Stream.of(Pool.class, RuleSets.class, Either.class, Valid.class,
                HibernateValidator.class);
        if (withApiguardian) {
            fromEachArtifact = Stream.concat(fromEachArtifact, Stream.of(API.class));
        }
        return fromEachArtifact.map(CompilingAgainstTheApiTest::locationOf).distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
