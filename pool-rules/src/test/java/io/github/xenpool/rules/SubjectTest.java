package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.Subject.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SubjectTest {

    private static final Host HOST = candidate().build();

    private static Vm vm(String uuid, String name) {
        return Vm.builder().uuid(uuid).name(name).build();
    }

    @Test
    void aVmIsKeyedByItsUuidAndLabelledWithItsName() {
        Subject subject = Subject.vm(vm("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70", "db01.example.com"));

        assertAll(
                () -> assertEquals(List.of(Node.property("host"), Node.atKey("vms", "3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70")),
                        subject.nodes()),
                () -> assertEquals("host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70]", subject.path()),
                () -> assertEquals("db01.example.com", subject.label()),
                () -> assertEquals("host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70] (db01.example.com)",
                        subject.toString()));
    }

    @Test
    void twoVmsOfOneNameAreTwoSubjects() {
        assertNotEquals(Subject.vm(vm("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70", "web.prod")),
                Subject.vm(vm("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f71", "web.prod")));
    }

    @Test
    void storageRepositoriesAreKeyedByTheirUuid() {
        StorageRepository nfs = StorageRepository.sharedNfs("7b2c3d4e-5f60-4b7c-8d9e-0f1a2b3c4d5e",
                "filer.example.com").name("NFS v4.1").build();

        assertAll(
                () -> assertEquals("host.storage[7b2c3d4e-5f60-4b7c-8d9e-0f1a2b3c4d5e]", Subject.hostStorage(nfs).path()),
                () -> assertEquals("pool.sharedStorage[7b2c3d4e-5f60-4b7c-8d9e-0f1a2b3c4d5e]",
                        Subject.poolStorage(nfs).path()),
                () -> assertEquals("NFS v4.1", Subject.hostStorage(nfs).label()));
    }

    @Test
    void aNetworkInterfaceIsKeyedByItsDeviceDotsAndAll() {
        Subject subject = Subject.networkInterface(NetworkInterface.vlan("eth1.20", 20));

        assertEquals(List.of(Node.property("host"), Node.atKey("networkInterfaces", "eth1.20")), subject.nodes());
    }

    @Test
    void partsOfTheHostAndThePoolArePathsOfProperties() {
        assertAll(
                () -> assertEquals(List.of(Node.property("host"), Node.property("cpu"), Node.property("features")),
                        Subject.of(Subject.Kind.CPU, HOST, "cpu", "features").nodes()),
                () -> assertEquals("host.cpu.features", Subject.of(Subject.Kind.CPU, HOST, "cpu", "features").path()),
                () -> assertEquals(HOST.hostname(), Subject.of(Subject.Kind.CPU, HOST, "cpu", "features").label()),
                () -> assertEquals("pool.master.software.productVersion",
                        Subject.of(Subject.Kind.POOL, POOL, "master", "software", "productVersion").path()),
                () -> assertEquals(List.of(Node.property("pool")), Subject.pool(POOL).nodes()),
                () -> assertEquals(POOL.name(), Subject.pool(POOL).label()),
                () -> assertEquals("host", Subject.host(HOST).path()));
    }

    @Test
    void aNodeIsAPropertyOrOneElementByKeyOrByIndex() {
        assertAll(
                () -> assertEquals(new Node("cpu", Optional.empty(), OptionalInt.empty()), Node.property("cpu")),
                () -> assertFalse(Node.property("cpu").isElement()),
                () -> assertTrue(Node.atKey("vms", "x").isElement()),
                () -> assertTrue(Node.atIndex("members", 0).isElement()),
                () -> assertEquals("members[2]", Node.atIndex("members", 2).toString()),
                () -> assertEquals("vms[.]", Node.atKey("vms", ".").toString()));
    }

    @Test
    void aDottedPropertyIsRejectedAndNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Subject.of(Subject.Kind.CPU, HOST, "cpu.features"));

        assertTrue(e.getMessage().contains("\"cpu.features\""), e.getMessage());
    }

    @Test
    void nodesRejectNonsense() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> Node.property("")),
                () -> assertThrows(IllegalArgumentException.class, () -> Node.property("vms[db]")),
                () -> assertThrows(IllegalArgumentException.class, () -> Node.atIndex("vms", -1)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new Node("vms", Optional.of("x"), OptionalInt.of(0))),
                () -> assertEquals("key", assertThrows(NullPointerException.class,
                        () -> Node.atKey("vms", null)).getMessage()),
                () -> assertEquals("name", assertThrows(NullPointerException.class,
                        () -> Node.property(null)).getMessage()));
    }

    @Test
    void aSubjectNeedsANodeAndKeepsItsOwnCopy() {
        List<Node> nodes = new ArrayList<>(List.of(Node.property("host")));
        Subject subject = new Subject(Subject.Kind.HOST, nodes, "xs-04");
        nodes.add(Node.property("cpu"));

        assertAll(
                () -> assertEquals("host", subject.path()),
                () -> assertThrows(UnsupportedOperationException.class, () -> subject.nodes().add(Node.property("x"))),
                () -> assertThrows(IllegalArgumentException.class, () -> new Subject(Subject.Kind.HOST, List.of(), "x")),
                () -> assertEquals("nodes contains null", assertThrows(NullPointerException.class,
                        () -> new Subject(Subject.Kind.HOST, java.util.Arrays.asList(Node.property("host"), null), "x"))
                        .getMessage()));
    }
}
