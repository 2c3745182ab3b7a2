package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.software.ProductVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Join candidates made from the real {@code xe} and XML-RPC samples that hold a host: each one
 * becomes a host, or is refused with the file, the place and what is missing.
 */
class PoolImportSamplesTest {

    private static final String NEON_PART1 = "host-param-list__neonKUBE-issue870-xcpng7.5-PARTIAL-part1.txt";
    private static final String NEON_PART2 = "host-param-list__neonKUBE-issue870-xcpng7.5-PARTIAL-part2.txt";

    @Test
    void theTwoHalvesOfAnXcpNg75HostListMakeOneHostWithPvAndHvmFeaturesApart() throws IOException {
        String whole = text("xe/" + NEON_PART1) + text("xe/" + NEON_PART2);
        Imported<Host> imported = PoolImport.standaloneHost(XeOutput.read(new StringReader(whole), "neonKUBE parts 1 and 2",
                "host"));
        Host host = imported.value();
        ImportReport.Facts facts = imported.report().host(host.id());

        assertAll(
                () -> assertEquals("e9ba9347-0c02-4944-ab16-750affac025f", host.id()),
                () -> assertEquals("xcp-home", host.hostname()),
                () -> assertEquals(Optional.of(ProductVersion.parse("7.5.0")), host.software().productVersion()),
                () -> assertEquals(Optional.of("XCP-ng"), host.software().softwareVersion().compatibilityName()),
                () -> assertEquals(Optional.of(CpuVendor.INTEL), host.cpu().vendor()),
                () -> assertEquals(OptionalInt.of(2), host.cpu().sockets()),
                () -> assertEquals(OptionalInt.of(16), host.cpu().cpuCount()),
                // features_pv and features_hvm, 10 words of Xen's layout, are kept apart in cpu_info ...
                () -> assertEquals(10, host.cpu().info().featuresPv().orElseThrow().wordCount()),
                () -> assertTrue(host.cpu().info().featuresHvm().orElseThrow()
                        .isSupersetOf(host.cpu().info().featuresPv().orElseThrow().intersect(
                                FeatureCatalog.x86().featureSet("sse4_2", "popcnt")))),
                // ... and XenServer 5.6 masking, which compared features and physical_features, has no data.
                () -> assertEquals(Optional.empty(), host.cpu().physicalFeatures()),
                () -> assertTrue(facts.unknown().get("cpu.features").contains("features_pv/features_hvm"),
                        facts.unknown().toString()),
                () -> assertEquals(Optional.empty(), host.cpu().maskingSupport()),
                () -> assertEquals(Optional.of("10.0.0.5"), host.managementInterface().ipAddress()));
    }

    @ParameterizedTest
    @ValueSource(strings = {NEON_PART2, "host-param-list-capabilities-cpu_info__xcp-ng-xcp-issue370-PARTIAL.txt",
        "host-param-list-cpu_info-line__xen-api-pr5464-xcpng-threads_per_core.txt",
        "host-cpu-info__xcp-ng-xcp-issue249-xcpng8.0-intel-i5-5250U.txt"})
    void aFragmentWithoutTheHostsUuidIsRefusedNamingFileRecordAndField(String file) throws IOException {
        XapiRecords records = XeOutputSamplesTest.read(file, "host");

        XapiImportException e = assertThrows(XapiImportException.class, () -> PoolImport.standaloneHost(records));

        assertTrue(e.getMessage().startsWith(file + ", record 1 (line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("field uuid: expected a value, found none"), e.getMessage());
    }

    @Test
    void aSavedHostGetAllRecordsOfOneHostBecomesACandidate() throws IOException {
        XapiRecords records = rpc("xmlrpc-response__fog-xenserver-create_server_get_all_hosts__xs6.2.0"
                + "-host.get_all_records.xml");

        // get_all_records lists every host of the pool: one here, so its owner knows it is standalone.
        Host host = PoolImport.standaloneHost(records).value();

        assertAll(
                () -> assertEquals("vermelinho", host.hostname()),
                () -> assertEquals(Optional.of(ProductVersion.parse("6.2.0")), host.software().productVersion()),
                () -> assertEquals(Optional.of("70446c"), host.software().buildNumber()),
                () -> assertEquals(Optional.of(LicenceEdition.FREE), host.licence()),
                () -> assertEquals(Optional.of(MaskingSupport.FULL), host.cpu().maskingSupport()),
                () -> assertTrue(host.cpu().modelName().contains("M 450"), host.cpu().modelName()),
                () -> assertEquals(Optional.of(false), host.licenceParams().orElseThrow().restricts("pooling")));
    }

    @Test
    void twoSavedHostsWithoutTheirPoolRecordAreNoCandidates() throws IOException {
        XapiRecords records = rpc("xmlrpc-response__fog-xenserver-get_all_hosts__xs6.2.0-host.get_all_records.xml");
        String first = records.all("host").get(0).uuid().orElseThrow();

        XapiImportException e = assertThrows(XapiImportException.class, () -> PoolImport.host(records, first));

        assertTrue(e.getMessage().contains("expected the record of the host's pool as well"), e.getMessage());
    }

    private static XapiRecords rpc(String file) throws IOException {
        try (InputStream in = PoolImportSamplesTest.class.getResourceAsStream("samples/xapi-rpc/" + file)) {
            return XmlRpcRecords.read(in, file, "host");
        }
    }

    private static String text(String path) throws IOException {
        try (InputStream in = PoolImportSamplesTest.class.getResourceAsStream("samples/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
