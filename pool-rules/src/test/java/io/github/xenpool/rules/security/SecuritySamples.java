package io.github.xenpool.rules.security;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The real database dumps the security rule tests start from, and ways to change one fact of them. */
final class SecuritySamples {

    static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    static final String STATE2 = "xapi-db__xenadmin-state2__xs5.5.0-b14614c-2hosts-ha.xml";
    static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    static final String UPDATES = "xapi-db__xenadmin-updatesState__xs5.5.900-b28071c-1host-pool_patch.xml";

    private static final Path DUMPS = Path.of("..", "pool-core", "src", "test", "resources", "io", "github",
            "xenpool", "core", "xapi", "samples", "xapi-db");

    private SecuritySamples() {
    }

    static XapiRecords records(String file) {
        try {
            return XapiDatabase.read(DUMPS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Pool pool(String file) {
        return PoolImport.pool(records(file)).value();
    }

    /** The only host of a one-host dump, standalone, with its own pool. */
    static Host candidate(String file) {
        return PoolImport.host(records(file)).value();
    }

    static List<Violation> evaluate(JoinRule rule, Pool pool, Host host) {
        return rule.evaluate(pool, host, JoinContext.defaults());
    }

    static Pool withPoolConfiguration(Pool pool, PoolConfiguration configuration) {
        return pool.toBuilder().configuration(configuration).build();
    }

    static Pool withCertificates(Pool pool, Certificate... certificates) {
        return withPoolConfiguration(pool, pool.configuration().withCertificates(List.of(certificates)));
    }

    static Host withOwnPool(Host host, PoolConfiguration ownPool) {
        return host.toBuilder().ownPool(ownPool).build();
    }

    static Host withCertificates(Host host, Certificate... certificates) {
        return withOwnPool(host, host.ownPool().orElseThrow().withCertificates(List.of(certificates)));
    }

    /** A SHA-256 fingerprint as xapi prints it, of 32 bytes that all are {@code b}. */
    static String fingerprint(int b) {
        String octet = String.format("%02X", b);
        return String.join(":", java.util.Collections.nCopies(32, octet));
    }

    static Certificate namedCa(String name, int fingerprint) {
        return new Certificate(name, fingerprint(fingerprint), Certificate.TYPE_CA, Set.of());
    }

    static Certificate trusted(String type, int fingerprint, String... purposes) {
        return new Certificate("", fingerprint(fingerprint), type, Set.of(purposes));
    }
}
