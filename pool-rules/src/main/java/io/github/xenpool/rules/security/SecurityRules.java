package io.github.xenpool.rules.security;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.rules.JoinRule;
import org.apiguardian.api.API;

/** Rules about the candidate's external authentication, TLS verification and trusted certificates. */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class SecurityRules {

    /** The id of {@link #externalAuth()}. */
    public static final String EXTERNAL_AUTH = "auth.external";
    /** The id of {@link #tlsVerification()}. */
    public static final String TLS_VERIFICATION = "tls.verification";
    /** The id of {@link #caCertificates()}. */
    public static final String CA_CERTIFICATES = "tls.ca-certificates";
    /** The id of {@link #trustedCertificates()}. */
    public static final String TRUSTED_CERTIFICATES = "tls.trusted-certificates";

    private SecurityRules() {
    }

    /**
     * {@code auth.external}, every xapi release ({@code assert_external_auth_matches}): BLOCKER
     * when the candidate's {@code external_auth_type} differs from the pool master's, or its
     * {@code external_auth_service_name} does. xapi 24.33 and later compare the service names
     * ignoring the case of ASCII letters, earlier releases exactly: which one runs the check is
     * the candidate's own xapi ({@link io.github.xenpool.rules.XapiReleases#of}), so a
     * difference in case alone needs it, and is a "cannot check" WARNING when it is unknown. xapi:
     * {@code POOL_JOINING_EXTERNAL_AUTH_MISMATCH} without parameters. When the candidate's or the
     * master's setting is unknown: a WARNING that it cannot check ({@code UnknownFact}).
     *
     * @return the rule
     */
    public static JoinRule externalAuth() {
        return new ExternalAuthRule();
    }

    /**
     * {@code tls.verification}, xapi 1.297.0 and later ({@code assert_tls_verification_matches}):
     * BLOCKER when {@code pool.tls_verification_enabled} of the pool the candidate heads differs
     * from the pool's. xapi: {@code POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH} without
     * parameters. When either setting is unknown (xapi before 1.297 has none, and a member of
     * another pool heads none): a WARNING that it cannot check.
     *
     * @return the rule
     */
    public static JoinRule tlsVerification() {
        return new TlsVerificationRule();
    }

    /**
     * {@code tls.ca-certificates}, xapi 1.302.0 and later
     * ({@code assert_legacy_ca_certificates_compatible}, named
     * {@code assert_ca_certificates_compatible} before 26.13): BLOCKER when a name of a CA
     * certificate (type {@code ca}, name not empty) that the candidate's pool trusts names a
     * certificate of another SHA-256 fingerprint in the pool. xapi:
     * {@code POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT} with the conflicting names as
     * parameters, one violation for all of them. When either side's certificates are unknown: a
     * WARNING that it cannot check.
     *
     * @return the rule
     */
    public static JoinRule caCertificates() {
        return new CaCertificatesRule();
    }

    /**
     * {@code tls.trusted-certificates}, xapi 26.13.0 and later (and 26.1.12 on, on the 26.1
     * branch) ({@code assert_trusted_certificates_compatible}): one BLOCKER per SHA-256
     * fingerprint of an unnamed trusted certificate (type {@code ca} or {@code pinned}, empty name)
     * that both sides trust for purposes that overlap but differ. xapi:
     * {@code POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT [ref_in_pool; ref_on_host]}, each
     * the certificate's reference when it is known, otherwise its UUID (empty when neither is).
     * When either side's certificates are unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    public static JoinRule trustedCertificates() {
        return new TrustedCertificatesRule();
    }
}
