package io.github.xenpool.core;

import static io.github.xenpool.core.Fixtures.host;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A pool is a value: what it holds, when two pools are the same, and what its builder keeps. */
class PoolValuesTest {

    private static final String POOL_ID = "3d9f0c1e-2b4a-4c5d-8e6f-7a8b9c0d1e2f";
    private static final String OTHER_SR = "0b0c0d0e-0f10-4112-8314-151617181920";

    private final Host alpha = host("alpha", "Xeon-E5-2650", "192.0.2.1");
    private final Host beta = host("beta", "Xeon-E5-2650-v3", "192.0.2.2");
    private final Host gamma = host("gamma", "Xeon-E7540", "192.0.2.3");

    private Pool.Builder prod() {
        return Pool.builder().id(POOL_ID).name("prod").master(alpha).secondary(beta).sharedStorageRepository(Fixtures.nfs());
    }

    @Test
    void poolsBuiltAlikeAreEqualAndHashAlike() {
        assertEquals(prod().build(), prod().build());
        assertEquals(prod().build().hashCode(), prod().build().hashCode());
        Pool pool = prod().build();
        assertEquals(pool, pool);
    }

    @Test
    void poolsDifferingInAnyValueDiffer() {
        Pool pool = prod().build();

        assertNotEquals(pool, prod().name("test").build());
        assertNotEquals(pool, prod().haEnabled(true).build());
        assertNotEquals(pool, prod().secondary(gamma).build());
        assertNotEquals(pool, prod().offline(beta.id()).build());
        assertNotEquals(pool, prod().cpuFeatureMask(io.github.xenpool.core.cpu.FeatureMask.NONE).build());
        assertNotEquals(pool, prod().sharedStorage(List.of()).build());
        assertNotEquals(pool.hashCode(), prod().name("test").build().hashCode());
        assertNotEquals(pool, pool.id());
    }

    @Test
    void membersAreFoundByIdWhetherMasterOrSecondary() {
        Pool pool = prod().build();

        assertEquals(Optional.of(pool.master()), pool.member(alpha.id()));
        assertEquals(Optional.of(pool.secondaries().get(0)), pool.member(beta.id()));
        assertEquals(Optional.empty(), pool.member(gamma.id()));
    }

    @Test
    void thePoolKeepsItsNameHaAndStorage() {
        Pool plain = Pool.builder().name("lab").master(alpha).build();
        Pool ha = prod().haEnabled(true).build();

        assertEquals("lab", plain.name());
        assertFalse(plain.haEnabled());
        assertFalse(plain.hasSharedStorage());
        assertTrue(ha.haEnabled());
        assertTrue(ha.hasSharedStorage());
        assertEquals(List.of(Fixtures.nfs()), ha.sharedStorage());
    }

    @Test
    void offlineHostsAreKeptAndCounted() {
        Pool pool = prod().offline(beta.id()).build();

        assertEquals(Set.of(beta.id()), pool.offlineHosts());
        assertFalse(pool.isOnline(beta.id()));
        assertTrue(pool.isOnline(alpha.id()));
        assertTrue(pool.toString().contains("1 offline"), pool.toString());
        assertFalse(prod().build().toString().contains("offline"), prod().build().toString());
    }

    @Test
    void theDescriptionSaysWhetherHaIsOn() {
        assertTrue(prod().haEnabled(true).build().toString().contains("HA on"));
        assertTrue(prod().build().toString().contains("HA off"));
    }

    @Test
    void aPoolHasHvmVmsWhenAnyMemberHasOne() {
        Vm hvm = Vm.builder().uuid("9a4a0d3b-1e6f-4b7c-8d2e-3f4a5b6c7d8e").name("win7")
                .mode(VirtualizationMode.HVM).build();
        Host betaWithHvm = beta.toBuilder().vm(hvm).build();
        Host alphaWithHvm = alpha.toBuilder().vm(hvm).build();

        assertFalse(prod().build().hasHvmVms());
        assertTrue(Pool.builder().master(alpha).secondary(betaWithHvm).build().hasHvmVms());
        assertTrue(Pool.builder().master(alphaWithHvm).secondary(beta).build().hasHvmVms());
    }

    @Test
    void givenCollectionsReplaceWhatWasAddedBefore() {
        StorageRepository other = StorageRepository.sharedNfs(OTHER_SR, "nfs02.example.com").build();
        Pool pool = prod()
                .secondaries(List.of(gamma))
                .sharedStorage(List.of(other))
                .offline(alpha.id()).offlineHosts(List.of(gamma.id()))
                .build();

        assertEquals(List.of("gamma"), pool.secondaries().stream().map(Host::hostname).toList());
        assertEquals(List.of(other), pool.sharedStorage());
        assertEquals(Set.of(gamma.id()), pool.offlineHosts());
    }
}
