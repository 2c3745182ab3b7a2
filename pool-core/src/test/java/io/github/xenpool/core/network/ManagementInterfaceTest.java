package io.github.xenpool.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The management interface and the other interfaces of a host, as their builders make them. */
class ManagementInterfaceTest {

    @Test
    void theBuilderSetsEveryValue() {
        ManagementInterface management = ManagementInterface.builder().device("bond0").addressing(Addressing.DHCP)
                .ipAddress("10.0.0.5").bonded(true).vlanTag(42).build();

        assertEquals("bond0", management.device());
        assertEquals(Optional.of(Addressing.DHCP), management.addressing());
        assertEquals(Optional.of("10.0.0.5"), management.ipAddress());
        assertEquals(Optional.of(true), management.bonded());
        assertEquals(OptionalInt.of(42), management.vlanTag());
        assertEquals(OptionalInt.empty(), management.toBuilder().untagged().build().vlanTag());
    }

    @Test
    void aBuilderFromAnInterfaceRebuildsTheSameInterface() {
        ManagementInterface tagged = ManagementInterface.builder().device("eth1").addressing(Addressing.DHCP_RESERVED)
                .ipAddress("10.0.0.7").bonded(true).vlanTag(7).build();
        ManagementInterface untagged = ManagementInterface.builder().build();

        assertEquals(tagged, tagged.toBuilder().build());
        assertEquals(untagged, untagged.toBuilder().build());
        ManagementInterface unknownAddress = ManagementInterface.builder().ipAddress("10.0.0.5").unknownIpAddress().build();
        assertEquals(Optional.empty(), unknownAddress.ipAddress());
        assertEquals(unknownAddress, unknownAddress.toBuilder().build());
    }

    @Test
    void onlyDhcpWithoutAReservationIsUnstable() {
        assertTrue(Addressing.STATIC.isStable());
        assertTrue(Addressing.DHCP_RESERVED.isStable());
        assertFalse(Addressing.DHCP.isStable());
    }

    @Test
    void aPhysicalInterfaceHasNoTag() {
        NetworkInterface eth1 = NetworkInterface.physical("eth1");

        assertEquals("eth1", eth1.device());
        assertEquals(NetworkInterface.Kind.PHYSICAL, eth1.kind());
        assertEquals(OptionalInt.empty(), eth1.vlanTag());
    }
}
