package io.github.xenpool.rules.bench;

import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import java.util.BitSet;
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
 * FeatureSet against java.util.BitSet doing the same on the same bits: two real 19-word
 * featuresets (Sapphire Rapids and Cascade Lake). The BitSet methods are the baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class FeatureSetBenchmark {

    private FeatureSet newer;
    private FeatureSet older;
    private FeatureSet olderCopy;
    private BitSet newerBits;
    private BitSet olderBits;
    private BitSet olderBitsCopy;

    /** Loads the two CPUs. */
    @Setup
    public void setUp() {
        newer = CpuCatalog.shipped().model("SapphireRapids").features().withWordCount(19);
        older = CpuCatalog.shipped().model("Cascadelake-Server").features().withWordCount(19);
        olderCopy = FeatureSet.parse(older.toString());
        newerBits = bits(newer);
        olderBits = bits(older);
        olderBitsCopy = (BitSet) olderBits.clone();
    }

    private static BitSet bits(FeatureSet set) {
        BitSet bits = new BitSet(set.wordCount() * 32);
        set.indices().forEach(bits::set);
        return bits;
    }

    /**
     * FeatureSet intersection.
     *
     * @return the intersection
     */
    @Benchmark
    public FeatureSet intersectFeatureSet() {
        return newer.intersect(older);
    }

    /**
     * BitSet intersection: a copy of one set, and-ed with the other (BitSet's and is in place).
     *
     * @return the intersection
     */
    @Benchmark
    public BitSet intersectBitSet() {
        BitSet result = (BitSet) newerBits.clone();
        result.and(olderBits);
        return result;
    }

    /**
     * FeatureSet subset test.
     *
     * @return whether older is a subset of newer
     */
    @Benchmark
    public boolean subsetFeatureSet() {
        return older.isSubsetOf(newer);
    }

    /**
     * BitSet subset test, the usual way: older minus newer is empty.
     *
     * @return whether older is a subset of newer
     */
    @Benchmark
    public boolean subsetBitSet() {
        BitSet rest = (BitSet) olderBits.clone();
        rest.andNot(newerBits);
        return rest.isEmpty();
    }

    /**
     * FeatureSet equality of equal sets.
     *
     * @return true
     */
    @Benchmark
    public boolean equalsFeatureSet() {
        return older.equals(olderCopy);
    }

    /**
     * BitSet equality of equal sets.
     *
     * @return true
     */
    @Benchmark
    public boolean equalsBitSet() {
        return olderBits.equals(olderBitsCopy);
    }
}
