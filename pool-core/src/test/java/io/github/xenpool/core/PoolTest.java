package io.github.xenpool.core;

import static io.github.xenpool.core.Fixtures.host;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoolTest {

    private static final String POOL_ID = "d6a2b7c4-5e1f-4a3b-9c8d-1e2f3a4b5c6d";

    private final Host alpha = host("alpha", "Xeon-E5-2650", "192.0.2.1");
    private final Host beta = host("beta", "Xeon-E5-2650-v3", "192.0.2.2");
    private final Host gamma = host("gamma", "Xeon-E7540", "192.0.2.3");

    private Pool pool() {
        return Pool.builder().id(POOL_ID).name("prod").master(alpha).secondary(beta).secondary(gamma)
                .sharedStorageRepository(Fixtures.nfs()).build();
    }

    @Test
    void theBuilderGivesEveryMemberItsRole() {
        Pool pool = pool();

        assertAll(
                () -> assertEquals(new Membership.Master(pool.id(), 3), pool.master().membership()),
                () -> assertEquals(new Membership.Member(pool.id()), pool.secondaries().get(0).membership()),
                () -> assertEquals(List.of("alpha", "beta", "gamma"),
                        pool.members().stream().map(Host::hostname).toList()),
                () -> assertEquals(3, pool.size()),
                () -> assertEquals(Membership.standalone(), alpha.membership(), "the input host is unchanged"));
    }

    @Test
    void theCpuLevelIsWhatEveryMemberExposes() {
        Pool pool = pool();

        FeatureSet expected = alpha.cpu().features().orElseThrow().intersect(beta.cpu().features().orElseThrow())
                .intersect(gamma.cpu().features().orElseThrow());
        CpuLevel level = pool.cpuLevel().orElseThrow();
        assertEquals(expected, level.features());
        assertEquals(Pool.DEFAULT_CPU_FEATURE_MASK, level.mask());
        assertEquals(expected.minus(FeatureCatalog.x86().featureSet("est")), level.compared());
        assertTrue(level.features().isSubsetOf(CpuCatalog.shipped().realHost("Xeon-E7540").features()));
    }

    @Test
    void theEditionIsTheLowestOfTheMembers() {
        Pool pool = Pool.builder().master(alpha).secondary(beta.withLicence(LicenceEdition.ADVANCED)).build();

        assertEquals(Optional.of(LicenceEdition.ADVANCED), pool.edition());
        assertEquals(Optional.of(LicenceEdition.ENTERPRISE), Pool.builder().master(alpha).build().edition());
    }

    @Test
    void theEditionIsUnknownWhenAMembersEditionIs() {
        Host unlicensed = beta.toBuilder().unknownLicence().build();

        assertEquals(Optional.empty(), Pool.builder().master(alpha).secondary(unlicensed).build().edition());
        assertEquals(Optional.empty(), Pool.builder().master(unlicensed).secondary(alpha).build().edition());
    }

    @Test
    void poolsWithOneNameAndNoIdGetDifferentRandomIds() {
        Pool first = Pool.builder().name("pool").master(alpha).build();
        Pool second = Pool.builder().name("pool").master(alpha).build();

        assertNotEquals(first.id(), second.id());
        assertEquals(POOL_ID, pool().id());
        assertEquals(POOL_ID, pool().toBuilder().name("renamed").build().id(), "toBuilder keeps the identity");
    }

    @Test
    void twoMembersOnOneManagementAddressAreRefusedNamingBothHostsAndTheAddress() {
        Host twin = gamma.toBuilder().managementInterface(beta.managementInterface()).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pool.builder().master(alpha).secondary(beta).secondary(twin).build());
        assertTrue(e.getMessage().contains("hosts beta (" + beta.id() + ") and gamma (" + gamma.id() + ")"),
                e.getMessage());
        assertTrue(e.getMessage().contains("share the management address 192.0.2.2"), e.getMessage());
    }

    @Test
    void membersWhoseAddressesAreUnknownDoNotClash() {
        Host first = beta.toBuilder().managementInterface(ManagementInterface.builder().build()).build();
        Host second = gamma.toBuilder().managementInterface(ManagementInterface.builder().build()).build();

        assertEquals(3, Pool.builder().master(alpha).secondary(first).secondary(second).build().size());
    }

    @Test
    void theDefaultMaskComparesEverythingButEst() {
        assertEquals(Pool.DEFAULT_CPU_FEATURE_MASK, pool().cpuFeatureMask());
        assertEquals("ffffffff-ffffff7f-ffffffff-ffffffff", Pool.DEFAULT_CPU_FEATURE_MASK.toString());
    }

    @Test
    void findsMembersById() {
        Pool pool = pool();

        assertEquals("beta", pool.member(beta.id()).orElseThrow().hostname());
        assertTrue(pool.member("00000000-0000-0000-0000-000000000000").isEmpty());
    }

    @Test
    void knowsWhetherItRunsHvmVms() {
        Vm windows = Vm.builder().uuid("9a4a0d3b-1e6f-4b7c-8d2e-3f4a5b6c7d8e").name("win7")
                .mode(VirtualizationMode.HVM).powerState(PowerState.RUNNING).build();
        Pool withHvm = Pool.builder().master(alpha.toBuilder().vm(windows).build()).build();

        assertTrue(withHvm.hasHvmVms());
        assertFalse(pool().hasHvmVms());
    }

    @Test
    void aHostInAnotherPoolIsRefusedNamingBothPools() {
        Pool other = Pool.builder().name("other").master(alpha).secondary(beta).build();
        Host betaElsewhere = other.secondaries().get(0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pool.builder().name("prod").master(gamma).secondary(betaElsewhere).build());
        assertTrue(e.getMessage().contains("host beta"), e.getMessage());
        assertTrue(e.getMessage().contains("member of pool " + other.id()), e.getMessage());
        assertTrue(e.getMessage().contains("a host is in one pool at a time"), e.getMessage());
    }

    @Test
    void hostIdsAreUniqueInAPool() {
        Host sameId = beta.toBuilder().hostname("beta-twin").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pool.builder().master(alpha).secondary(beta).secondary(sameId).build());
        assertTrue(e.getMessage().contains("host id " + beta.id() + " (beta-twin) appears twice"), e.getMessage());
    }

    @Test
    void thereIsExactlyOneMaster() {
        Pool pool = pool();
        Host secondMaster = pool.secondaries().get(0).withMembership(new Membership.Master(pool.id(), 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pool(pool.id(), "prod",
                pool.master(), List.of(secondMaster, pool.secondaries().get(1)), false, List.of(),
                Pool.DEFAULT_CPU_FEATURE_MASK, java.util.Set.of()));
        assertTrue(e.getMessage().contains("a pool has exactly one master, alpha"), e.getMessage());
    }

    @Test
    void theMastersMembershipMustMatchThePoolSize() {
        Pool pool = pool();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pool(pool.id(), "prod",
                pool.master(), pool.secondaries().subList(0, 1), false, List.of(),
                Pool.DEFAULT_CPU_FEATURE_MASK, java.util.Set.of()));
        assertTrue(e.getMessage().contains("expected master of pool " + pool.id() + " (2 hosts)"), e.getMessage());
    }

    @Test
    void theMastersClockIsTheReference() {
        Host skewed = alpha.toBuilder().clock(Duration.ofSeconds(3), true).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pool.builder().master(skewed).build());
        assertTrue(e.getMessage().contains("clock offset of PT3S from itself"), e.getMessage());
    }

    @Test
    void aPoolWhoseMasterIsDownIsUnavailable() {
        Pool pool = pool();
        Pool down = pool.toBuilder().offline(pool.master().id()).build();

        assertEquals(PoolStatus.AVAILABLE, pool.status());
        assertEquals(PoolStatus.NO_MASTER, down.status());
        assertFalse(down.isOnline(pool.master().id()));
        assertTrue(down.isOnline(pool.secondaries().get(0).id()));
        assertEquals(PoolStatus.AVAILABLE, pool.toBuilder().offline(pool.secondaries().get(1).id()).build().status(),
                "a secondary that is down leaves the pool available");
    }

    @Test
    void onlyMembersCanBeOffline() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pool().toBuilder().offline("00000000-0000-0000-0000-000000000000").build());
        assertTrue(e.getMessage().contains("is not a member"), e.getMessage());
    }

    @Test
    void haNeedsSharedStorage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pool.builder().master(alpha).haEnabled(true).build());
        assertTrue(e.getMessage().contains("HA needs a shared SR"), e.getMessage());
    }

    @Test
    void onlySharedRepositoriesArePoolStorage() {
        var local = io.github.xenpool.core.storage.StorageRepository.builder()
                .uuid("0b0c0d0e-0f10-4112-8314-151617181920").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pool.builder().master(alpha).sharedStorageRepository(local).build());
        assertTrue(e.getMessage().contains("is not shared"), e.getMessage());
    }

    @Test
    void aPoolNeedsAMaster() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Pool.builder().build());
        assertTrue(e.getMessage().startsWith("master"), e.getMessage());
    }

    @Test
    void poolsAreValuesComparedByContent() {
        assertEquals(pool(), pool());
        assertEquals(pool().hashCode(), pool().hashCode());
        assertNotEquals(pool(), pool().toBuilder().haEnabled(true).build());
        assertTrue(pool().toString().contains("master alpha, secondaries [beta, gamma]"), pool().toString());
    }

    @Test
    void membersListsCannotBeModified() {
        Pool pool = pool();
        assertThrows(UnsupportedOperationException.class, () -> pool.secondaries().clear());
        assertThrows(UnsupportedOperationException.class, () -> pool.members().add(alpha));
        assertThrows(UnsupportedOperationException.class, () -> pool.sharedStorage().clear());
    }
}
