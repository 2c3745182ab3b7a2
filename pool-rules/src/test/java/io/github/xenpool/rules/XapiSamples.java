package io.github.xenpool.rules;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real samples of pool-core's tests that hold what xapi's checks of software and VMs read:
 * pools and standalone hosts imported from the xapi database dumps of XenServer 5.x and 6.0, and
 * the {@code software_version} of two XenServer 8 (8.4) hosts.
 */
public final class XapiSamples {

    private static final Path SAMPLES = Path.of("..", "pool-core", "src", "test", "resources", "io", "github",
            "xenpool", "core", "xapi", "samples");

    /** Two XenServer 6.0.50 hosts, dt16 (master) and dt23, both Xeon X3450: API 1.10, platform 1.5.50, no patch. */
    public static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    /** One XenServer 5.9.960 (6.0 beta) host, dt40, Xeon X3450: API 1.9, no platform version, one patch. */
    public static final String SMALL_VMS = "xapi-db__xenadmin-small_vms__xs5.9.960-b49695c-1host-pool_patch.xml";
    /** One XenServer 5.6.100 host, berlin, with many running VMs. */
    public static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";

    private XapiSamples() {
    }

    /**
     * Imports the pool of a database dump.
     *
     * @param file the dump's file name
     * @return the pool
     */
    public static Pool pool(String file) {
        try {
            return PoolImport.pool(XapiDatabase.read(SAMPLES.resolve("xapi-db").resolve(file))).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the one host of a database dump as a join candidate.
     *
     * @param file the dump's file name
     * @return the host
     */
    public static Host host(String file) {
        try {
            return PoolImport.host(XapiDatabase.read(SAMPLES.resolve("xapi-db").resolve(file))).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code software_version} of a XenServer 8 stream host (product version 8.4.0) as
     * {@code xe host-param-get} printed it in xapi pull request 5711: xapi 24.15, git id
     * 0.41.g036d8331c, db_schema 5.778, platform 3.4.0.
     *
     * @return the software version
     */
    public static SoftwareVersion xenServer84Xapi2415() {
        String line = text("xe/host-param-get-software-version__xen-api-pr5711-xenserver8.4-stream.txt").lines()
                .filter(l -> l.startsWith("product_version:")).findFirst().orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.split("; ")) {
            int colon = pair.indexOf(": ");
            fields.put(pair.substring(0, colon), pair.substring(colon + 2));
        }
        return SoftwareVersion.of(fields);
    }

    /**
     * The {@code software_version} of the XenServer 8 host of xapi's own perfmon tests (product
     * version 8.4.0): xapi 24.11, git id 0, db_schema 5.775, platform 3.4.0.
     *
     * @return the software version
     */
    public static SoftwareVersion xenServer84Xapi2411() {
        String text = text("fragments/"
                + "pydict__xen-api-test_perfmon-host.get_all_records__xs8.4.0-stream-PARTIAL.py.txt");
        int start = text.indexOf("'software_version': {");
        String dict = text.substring(start, text.indexOf('}', start));
        Matcher pair = Pattern.compile("'([^']*)': '([^']*)'").matcher(dict.substring(dict.indexOf('{')));
        Map<String, String> fields = new LinkedHashMap<>();
        while (pair.find()) {
            fields.put(pair.group(1), pair.group(2));
        }
        return SoftwareVersion.of(fields);
    }

    /**
     * A pool whose {@code pool.cpu_info} has a vendor, and which knows nothing else as a whole.
     *
     * @param pool the pool
     * @param vendor such as {@code GenuineIntel}
     * @return the pool with that {@code cpu_info}
     */
    public static Pool withCpuInfoVendor(Pool pool, String vendor) {
        return pool.toBuilder().configuration(pool.configuration()
                .withCpuInfo(Optional.of(CpuInfo.of(Map.of("vendor", vendor))))).build();
    }

    private static String text(String file) {
        try {
            return Files.readString(SAMPLES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
