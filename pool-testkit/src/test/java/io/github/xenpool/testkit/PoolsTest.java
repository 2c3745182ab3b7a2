package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PoolsTest {

    @Test
    void homogeneousPoolsHaveOneCpuAndStayWithinTheirSize() {
        qt(200).forAll(Pools.homogeneous(1, 16)).check(pool -> pool.size() >= 1 && pool.size() <= 16
                && pool.members().stream().map(h -> h.cpu()).distinct().count() == 1);
    }

    @Test
    void heterogeneousPoolsExposeOneLevelUnderTheMaskOverDifferentHardware() {
        AtomicReference<Boolean> sawDifferentHardware = new AtomicReference<>(false);
        qt(200).forAll(Pools.heterogeneous(2, 8)).check(pool -> {
            FeatureMask mask = pool.cpuFeatureMask();
            FeatureSet level = mask.apply(pool.master().cpu().features().orElseThrow());
            Set<FeatureSet> physical = new HashSet<>();
            for (Host host : pool.members()) {
                physical.add(host.cpu().physicalFeatures().orElseThrow());
                if (!mask.apply(host.cpu().features().orElseThrow()).equals(level)) {
                    return false;
                }
            }
            if (physical.size() > 1) {
                sawDifferentHardware.set(true);
            }
            return pool.size() >= 2 && pool.size() <= 8;
        });
        assertTrue(sawDifferentHardware.get(), "some generated pools mix CPU generations");
    }

    @Test
    void haIsOnlyEnabledWithSharedStorage() {
        qt(300).forAll(Pools.any(1, 6)).check(pool -> !pool.haEnabled() || pool.hasSharedStorage());
    }

    @Test
    void aFalsePropertyOverPoolsShrinksToAPoolOfAtMostTwoHosts() {
        // "No pool has a secondary" is false; the smallest counterexample has two hosts.
        AtomicInteger smallest = new AtomicInteger(Integer.MAX_VALUE);
        AssertionError failure = assertThrows(AssertionError.class, () -> qt(200).withShrinkCycles(2_000)
                .forAll(Pools.any(1, 16))
                .check(pool -> {
                    boolean holds = pool.secondaries().isEmpty();
                    if (!holds) {
                        smallest.accumulateAndGet(pool.size(), Math::min);
                    }
                    return holds;
                }));
        assertTrue(failure.getMessage().contains("falsified"), failure.getMessage());
        assertTrue(smallest.get() <= 2, "shrank to " + smallest.get() + " hosts");
        assertTrue(failure.getMessage().contains("secondaries [pool-"), "reports the pool: " + failure.getMessage());
    }

    @Test
    void badSizesFailAtConstructionNamingThem() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> Pools.homogeneous(-1, 4));
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> Pools.homogeneous(1, 17));
        assertThrows(IllegalArgumentException.class, () -> Pools.homogeneous(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Pools.heterogeneous(1, 4));
        assertTrue(negative.getMessage().contains("minSize -1"), negative.getMessage());
        assertTrue(tooBig.getMessage().contains("maxSize 17"), tooBig.getMessage());
    }
}
