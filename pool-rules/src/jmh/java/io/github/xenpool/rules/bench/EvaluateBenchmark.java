package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code xenServer56().evaluate} of a compliant host against a 16-host pool (with a context that
 * allows 64 hosts, so that every rule passes), against {@link #ifChain()}, the same checks
 * written by hand as a chain of ifs: the baseline. {@link #evaluateBrokenHost()} measures
 * building a report with a violation of most rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluateBenchmark {

    private RuleSet rules;
    private JoinContext context;
    private Pool pool;
    private Host compliant;
    private Host broken;

    /** Builds the 16-host pool and the candidates. */
    @Setup
    public void setUp() {
        rules = RuleSets.xenServer56();
        context = rules.defaultContext().withMaxPoolSize(64);
        Pool.Builder builder = SamplePools.enterpriseIntelPool().toBuilder();
        for (int i = 3; i < 16; i++) {
            Host candidate = SamplePools.compliantCandidate();
            builder.secondary(candidate.toBuilder().hostname("xs-" + (20 + i))
                    .managementInterface(candidate.managementInterface().toBuilder().ipAddress("192.0.2." + (100 + i))
                            .build())
                    .id(String.format("1f0e6b8a-4c2d-4e5f-8a9b-0c1d2e3f%04d", i)).build());
        }
        pool = builder.build();
        compliant = SamplePools.compliantCandidate();
        broken = SamplePools.troubledCandidate().toBuilder()
                .clock(Duration.ofSeconds(90), false)
                .software(SamplePools.troubledCandidate().software().toBuilder().productVersion("5.5.0").build())
                .storageRepository(StorageRepository.sharedNfs("9d8c7b6a-5f4e-4d3c-8b2a-190817161514",
                        "filer2.example.com").build())
                .build();
        if (rules.evaluate(pool, compliant, context).verdict() != Verdict.ALLOWED || !ifChain()) {
            throw new IllegalStateException("the all-pass path does not pass");
        }
        if (rules.evaluate(pool, broken, context).blockers().size() < 9) {
            throw new IllegalStateException("the broken host should break most rules");
        }
    }

    /**
     * The rule set on the all-pass path.
     *
     * @return the report
     */
    @Benchmark
    public JoinReport evaluateCompliantHost() {
        return rules.evaluate(pool, compliant, context);
    }

    /**
     * The same checks as a hand-written chain of ifs, answering only yes or no.
     *
     * @return whether the host may join
     */
    @Benchmark
    public boolean ifChain() {
        Host host = compliant;
        Host master = pool.master();
        if (pool.size() >= context.maxPoolSize() || pool.haEnabled() || !host.membership().isFree()
                || pool.member(host.id()).isPresent()) {
            return false;
        }
        if (!host.cpu().vendor().equals(master.cpu().vendor()) || host.cpu().physicalFeatures().isEmpty()
                || pool.cpuLevel().isEmpty() || !host.cpu().physicalFeatures().get()
                        .equalsUnderMask(pool.cpuLevel().get().features(), pool.cpuFeatureMask())) {
            return false;
        }
        if (!host.cpu().virtualizationEnabled().orElse(false) && pool.hasHvmVms()) {
            return false;
        }
        if (!host.managementInterface().addressing().map(a -> a.isStable()).orElse(false)
                || host.managementInterface().bonded().orElse(true)) {
            return false;
        }
        Optional<String> address = host.managementInterface().ipAddress();
        if (address.isEmpty() || !pool.managementAddressesKnown()
                || pool.memberWithAddress(address.get()).isPresent()) {
            return false;
        }
        if (host.clock().isEmpty() || host.clock().get().skew().compareTo(context.clockTolerance()) > 0) {
            return false;
        }
        for (Vm vm : host.vms()) {
            if (vm.powerState() != PowerState.HALTED || vm.isBusy()) {
                return false;
            }
        }
        for (StorageRepository sr : host.storage()) {
            if (sr.shared()) {
                return false;
            }
        }
        if (host.software().productVersion().isEmpty()
                || !host.software().productVersion().equals(master.software().productVersion())
                || host.software().hotfixes().isEmpty()
                || !host.software().hotfixes().equals(master.software().hotfixes())
                || !host.software().supplementalPacks().equals(master.software().supplementalPacks())) {
            return false;
        }
        Optional<LicenceEdition> edition = pool.edition();
        return edition.isPresent() && host.licence().equals(edition) && pool.hasSharedStorage()
                && pool.sharedStorage().stream().allMatch(sr -> sr.server().map(s -> s.addressing().map(a -> a.isStable()).orElse(false))
                        .orElse(true));
    }

    /**
     * The rule set on a host that breaks most rules: the cost of building a full report.
     *
     * @return the report
     */
    @Benchmark
    public JoinReport evaluateBrokenHost() {
        return rules.evaluate(pool, broken, context);
    }
}
