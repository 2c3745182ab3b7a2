package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Makes the model's pools and hosts from what a real pool gives its administrator: the records
 * of {@link XapiDatabase} dumps, saved XenAPI responses ({@link XmlRpcRecords},
 * {@link JsonRpcRecords}) or {@code xe} output.
 *
 * <p>Every fact the records hold is read; every fact they do not hold stays unknown, and the
 * {@link ImportReport} says which and why. A value that does not make sense (text where a number
 * belongs, an S-expression that never closes) leaves its fact unknown with an
 * {@link ImportWarning}; a record without which there is nothing to build (no host, no pool
 * record for a pool, a host without a UUID) fails with an {@link XapiImportException}.
 *
 * <pre>{@code
 * Imported<Pool> pool = PoolImport.pool(XapiDatabase.read(Path.of("pool.db")));
 * Imported<Host> candidate = PoolImport.host(XapiDatabase.read(Path.of("candidate.db")));
 * JoinReport report = RuleSets.xenServer56().evaluate(pool.value(), candidate.value());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class PoolImport {

    private PoolImport() {
    }

    /**
     * Returns the classes whose records the import reads, as database table names, for
     * {@link XapiDatabase#read(java.nio.file.Path, Set)}: reading a dump's other tables past,
     * without making records of them, makes the same pool or host in less time and memory. The
     * report then leaves out the count of the records no check reads, which are not read.
     *
     * <pre>{@code
     * Imported<Pool> pool = PoolImport.pool(XapiDatabase.read(Path.of("pool.db"), PoolImport.tablesRead()));
     * }</pre>
     *
     * @return the names, such as {@code host}, {@code PIF} and {@code VM}; unchangeable
     */
    public static Set<String> tablesRead() {
        return RecordMapper.TABLES_READ;
    }

    /**
     * Makes a pool from the records of a whole pool: its {@code pool} record, its hosts and
     * everything they own.
     *
     * @param records the records, such as a database dump's
     * @return the pool and the report of the import
     * @throws XapiImportException if there is no pool record, no host, no master among the hosts,
     *     or the records make no valid pool; the message says which record and field
     */
    public static Imported<Pool> pool(XapiRecords records) {
        Objects.requireNonNull(records, "records");
        return new RecordMapper(records).pool();
    }

    /**
     * Makes a join candidate from the records of a pool that has one host, such as a standalone
     * host's database dump or its {@code xe} output with its pool's record. Its membership comes
     * from that pool record: standalone when the host is the pool's master and the only host
     * (the host records must then be all of the pool's: a dump, {@code xe host-list} or
     * {@code get_all_records}).
     *
     * @param records the records
     * @return the host and the report of the import
     * @throws XapiImportException if the records hold no host or several (name one with
     *     {@link #host(XapiRecords, String)}), or no pool record (see {@link #standaloneHost})
     */
    public static Imported<Host> host(XapiRecords records) {
        Objects.requireNonNull(records, "records");
        List<XapiRecord> hosts = records.all("host");
        if (hosts.size() != 1) {
            throw new XapiImportException(records.source(), "host records", hosts.isEmpty()
                    ? "expected the record of a host, found none"
                    : "expected the records of one host, found " + hosts.size() + " (" + names(hosts)
                    + "); name the one to import");
        }
        return new RecordMapper(records).host(hosts.get(0));
    }

    /**
     * Makes a join candidate of the one host of the records when the caller knows it is
     * standalone, though the records hold no pool record to say so (a saved
     * {@code host.get_all_records} of a standalone host, or {@code xe host-list} without
     * {@code xe pool-param-list}). The report says the membership is the caller's word.
     *
     * @param records the records of one host
     * @return the host and the report of the import
     * @throws XapiImportException if the records hold no host or several
     */
    public static Imported<Host> standaloneHost(XapiRecords records) {
        Objects.requireNonNull(records, "records");
        List<XapiRecord> hosts = records.all("host");
        if (hosts.size() != 1) {
            throw new XapiImportException(records.source(), "host records", "expected the record of one standalone"
                    + " host, found " + (hosts.isEmpty() ? "none" : hosts.size() + " (" + names(hosts) + ")"));
        }
        return new RecordMapper(records).standaloneHost(hosts.get(0));
    }

    /**
     * Makes one host of the records, named by its UUID or its host name. A host of a pool of
     * several is imported as the member (or master) it is.
     *
     * @param records the records
     * @param uuidOrHostname the host's UUID, or its host name when that is unique
     * @return the host and the report of the import
     * @throws XapiImportException if no host, or several, answer to the name
     */
    public static Imported<Host> host(XapiRecords records, String uuidOrHostname) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(uuidOrHostname, "uuidOrHostname");
        List<XapiRecord> matching = new ArrayList<>();
        for (XapiRecord host : records.all("host")) {
            Optional<String> uuid = host.uuid();
            if (uuid.filter(uuidOrHostname::equalsIgnoreCase).isPresent()) {
                return new RecordMapper(records).host(host);
            }
            if (RecordMapper.text(host, "hostname").filter(uuidOrHostname::equals).isPresent()
                    || RecordMapper.text(host, "name_label").filter(uuidOrHostname::equals).isPresent()) {
                matching.add(host);
            }
        }
        if (matching.size() == 1) {
            return new RecordMapper(records).host(matching.get(0));
        }
        throw new XapiImportException(records.source(), "host records", matching.isEmpty()
                ? "expected a host with UUID or host name " + Text.quoted(uuidOrHostname) + ", found none among "
                + names(records.all("host"))
                : "expected one host named " + Text.quoted(uuidOrHostname) + ", found " + matching.size()
                + "; name it by UUID");
    }

    private static String names(List<XapiRecord> hosts) {
        List<String> names = new ArrayList<>();
        for (XapiRecord host : hosts) {
            names.add(RecordMapper.text(host, "hostname").or(() -> RecordMapper.text(host, "name_label"))
                    .map(Text::name).orElse("?") + " " + host.uuid().orElse("(no uuid)"));
        }
        return names.isEmpty() ? "no host" : String.join(", ", names);
    }
}
