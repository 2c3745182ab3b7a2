package io.github.xenpool.rules.cpu;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuModel;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.lifecycle.PoolLifecycle;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.Hosts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.SourceDSL;

/**
 * CPU feature levelling against real CPUs: libvirt's baseline pairs and real generation chains,
 * joined by hosts of the levelling era under the levelling rule set.
 */
class LevellingRealDataTest {

    private static final PoolLifecycle LIFE = PoolLifecycle.of(RuleSets.levelling());
    private static final CpuCatalog CATALOG = CpuCatalog.shipped();
    private static final StorageRepository NFS = StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
            "nfs01.example.com").server("nfs01.example.com", Addressing.STATIC).build();

    /** The Intel chain from Nehalem to Sapphire Rapids, oldest first. */
    private static final List<String> INTEL_CHAIN = List.of("Nehalem", "Westmere", "SandyBridge", "IvyBridge",
            "Haswell", "Broadwell", "Skylake-Server", "Cascadelake-Server", "Icelake-Server", "SapphireRapids");

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /**
     * A host of the levelling era (XCP-ng 8.3) with every fact of a join given, on a management
     * address of its own.
     */
    private static Host host(String name, CpuModel cpu) {
        int n = ADDRESSES.incrementAndGet();
        return LevellingFixtures.levelled(Hosts.known(name, "10.0." + n / 256 % 256 + "." + n % 256)
                .cpu(cpu.toCpuBuilder().maskingSupport(MaskingSupport.FULL).virtualizationEnabled(true).build())
                .build());
    }

    private static Pool poolOf(Host master) {
        return LevellingFixtures.levelled(Pool.builder().name("pool-" + master.hostname()).master(master)
                .sharedStorageRepository(NFS).build());
    }

    static Stream<Map<String, String>> baselinePairs() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LevellingRealDataTest.class.getResourceAsStream("x86-baseline-checks.tsv"), StandardCharsets.UTF_8))) {
            String[] columns = in.readLine().split("\t", -1);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.length; i++) {
                    row.put(columns[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return rows.stream();
    }

    @Test
    void allThirteenBaselinePairsAreHere() throws IOException {
        assertEquals(13, baselinePairs().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselinePairs")
    void aTwoHostPoolIsLevelledToTheIntersectionOfItsHosts(Map<String, String> pair) {
        CpuModel first = CATALOG.realHost(pair.get("host1"));
        CpuModel second = CATALOG.realHost(pair.get("host2"));
        Pool pool = poolOf(host("first", first));

        JoinReport report = RuleSets.levelling().evaluate(pool, host("second", second));
        Pool joined = LIFE.join(pool, host("second", second)).get();

        FeatureSet intersection = first.features().intersect(second.features());
        assertEquals(intersection, joined.cpuLevel().orElseThrow().features());
        assertEquals(intersection, report.resultingCpuLevel().orElseThrow().features());
        FeatureSet lost = first.features().minus(second.features());
        List<Violation> warnings = report.warnings();
        if (lost.isEmpty()) {
            assertEquals(List.of(), warnings);
        } else {
            ViolationDetails.CpuLevelling details = (ViolationDetails.CpuLevelling) warnings.get(0).details();
            assertEquals(FeatureCatalog.x86().names(lost), details.lostNames());
            assertTrue(warnings.get(0).message().contains(FeatureCatalog.x86().describe(lost)));
        }
        assertTrue(report.verdict() == Verdict.ALLOWED, report.render());
    }

    @Test
    void levellingTheHostsLibvirtModelsContainsLibvirtsBaselineModel() throws IOException {
        int equal = 0;
        for (Map<String, String> pair : baselinePairs().toList()) {
            Pool pool = poolOf(host("first", CATALOG.model(pair.get("host1_model"))));
            FeatureSet level = LIFE.join(pool, host("second", CATALOG.model(pair.get("host2_model")))).get()
                    .cpuLevel().orElseThrow().features();
            FeatureSet baseline = CATALOG.model(pair.get("expected_model")).features();
            assertTrue(baseline.isSubsetOf(level), pair.get("label"));
            equal += baseline.equals(level) ? 1 : 0;
        }
        // Cooperlake+Icelake keeps one ARCH_CAPS bit that libvirt's named baseline model lacks.
        assertEquals(12, equal);
    }

    @Test
    void joiningAGenerationChainInAnyOrderLeadsToTheSameLevel() {
        FeatureSet expected = INTEL_CHAIN.stream().map(m -> CATALOG.model(m).features())
                .reduce(FeatureSet::intersect).orElseThrow();
        qt(60).forAll(SourceDSL.integers().all()).check(seed -> {
            List<String> order = new ArrayList<>(INTEL_CHAIN);
            Collections.shuffle(order, new java.util.Random(seed));
            Pool pool = poolOf(host("g0", CATALOG.model(order.get(0))));
            for (int i = 1; i < order.size(); i++) {
                pool = LIFE.join(pool, host("g" + i, CATALOG.model(order.get(i)))).get();
            }
            return pool.cpuLevel().orElseThrow().features().equals(expected) && pool.size() == INTEL_CHAIN.size();
        });
    }

    @Test
    void anOlderHostJoiningANewerPoolWarnsWithExactlyTheMissingFeatures() {
        for (int newer = 1; newer < INTEL_CHAIN.size(); newer++) {
            for (int older = 0; older < newer; older++) {
                CpuModel poolModel = CATALOG.model(INTEL_CHAIN.get(newer));
                CpuModel hostModel = CATALOG.model(INTEL_CHAIN.get(older));
                JoinReport report = RuleSets.levelling().evaluate(poolOf(host("new", poolModel)), host("old", hostModel));
                Violation warning = report.warnings().get(0);
                ViolationDetails.CpuLevelling details = (ViolationDetails.CpuLevelling) warning.details();

                assertEquals(Severity.WARNING, warning.severity());
                assertEquals(poolModel.features().minus(hostModel.features()), details.lost(),
                        hostModel.name() + " into " + poolModel.name());
                assertEquals(poolModel.features().intersect(hostModel.features()), details.newLevel());
                assertEquals(Verdict.ALLOWED, report.verdict());
            }
        }
    }

    @Test
    void ejectingTheLeastCapableHostRaisesTheLevelAgain() {
        Pool pool = poolOf(host("haswell", CATALOG.model("Haswell")));
        Pool withOld = LIFE.join(pool, host("nehalem", CATALOG.model("Nehalem"))).get();
        assertEquals(CATALOG.model("Haswell").features().intersect(CATALOG.model("Nehalem").features()),
                withOld.cpuLevel().orElseThrow().features());

        Pool raised = LIFE.eject(withOld, withOld.secondaries().get(0).id()).get().pool();

        assertEquals(CATALOG.model("Haswell").features(), raised.cpuLevel().orElseThrow().features());
    }
}
