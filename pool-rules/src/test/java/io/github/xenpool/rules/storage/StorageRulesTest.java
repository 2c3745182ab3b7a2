package io.github.xenpool.rules.storage;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.candidate;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinAssertions;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageRulesTest {

    private static final StorageRepository OLD_NFS = StorageRepository.sharedNfs(
            "9d8c7b6a-5f4e-4d3c-8b2a-190817161514", "filer2.example.com").name("nfs-old").build();
    private static final StorageRepository LOCAL = StorageRepository.builder()
            .uuid("0b0c0d0e-0f10-4112-8314-151617181920").build();

    @Test
    void aSharedSrOnTheHostBlocks() {
        Violation v = only(evaluate(candidate().storageRepository(LOCAL).storageRepository(OLD_NFS).build()),
                StorageRules.SHARED);

        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals("host.storage[" + OLD_NFS.uuid() + "]", v.subject().path()),
                () -> assertEquals(new ViolationDetails.Storage(OLD_NFS.uuid(), "nfs-old", "nfs",
                        Optional.of("filer2.example.com")), v.details()),
                () -> assertEquals("JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS", v.xapiErrorCode().orElseThrow()),
                () -> assertEquals("xs-04 has the shared SR nfs-old (nfs on filer2.example.com) configured; a joining"
                        + " host may not have shared storage", v.message()),
                () -> assertEquals(List.of("Detach the shared SR nfs-old from xs-04 (unplug its PBDs and forget it);"
                        + " after the join, the pool's shared SRs reach it"), steps(v)));
    }

    @Test
    void localStoragePasses() {
        JoinAssertions.assertAllowed(evaluate(candidate().storageRepository(LOCAL).build()));
    }

    @Test
    void aPoolSrWhoseServerHasADynamicAddressWarns() {
        StorageRepository dhcpNfs = POOL.sharedStorage().get(0).toBuilder()
                .server("nfs01.example.com", Addressing.DHCP).build();
        Pool pool = POOL.toBuilder().sharedStorage(List.of(dhcpNfs)).build();

        JoinReport report = evaluate(pool, candidate().build(), JoinContext.defaults());
        Violation v = only(report, StorageRules.STATIC_ADDRESS);

        assertAll(
                () -> assertEquals(Verdict.ALLOWED, report.verdict()),
                () -> assertEquals(Severity.WARNING, v.severity()),
                () -> assertEquals("pool.sharedStorage[" + dhcpNfs.uuid() + "]", v.subject().path()),
                () -> assertEquals("DHCP", v.actual()),
                () -> assertEquals(List.of("Give the storage server nfs01.example.com a static IP address or a DHCP"
                        + " reservation"), steps(v)));
    }

    @Test
    void aPoolSrWithAStaticOrReservedServerPasses() {
        StorageRepository reserved = POOL.sharedStorage().get(0).toBuilder()
                .server("nfs01.example.com", Addressing.DHCP_RESERVED).build();

        JoinAssertions.assertNoViolationOf(evaluate(POOL.toBuilder().sharedStorage(List.of(reserved)).build(),
                candidate().build(), JoinContext.defaults()), StorageRules.STATIC_ADDRESS);
        JoinAssertions.assertNoViolationOf(evaluate(candidate().build()), StorageRules.STATIC_ADDRESS);
    }
}
