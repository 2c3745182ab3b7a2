package io.github.xenpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.ModelViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What xapi knows of a pool as a whole: a fact not given is unknown, the enabled
 * {@code Cluster_host} records and {@code clustered} agree, and a pool's HA is one fact however
 * it is given.
 */
class PoolConfigurationTest {

    private static final String CLUSTER_HOST = "OpaqueRef:3c1d6e5a-8f27-4b0c-9a61-7e2f4d8b0c11";

    private static Pool pool() {
        return Pool.builder().name("lab").master(Fixtures.host("xs-01", "Xeon-E5-2650", "192.0.2.1"))
                .sharedStorageRepository(Fixtures.nfs()).build();
    }

    @Test
    void aBuilderLeavesUnknownWhatItIsNotGiven() {
        PoolConfiguration given = PoolConfiguration.builder().haEnabled(false).currentOperations(Set.of()).build();

        assertEquals(PoolConfiguration.UNKNOWN, PoolConfiguration.builder().build());
        assertEquals(Optional.of(false), given.haEnabled());
        assertEquals(Optional.of(Set.of()), given.currentOperations());
        assertEquals(Optional.empty(), given.restrictions());
        assertEquals(Optional.empty(), given.enabledClusterHosts());
        assertEquals(given, given.toBuilder().build());
    }

    @Test
    void theEnabledClusterHostsSayWhetherThePoolIsClustered() {
        PoolConfiguration clustered = PoolConfiguration.builder().enabledClusterHosts(Set.of(CLUSTER_HOST)).build();
        PoolConfiguration none = PoolConfiguration.builder().enabledClusterHosts(Set.of()).build();

        assertEquals(Optional.of(true), clustered.clustered());
        assertEquals(Optional.of(false), none.clustered());
        assertEquals(Optional.empty(), clustered.toBuilder().clustered(true).build().enabledClusterHosts(),
                "setting clustered alone forgets which ones are enabled");
    }

    @Test
    void clusteredAndTheEnabledClusterHostsCannotDisagreeNorNameABlankOne() {
        IllegalArgumentException disagree = assertThrows(IllegalArgumentException.class, () -> new PoolConfiguration(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false), Optional.empty(), Optional.empty(),
                Optional.of(Set.of(CLUSTER_HOST))));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> PoolConfiguration.builder().enabledClusterHosts(Set.of(" ")).build());

        assertTrue(disagree.getMessage().contains("clustered is false but the enabled Cluster_host records are ["
                + CLUSTER_HOST + "]"), disagree.getMessage());
        assertTrue(blank.getMessage().contains("blank"), blank.getMessage());
    }

    @Test
    void theEightFactConstructorLeavesHaAndTheClusterHostsUnknown() {
        PoolConfiguration old = new PoolConfiguration(Optional.of(true), Optional.of(LicenceParams.of(Map.of(
                "restrict_pooling", "false"))), Optional.of(Set.of()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true), Optional.empty());

        assertEquals(Optional.empty(), old.haEnabled());
        assertEquals(Optional.empty(), old.enabledClusterHosts());
        assertEquals(Optional.of(true), old.clustered());
    }

    @Test
    void theCpuInfoChangesAloneAndEveryOtherFactIsKept() {
        PoolConfiguration known = PoolConfiguration.builder().tlsVerificationEnabled(true)
                .restrictions(LicenceParams.of(Map.of("restrict_pooling", "false"))).currentOperations(Set.of())
                .networkPurposes(Set.of("nbd")).storageDrivers(List.of()).certificates(List.of()).haEnabled(false)
                .enabledClusterHosts(Set.of(CLUSTER_HOST))
                .clusterHosts(List.of(new ClusterHost(true, Optional.empty()))).sdnControllers(List.of()).build();
        CpuInfo intel = CpuInfo.of(Map.of("vendor", "GenuineIntel"));

        PoolConfiguration withCpu = known.withCpuInfo(Optional.of(intel));

        assertEquals(known.toBuilder().cpuInfo(intel).build(), withCpu);
        assertEquals(known, withCpu.withCpuInfo(Optional.empty()));
    }

    @Test
    void aPoolsHaAndItsConfigurationsHaAreOneFactWhicheverIsSetLast() {
        PoolConfiguration off = PoolConfiguration.builder().haEnabled(false).build();

        Pool turnedOn = pool().toBuilder().configuration(off).haEnabled(true).build();
        Pool setOff = pool().toBuilder().haEnabled(true).configuration(off).build();

        assertTrue(turnedOn.haEnabled());
        assertEquals(Optional.of(true), turnedOn.configuration().haEnabled());
        assertTrue(!setOff.haEnabled());
        assertEquals(Optional.of(false), setOff.configuration().haEnabled());
        assertEquals(Optional.empty(), pool().toBuilder().haEnabled(true).build().configuration().haEnabled(),
                "a configuration that does not know HA stays so");
    }

    @Test
    void aPoolWhoseConfigurationSaysOtherwiseOfHaIsInvalid() {
        Pool pool = pool();
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Pool(pool.id(), pool.name(),
                pool.master(), List.of(), true, pool.sharedStorage(), pool.cpuFeatureMask(), Set.of(),
                PoolConfiguration.builder().haEnabled(false).build()));

        assertEquals(List.of("configuration.haEnabled"), e.violations().stream().map(ModelViolation::path).toList());
        assertTrue(e.getMessage().contains("pool lab has HA enabled but its configuration says ha_enabled false"),
                e.getMessage());
    }
}
