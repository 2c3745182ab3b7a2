package io.github.xenpool.rules.cli;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.ImportReport;
import io.github.xenpool.core.xapi.Imported;
import io.github.xenpool.core.xapi.PoolImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** xenpool import: what the importer makes of a file of pool data. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a file of pool data, recognised by its content, and prints what was read, what is"
            + " unknown and why, and what was left aside.",
            "The pool when the records hold a pool record, else the host (the one --host-name names)."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<file>", description = "The file: an xapi database dump, a saved XML-RPC or JSON-RPC"
            + " response, or xe output.")
    private Path file;

    @Option(names = "--host-name", paramLabel = "<name>",
            description = "Import this host, by host name or UUID, rather than the pool.")
    private String hostName;

    @Option(names = "--standalone", description = "Take the one host of records that hold no pool record as"
            + " standalone.")
    private boolean standalone;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "How to print it: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Mixin
    private Verbosity verbosity;

    /** The formats of import's output. */
    enum OutputFormat {
        text
    }

    @Override
    public Integer call() {
        PoolData.Records read = PoolData.records(file);
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report;
        String summary;
        if (hostName == null && !read.records().all("pool").isEmpty()) {
            Imported<Pool> pool = PoolImport.pool(read.records());
            report = pool.report();
            summary = "pool " + pool.value().name() + " (" + pool.value().id() + ") of "
                    + ImportSummary.count(pool.value().size(), "host");
        } else {
            Imported<Host> host = PoolData.host(file, hostName, standalone, read);
            report = host.report();
            summary = "host " + host.value().hostname() + " (" + host.value().id() + ")";
        }
        out.print(report.render());
        out.println("Read " + file + " (" + read.format() + "): " + summary + ".");
        return Xenpool.ALLOWED;
    }
}
