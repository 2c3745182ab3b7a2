package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a join context holds, how it changes, and how it compares. */
class JoinContextTest {

    private static final LicenceServer SERVER = SamplePools.licenceServer();

    private static Pool poolRunningAnHvmVm() {
        Pool pool = SamplePools.enterpriseIntelPool();
        Host master = pool.master().toBuilder().vm(Vm.builder().uuid("5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d")
                .name("windows").powerState(PowerState.HALTED).mode(VirtualizationMode.HVM).build()).build();
        return pool.toBuilder().master(master).build();
    }

    @Test
    void theDefaultsAreSixteenHostsFiveSecondsNoLicenceServerAndDerivedHvmUse() {
        JoinContext defaults = JoinContext.defaults();

        assertAll(
                () -> assertEquals(16, defaults.maxPoolSize()),
                () -> assertEquals(Duration.ofSeconds(5), defaults.clockTolerance()),
                () -> assertEquals(Optional.empty(), defaults.licenceServer()),
                () -> assertEquals(Optional.empty(), defaults.poolRunsHvmVms()),
                () -> assertEquals(16, JoinContext.XENSERVER_56_MAX_POOL_SIZE),
                () -> assertEquals(64, JoinContext.LEVELLING_MAX_POOL_SIZE),
                () -> assertEquals(Duration.ofSeconds(5), JoinContext.DEFAULT_CLOCK_TOLERANCE));
    }

    @Test
    void theConstructorKeepsWhatItIsGiven() {
        JoinContext context = new JoinContext(3, Duration.ofMillis(250), Optional.of(SERVER), Optional.of(true));

        assertAll(
                () -> assertEquals(3, context.maxPoolSize()),
                () -> assertEquals(Duration.ofMillis(250), context.clockTolerance()),
                () -> assertEquals(Optional.of(SERVER), context.licenceServer()),
                () -> assertEquals(Optional.of(true), context.poolRunsHvmVms()));
    }

    @Test
    void eachWitherChangesItsOwnSettingAndKeepsTheOthers() {
        JoinContext base = new JoinContext(3, Duration.ofMillis(250), Optional.of(SERVER), Optional.of(false));

        JoinContext bigger = base.withMaxPoolSize(64);
        JoinContext looser = base.withClockTolerance(Duration.ofMinutes(1));
        LicenceServer other = LicenceServer.offering("licence2.example.com",
                io.github.xenpool.core.LicenceEdition.PLATINUM, 1);
        JoinContext licensed = base.withLicenceServer(other);
        JoinContext hvm = base.withPoolRunningHvmVms(true);

        assertAll(
                () -> assertEquals(new JoinContext(64, Duration.ofMillis(250), Optional.of(SERVER), Optional.of(false)),
                        bigger),
                () -> assertEquals(new JoinContext(3, Duration.ofMinutes(1), Optional.of(SERVER), Optional.of(false)),
                        looser),
                () -> assertEquals(new JoinContext(3, Duration.ofMillis(250), Optional.of(other), Optional.of(false)),
                        licensed),
                () -> assertEquals(new JoinContext(3, Duration.ofMillis(250), Optional.of(SERVER), Optional.of(true)),
                        hvm),
                () -> assertEquals(3, base.maxPoolSize(), "the original is unchanged"),
                () -> assertEquals(Optional.of(false), base.poolRunsHvmVms(), "the original is unchanged"));
    }

