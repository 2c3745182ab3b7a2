package io.github.xenpool.rules;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The real xapi database dumps of pool-core's test samples, imported: pools, and hosts as join
 * candidates, for tests that change one fact of real data.
 */
public final class RealSamples {

    /** berlin, a standalone XenServer 5.6 FP1 host, Platinum, the one host of its pool. */
    public static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    /** dt40, a standalone XenServer 6.0 beta host, Free. */
    public static final String SMALL_VMS = "xapi-db__xenadmin-small_vms__xs5.9.960-b49695c-1host-pool_patch.xml";
    /** The XenServer 6.0 pool of dt16 (master) and dt23, both Platinum. */
    public static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    /** A XenServer 5.5 pool of two hosts, whose records name no edition. */
    public static final String STATE1 = "xapi-db__xenadmin-state1__xs5.5.0-b14395c-2hosts-slave-copy.xml";

    private static final Path DUMPS = Path.of("..", "pool-core", "src", "test", "resources", "io", "github",
            "xenpool", "core", "xapi", "samples", "xapi-db");

    private RealSamples() {
    }

    /**
     * Reads a dump.
     *
     * @param file the dump's file name
     * @return its records
     */
    public static XapiRecords records(String file) {
        try {
            return XapiDatabase.read(DUMPS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the pool of a dump.
     *
     * @param file the dump's file name
     * @return the pool
     */
    public static Pool pool(String file) {
        return PoolImport.pool(records(file)).value();
    }

    /**
     * Imports the one host of a dump as a candidate.
     *
     * @param file the dump's file name
     * @return the host
     */
    public static Host candidate(String file) {
        return PoolImport.host(records(file)).value();
    }

    /**
     * Imports one host of a dump of several as a candidate, in its role in its pool.
     *
     * @param file the dump's file name
     * @param hostname the host's name
     * @return the host
     */
    public static Host candidate(String file, String hostname) {
        return PoolImport.host(records(file), hostname).value();
    }
}
