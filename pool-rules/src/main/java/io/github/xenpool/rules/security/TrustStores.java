package io.github.xenpool.rules.security;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the certificate rules share: both sides' certificates, and how xapi orders and prints them. */
final class TrustStores {

    /** OCaml's {@code String.compare}: byte by byte, which orders xapi's maps of names and fingerprints. */
    static final Comparator<String> XAPI_ORDER = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
            b.getBytes(StandardCharsets.UTF_8));

    /** A fingerprint is 95 characters long: longer than a name may be in a message. */
    private static final int FINGERPRINT_LIMIT = 200;

    private TrustStores() {
    }

    /** The certificates of the host's own database: those of the pool it heads. */
    static Optional<List<Certificate>> hosts(Host host) {
        return host.ownPool().flatMap(PoolConfiguration::certificates);
    }

    /** The certificates of the pool's database. */
    static Optional<List<Certificate>> pools(Pool pool) {
        return pool.configuration().certificates();
    }

    /** The "cannot check" of the sides whose certificates are unknown, or nothing when both are known. */
    static List<Violation> unknown(Pool pool, Host host, String ruleId) {
        if (hosts(host).isPresent() && pools(pool).isPresent()) {
            return List.of();
        }
        return new UnknownFacts()
                .note(hosts(host).isEmpty(), Subject.of(Subject.Kind.HOST, host, "ownPool", "certificates"),
                        "the certificates of the pool " + Text.name(host.hostname()) + " heads",
                        host.ownPool().isPresent()
                                ? "the host's Certificate records (xe certificate-list params=all on it, or its"
                                        + " database)"
                                : "the pool record and the Certificate records of the host, read with the host as a"
                                        + " standalone one")
                .note(pools(pool).isEmpty(), Subject.of(Subject.Kind.POOL, pool, "configuration", "certificates"),
                        "the certificates of pool " + Text.name(pool.name()),
                        "the pool's Certificate records (xe certificate-list params=all on its master, or its"
                                + " database)")
                .cannotCheck(ruleId);
    }

    /** A fingerprint, printable in full. */
    static String fingerprint(String fingerprint) {
        return fingerprint.isEmpty() ? "(no fingerprint)" : Text.printable(fingerprint, FINGERPRINT_LIMIT);
    }

    /** Purposes as a person reads them: {@code ldaps, licensing}, or {@code no particular purpose}. */
    static String purposes(Set<String> purposes) {
        return purposes.isEmpty() ? "no particular purpose"
                : String.join(", ", purposes.stream().map(Text::name).toList());
    }
}