    @Test
    void aWitherRefusesWhatTheConstructorRefuses() {
        JoinContext defaults = JoinContext.defaults();

        assertEquals("maxPoolSize must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> defaults.withMaxPoolSize(0)).getMessage());
        assertEquals("clockTolerance must not be negative, got PT-1S",
                assertThrows(IllegalArgumentException.class,
                        () -> defaults.withClockTolerance(Duration.ofSeconds(-1))).getMessage());
        assertThrows(NullPointerException.class, () -> defaults.withClockTolerance(null));
        assertThrows(NullPointerException.class, () -> defaults.withLicenceServer(null));
    }

    @Test
    void thePoolSizeMustBeAtLeastOne() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new JoinContext(0, Duration.ZERO, Optional.empty(), Optional.empty()));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new JoinContext(-5, Duration.ZERO, Optional.empty(), Optional.empty()));

        assertEquals("maxPoolSize must be at least 1, got 0", zero.getMessage());
        assertEquals("maxPoolSize must be at least 1, got -5", negative.getMessage());
        assertEquals(1, new JoinContext(1, Duration.ZERO, Optional.empty(), Optional.empty()).maxPoolSize());
    }

    @Test
    void theClockToleranceMayBeZeroButNotNegative() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new JoinContext(16, Duration.ofMillis(-1), Optional.empty(), Optional.empty()));

        assertEquals("clockTolerance must not be negative, got PT-0.001S", negative.getMessage());
        assertEquals(Duration.ZERO,
                new JoinContext(16, Duration.ZERO, Optional.empty(), Optional.empty()).clockTolerance());
    }

    @Test
    void theConstructorRefusesNulls() {
        assertThrows(NullPointerException.class,
                () -> new JoinContext(16, null, Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new JoinContext(16, Duration.ZERO, null, Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new JoinContext(16, Duration.ZERO, Optional.empty(), null));
    }

    @Test
    void hvmUseIsDerivedFromThePoolUnlessSet() {
        Pool withoutHvm = SamplePools.enterpriseIntelPool();
        Pool withHvm = poolRunningAnHvmVm();
        JoinContext derived = JoinContext.defaults();

        assertAll(
                () -> assertFalse(withoutHvm.hasHvmVms()),
                () -> assertTrue(withHvm.hasHvmVms()),
                () -> assertFalse(derived.runsHvmVms(withoutHvm)),
                () -> assertTrue(derived.runsHvmVms(withHvm)),
                () -> assertTrue(derived.withPoolRunningHvmVms(true).runsHvmVms(withoutHvm), "set overrides the pool"),
                () -> assertFalse(derived.withPoolRunningHvmVms(false).runsHvmVms(withHvm), "set overrides the pool"),
                () -> assertThrows(NullPointerException.class, () -> derived.runsHvmVms(null)));
    }

    @Test
    void contextsWithTheSameSettingsAreEqualAndHashAlike() {
        JoinContext one = new JoinContext(8, Duration.ofSeconds(2), Optional.of(SERVER), Optional.of(true));
        JoinContext two = JoinContext.defaults().withMaxPoolSize(8).withClockTolerance(Duration.ofSeconds(2))
                .withLicenceServer(SERVER).withPoolRunningHvmVms(true);

        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertEquals(one, one);
        assertEquals(JoinContext.defaults(), JoinContext.defaults());
        assertEquals(JoinContext.defaults().hashCode(), JoinContext.defaults().hashCode());
    }

    @Test
    void contextsDifferingInOneSettingHashApart() {
        JoinContext defaults = JoinContext.defaults();
        List<JoinContext> contexts = List.of(defaults, defaults.withMaxPoolSize(8),
                defaults.withClockTolerance(Duration.ofSeconds(2)), defaults.withLicenceServer(SERVER),
                defaults.withPoolRunningHvmVms(true), defaults.withPoolRunningHvmVms(false));

        assertEquals(contexts.size(), contexts.stream().mapToInt(JoinContext::hashCode).distinct().count());
    }

    @Test
    void contextsDifferingInAnySettingAreNotEqual() {
        JoinContext base = new JoinContext(8, Duration.ofSeconds(2), Optional.of(SERVER), Optional.of(true));

        assertAll(
                () -> assertNotEquals(base, base.withMaxPoolSize(9)),
                () -> assertNotEquals(base, base.withClockTolerance(Duration.ofSeconds(3))),
                () -> assertNotEquals(base,
                        new JoinContext(8, Duration.ofSeconds(2), Optional.empty(), Optional.of(true))),
                () -> assertNotEquals(base, base.withPoolRunningHvmVms(false)),
                () -> assertNotEquals(base,
                        new JoinContext(8, Duration.ofSeconds(2), Optional.of(SERVER), Optional.empty())),
                () -> assertFalse(base.equals(null)),
                () -> assertFalse(base.equals("JoinContext")));
    }

    @Test
    void theTextShowsEverySettingAndSaysWhatIsMissingOrDerived() {
        assertEquals("JoinContext[maxPoolSize=16, clockTolerance=PT5S, licenceServer=none, poolRunsHvmVms=derived]",
                JoinContext.defaults().toString());
        assertEquals("JoinContext[maxPoolSize=4, clockTolerance=PT0.5S, licenceServer=licence.example.com,"
                + " poolRunsHvmVms=false]",
                new JoinContext(4, Duration.ofMillis(500), Optional.of(SERVER), Optional.of(false)).toString());
    }

    @Test
    void outsideAnEvaluationTheCpuComparisonIsWorkedOutForTheJoinAsked() {
        Pool pool = SamplePools.enterpriseIntelPool();
        Host newer = SamplePools.newerIntelCandidate();
        Host older = SamplePools.olderIntelCandidate();
        JoinContext context = JoinContext.defaults();

        CpuComparison forNewer = context.cpuComparison(pool, newer);
        CpuComparison forOlder = context.cpuComparison(pool, older);

        assertNotNull(forNewer);
        assertNotNull(forOlder);
        assertNotSame(forNewer, context.cpuComparison(pool, newer), "nothing is kept outside an evaluation");
        assertEquals(CpuComparison.of(pool, newer).toString(), forNewer.toString());
        assertEquals(CpuComparison.of(pool, older).toString(), forOlder.toString());
        assertEquals(CpuComparison.of(pool, newer).beyond(), forNewer.beyond());
        assertEquals(CpuComparison.of(pool, older).lacking(), forOlder.lacking());
        assertFalse(forNewer.beyond().isEmpty());
        assertFalse(forOlder.lacking().isEmpty());
    }

    @Test
    void duringAnEvaluationTheJoinsComparisonIsSharedAndOtherJoinsGetTheirOwn() {
        Pool pool = SamplePools.enterpriseIntelPool();
        Host newer = SamplePools.newerIntelCandidate();
        Host older = SamplePools.olderIntelCandidate();
        JoinContext scoped = JoinContext.defaults().scopedTo(pool, newer);

        CpuComparison shared = scoped.cpuComparison(pool, newer);

        assertSame(shared, scoped.cpuComparison(pool, newer));
        assertEquals(CpuComparison.of(pool, newer).toString(), shared.toString());
        CpuComparison other = scoped.cpuComparison(pool, older);
        assertEquals(CpuComparison.of(pool, older).toString(), other.toString());
        assertNotSame(other, scoped.cpuComparison(pool, older));
        assertEquals(JoinContext.defaults(), scoped, "the join in scope is not a setting");
        assertEquals(JoinContext.defaults().hashCode(), scoped.hashCode());
        assertEquals(JoinContext.defaults().toString(), scoped.toString());
    }
}
