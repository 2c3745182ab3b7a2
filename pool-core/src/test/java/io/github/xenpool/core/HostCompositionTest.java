package io.github.xenpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.Vm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a host is made of: unique SRs, replaced lists, and changes that return new hosts. */
class HostCompositionTest {

    private static final String SR_UUID = "0b0c0d0e-0f10-4112-8314-151617181920";
    private static final String OTHER_SR = "1b0c0d0e-0f10-4112-8314-151617181920";

    @Test
    void twoStorageRepositoriesWithOneUuidAreRefused() {
        StorageRepository local = StorageRepository.builder().uuid(SR_UUID).name("Local storage").build();
        StorageRepository again = StorageRepository.builder().uuid(SR_UUID).name("Other name").build();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Host.builder().hostname("xs-01").storageRepository(local).storageRepository(again).build());

        assertTrue(refused.getMessage().contains("host xs-01 lists storage repository " + SR_UUID + " twice"),
                refused.getMessage());
    }

    @Test
    void givenListsReplaceWhatWasAddedBefore() {
        StorageRepository first = StorageRepository.builder().uuid(SR_UUID).build();
        StorageRepository second = StorageRepository.builder().uuid(OTHER_SR).build();
        Vm vm = Vm.builder().uuid("9a4a0d3b-1e6f-4b7c-8d2e-3f4a5b6c7d8e").name("a").build();

        Host host = Host.builder()
                .networkInterface(NetworkInterface.physical("eth1")).networkInterfaces(List.of(NetworkInterface.bond("bond0")))
                .vm(vm).vms(List.of())
                .storageRepository(first).storage(List.of(second))
                .build();

        assertEquals(List.of(NetworkInterface.bond("bond0")), host.networkInterfaces());
        assertEquals(List.of(), host.vms());
        assertEquals(List.of(second), host.storage());
    }

    @Test
    void changingTheCpuOrClockGivesANewHostAndKeepingThemGivesTheSameOne() {
        Host host = Host.builder().hostname("xs-01").build();
        var haswell = CpuCatalog.shipped().model("Haswell").toCpuBuilder().build();
        HostClock late = new HostClock(Duration.ofMinutes(10), true);

        assertSame(host, host.withCpu(host.cpu()));
        assertSame(host, host.withClock(host.clock()));
        assertEquals(haswell, host.withCpu(haswell).cpu());
        assertEquals(java.util.Optional.of(late), host.withClock(late).clock());
        assertEquals(host.hostname(), host.withClock(late).hostname());
    }

    @Test
    void aHostDescribesItselfByNameIdAndRole() {
        Host host = Host.builder().hostname("xs-01").build();

        assertTrue(host.toString().contains("xs-01"), host.toString());
        assertTrue(host.toString().contains(host.id()), host.toString());
        assertTrue(host.toString().contains("standalone"), host.toString());
        assertNotEquals("", Membership.standalone().toString());
    }

    @Test
    void aMasterIsFreeToJoinAnotherPoolOnlyWhenItsPoolHasNoOtherHost() {
        String poolId = "5f1c2a9e-7d3b-4c1a-9e2f-0a1b2c3d4e5f";

        assertTrue(new Membership.Master(poolId, 1).isFree());
        assertTrue(!new Membership.Master(poolId, 2).isFree());
        assertTrue(!new Membership.Member(poolId).isFree());
    }
}
