package io.github.xenpool.rules.demo;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.sets.RuleSets;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo of README's first command: prints the embedded sample pools, then the pre-flight
 * report of every sample candidate against the Intel pool, under the XenServer 5.6 rules.
 */
public final class PreflightDemo {

    private static final int WIDTH = 100;
    private static final String UNKNOWN = "unknown";

    // Held so that the level set below is not lost when the logger is garbage collected.
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private PreflightDemo() {
    }

    /**
     * Prints the sample pools to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Keep the validator's start-up banner out of the demo's output.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        print(System.out);
    }

    /**
     * Prints the sample pools and the reports of the sample candidates.
     *
     * @param out where to print
     */
    public static void print(PrintStream out) {
        Objects.requireNonNull(out, "out");
        for (Pool pool : SamplePools.all()) {
            out.print(describe(pool));
            out.println();
        }
        Pool pool = SamplePools.enterpriseIntelPool();
        RuleSet rules = RuleSets.xenServer56();
        JoinContext context = rules.defaultContext().withLicenceServer(SamplePools.licenceServer());
        out.println("Pre-flight checks against pool " + Text.name(pool.name()) + " (rules " + rules.name()
                + ", licence server " + SamplePools.licenceServer().address() + ")");
        for (Host candidate : SamplePools.candidates()) {
            out.println("=".repeat(WIDTH));
            out.print(rules.evaluate(pool, candidate, context).render());
        }
    }

    /**
     * Describes a pool for a terminal, at most {@value #WIDTH} columns wide.
     *
     * @param pool the pool
     * @return the lines, each ending in a line break
     */
    public static String describe(Pool pool) {
        Objects.requireNonNull(pool, "pool");
        StringBuilder text = new StringBuilder();
        text.append("Pool ").append(Text.name(pool.name())).append(" (").append(pool.id()).append(")\n");
        text.append("  status ").append(pool.status()).append(", ")
                .append(pool.edition().map(LicenceEdition::displayName).orElse(UNKNOWN))
                .append(" edition, HA ").append(pool.haEnabled() ? "on" : "off").append(", ")
                .append(pool.size()).append(pool.size() == 1 ? " host\n" : " hosts\n");
        if (pool.sharedStorage().isEmpty()) {
            text.append("  shared storage: none (VMs cannot move between members until one is created)\n");
        }
        for (StorageRepository sr : pool.sharedStorage()) {
            text.append("  shared storage: ").append(Text.name(sr.name())).append(" [").append(sr.type()).append("]")
                    .append(sr.server().map(s -> " on " + s.address()).orElse("")).append('\n');
        }
        text.append("  members:\n");
        for (Host host : pool.members()) {
            String role = host == pool.master() ? "master   " : "secondary";
            text.append("    ").append(role).append(' ').append(Text.name(host.hostname()))
                    .append("  ").append(host.cpu().vendor().map(CpuVendor::displayName).orElse("unknown vendor"))
                    .append(' ').append(Text.name(host.cpu().modelName()))
                    .append('\n');
            text.append("              XenServer ").append(host.software().productVersion().map(String::valueOf)
                            .orElse(UNKNOWN))
                    .append(" build ").append(host.software().buildNumber().orElse(UNKNOWN))
                    .append(", ").append(host.licence().map(LicenceEdition::displayName).orElse(UNKNOWN + " edition"))
                    .append(", management ").append(host.managementInterface().ipAddress().orElse(UNKNOWN))
                    .append('\n');
        }
        text.append("  CPU feature mask: ").append(pool.cpuFeatureMask()).append('\n');
        FeatureCatalog catalog = FeatureCatalog.x86();
        pool.cpuLevel().ifPresentOrElse(level -> {
            text.append("  CPU level: ").append(level.describe()).append(":\n");
            for (String line : wrap(catalog.names(level.features()), WIDTH - 4)) {
                text.append("    ").append(line).append('\n');
            }
        }, () -> text.append("  CPU level: unknown (a member's CPU features are unknown)\n"));
        return text.toString();
    }

    private static List<String> wrap(List<String> words, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0 && line.length() + 2 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
