package io.github.xenpool.rules.cli;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.fleet.FleetMatcher;
import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.fleet.PoolMatch;
import io.github.xenpool.rules.json.FleetJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** xenpool fleet: for every host of a folder, the pools of another folder it can join. */
@Command(name = "fleet", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Matches a fleet of hosts against many pools: for every host, how many pools it can join and"
            + " the best of them, or, when it can join none, the closest pools and the rules that block it there.",
            "Every file of the folders is read, recognised by its content; files whose names begin with a dot are"
                + " left out. A host file whose records hold no pool record is taken as a standalone host."})
final class FleetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--pools", paramLabel = "<dir>", required = true, description = "The folder of the pools' files.")
    private Path pools;

    @Option(names = "--hosts", paramLabel = "<dir>", required = true, description = "The folder of the hosts' files.")
    private Path hosts;

    @Mixin
    private RuleSetChoice ruleSet;

    @Option(names = "--best", paramLabel = "N", defaultValue = "3",
            description = "How many pools to list per host. Default: ${DEFAULT-VALUE}.")
    private int best;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = {"How to print the matches: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}. json is"
                + " one document (xenpool.fleet), jsonl one line per host (xenpool.fleet.host)."})
    private OutputFormat format;

    @Mixin
    private Verbosity verbosity;

    /** The formats of fleet's output. */
    enum OutputFormat {
        text, json, jsonl
    }

    @Override
    public Integer call() {
        if (best < 1) {
            throw new ParameterException(spec.commandLine(), "--best must be at least 1, got " + best);
        }
        RuleSet rules = ruleSet.resolve(spec.commandLine());
        Map<String, Path> poolFiles = new LinkedHashMap<>();
        List<Pool> fleetPools = new ArrayList<>();
        for (Path file : files(pools, "--pools")) {
            Pool pool = PoolData.pool(file).value();
            Path other = poolFiles.putIfAbsent(pool.id(), file);
            if (other != null) {
                throw new BadInputException(file + ": holds pool " + pool.id() + " again, as " + other + " does;"
                        + " give each pool once");
            }
            fleetPools.add(pool);
        }
        List<Host> fleetHosts = new ArrayList<>();
        for (Path file : files(hosts, "--hosts")) {
            fleetHosts.addAll(PoolData.hosts(file));
        }
        FleetMatcher matcher = FleetMatcher.of(rules, rules.defaultContext(), best, fleetPools);
        PrintWriter out = spec.commandLine().getOut();
        try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "matching", fleetHosts.size());
             Stream<HostMatches> matches = matcher.match(fleetHosts.stream()).peek(match -> progress.step())) {
            switch (format) {
                case json:
                    FleetJson.write(rules.name(), fleetPools.size(), matches, out);
                    break;
                case jsonl:
                    FleetJson.writeLines(rules.name(), fleetPools.size(), matches, out);
                    break;
                default:
                    printTable(out, rules, fleetPools.size(), fleetHosts, matches);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Xenpool.ALLOWED;
    }

    private static void printTable(PrintWriter out, RuleSet rules, int pools, List<Host> fleetHosts,
            Stream<HostMatches> matches) {
        int width = Math.max(4, fleetHosts.stream().mapToInt(host -> host.hostname().length()).max().orElse(0));
        out.println("Fleet: " + ImportSummary.count(fleetHosts.size(), "host") + " against "
                + ImportSummary.count(pools, "pool") + ", rule set " + rules.name() + ".");
        out.println();
        out.println(pad("HOST", width) + "  POOLS  BEST POOLS, OR THE CLOSEST AND WHAT BLOCKS THE HOST THERE");
        Iterator<HostMatches> each = matches.iterator();
        while (each.hasNext()) {
            printRow(out, each.next(), width);
        }
    }

    private static void printRow(PrintWriter out, HostMatches match, int width) {
        List<String> lines = new ArrayList<>();
        for (PoolMatch pool : match.best()) {
            lines.add(pool.poolName() + ": " + pool.verdict() + (pool.hiddenFeatures() > 0
                    ? ", hides " + ImportSummary.count(pool.hiddenFeatures(), "CPU feature") : "")
                    + ", " + ImportSummary.count(pool.freeSlots(), "free slot"));
        }
        for (PoolMatch pool : match.closest()) {
            lines.add("closest " + pool.poolName() + ": blocked by " + String.join(", ", pool.blockingRules()));
        }
        if (lines.isEmpty()) {
            lines.add("no pool");
        }
        String joinable = String.valueOf(match.joinablePools());
        for (int i = 0; i < lines.size(); i++) {
            out.println(i == 0 ? pad(match.hostname(), width) + "  " + pad(joinable, 5) + "  " + lines.get(i)
                    : " ".repeat(width + 9) + lines.get(i));
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private List<Path> files(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": " + (Files.exists(dir) ? "is no folder" : "no such folder")
                    + "; " + option + " names a folder of files");
        }
        try (Stream<Path> listed = Files.list(dir)) {
            List<Path> files = listed.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().collect(Collectors.toList());
            if (files.isEmpty()) {
                throw new BadInputException(dir + ": holds no file; " + option + " names a folder of files");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
