package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole import of a dump of a little more than 100 MB ({@link XapiDump#ABOUT_100_MB}: 128
 * hosts, 8,000 guests, 30,000 messages), streamed from its file in a JVM of 256 MB of heap: the dump is read to
 * the records of the tables the import reads ({@link PoolImport#tablesRead()}), then to a pool.
 * Single shots; a heap too small fails the run with an {@link OutOfMemoryError}. The dump is
 * written to {@code target/xapi-dumps} on the first run, which takes a minute.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class ImportMemoryBenchmark {

    private Path file;
    private int vms;

    /**
     * Writes the dump if it is not there, and checks the heap and the dump's size.
     *
     * @throws IOException if the dump cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        if (Runtime.getRuntime().maxMemory() > 300L << 20) {
            throw new IllegalStateException("expected a heap of 256 MB, got " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB");
        }
        XapiDump dump = XapiDump.ABOUT_100_MB;
        file = dump.writeTo(Path.of("target", "xapi-dumps"));
        if (Files.size(file) < 100_000_000L) {
            throw new IllegalStateException(file + " has only " + Files.size(file) + " bytes");
        }
        for (int h = 0; h < dump.hosts(); h++) {
            vms += dump.runningOn(h);
        }
    }

    /**
     * The whole import, checked: every host, and every running guest on its host.
     *
     * @return the pool
     * @throws IOException if the dump cannot be read
     */
    @Benchmark
    public Pool importPool() throws IOException {
        Pool pool = PoolImport.pool(XapiDatabase.read(file, PoolImport.tablesRead())).value();
        ImportBenchmark.check(pool, XapiDump.ABOUT_100_MB.hosts(), vms, file);
        return pool;
    }
}
