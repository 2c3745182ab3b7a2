package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.ProductVersion;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Hosts made from real {@code xe} output ({@code samples/xe}): what the text says becomes the
 * host's facts, checked against the raw files; what it does not say stays unknown.
 */
class PoolImportXeTest {

    private static final String XS65_HOST = "host-list-params-all__cn-cloudstack-notes-xenserver6.5.txt";

    @Test
    void aXenServer65HostListBecomesAStandaloneCandidateWithItsCpuAndSoftware() throws IOException {
        // xe host-list prints every host of the pool, one here; without the pool's record, the caller says standalone.
        Imported<Host> imported = PoolImport.standaloneHost(XeOutputSamplesTest.read(XS65_HOST, "host"));
        Host host = imported.value();

        assertAll(
                () -> assertEquals("760a1e5e-c439-42f9-bf5a-480e2bb2b959", host.id()),
                () -> assertEquals("localhost.localdomain", host.hostname()),
                () -> assertEquals(Membership.standalone(), host.membership()),
                () -> assertEquals(Optional.of(CpuVendor.INTEL), host.cpu().vendor()),
                () -> assertEquals("Intel Core i7 9xx (Nehalem Class Core i7)", host.cpu().modelName()),
                () -> assertEquals(26, host.cpu().model()),
                // features: 80ba2221-0f8bfbff-00000001-28100800 in the 5.6 layout: base ecx first
                () -> assertTrue(host.cpu().physicalFeatures().orElseThrow().isSupersetOf(
                        FeatureCatalog.x86().featureSet("sse4_2", "popcnt", "vmx", "lm", "nx"))),
                () -> assertEquals(host.cpu().physicalFeatures(), host.cpu().features()),
                () -> assertEquals(Optional.of(MaskingSupport.FULL), host.cpu().maskingSupport()),
                () -> assertEquals(Optional.of(true), host.cpu().virtualizationEnabled()),
                () -> assertEquals(OptionalInt.of(1), host.cpu().sockets()),
                () -> assertEquals(Optional.of(ProductVersion.parse("6.5.0")), host.software().productVersion()),
                () -> assertEquals(Optional.of("90233c"), host.software().buildNumber()),
                () -> assertEquals(Optional.of(new ApiVersion(2, 3)), host.software().apiVersion()),
                () -> assertEquals(Optional.of("openvswitch"), host.software().softwareVersion().networkBackend()),
                () -> assertEquals(Optional.of("XenServer"), host.software().softwareVersion().compatibilityName()),
                () -> assertEquals(List.of("xcp:main", "xs:main", "xs:xenserver-transfer-vm"),
                        host.software().supplementalPacks().stream().map(p -> p.name()).toList()),
                () -> assertEquals("6.5.0-90233c", host.software().pack("xs:main").orElseThrow().revision()),
                () -> assertEquals(Optional.of(java.util.Set.of()), host.software().hotfixes(),
                        "patches ( RO) is empty: no patch applied"),
                () -> assertEquals(Optional.of(LicenceEdition.FREE), host.licence()),
                () -> assertEquals(Optional.of(ExternalAuth.NONE), host.externalAuth()),
                () -> assertEquals(Optional.of("10.1.6.125"), host.managementInterface().ipAddress()));
    }

    @Test
    void whatAHostListDoesNotSayStaysUnknownAndTheReportSaysWhy() throws IOException {
        Imported<Host> imported = PoolImport.standaloneHost(XeOutputSamplesTest.read(XS65_HOST, "host"));
        Host host = imported.value();
        ImportReport.Facts facts = imported.report().host(host.id());

        assertAll(
                () -> assertEquals(Optional.empty(), host.clock()),
                () -> assertEquals(Optional.empty(), host.managementInterface().addressing()),
                () -> assertEquals(Optional.empty(), host.managementInterface().bonded()),
                () -> assertEquals("unknown", host.managementInterface().device()),
                () -> assertTrue(facts.unknown().containsKey("clock"), facts.unknown().toString()),
                () -> assertTrue(facts.unknown().get("managementInterface").contains("no PIF"), facts.unknown()
                        .toString()),
                () -> assertTrue(facts.unknown().containsKey("storage")),
                () -> assertFalse(host.isComplete(Host.Listing.VMS), "no VM records: the VMs may be any"),
                () -> assertFalse(host.isComplete(Host.Listing.STORAGE)),
                () -> assertFalse(host.isComplete(Host.Listing.NETWORK_INTERFACES)),
                () -> assertTrue(facts.read().contains("membership (standalone, as the caller said)")),
                () -> assertTrue(facts.read().contains("cpu.features")),
                () -> assertFalse(facts.unknown().containsKey("cpu.features")),
                () -> assertTrue(imported.report().render().contains("unknown: clock"), imported.report().render()));
    }

