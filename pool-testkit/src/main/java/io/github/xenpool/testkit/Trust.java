package io.github.xenpool.testkit;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a generated host trusts and how it authenticates users, derived from names alone so that
 * the generators draw no more random choices: a pool's external authentication, TLS setting and
 * certificates, and a candidate's that agree with them.
 */
final class Trust {

    private Trust() {
    }

    /** The external authentication of every member of the named pool: none, or an AD domain. */
    static ExternalAuth externalAuth(String poolName) {
        switch (Math.floorMod(poolName.hashCode(), 3)) {
            case 0:
                return ExternalAuth.NONE;
            case 1:
                return new ExternalAuth("AD", "corp.example.com");
            default:
                return new ExternalAuth("AD", "Lab.Example.com");
        }
    }

    /**
     * What the named pool knows of itself: TLS verification on or off, and the certificates it
     * trusts: a named CA and an unnamed one trusted for LDAPS.
     */
    static PoolConfiguration configuration(String poolName) {
        return PoolConfiguration.UNKNOWN.withTlsVerificationEnabled(Math.floorMod(poolName.hashCode(), 2) == 0)
                .withCertificates(List.of(
                        certificate(poolName + "-root.pem", fingerprint(poolName, "root"), Certificate.TYPE_CA,
                                Set.of(), poolName, "root"),
                        certificate("", fingerprint(poolName, "ldaps"), Certificate.TYPE_CA, Set.of("ldaps"), poolName,
                                "ldaps")));
    }

    /**
     * The own pool of a candidate that meets the pool's requirements: the pool's TLS setting, and
     * copies of the certificates the pool trusts besides the candidate's own host certificate;
     * what the pool does not know, the candidate does not either.
     */
    static PoolConfiguration ownPoolCompliantWith(Pool pool, String hostname) {
        Optional<List<Certificate>> certificates = pool.configuration().certificates().map(trusted -> {
            List<Certificate> copies = new ArrayList<>();
            copies.add(certificate("", fingerprint("host", hostname), Certificate.TYPE_HOST, Set.of(), hostname,
                    "host"));
            for (Certificate certificate : trusted) {
                if (!certificate.type().equals(Certificate.TYPE_HOST)
                        && !certificate.type().equals(Certificate.TYPE_HOST_INTERNAL)) {
                    copies.add(copy(certificate, hostname, certificate.fingerprint()));
                }
            }
            return copies;
        });
        return PoolConfiguration.UNKNOWN.withTlsVerificationEnabled(pool.configuration().tlsVerificationEnabled())
                .withCertificates(certificates);
    }

    /** The certificate on the named host: the same name, type and purposes, a fingerprint given. */
    static Certificate copy(Certificate certificate, String hostname, String fingerprint) {
        return certificate(certificate.name(), fingerprint, certificate.type(), certificate.purposes(), hostname,
                certificate.fingerprint());
    }

    static Certificate withPurposes(Certificate certificate, Set<String> purposes) {
        Certificate changed = new Certificate(certificate.name(), certificate.fingerprint(), certificate.type(),
                purposes);
        changed = certificate.uuid().map(changed::withUuid).orElse(changed);
        return certificate.reference().map(changed::withReference).orElse(changed);
    }

    private static Certificate certificate(String name, String fingerprint, String type, Set<String> purposes,
            String owner, String which) {
        return new Certificate(name, fingerprint, type, purposes).withUuid(Ids.uuid("certificate", owner, which))
                .withReference("OpaqueRef:" + Ids.uuid("certificate-ref", owner, which));
    }

    /** A SHA-256 fingerprint as xapi prints it, of the parts. */
    static String fingerprint(String... parts) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(String.join(":", parts)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        StringBuilder out = new StringBuilder(95);
        for (byte b : hash) {
            if (out.length() > 0) {
                out.append(':');
            }
            out.append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }
}
