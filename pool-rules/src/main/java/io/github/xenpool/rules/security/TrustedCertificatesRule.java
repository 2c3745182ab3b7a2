package io.github.xenpool.rules.security;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * xapi's {@code assert_trusted_certificates_compatible}: the unnamed trusted certificates (type
 * {@code ca} or {@code pinned}, empty name) of the remote pool's database against those of the
 * joining host's own, fingerprint by fingerprint. The purposes of one fingerprint on the two sides
 * must be equal or disjoint (an empty set is disjoint from any). xapi keeps one record per
 * fingerprint and side, the last it lists, and raises the first conflicting fingerprint in byte
 * order with {@code [ref_in_pool; ref_on_host]}.
 *
 * <p>A side may list a fingerprint several times, with disjoint purposes. The rule then decides
 * only when every pair of the two sides' records gives the same answer, names the last record of
 * each side (the model's order being the source's), and otherwise says it cannot check that
 * fingerprint. It reports every conflicting fingerprint, in xapi's order, so the first is the one
 * xapi raises.
 */
final class TrustedCertificatesRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SecurityRules.TRUSTED_CERTIFICATES,
                    "no certificate is trusted for overlapping but different purposes in the pool and in the host's"
                    + " own pool", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT)
            .withSources(
                    RuleDescriptor.Source.xapiCheck("assert_trusted_certificates_compatible"))
            .withFixableByConfiguration(true)
            // 26.13.0 on the main line, backported to the 26.1 line from 26.1.12: a range holds one
            // start, so 26.2 to 26.12, which lack it, count in too; a check that may run is never left out.
            .withXapiReleases(XapiReleases.since("26.1.12"));

    TrustedCertificatesRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> unknown = TrustStores.unknown(pool, host, id());
        if (!unknown.isEmpty()) {
            return unknown;
        }
        Map<String, List<Certificate>> pools = byFingerprint(TrustStores.pools(pool).orElseThrow());
        Map<String, List<Certificate>> hosts = byFingerprint(TrustStores.hosts(host).orElseThrow());
        List<Violation> found = new ArrayList<>(0);
        for (Map.Entry<String, List<Certificate>> entry : pools.entrySet()) {
            List<Certificate> own = hosts.get(entry.getKey());
            if (own == null) {
                continue;
            }
            List<Certificate> theirs = entry.getValue();
            int conflicts = 0;
            for (Certificate inPool : theirs) {
                for (Certificate onHost : own) {
                    conflicts += conflict(inPool.purposes(), onHost.purposes()) ? 1 : 0;
                }
            }
            if (conflicts == theirs.size() * own.size()) {
                found.add(violation(pool, host, theirs.get(theirs.size() - 1), own.get(own.size() - 1)));
            } else if (conflicts > 0) {
                found.add(Violation.cannotCheck(id(), subject(host, entry.getKey()), "which of the records of"
                                + " certificate " + TrustStores.fingerprint(entry.getKey()) + " xapi compares, as pool "
                                + Text.name(pool.name()) + " lists " + theirs.size() + " and "
                                + Text.name(host.hostname()) + " " + own.size()
                                + " whose purposes conflict for some choices only",
                        "the certificate's records in the order xapi lists them, one per side"));
            }
        }
        return found;
    }

    /** Overlapping but different purposes: xapi could merge neither equal nor disjoint ones wrongly. */
    private static boolean conflict(Set<String> inPool, Set<String> onHost) {
        return !inPool.equals(onHost) && !Collections.disjoint(inPool, onHost);
    }

    private Violation violation(Pool pool, Host host, Certificate inPool, Certificate onHost) {
        String hostname = Text.name(host.hostname());
        String fingerprint = TrustStores.fingerprint(inPool.fingerprint());
        return Violation.of(DESCRIPTOR, subject(host, inPool.fingerprint()))
                .message("certificate " + fingerprint + " is trusted for " + TrustStores.purposes(inPool.purposes())
                        + " in pool " + Text.name(pool.name()) + " and for " + TrustStores.purposes(onHost.purposes())
                        + " in the pool " + hostname + " heads; a certificate both trust must have the same purposes"
                        + " on both sides, or none in common")
                .fixableByConfiguration(true)
                .expectedActual("trusted for " + TrustStores.purposes(inPool.purposes()),
                        "trusted for " + TrustStores.purposes(onHost.purposes()))
                .xapiError(XapiError.POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT, identity(inPool),
                        identity(onHost))
                .step("Uninstall certificate " + fingerprint + " from " + hostname
                        + " (xe pool-uninstall-trusted-certificate certificate-uuid="
                        + onHost.uuid().orElse("<its UUID>") + " on it), and install it there again for "
                        + (inPool.purposes().isEmpty() ? "no particular purpose"
                                : "purpose " + TrustStores.purposes(inPool.purposes()))
                        + " if " + hostname + " still needs it")
                .build();
    }

    /** How xapi names a certificate in its error: its reference; the UUID when the model lacks it. */
    private static String identity(Certificate certificate) {
        return certificate.reference().or(certificate::uuid).orElse("");
    }

    /** The unnamed trusted certificates of a side by fingerprint, in xapi's order, each in the side's order. */
    private static Map<String, List<Certificate>> byFingerprint(List<Certificate> certificates) {
        Map<String, List<Certificate>> trusted = new TreeMap<>(TrustStores.XAPI_ORDER);
        for (Certificate certificate : certificates) {
            boolean trustedType = Certificate.TYPE_CA.equals(certificate.type())
                    || Certificate.TYPE_PINNED.equals(certificate.type());
            if (trustedType && certificate.name().isEmpty()) {
                trusted.computeIfAbsent(certificate.fingerprint(), f -> new ArrayList<>()).add(certificate);
            }
        }
        return trusted;
    }

    private static Subject subject(Host host, String fingerprint) {
        return new Subject(Subject.Kind.HOST, List.of(Subject.Node.property("host"), Subject.Node.property("ownPool"),
                Subject.Node.atKey("certificates", fingerprint)), host.hostname());
    }
}
