package io.github.xenpool.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.network.Addressing;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Storage repositories as their builder makes them. */
class StorageRepositoryTest {

    private static final String UUID = "0b0c0d0e-0f10-4112-8314-151617181920";

    @Test
    void aBuilderFromARepositoryRebuildsTheSameRepository() {
        StorageRepository nfs = StorageRepository.sharedNfs(UUID, "nfs01.example.com").build();
        StorageRepository local = StorageRepository.builder().uuid(UUID).build();

        assertEquals(nfs, nfs.toBuilder().build());
        assertEquals(local, local.toBuilder().build());
    }

    @Test
    void aLocalRepositoryHasNoServer() {
        StorageRepository nfs = StorageRepository.sharedNfs(UUID, "nfs01.example.com").build();

        assertEquals(Optional.of(StorageServer.at("nfs01.example.com")), nfs.server());
        assertEquals(Optional.empty(), nfs.server().get().addressing());
        assertEquals(Optional.empty(), nfs.toBuilder().local().build().server());
    }
}
