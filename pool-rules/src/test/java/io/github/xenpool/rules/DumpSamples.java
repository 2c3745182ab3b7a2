package io.github.xenpool.rules;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecord;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.core.xapi.XapiValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The real xapi database dumps of pool-core's tests, imported, and changed one fact at a time:
 * a field of some records set, or records added, before the import.
 */
public final class DumpSamples {

    /** XenServer 5.6 FP1, one host (berlin): the bridge backend, a VLAN, shared SRs, the tools SR. */
    public static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    /** XenServer 5.6 SP2 beta, two hosts (grimsby, chester) with a bond, a VLAN and a tunnel each. */
    public static final String COWLEY1 = "xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml";
    /** XenServer 6.0 beta, one host (dt40) on Open vSwitch with a spare NIC and no shared SR. */
    public static final String SMALL_VMS = "xapi-db__xenadmin-small_vms__xs5.9.960-b49695c-1host-pool_patch.xml";
    /** XenServer 6.0, two hosts (dt16, dt23) on Open vSwitch, IPv4 management. */
    public static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    /** A XenServer 5.5 pool of two hosts, whose records name no edition. */
    public static final String STATE1 = "xapi-db__xenadmin-state1__xs5.5.0-b14395c-2hosts-slave-copy.xml";

    private static final Path DUMPS = Path.of("..", "pool-core", "src", "test", "resources", "io", "github",
            "xenpool", "core", "xapi", "samples", "xapi-db");

    private DumpSamples() {
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
     * Imports the pool of some records.
     *
     * @param records the records
     * @return the pool
     */
    public static Pool pool(XapiRecords records) {
        return PoolImport.pool(records).value();
    }

    /**
     * Imports the one host of some records, or the one named.
     *
     * @param records the records
     * @param hostname the host's name, or null for the only host
     * @return the host
     */
    public static Host host(XapiRecords records, String hostname) {
        return hostname == null ? PoolImport.host(records).value() : PoolImport.host(records, hostname).value();
    }

    /**
     * The records with some fields set in the records of a class that match.
     *
     * @param records the records
     * @param xapiClass such as {@code PIF}
     * @param which the records to change
     * @param fields the fields to set, by name
     * @return the changed records; the others as they were
     */
    public static XapiRecords withFields(XapiRecords records, String xapiClass, Predicate<XapiRecord> which,
            Map<String, XapiValue> fields) {
        XapiRecords.Builder builder = XapiRecords.builder(records.source());
        for (String name : records.classes()) {
            builder.xapiClass(name);
            for (XapiRecord record : records.all(name)) {
                builder.add(record.xapiClass().equalsIgnoreCase(xapiClass) && which.test(record)
                        ? changed(record, fields) : record);
            }
        }
        return builder.build();
    }

    /**
     * The records with more records, and their classes, added.
     *
     * @param records the records
     * @param more the records to add
     * @return all of them
     */
    public static XapiRecords with(XapiRecords records, List<XapiRecord> more) {
        XapiRecords.Builder builder = XapiRecords.builder("added");
        more.forEach(builder::add);
        return XapiRecords.merge(List.of(records, builder.build()));
    }

    /**
     * A record made for a test.
     *
     * @param xapiClass its class
     * @param ref its reference
     * @param fields its fields, as the database prints them
     * @return the record
     */
    public static XapiRecord record(String xapiClass, String ref, Map<String, String> fields) {
        Map<String, XapiValue> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, XapiValue.database(value)));
        return XapiRecord.of(xapiClass, ref, values, "added", xapiClass + " " + ref);
    }

    /**
     * The first record of a class that matches.
     *
     * @param records the records
     * @param xapiClass its class
     * @param which the test
     * @return the record
     */
    public static XapiRecord find(XapiRecords records, String xapiClass, Predicate<XapiRecord> which) {
        return records.all(xapiClass).stream().filter(which).findFirst().orElseThrow();
    }

    /**
     * Tests a text field of a record.
     *
     * @param field the field
     * @param value its value
     * @return the test
     */
    public static Predicate<XapiRecord> where(String field, String value) {
        return record -> record.field(field).map(v -> v.toString().equals(value)).orElse(false);
    }

    private static boolean same(String one, String other) {
        return one.replace('-', '_').equalsIgnoreCase(other.replace('-', '_'));
    }

    private static XapiRecord changed(XapiRecord record, Map<String, XapiValue> fields) {
        Map<String, XapiValue> all = new LinkedHashMap<>();
        for (String name : record.fieldNames()) {
            if (fields.keySet().stream().noneMatch(given -> same(given, name))) {
                all.put(name, record.field(name).orElseThrow());
            }
        }
        all.putAll(fields);
        return record.ref().isPresent()
                ? XapiRecord.of(record.xapiClass(), record.ref().get(), all, record.source(), record.location())
                : XapiRecord.withoutRef(record.xapiClass(), all, record.source(), record.location());
    }

    /**
     * Imports the pool of a dump.
     *
     * @param file the dump's file name
     * @return the pool
     */
    public static Pool pool(String file) {
        return pool(records(file));
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
