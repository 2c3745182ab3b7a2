package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What xapi's TLS and certificate join checks read, imported: {@code pool.tls_verification_enabled}
 * and every {@code Certificate} record with its UUID and reference. No real sample holds them (the
 * dumps are of XenServer 5.x, which has neither), so a real dump gets them added: the XenServer
 * 5.6 FP1 host taris-2 as an xapi 26.13 database would show it.
 */
class PoolImportTrustTest {

    private static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    private static final String HOST_REF = "OpaqueRef:b42c3cef-ce0f-a41b-732d-c177862a91aa";
    private static final String HOST_FP = "11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF:11:22:33:44:55:66:77:88:"
            + "99:00:AA:BB:CC:DD:EE:FF";
    private static final String CA_FP = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
            + "AB:CD:EF:01:23:45:67:89";
    private static final String TRUSTED_FP = "0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0:0F:1E:2D:3C:4B:5A:69:"
            + "78:87:96:A5:B4:C3:D2:E1:F0";
    private static final String CERTIFICATES = "<table name=\"Certificate\">"
            + "<row ref=\"OpaqueRef:1b7e2c4d-5f60-4a71-8b92-a3b4c5d6e7f8\" uuid=\"2c8f3d5e-6a71-4b82-9ca3-b4c5d6e7f809\""
            + " name=\"\" type=\"host\" host=\"" + HOST_REF + "\" fingerprint=\"" + HOST_FP + "\" fingerprint_sha256=\""
            + HOST_FP + "\" purpose=\"()\"/>"
            + "<row ref=\"OpaqueRef:2c8f3d5e-6a71-4b82-9ca3-b4c5d6e7f809\" uuid=\"3d904e6f-7b82-4c93-adb4-c5d6e7f8091a\""
            + " name=\"corp-root.pem\" type=\"ca\" host=\"OpaqueRef:NULL\" fingerprint_sha256=\"" + CA_FP
            + "\" purpose=\"()\"/>"
            + "<row ref=\"OpaqueRef:3d904e6f-7b82-4c93-adb4-c5d6e7f8091a\" uuid=\"4ea15f70-8c93-4da4-bec5-d6e7f8091a2b\""
            + " name=\"\" type=\"ca\" host=\"OpaqueRef:NULL\" fingerprint_sha256=\"" + TRUSTED_FP
            + "\" purpose=\"('licensing' 'ldaps')\"/>"
            + "</table>";

    private static XapiRecords dump(String certificates, String poolFields) {
        String raw = XapiDbSamples.text(COWLEY).replace("<table name=\"pool\"><row ", "<table name=\"pool\"><row "
                + poolFields).replace("</database>", certificates + "</database>");
        try {
            return XapiDatabase.read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)), COWLEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<Certificate> EXPECTED = List.of(
            new Certificate("", HOST_FP, "host", Set.of()).withUuid("2c8f3d5e-6a71-4b82-9ca3-b4c5d6e7f809")
                    .withReference("OpaqueRef:1b7e2c4d-5f60-4a71-8b92-a3b4c5d6e7f8"),
            new Certificate("corp-root.pem", CA_FP, "ca", Set.of()).withUuid("3d904e6f-7b82-4c93-adb4-c5d6e7f8091a")
                    .withReference("OpaqueRef:2c8f3d5e-6a71-4b82-9ca3-b4c5d6e7f809"),
            new Certificate("", TRUSTED_FP, "ca", Set.of("ldaps", "licensing"))
                    .withUuid("4ea15f70-8c93-4da4-bec5-d6e7f8091a2b")
                    .withReference("OpaqueRef:3d904e6f-7b82-4c93-adb4-c5d6e7f8091a"));

    @Test
    void aDumpsCertificatesBecomeThePoolsInTheirOrderWithUuidAndReference() {
        Imported<Pool> imported = PoolImport.pool(dump(CERTIFICATES, "tls_verification_enabled=\"true\" "));
        Pool pool = imported.value();

        assertAll(
                () -> assertEquals(Optional.of(EXPECTED), pool.configuration().certificates()),
                () -> assertEquals(Optional.of(true), pool.configuration().tlsVerificationEnabled()),
                () -> assertTrue(imported.report().pool().read().containsAll(List.of("pool.certificates",
                        "pool.tlsVerificationEnabled")), imported.report().pool().read().toString()));
    }

    @Test
    void aStandaloneHostsOwnPoolCarriesItsTlsSettingAndCertificates() {
        Imported<Host> imported = PoolImport.host(dump(CERTIFICATES, "tls_verification_enabled=\"false\" "));
        Host host = imported.value();

        assertEquals(Optional.of(EXPECTED), host.ownPool().orElseThrow().certificates());
        assertEquals(Optional.of(false), host.ownPool().orElseThrow().tlsVerificationEnabled());
        assertTrue(imported.report().host(host.id()).read().contains("pool.certificates"));
    }

