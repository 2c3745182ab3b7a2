package io.github.xenpool.rules.bench;

import static org.quicktheories.QuickTheory.qt;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Softwares;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quicktheories.core.Gen;

/**
 * The joins the benchmarks measure: compliant cases of the testkit drawn with a fixed seed, and
 * the same pools grown to a given size with copies of their master.
 */
final class JoinFixtures {

    /** The seed every case is drawn with, so that each run measures the same join. */
    static final long SEED = 20_240_611L;

    private JoinFixtures() {
    }

    /**
     * A compliant case of pools that run one xapi release.
     *
     * @param xapiRelease one of {@link Softwares#XAPI_RELEASES}
     * @return the case
     */
    static JoinCase compliant(String xapiRelease) {
        return draw(JoinCases.compliant(xapiRelease));
    }

    /**
     * A compliant case of pools that run XenServer 5.x or 6.x.
     *
     * @return the case
     */
    static JoinCase compliantXenServer5And6() {
        return draw(JoinCases.compliant(Softwares.xenServer5And6()));
    }

    /** The first value the generator gives for the fixed seed. */
    private static <T> T draw(Gen<T> gen) {
        List<T> drawn = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(1).withShrinkCycles(0).forAll(gen).checkAssert(drawn::add);
        return drawn.get(0);
    }

    /**
     * The pool with its master and {@code size - 1} copies of it as its secondaries: each copy with
     * an id, host name, database reference and management address of its own.
     *
     * @param pool the pool
     * @param size the number of hosts wanted, at least 1
     * @return the grown pool
     */
    static Pool grown(Pool pool, int size) {
        Host master = pool.master();
        Pool.Builder grown = pool.toBuilder().secondaries(List.of());
        for (int i = 1; i < size; i++) {
            String name = pool.name() + "-copy-" + i;
            grown.secondary(master.toBuilder()
                    .id(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString())
                    .hostname(name)
                    .xapiReference("OpaqueRef:" + UUID.nameUUIDFromBytes(("ref-" + name)
                            .getBytes(StandardCharsets.UTF_8)))
                    .managementInterface(master.managementInterface().toBuilder()
                            .ipAddress("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)).build())
                    .build());
        }
        return grown.build();
    }
}
