package io.github.xenpool.rules.bench;

import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.FeatureCatalog;
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
 * featuresets (Sapphire Rapids and Cascade Lake). Each FeatureSet method has its BitSet baseline
 * next to it; BitSet changes in place, so an operation that makes a set clones one operand first.
 * Before measuring, the set-up checks that every pair answers alike.
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
    private int feature;

    /** Loads the two CPUs and checks that both representations answer alike. */
    @Setup
    public void setUp() {
        newer = CpuCatalog.shipped().model("SapphireRapids").features().withWordCount(19);
        older = CpuCatalog.shipped().model("Cascadelake-Server").features().withWordCount(19);
        olderCopy = FeatureSet.parse(older.toString());
        newerBits = bits(newer);
        olderBits = bits(older);
        olderBitsCopy = (BitSet) olderBits.clone();
        feature = FeatureCatalog.x86().feature("avx512f").featuresetIndex().getAsInt();
        check("intersect", bits(intersectFeatureSet()).equals(intersectBitSet()));
        check("union", bits(unionFeatureSet()).equals(unionBitSet()));
        check("minus", bits(minusFeatureSet()).equals(minusBitSet()));
        check("isSubsetOf", subsetFeatureSet() == subsetBitSet() && subsetFeatureSet());
        check("equals", equalsFeatureSet() && equalsBitSet());
        check("contains", containsFeatureSet() == containsBitSet());
        check("size", sizeFeatureSet() == sizeBitSet());
        check("hashCode", newer.hashCode() == FeatureSet.parse(newer.toString() + "-00000000").hashCode());
    }

    private static void check(String operation, boolean agrees) {
        if (!agrees) {
            throw new IllegalStateException(operation + ": FeatureSet and BitSet answer differently");
        }
    }

    private static BitSet bits(FeatureSet set) {
        BitSet bits = new BitSet(set.wordCount() * FeatureSet.BITS_PER_WORD);
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
     * FeatureSet union.
     *
     * @return the union
     */
    @Benchmark
    public FeatureSet unionFeatureSet() {
        return newer.union(older);
    }

    /**
     * BitSet union: a copy of one set, or-ed with the other.
     *
     * @return the union
     */
    @Benchmark
    public BitSet unionBitSet() {
        BitSet result = (BitSet) newerBits.clone();
        result.or(olderBits);
        return result;
    }

    /**
     * FeatureSet difference.
     *
     * @return the features of newer that older lacks
     */
    @Benchmark
    public FeatureSet minusFeatureSet() {
        return newer.minus(older);
    }

    /**
     * BitSet difference: a copy of one set, and-not-ed with the other.
     *
     * @return the features of newer that older lacks
     */
    @Benchmark
    public BitSet minusBitSet() {
        BitSet result = (BitSet) newerBits.clone();
        result.andNot(olderBits);
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

    /**
     * FeatureSet hash code.
     *
     * @return the hash code
     */
    @Benchmark
    public int hashCodeFeatureSet() {
        return newer.hashCode();
    }

    /**
     * BitSet hash code.
     *
     * @return the hash code
     */
    @Benchmark
    public int hashCodeBitSet() {
        return newerBits.hashCode();
    }

    /**
     * FeatureSet membership of one feature.
     *
     * @return whether older has avx512f
     */
    @Benchmark
    public boolean containsFeatureSet() {
        return older.contains(feature);
    }

    /**
     * BitSet membership of one feature.
     *
     * @return whether older has avx512f
     */
    @Benchmark
    public boolean containsBitSet() {
        return olderBits.get(feature);
    }

    /**
     * FeatureSet feature count.
     *
     * @return the number of features of newer
     */
    @Benchmark
    public int sizeFeatureSet() {
        return newer.size();
    }

    /**
     * BitSet feature count.
     *
     * @return the number of features of newer
     */
    @Benchmark
    public int sizeBitSet() {
        return newerBits.cardinality();
    }
}
