package io.github.xenpool.rules.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuModel;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.Hosts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every ordered pair of libvirt CPU models that have a vendor: a one-host Enterprise pool of the
 * first, and a candidate of the second with full masking support, under XenServer 5.6 rules.
 */
class RealCpuPairsTest {

    private static final RuleSet RULES = RuleSets.xenServer56();
    private static final FeatureSet MASK = Pool.DEFAULT_CPU_FEATURE_MASK;
    private static final StorageRepository NFS = StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
            "nfs01.example.com").build();

    private static Host host(CpuModel model, int index) {
        return Hosts.known("cpu-" + index, "10.0." + index / 256 + "." + index % 256)
                .cpu(model.toCpuBuilder().maskingSupport(MaskingSupport.FULL).build())
                .build();
    }

    @Test
    void everyPairOfRealModelsGetsTheVerdictTheFeatureSetsCallFor() {
        List<CpuModel> models = CpuCatalog.shipped().models().stream().filter(m -> m.vendor().isPresent())
                .collect(Collectors.toList());
        List<Host> hosts = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            hosts.add(host(models.get(i), i));
            pools.add(Pool.builder().name("pool-" + i).master(hosts.get(i)).sharedStorageRepository(NFS).build());
        }
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        int[] verdicts = new int[Verdict.values().length];
        for (int a = 0; a < models.size(); a++) {
            for (int b = 0; b < models.size(); b++) {
                if (a == b) {
                    continue;
                }
                pairs++;
                CpuModel poolModel = models.get(a);
                CpuModel hostModel = models.get(b);
                JoinReport report = RULES.evaluate(pools.get(a), hosts.get(b));
                verdicts[report.verdict().ordinal()]++;
                String problem = check(poolModel, hostModel, report);
                if (problem != null) {
                    wrong.add(poolModel.name() + " <- " + hostModel.name() + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), wrong.stream().limit(20).toList(), wrong.size() + " of " + pairs + " pairs are wrong");
        assertEquals(131 * 130, pairs);
        // The data holds all three outcomes in quantity, so the check above is not vacuous.
        for (Verdict verdict : Verdict.values()) {
            assertEquals(true, verdicts[verdict.ordinal()] > 500, verdict + ": " + verdicts[verdict.ordinal()]);
        }
    }

    /** Returns what is wrong with the report, or null. */
    private static String check(CpuModel poolModel, CpuModel hostModel, JoinReport report) {
        if (!poolModel.vendor().equals(hostModel.vendor())) {
            return report.verdict() == Verdict.BLOCKED && report.blockers().size() == 1
                    && report.hasViolation(CpuRules.VENDOR) ? null : "expected only cpu.vendor, got " + ids(report);
        }
        FeatureSet poolLevel = poolModel.features().intersect(MASK);
        FeatureSet hostLevel = hostModel.features().intersect(MASK);
        if (poolLevel.equals(hostLevel)) {
            return report.verdict() == Verdict.ALLOWED && report.violations().isEmpty() ? null
                    : "expected ALLOWED, got " + report.verdict() + " " + ids(report);
        }
        if (poolLevel.isSubsetOf(hostLevel)) {
            if (report.verdict() != Verdict.ALLOWED_WITH_MASKING) {
                return "expected ALLOWED_WITH_MASKING, got " + report.verdict() + " " + ids(report);
            }
            FeatureSet hidden = report.maskingPlan().orElseThrow().hidden();
            return hidden.equals(hostLevel.minus(poolLevel)) ? null : "hid " + hidden;
        }
        if (report.verdict() != Verdict.BLOCKED || report.blockers().size() != 1) {
            return "expected BLOCKED by cpu.features alone, got " + report.verdict() + " " + ids(report);
        }
        Violation blocker = report.blockers().get(0);
        ViolationDetails.CpuFeatures details = (ViolationDetails.CpuFeatures) blocker.details();
        List<String> missing = FeatureCatalog.x86().names(poolLevel.minus(hostLevel));
        return blocker.ruleId().equals(CpuRules.FEATURES) && details.missingNames().equals(missing)
                && blocker.message().contains(String.join(", ", missing)) ? null
                : "expected cpu.features naming " + missing + ", got " + blocker.message();
    }

    private static String ids(JoinReport report) {
        return report.violations().stream().map(Violation::ruleId).collect(Collectors.joining(",", "[", "]"));
    }
}
