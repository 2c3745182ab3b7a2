package io.github.xenpool.rules.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.Hosts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every ordered pair of libvirt CPU models of one vendor: a one-host Enterprise pool of the
 * first, and a candidate of the second with full masking support, under XenServer 5.6 rules and
 * the default mask. The expectation is worked out here, bit by bit, from the TSV files the data
 * ships in, without the library's catalog or feature-set code: the default mask hides EST
 * (featureset index 39) and compares every other feature of every word.
 */
class RealCpuPairsTest {

    private static final String DATA = "/io/github/xenpool/core/cpu/";
    private static final int EST = 39;
    private static final RuleSet RULES = RuleSets.xenServer56();
    private static final StorageRepository NFS = StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
            "nfs01.example.com").server("nfs01.example.com", Addressing.STATIC).build();

    /** A model as the TSV has it. */
    private record Model(String name, String vendor, String words, BitSet bits) {
    }

    private static final List<Model> MODELS = readModels();
    private static final Map<Integer, String> NAMES = readFeatureNames();

    @Test
    void everyPairOfSameVendorModelsGetsTheVerdictAndTheFeaturesItsBitsCallFor() {
        List<Host> hosts = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        for (int i = 0; i < MODELS.size(); i++) {
            hosts.add(host(MODELS.get(i), i));
            pools.add(Pool.builder().name("pool-" + i).master(hosts.get(i)).sharedStorageRepository(NFS).build());
        }
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        int[] verdicts = new int[Verdict.values().length];
        int beyondFourthWord = 0;
        for (int a = 0; a < MODELS.size(); a++) {
            for (int b = 0; b < MODELS.size(); b++) {
                if (a == b || !MODELS.get(a).vendor().equals(MODELS.get(b).vendor())) {
                    continue;
                }
                pairs++;
                JoinReport report = RULES.evaluate(pools.get(a), hosts.get(b));
                verdicts[report.verdict().ordinal()]++;
                BitSet difference = compared(MODELS.get(a).bits());
                difference.xor(compared(MODELS.get(b).bits()));
                if (difference.nextSetBit(128) >= 0) {
                    beyondFourthWord++;
                }
                String problem = check(MODELS.get(a), MODELS.get(b), report);
                if (problem != null) {
                    wrong.add(MODELS.get(a).name() + " <- " + MODELS.get(b).name() + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), wrong.stream().limit(20).collect(Collectors.toList()),
                wrong.size() + " of " + pairs + " pairs are wrong");
        assertEquals(98 * 97 + 30 * 29 + 3 * 2, pairs, "every ordered pair of Intel, AMD and Hygon models");
        // The data holds every verdict in quantity, and many pairs differ only past the fourth
        // word, so the check above is not vacuous.
        for (Verdict verdict : Verdict.values()) {
            assertTrue(verdicts[verdict.ordinal()] >= 100, verdict + ": " + verdicts[verdict.ordinal()]);
        }
        assertTrue(beyondFourthWord > 5_000, "pairs that differ beyond the fourth word: " + beyondFourthWord);
    }

    @Test
    void aHaswellWithoutTsxCannotJoinAHaswellPool() {
        JoinReport report = join("Haswell", "Haswell-noTSX");

        assertEquals(Verdict.BLOCKED, report.verdict());
        assertEquals(List.of("hle", "rtm"), details(report.blockers().get(0)).missingNames());
    }

    @Test
    void aSapphireRapidsLacksStibpOfACooperlakePool() {
        JoinReport report = join("Cooperlake", "SapphireRapids");

        assertEquals(Verdict.BLOCKED, report.verdict());
        assertTrue(details(report.blockers().get(0)).missingNames().contains("stibp"),
                report.blockers().get(0).message());
    }

    @Test
    void aNehalemWithIbrsHidesSpecCtrlToJoinANehalemPool() {
        JoinReport report = join("Nehalem", "Nehalem-IBRS");

        assertEquals(Verdict.ALLOWED_WITH_MASKING, report.verdict());
        assertEquals(List.of("spec-ctrl"), report.maskingPlan().orElseThrow().hiddenNames());
        assertEquals(FeatureSet.EMPTY, report.removedFromCpuLevel());
    }

    private static JoinReport join(String poolModel, String hostModel) {
        Host master = host(model(poolModel), 0);
        Pool pool = Pool.builder().name("pool").master(master).sharedStorageRepository(NFS).build();
        return RULES.evaluate(pool, host(model(hostModel), 1));
    }

    private static Model model(String name) {
        return MODELS.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static ViolationDetails.CpuFeatures details(Violation violation) {
        return (ViolationDetails.CpuFeatures) violation.details();
    }

    /** Returns what is wrong with the report, or null. */
    private static String check(Model poolModel, Model hostModel, JoinReport report) {
        BitSet pool = compared(poolModel.bits());
        BitSet host = compared(hostModel.bits());
        BitSet missing = minus(pool, host);
        BitSet extra = minus(host, pool);
        if (missing.isEmpty() && extra.isEmpty()) {
            if (report.verdict() != Verdict.ALLOWED || !report.violations().isEmpty()) {
                return "expected ALLOWED, got " + report.verdict() + " " + ids(report);
            }
            // Only EST can differ: the level loses it when the pool has it and the host does not.
            BitSet removed = minus(poolModel.bits(), hostModel.bits());
            return names(removed).equals(names(report.removedFromCpuLevel())) ? null
                    : "expected the level to lose " + names(removed) + ", got " + names(report.removedFromCpuLevel());
        }
        if (missing.isEmpty()) {
            if (report.verdict() != Verdict.ALLOWED_WITH_MASKING) {
                return "expected ALLOWED_WITH_MASKING, got " + report.verdict() + " " + ids(report);
            }
            List<String> hidden = report.maskingPlan().orElseThrow().hiddenNames();
            BitSet exposed = minus(hostModel.bits(), extra);
            BitSet removed = minus(poolModel.bits(), exposed);
            if (!names(removed).equals(names(report.removedFromCpuLevel()))) {
                return "expected the level to lose " + names(removed) + ", got "
                        + names(report.removedFromCpuLevel());
            }
            return hidden.equals(names(extra)) ? null : "expected to hide " + names(extra) + ", hid " + hidden;
        }
        if (report.verdict() != Verdict.BLOCKED || report.blockers().size() != 1) {
            return "expected BLOCKED by cpu.features alone, got " + report.verdict() + " " + ids(report);
        }
        Violation blocker = report.blockers().get(0);
        List<String> expected = names(missing);
        return blocker.ruleId().equals(CpuRules.FEATURES) && details(blocker).missingNames().equals(expected)
                && blocker.message().contains(String.join(", ", expected)) ? null
                : "expected cpu.features naming " + expected + ", got " + blocker.message();
    }

    private static BitSet compared(BitSet bits) {
        BitSet copy = (BitSet) bits.clone();
        copy.clear(EST);
        return copy;
    }

    private static BitSet minus(BitSet a, BitSet b) {
        BitSet copy = (BitSet) a.clone();
        copy.andNot(b);
        return copy;
    }

    private static List<String> names(BitSet bits) {
        return bits.stream().mapToObj(i -> NAMES.getOrDefault(i, "#" + i)).collect(Collectors.toList());
    }

    private static List<String> names(FeatureSet set) {
        BitSet bits = new BitSet();
        set.indices().forEach(bits::set);
        return names(bits);
    }

    private static String ids(JoinReport report) {
        return report.violations().stream().map(Violation::ruleId).collect(Collectors.joining(",", "[", "]"));
    }

    private static Host host(Model model, int index) {
        Cpu cpu = Cpu.builder()
                .vendor(CpuVendor.valueOf(model.vendor().toUpperCase(Locale.ROOT)))
                .modelName(model.name())
                .physicalFeatures(FeatureSet.parse(model.words()))
                .maskingSupport(MaskingSupport.FULL)
                .virtualizationEnabled(true)
                .build();
        return Hosts.known("cpu-" + index, "10.0." + index / 256 + "." + index % 256).cpu(cpu)
                .licence(LicenceEdition.ENTERPRISE).build();
    }

    private static List<Model> readModels() {
        List<Model> models = new ArrayList<>();
        for (Map<String, String> row : readTsv("x86-cpu-models.tsv")) {
            if (row.get("vendor").equals("none")) {
                continue;
            }
            BitSet bits = new BitSet();
            String[] words = row.get("xen_featureset_words").split("-");
            for (int w = 0; w < words.length; w++) {
                long word = Long.parseLong(words[w], 16);
                for (int bit = 0; bit < 32; bit++) {
                    if ((word >>> bit & 1) != 0) {
                        bits.set(w * 32 + bit);
                    }
                }
            }
            models.add(new Model(row.get("model"), row.get("vendor"), row.get("xen_featureset_words"), bits));
        }
        return models;
    }

    private static Map<Integer, String> readFeatureNames() {
        Map<Integer, String> names = new TreeMap<>();
        for (Map<String, String> row : readTsv("x86-features.tsv")) {
            if (!row.get("xen_featureset_index").isEmpty()) {
                names.putIfAbsent(Integer.parseInt(row.get("xen_featureset_index")), row.get("feature"));
            }
        }
        return names;
    }

    private static List<Map<String, String>> readTsv(String file) {
        try (InputStream in = RealCpuPairsTest.class.getResourceAsStream(DATA + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toList());
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new TreeMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
