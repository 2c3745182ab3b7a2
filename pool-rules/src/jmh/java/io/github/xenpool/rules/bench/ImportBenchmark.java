package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a xapi database dump held in memory: a bare StAX pass over its bytes (the baseline),
 * {@link XapiDatabase#read(InputStream, String)} to records, and the whole import to a
 * {@link Pool}. Two dumps: the largest real sample, Cowley-db (718 KB, one host, 73 VM records
 * of which 8 guests), and a generated pool of 64 hosts and 5,000 guests
 * ({@link XapiDump#POOL_64_HOSTS}, about 55 MB, written to {@code target/xapi-dumps} on the
 * first run).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class ImportBenchmark {

    /** The real sample of pool-core's tests. */
    static final String COWLEY = "Cowley-db";
    /** The generated pool of 64 hosts. */
    static final String GENERATED = "generated-64x5000";

    private static final Path SAMPLES = Path.of("..", "pool-core", "src", "test", "resources", "io", "github",
            "xenpool", "core", "xapi", "samples", "xapi-db");

    /** Which dump. */
    @Param({COWLEY, GENERATED})
    public String dump;

    private byte[] bytes;
    private XMLInputFactory factory;

    /**
     * Loads the dump and checks what the import makes of it before anything is measured: the
     * number of hosts, of guests on them, and the same pool from the whole dump as from the
     * tables the import reads.
     *
     * @throws IOException if the dump cannot be read or written
     * @throws XMLStreamException if the StAX pass fails
     */
    @Setup
    public void setUp() throws IOException, XMLStreamException {
        Path file;
        int hosts;
        int vms;
        if (dump.equals(COWLEY)) {
            file = SAMPLES.resolve("xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml");
            hosts = 1;
            vms = 8;
        } else {
            XapiDump generated = XapiDump.POOL_64_HOSTS;
            file = generated.writeTo(Path.of("target", "xapi-dumps"));
            hosts = generated.hosts();
            vms = 0;
            for (int h = 0; h < hosts; h++) {
                vms += generated.runningOn(h);
            }
        }
        bytes = Files.readAllBytes(file);
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        Pool pool = pool();
        check(pool, hosts, vms, file);
        Pool fromTables = PoolImport.pool(XapiDatabase.read(new ByteArrayInputStream(bytes), dump,
                PoolImport.tablesRead())).value();
        if (!fromTables.equals(pool)) {
            throw new IllegalStateException(file + ": the pool read from the tables the import reads differs from"
                    + " the pool read from the whole dump");
        }
        if (stax() <= 0) {
            throw new IllegalStateException(file + ": the StAX pass saw no attribute");
        }
    }

    /**
     * Checks the counts of an imported pool.
     *
     * @param pool the pool
     * @param hosts the hosts it should have
     * @param vms the guests it should have, on all its hosts
     * @param file the dump, for the message
     */
    static void check(Pool pool, int hosts, int vms, Path file) {
        int found = pool.members().stream().mapToInt(h -> h.vms().size()).sum();
        if (pool.size() != hosts || found != vms) {
            throw new IllegalStateException(file + ": expected " + hosts + " hosts and " + vms + " VMs on them, the"
                    + " import made " + pool.size() + " hosts and " + found + " VMs");
        }
    }

    /**
     * The baseline: the JDK's StAX parser reads every element and every attribute's name and
     * value; the lengths are summed so that nothing is left unread.
     *
     * @return the sum of the lengths of the attributes' names and values
     * @throws XMLStreamException never, on these dumps
     */
    @Benchmark
    public long stax() throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        long sum = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                sum += xml.getLocalName().length();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    sum += xml.getAttributeLocalName(i).length() + xml.getAttributeValue(i).length();
                }
            }
        }
        xml.close();
        return sum;
    }

    /**
     * The dump read to records, every table.
     *
     * @return the records
     * @throws IOException never, from memory
     */
    @Benchmark
    public XapiRecords records() throws IOException {
        return XapiDatabase.read(new ByteArrayInputStream(bytes), dump);
    }

    /**
     * The dump read to records of the tables the import reads.
     *
     * @return the records
     * @throws IOException never, from memory
     */
    @Benchmark
    public XapiRecords recordsOfImportTables() throws IOException {
        return XapiDatabase.read(new ByteArrayInputStream(bytes), dump, PoolImport.tablesRead());
    }

    /**
     * The whole import: the dump read to records, every table, and the records to a pool.
     *
     * @return the pool
     * @throws IOException never, from memory
     */
    @Benchmark
    public Pool pool() throws IOException {
        return PoolImport.pool(XapiDatabase.read(new ByteArrayInputStream(bytes), dump)).value();
    }
}
