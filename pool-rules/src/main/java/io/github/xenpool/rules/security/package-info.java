/**
 * Rules about how the candidate authenticates and whom it trusts: its external authentication
 * (Active Directory) must be the pool master's, its pool's TLS verification setting the pool's,
 * and the certificates its pool trusts must not contradict those the pool trusts. These are
 * xapi's checks {@code assert_external_auth_matches}, {@code assert_tls_verification_matches},
 * {@code assert_legacy_ca_certificates_compatible} and
 * {@code assert_trusted_certificates_compatible}, with xapi's error codes and parameters.
 *
 * <p>The candidate's side of the TLS and certificate checks is read from the pool it heads
 * ({@link io.github.xenpool.core.Host#ownPool()}), as xapi reads it from the joining host's own
 * database; the pool's side from {@link io.github.xenpool.core.Pool#configuration()}.
 */
package io.github.xenpool.rules.security;
