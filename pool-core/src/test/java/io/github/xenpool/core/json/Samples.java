package io.github.xenpool.core.json;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.core.xapi.XeOutput;
import io.github.xenpool.core.xapi.XmlRpcRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pools and hosts of the real samples of pool-core's xapi tests: every database dump, and the
 * XML-RPC and xe samples that import to a host.
 */
final class Samples {

    private static final String SAMPLES = "/io/github/xenpool/core/xapi/samples/";

    private Samples() {
    }

    /** The database dumps, by file name. */
    static List<String> dumps() {
        List<String> files = new ArrayList<>();
        for (String line : text("xapi-db/_SOURCES.tsv").split("\n")) {
            String file = line.split("\t")[0];
            if (file.endsWith(".xml")) {
                files.add(file);
            }
        }
        return files;
    }

    /** The pool of a database dump. */
    static Pool pool(String dump) {
        return PoolImport.pool(records(dump)).value();
    }

    /** The hosts of the other samples, by a name of each. */
    static Map<String, Host> otherHosts() {
        Map<String, Host> hosts = new TreeMap<>();
        try {
            String oneHost = "xmlrpc-response__fog-xenserver-create_server_get_all_hosts__xs6.2.0"
                    + "-host.get_all_records.xml";
            try (InputStream in = open("xapi-rpc/" + oneHost)) {
                hosts.put(oneHost, PoolImport.standaloneHost(XmlRpcRecords.read(in, oneHost, "host")).value());
            }
            String neon = "host-param-list__neonKUBE-issue870-xcpng7.5-PARTIAL-part";
            String whole = text("xe/" + neon + "1.txt") + text("xe/" + neon + "2.txt");
            hosts.put(neon + "1+2", PoolImport.standaloneHost(XeOutput.read(new StringReader(whole), neon, "host"))
                    .value());
            String cloudstack = "host-list-params-all__cn-cloudstack-notes-xenserver6.5.txt";
            hosts.put(cloudstack, PoolImport.standaloneHost(XeOutput.read(new StringReader(text("xe/" + cloudstack)),
                    cloudstack, "host")).value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hosts;
    }

    static XapiRecords records(String dump) {
        try (InputStream in = open("xapi-db/" + dump)) {
            return XapiDatabase.read(in, dump);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = Samples.class.getResourceAsStream(SAMPLES + path);
        if (in == null) {
            throw new IllegalStateException("no sample " + SAMPLES + path);
        }
        return in;
    }

    private static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
