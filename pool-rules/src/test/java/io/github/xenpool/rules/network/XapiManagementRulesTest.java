package io.github.xenpool.rules.network;

import static io.github.xenpool.rules.DumpSamples.COWLEY;
import static io.github.xenpool.rules.DumpSamples.SMALL_VMS;
import static io.github.xenpool.rules.DumpSamples.TAMPA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.xapi.XapiValue;
import io.github.xenpool.rules.DumpSamples;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * xapi's checks of the joining host's management interface, on hosts and pools imported from real
 * xapi database dumps: that it exists, its VLAN, the address family it uses first, and (before
 * xapi 1.9.81) that it is a physical NIC.
 */
class XapiManagementRulesTest {

    /** XenServer 6.0, dt16 and dt23, untagged IPv4 management. */
    private static final Pool TAMPA_POOL = DumpSamples.pool(DumpSamples.records(TAMPA));
    /** A standalone XenServer 6.0 beta host, untagged management of unknown address family. */
    private static final Host DT40 = DumpSamples.host(DumpSamples.records(SMALL_VMS), null);

    private static List<Violation> check(JoinRule rule, Pool pool, Host host) {
        return rule.evaluate(pool, host, JoinContext.defaults());
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    private static Host withManagement(Host host, ManagementInterface nic) {
        return host.toBuilder().managementInterface(nic).build();
    }

    private static void assertCannotCheck(List<Violation> violations, String fact) {
        Violation v = only(violations);
        ViolationDetails.UnknownFact unknown = assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
        assertAll(
                () -> assertEquals(Severity.WARNING, v.severity()),
                () -> assertTrue(unknown.fact().contains(fact), unknown.fact()),
                () -> assertEquals(Optional.empty(), v.xapiError()));
    }

    @Test
    void aHostWhoseDumpNamesAManagementPifHasAManagementInterface() {
        assertEquals(Optional.of(true), DT40.managementInterfaceExists());
        assertEquals(List.of(), check(NetworkRules.managementInterface(), TAMPA_POOL, DT40));
    }

    @Test
    void aHostWithNoManagementPifIsStillBootingForXapi() {
        Host booting = DumpSamples.host(DumpSamples.withFields(DumpSamples.records(SMALL_VMS), "PIF",
                DumpSamples.where("management", "true"), Map.of("management", XapiValue.database("false"))), null);

        Violation v = only(check(NetworkRules.managementInterface(), TAMPA_POOL, booting));

        assertAll(
                () -> assertEquals(Optional.of(false), booting.managementInterfaceExists()),
                () -> assertEquals(Severity.BLOCKER, v.severity()),
                () -> assertEquals(Optional.of(XapiError.HOST_STILL_BOOTING), v.xapiError()),
                () -> assertEquals(List.of(), v.xapiErrorParameters()),
                () -> assertEquals("host.managementInterfaceExists", v.subject().path()),
                () -> assertTrue(v.message().startsWith("dt40 has no management interface"), v.message()),
                () -> assertTrue(v.fixableByConfiguration()));
    }

    @Test
    void whetherAHostHasAManagementInterfaceIsUnknownWithoutItsPifs() {
        Host unknown = DT40.toBuilder().unknownWhetherManagementInterfaceExists().build();

        assertCannotCheck(check(NetworkRules.managementInterface(), TAMPA_POOL, unknown),
                "whether dt40 has a management interface");
    }

    @Test
    void theManagementInterfaceCheckRunsInEveryRelease() {
        assertEquals(Optional.of(XapiReleases.ALWAYS), NetworkRules.managementInterface().descriptor().xapiReleases());
    }

    @Test
    void untaggedManagementOnBothSidesPasses() {
        assertEquals(OptionalInt.of(-1), DT40.managementInterface().xapiVlan());
        assertEquals(OptionalInt.of(-1), TAMPA_POOL.master().managementInterface().xapiVlan());
        assertEquals(List.of(), check(NetworkRules.managementVlan(), TAMPA_POOL, DT40));
    }

    @Test
    void aTaggedHostJoiningAnUntaggedMasterGetsItsTagThenMinusOne() {
        Host tagged = withManagement(DT40, DT40.managementInterface().toBuilder().vlanTag(20).build());

        Violation v = only(check(NetworkRules.managementVlan(), TAMPA_POOL, tagged));

        assertAll(
                () -> assertEquals(Optional.of(XapiError.POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH),
                        v.xapiError()),
                () -> assertEquals(List.of("20", "-1"), v.xapiErrorParameters()),
                () -> assertEquals("untagged", v.expected()),
                () -> assertEquals("on VLAN 20", v.actual()));
    }

    @Test
    void anUntaggedHostJoiningATaggedMasterGetsMinusOneThenTheMastersTag() {
        Pool tagged = TAMPA_POOL.toBuilder().master(withManagement(TAMPA_POOL.master(),
                TAMPA_POOL.master().managementInterface().toBuilder().vlanTag(4094).build())).build();

        Violation v = only(check(NetworkRules.managementVlan(), tagged, DT40));

        assertEquals(List.of("-1", "4094"), v.xapiErrorParameters());
        assertEquals(List.of("Move the management interface of dt40 to VLAN 4094"),
                v.remediation().stream().map(RemediationStep::description).toList());
    }

    @Test
    void twoDifferentTagsAreNamedInXapisOrderLocalThenRemote() {
        Pool tagged = TAMPA_POOL.toBuilder().master(withManagement(TAMPA_POOL.master(),
                TAMPA_POOL.master().managementInterface().toBuilder().vlanTag(30).build())).build();
        Host host = withManagement(DT40, DT40.managementInterface().toBuilder().vlanTag(31).build());

        assertEquals(List.of("31", "30"),
                only(check(NetworkRules.managementVlan(), tagged, host)).xapiErrorParameters());
        assertEquals(List.of(), check(NetworkRules.managementVlan(), tagged,
                withManagement(DT40, DT40.managementInterface().toBuilder().vlanTag(30).build())));
    }

    @Test
    void anUnknownManagementVlanOfEitherSideCannotBeChecked() {
        Host unknown = withManagement(DT40, DT40.managementInterface().toBuilder().unknownVlanTag().build());
        Pool masterUnknown = TAMPA_POOL.toBuilder().master(withManagement(TAMPA_POOL.master(),
                TAMPA_POOL.master().managementInterface().toBuilder().unknownVlanTag().build())).build();

        assertCannotCheck(check(NetworkRules.managementVlan(), TAMPA_POOL, unknown), "the management VLAN of dt40");
        assertCannotCheck(check(NetworkRules.managementVlan(), masterUnknown, DT40),
                "the management VLAN of dt16, master of pool");
    }

    @Test
    void aHostWithoutAManagementPifHasNoManagementVlanToCompare() {
        Host booting = DT40.toBuilder().managementInterfaceExists(false).build();

        assertCannotCheck(check(NetworkRules.managementVlan(), TAMPA_POOL, booting), "the management VLAN of dt40");
    }

    @Test
    void theManagementVlanCheckCameWithXapi135() {
        XapiReleases releases = NetworkRules.xapiManagementVlan().descriptor().xapiReleases().orElseThrow();
        assertEquals(Optional.empty(), NetworkRules.managementVlan().descriptor().xapiReleases(),
                "the rule for rule sets in another order than xapi's is described without releases");
        assertTrue(releases.contains(XapiVersion.parse("1.35.0")));
        assertFalse(releases.contains(XapiVersion.parse("1.34.0")));
    }

    @Test
    void theSameAddressFamilyPassesAndAnotherIsRefused() {
        Host ipv4 = withManagement(DT40, DT40.managementInterface().toBuilder()
                .primaryAddressType(PrimaryAddressType.IPV4).build());
        Host ipv6 = withManagement(DT40, DT40.managementInterface().toBuilder()
                .primaryAddressType(PrimaryAddressType.IPV6).build());

        assertEquals(Optional.of(PrimaryAddressType.IPV4),
                TAMPA_POOL.master().managementInterface().primaryAddressType());
        assertEquals(List.of(), check(NetworkRules.primaryAddressType(), TAMPA_POOL, ipv4));
        Violation v = only(check(NetworkRules.primaryAddressType(), TAMPA_POOL, ipv6));
        assertAll(
                () -> assertEquals(Optional.of(XapiError.OPERATION_NOT_ALLOWED), v.xapiError()),
                () -> assertEquals(List.of("Primary address type differs"), v.xapiErrorParameters()),
                () -> assertEquals("IPv4", v.expected()),
                () -> assertEquals("IPv6", v.actual()),
                () -> assertEquals("host.managementInterface.primaryAddressType", v.subject().path()));
    }

    @Test
    void aHostOfXenServer60BetaDoesNotSayItsAddressFamily() {
        // The dump of xapi 5.9.960 has no primary_address_type: the check cannot be made.
        assertEquals(Optional.empty(), DT40.managementInterface().primaryAddressType());
        assertCannotCheck(check(NetworkRules.primaryAddressType(), TAMPA_POOL, DT40),
                "the primary address type of dt40");
    }

    @Test
    void aPhysicalManagementNicPassesTheCheckOfXapiBefore1981() {
        assertEquals(List.of(), check(NetworkRules.physicalManagement(), TAMPA_POOL, DT40));
        assertEquals(Optional.of(XapiReleases.until("1.9.81")),
                NetworkRules.physicalManagement().descriptor().xapiReleases());
    }

    @Test
    void aBondOrAVlanAsManagementInterfaceIsRefusedByXapiBefore1981() {
        Host bonded = withManagement(DT40, DT40.managementInterface().toBuilder().device("bond0").bonded(true).build());
        Host tagged = withManagement(DT40, DT40.managementInterface().toBuilder().vlanTag(7).build());

        for (Host host : List.of(bonded, tagged)) {
            Violation v = only(check(NetworkRules.physicalManagement(), TAMPA_POOL, host));
            assertEquals(Optional.of(XapiError.POOL_JOINING_HOST_MUST_HAVE_PHYSICAL_MANAGEMENT_NIC), v.xapiError());
            assertEquals(List.of(), v.xapiErrorParameters());
        }
        assertEquals("the bond bond0", only(check(NetworkRules.physicalManagement(), TAMPA_POOL, bonded)).actual());
        assertEquals("VLAN 7 on eth0", only(check(NetworkRules.physicalManagement(), TAMPA_POOL, tagged)).actual());
    }

    @Test
    void aHostWithoutManagementPifHasNoNonPhysicalOneEither() {
        // xapi looks for PIFs that are management and not physical: none.
        assertEquals(List.of(), check(NetworkRules.physicalManagement(), TAMPA_POOL,
                DT40.toBuilder().managementInterfaceExists(false).build()));
    }

    @Test
    void whetherTheManagementNicIsPhysicalIsUnknownWhenItsBondingIs() {
        Host cowley = DumpSamples.host(DumpSamples.records(COWLEY), null);
        Host unknown = withManagement(cowley, new ManagementInterface(cowley.managementInterface().device(),
                cowley.managementInterface().addressing(), cowley.managementInterface().ipAddress(), Optional.empty(),
                cowley.managementInterface().vlanTag(), cowley.managementInterface().primaryAddressType()));

        assertCannotCheck(check(NetworkRules.physicalManagement(), TAMPA_POOL, unknown),
                "whether the management interface of berlin is a physical NIC");
    }
}