    @Test
    void theRealDumpHasNeitherTlsSettingNorCertificatesAndTheReportSaysWhy() {
        Imported<Pool> imported = PoolImport.pool(XapiDbSamples.read(COWLEY));

        assertEquals(Optional.empty(), imported.value().configuration().tlsVerificationEnabled());
        assertEquals(Optional.empty(), imported.value().configuration().certificates());
        assertEquals("the records hold no Certificate records",
                imported.report().pool().unknown().get("pool.certificates"));
        assertTrue(imported.report().pool().unknown().get("pool.tlsVerificationEnabled").contains("1.297"));
    }

    @Test
    void aRecordFromBeforeXapiNamedAndTypedCertificatesIsAHostCertificateAsXapiTakesIt() {
        // xapi 1.249 to 1.293 had neither name nor type (nor purpose); its default type is host.
        String old = "<table name=\"Certificate\"><row ref=\"OpaqueRef:1b7e2c4d-5f60-4a71-8b92-a3b4c5d6e7f8\""
                + " uuid=\"2c8f3d5e-6a71-4b82-9ca3-b4c5d6e7f809\" host=\"" + HOST_REF + "\" fingerprint=\"" + HOST_FP
                + "\"/></table>";

        Pool pool = PoolImport.pool(dump(old, "")).value();

        assertEquals(List.of(new Certificate("", HOST_FP, "host", Set.of()))
                        .get(0).withUuid("2c8f3d5e-6a71-4b82-9ca3-b4c5d6e7f809")
                        .withReference("OpaqueRef:1b7e2c4d-5f60-4a71-8b92-a3b4c5d6e7f8"),
                pool.configuration().certificates().orElseThrow().get(0));
    }

    @Test
    void aCertificateWhosePurposesOrFingerprintCannotBeReadLeavesEveryCertificateUnknown() {
        String badPurpose = CERTIFICATES.replace("purpose=\"('licensing' 'ldaps')\"", "purpose=\"('licensing'\"");
        String noFingerprint = CERTIFICATES.replace(" fingerprint_sha256=\"" + CA_FP + "\"", "");

        Imported<Pool> purpose = PoolImport.pool(dump(badPurpose, ""));
        Imported<Pool> fingerprint = PoolImport.pool(dump(noFingerprint, ""));

        assertEquals(Optional.empty(), purpose.value().configuration().certificates(),
                "a check that compares them must not miss one");
        assertEquals(Optional.empty(), fingerprint.value().configuration().certificates());
        assertTrue(purpose.report().pool().unknown().get("pool.certificates").contains("could not be read"));
        assertTrue(fingerprint.report().warnings().stream().anyMatch(w -> w.message().contains("fingerprint_sha256")),
                fingerprint.report().render());
    }

    @Test
    void xeGivesACertificatesUuidButNoReference() throws IOException {
        String xe = "uuid ( RO)                  : 3d904e6f-7b82-4c93-adb4-c5d6e7f8091a\n"
                + "                name ( RO): corp-root.pem\n"
                + "                type ( RO): ca\n"
                + "                host ( RO): <not in database>\n"
                + "  fingerprint-sha256 ( RO): " + CA_FP + "\n"
                + "             purpose (SRO): ldaps; licensing\n";
        // The real xe pool-param-list of an XCP-ng pool, made the pool of the real XenServer 6.5 host.
        String poolList = readAll("pool-param-list__neonSDK-xcp-ng-comment.txt");
        XapiRecords records = XapiRecords.merge(List.of(
                XeOutputSamplesTest.read("host-list-params-all__cn-cloudstack-notes-xenserver6.5.txt", "host"),
                XeOutput.read(new StringReader(poolList.replace("eae75dd5-6ae2-474f-a04d-a982d52821e7",
                        "760a1e5e-c439-42f9-bf5a-480e2bb2b959")), "pool-param-list.txt", "pool"),
                XeOutput.read(new StringReader(xe), "certificate-list.txt", "Certificate")));

        Host host = PoolImport.host(records).value();

        assertEquals(Optional.of(List.of(new Certificate("corp-root.pem", CA_FP, "ca", Set.of("ldaps", "licensing"))
                        .withUuid("3d904e6f-7b82-4c93-adb4-c5d6e7f8091a"))),
                host.ownPool().orElseThrow().certificates());
    }

    private static String readAll(String name) throws IOException {
        try (java.io.Reader in = XeOutputSamplesTest.open(name)) {
            java.io.StringWriter out = new java.io.StringWriter();
            in.transferTo(out);
            return out.toString();
        }
    }
}
