package io.github.xenpool.core;

import static io.github.xenpool.core.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.network.ManagementInterface;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Finding a member by id or by management address looks the answer up; the laws say it is the
 * answer of a scan of {@link Pool#members()}, on pools of 1 to 40 hosts of which some have no
 * known address.
 */
class PoolMemberIndexTest {

    private static final Host TEMPLATE = Fixtures.host("template", "Xeon-E5-2650", "192.0.2.1");

    /** Pools whose i-th member has address 10.0.0.i, or none when its entry is 0. */
    private static Gen<Pool> pools() {
        return lists().of(integers().between(0, 3)).ofSizeBetween(1, 40).map(PoolMemberIndexTest::pool);
    }

    private static Pool pool(List<Integer> addressKinds) {
        Pool.Builder builder = Pool.builder().name("indexed");
        for (int i = 0; i < addressKinds.size(); i++) {
            ManagementInterface.Builder nic = ManagementInterface.builder();
            if (addressKinds.get(i) != 0) {
                nic.ipAddress("10.0.0." + i);
            }
            Host member = TEMPLATE.toBuilder().id(uuid("member-" + i)).hostname("h" + i)
                    .managementInterface(nic.build()).build();
            if (i == 0) {
                builder.master(member);
            } else {
                builder.secondary(member);
            }
        }
        return builder.build();
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Optional<Host> scanById(Pool pool, String id) {
        return pool.members().stream().filter(member -> member.id().equals(id)).findFirst();
    }

    private static Optional<Host> scanByAddress(Pool pool, String address) {
        return pool.members().stream()
                .filter(member -> member.managementInterface().ipAddress().equals(Optional.of(address)))
                .findFirst();
    }

    /** Every id of a member, in both cases, and ids of no member. */
    private static List<String> ids(Pool pool) {
        List<String> ids = new ArrayList<>();
        for (Host member : pool.members()) {
            ids.add(member.id());
            ids.add(member.id().toUpperCase(Locale.ROOT));
        }
        ids.add(uuid("stranger"));
        ids.add("not-a-uuid");
        return ids;
    }

    @Test
    void memberByIdIsTheMemberAScanFinds() {
        qt(200).forAll(pools()).checkAssert(pool -> {
            for (String id : ids(pool)) {
                assertEquals(scanById(pool, id.toLowerCase(Locale.ROOT)), pool.member(id), id);
                assertEquals(pool.member(id).isPresent(), pool.hasMember(id), id);
            }
        });
    }

    @Test
    void aHostIsAMemberExactlyWhenItsIdIs() {
        qt(200).forAll(pools()).checkAssert(pool -> {
            for (String id : ids(pool)) {
                if (id.equals("not-a-uuid")) {
                    continue;
                }
                // A host built with any spelling of the id: its id is canonical.
                Host host = TEMPLATE.toBuilder().id(id).build();
                assertEquals(pool.hasMember(id), pool.hasMember(host), id);
            }
        });
    }

    @Test
    void memberWithAddressIsTheMemberAScanFinds() {
        qt(200).forAll(pools()).checkAssert(pool -> {
            for (int i = -1; i <= pool.size(); i++) {
                String address = "10.0.0." + i;
                assertEquals(scanByAddress(pool, address), pool.memberWithAddress(address), address);
            }
        });
    }

    @Test
    void addressesAreKnownWhenEveryMemberHasOne() {
        qt(200).forAll(pools()).checkAssert(pool -> assertEquals(pool.members().stream()
                .allMatch(member -> member.managementInterface().ipAddress().isPresent()),
                pool.managementAddressesKnown()));
    }

    @Test
    void membersAreTheMasterThenTheSecondariesInJoinOrder() {
        qt(100).forAll(pools()).checkAssert(pool -> {
            List<Host> expected = new ArrayList<>();
            expected.add(pool.master());
            expected.addAll(pool.secondaries());
            assertEquals(expected, pool.members());
            assertSame(pool.members(), pool.members());
        });
    }

    @Test
    void membersCannotBeChanged() {
        Pool pool = pool(List.of(1, 1));
        assertThrows(UnsupportedOperationException.class, () -> pool.members().clear());
    }

    @Test
    void aMemberWithAnUnknownAddressMakesTheAddressesUnknownButFindsNoOtherMember() {
        Pool pool = pool(List.of(1, 0, 1));
        assertFalse(pool.managementAddressesKnown());
        assertEquals(Optional.of(pool.secondaries().get(1)), pool.memberWithAddress("10.0.0.2"));
        assertEquals(Optional.empty(), pool.memberWithAddress("10.0.0.1"));
        assertTrue(pool.hasMember(pool.secondaries().get(0).id()));
    }

    @Test
    void lookUpsRefuseNull() {
        Pool pool = pool(List.of(1));
        assertThrows(NullPointerException.class, () -> pool.member(null));
        assertThrows(NullPointerException.class, () -> pool.hasMember((String) null));
        assertThrows(NullPointerException.class, () -> pool.hasMember((Host) null));
        assertThrows(NullPointerException.class, () -> pool.memberWithAddress(null));
    }
}