    @Test
    void aRecordWithoutAUuidCannotBecomeAHost() {
        XapiRecords records = XapiRecords.builder("made-up.txt")
                .add(XapiRecord.withoutRef("host", java.util.Map.of("hostname", XapiValue.text("xs-01")),
                        "made-up.txt", "record 1 (line 1)"))
                .build();

        XapiImportException e = assertThrows(XapiImportException.class, () -> PoolImport.standaloneHost(records));
        assertTrue(e.getMessage().contains("made-up.txt, record 1 (line 1), field uuid: expected a value"),
                e.getMessage());
    }

    @Test
    void recordsWithoutAHostOrWithSeveralNeedTheHostNamed() {
        XapiRecords none = XapiRecords.builder("empty.txt").xapiClass("host").build();
        XapiRecords two = XapiRecords.builder("two.txt")
                .add(XapiRecord.withoutRef("host", java.util.Map.of("uuid",
                        XapiValue.text("11111111-1111-4111-8111-111111111111"), "hostname", XapiValue.text("a")),
                        "two.txt", "record 1"))
                .add(XapiRecord.withoutRef("host", java.util.Map.of("uuid",
                        XapiValue.text("22222222-2222-4222-8222-222222222222"), "hostname", XapiValue.text("b")),
                        "two.txt", "record 2"))
                .build();

        assertTrue(assertThrows(XapiImportException.class, () -> PoolImport.host(none)).getMessage()
                .contains("found none"));
        assertTrue(assertThrows(XapiImportException.class, () -> PoolImport.host(two)).getMessage()
                .contains("found 2"));
        assertTrue(assertThrows(XapiImportException.class, () -> PoolImport.host(two, "b")).getMessage()
                .contains("expected the record of the host's pool as well"), "a host of several is in a pool whose"
                + " record is missing");
        assertTrue(assertThrows(XapiImportException.class, () -> PoolImport.standaloneHost(two)).getMessage()
                .contains("found 2"));
        assertTrue(assertThrows(XapiImportException.class, () -> PoolImport.host(two, "c")).getMessage()
                .contains("found none among"));
    }

    @Test
    void aDhcpManagementPifLeavesTheAddressingUnknown() {
        XapiRecords records = XapiRecords.builder("pif.txt")
                .add(XapiRecord.withoutRef("host", java.util.Map.of("uuid",
                        XapiValue.text("11111111-1111-4111-8111-111111111111"), "hostname", XapiValue.text("xs-01")),
                        "pif.txt", "record 1"))
                .add(XapiRecord.withoutRef("PIF", java.util.Map.of("uuid",
                        XapiValue.text("33333333-3333-4333-8333-333333333333"), "device", XapiValue.text("eth0"),
                        "management", XapiValue.text("true"), "IP-configuration-mode", XapiValue.text("DHCP"),
                        "IP", XapiValue.text("192.0.2.5"), "VLAN", XapiValue.text("-1"),
                        "host-uuid", XapiValue.text("11111111-1111-4111-8111-111111111111")), "pif.txt", "record 2"))
                .build();

        Imported<Host> imported = PoolImport.standaloneHost(records);

        assertEquals("eth0", imported.value().managementInterface().device());
        assertEquals(Optional.of("192.0.2.5"), imported.value().managementInterface().ipAddress());
        assertEquals(Optional.empty(), imported.value().managementInterface().addressing());
        assertTrue(imported.report().hosts().get(0).unknown().get("managementInterface.addressing").contains("DHCP"));
    }

    @Test
    void aStaticManagementPifIsStaticAndABondMasterIsBonded() {
        XapiRecords records = XapiRecords.builder("pif.txt")
                .add(XapiRecord.withoutRef("host", java.util.Map.of("uuid",
                        XapiValue.text("11111111-1111-4111-8111-111111111111"), "hostname", XapiValue.text("xs-01")),
                        "pif.txt", "record 1"))
                .add(XapiRecord.withoutRef("PIF", java.util.Map.of("uuid",
                        XapiValue.text("33333333-3333-4333-8333-333333333333"), "device", XapiValue.text("bond0"),
                        "management", XapiValue.text("true"), "IP-configuration-mode", XapiValue.text("Static"),
                        "IP", XapiValue.text("192.0.2.5"), "VLAN", XapiValue.text("42"),
                        "bond-master-of", XapiValue.set(List.of("44444444-4444-4444-8444-444444444444")),
                        "host-uuid", XapiValue.text("11111111-1111-4111-8111-111111111111")), "pif.txt", "record 2"))
                .build();

        Host host = PoolImport.standaloneHost(records).value();

        assertEquals(Optional.of(Addressing.STATIC), host.managementInterface().addressing());
        assertEquals(Optional.of(true), host.managementInterface().bonded());
        assertEquals(OptionalInt.of(42), host.managementInterface().vlanTag());
    }
}
