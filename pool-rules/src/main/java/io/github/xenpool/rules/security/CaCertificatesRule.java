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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * xapi's {@code assert_legacy_ca_certificates_compatible}: the named CA certificates (type
 * {@code ca}, name not empty) of the joining host's own database against those of the remote
 * pool's, name by name. xapi keeps one SHA-256 fingerprint per name and side (the last record it
 * lists) and raises every name whose two fingerprints differ. When a side lists a name more than
 * once (xapi itself replaces a named CA when it installs one of the same name), the rule decides
 * only if every choice gives the same answer, and otherwise says it cannot check that name.
 *
 * <p>xapi raises the names in the order its union of the two maps visits them, which depends on
 * the shape of its balanced trees and so on the order of its database; the rule gives them in
 * byte order. With one conflicting name, as usual, the parameters are exactly xapi's.
 */
final class CaCertificatesRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SecurityRules.CA_CERTIFICATES,
                    "no CA certificate name stands for one certificate in the pool and for another in the host's own"
                    + " pool", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT)
            .withSources(
                    RuleDescriptor.Source.xapiCheck("assert_legacy_ca_certificates_compatible"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("1.302.0"));

    CaCertificatesRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> unknown = TrustStores.unknown(pool, host, id());
        if (!unknown.isEmpty()) {
            return unknown;
        }
        if (agreeOnEveryName(TrustStores.hosts(host).orElseThrow(), TrustStores.pools(pool).orElseThrow())) {
            return List.of();   // the usual answer, without a report to build
        }
        Map<String, Set<String>> hosts = byName(TrustStores.hosts(host).orElseThrow());
        Map<String, Set<String>> pools = byName(TrustStores.pools(pool).orElseThrow());
        List<String> conflicting = new ArrayList<>(0);
        List<Violation> found = new ArrayList<>(0);
        for (Map.Entry<String, Set<String>> entry : hosts.entrySet()) {
            String name = entry.getKey();
            Set<String> own = entry.getValue();
            Set<String> theirs = pools.get(name);
            if (theirs == null || own.size() == 1 && own.equals(theirs)) {
                continue;
            }
            if (Collections.disjoint(own, theirs)) {
                conflicting.add(name);
            } else {
                // One side lists the name under several fingerprints, one of them the other side's.
                found.add(Violation.cannotCheck(id(), subject(host, name), "which certificate the CA name "
                                + Text.quoted(name) + " stands for in pool " + Text.name(pool.name()) + " and on "
                                + Text.name(host.hostname()) + ", as one of them lists it under several fingerprints ("
                                + fingerprints(theirs) + " in the pool, " + fingerprints(own) + " on the host)",
                        "Certificate records with one certificate per CA name on each side, as xapi keeps them"));
            }
        }
        if (!conflicting.isEmpty()) {
            found.add(conflict(pool, host, conflicting, hosts, pools));
        }
        return found;
    }

    private Violation conflict(Pool pool, Host host, List<String> names, Map<String, Set<String>> hosts,
            Map<String, Set<String>> pools) {
        String hostname = Text.name(host.hostname());
        String which = names.stream().map(name -> Text.quoted(name) + " (" + fingerprints(pools.get(name))
                + " in the pool, " + fingerprints(hosts.get(name)) + " on " + hostname + ")")
                .collect(Collectors.joining(", "));
        Violation.Builder violation = Violation.of(DESCRIPTOR, names.size() == 1 ? subject(host, names.get(0))
                        : Subject.of(Subject.Kind.HOST, host, "ownPool", "certificates"))
                .message((names.size() == 1 ? "the CA certificate name " : "the CA certificate names ") + which
                        + (names.size() == 1 ? " stands" : " stand") + " for another certificate in pool "
                        + Text.name(pool.name()) + " than in the pool " + hostname + " heads; xapi will not trust two"
                        + " certificates under one name")
                .fixableByConfiguration(true)
                .expectedActual(names.stream().map(name -> Text.quoted(name) + ": " + fingerprints(pools.get(name)))
                                .collect(Collectors.joining("; ")),
                        names.stream().map(name -> Text.quoted(name) + ": " + fingerprints(hosts.get(name)))
                                .collect(Collectors.joining("; ")))
                .xapiError(XapiError.POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT, names.toArray(String[]::new));
        for (String name : names) {
            violation.step("Uninstall the CA certificate " + Text.quoted(name) + " from " + hostname
                    + " (xe pool-uninstall-ca-certificate name=" + Text.name(name) + " on it), and install it there"
                    + " again under another name if " + hostname + " still needs it");
        }
        return violation.build();
    }

    /** The fingerprints of each named CA certificate of a side, names in xapi's order. */
    /**
     * Whether each CA name of the host stands for one certificate, which the pool has under that
     * name if it has the name at all. Names with a lone surrogate, which xapi's byte order may
     * take for others, are left to the full comparison.
     */
    private static boolean agreeOnEveryName(List<Certificate> hosts, List<Certificate> pools) {
        for (Certificate own : hosts) {
            if (!isNamedCa(own)) {
                continue;
            }
            if (hasSurrogate(own.name()) || differsUnderItsName(own, hosts) || differsUnderItsName(own, pools)) {
                return false;
            }
        }
        return true;
    }

    private static boolean differsUnderItsName(Certificate certificate, List<Certificate> others) {
        for (Certificate other : others) {
            if (isNamedCa(other) && (hasSurrogate(other.name()) || other.name().equals(certificate.name())
                    && !other.fingerprint().equals(certificate.fingerprint()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamedCa(Certificate certificate) {
        return Certificate.TYPE_CA.equals(certificate.type()) && !certificate.name().isEmpty();
    }

    private static boolean hasSurrogate(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isSurrogate(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> byName(List<Certificate> certificates) {
        Map<String, Set<String>> named = new TreeMap<>(TrustStores.XAPI_ORDER);
        for (Certificate certificate : certificates) {
            if (Certificate.TYPE_CA.equals(certificate.type()) && !certificate.name().isEmpty()) {
                named.computeIfAbsent(certificate.name(), n -> new LinkedHashSet<>()).add(certificate.fingerprint());
            }
        }
        return named;
    }

    private static Subject subject(Host host, String name) {
        return new Subject(Subject.Kind.HOST, List.of(Subject.Node.property("host"), Subject.Node.property("ownPool"),
                Subject.Node.atKey("certificates", name)), host.hostname());
    }

    private static String fingerprints(Set<String> fingerprints) {
        return fingerprints.stream().map(TrustStores::fingerprint).collect(Collectors.joining(" or "));
    }
}
