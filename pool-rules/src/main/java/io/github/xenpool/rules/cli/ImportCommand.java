package io.github.xenpool.rules.cli;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.json.ModelJson;
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
            + " response, xe output, or a model JSON document.")
    private Path file;

    @Option(names = "--host-name", paramLabel = "<name>",
            description = "Import this host, by host name or UUID, rather than the pool.")
    private String hostName;

    @Option(names = "--standalone", description = "Take the one host of records that hold no pool record as"
            + " standalone.")
    private boolean standalone;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = {"How to print it: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}. json is the"
                + " model's JSON document of the pool or host (xenpool.pool, xenpool.host)."})
    private OutputFormat format;

    @Mixin
    private Verbosity verbosity;

    /** The formats of import's output. */
    enum OutputFormat {
        text, json
    }

    @Override
    public Integer call() {
        PoolData.Read read = PoolData.read(file);
        PrintWriter out = spec.commandLine().getOut();
        Object value;
        String text;
        if (read.document().isPresent()) {
            value = read.document().get().value();
            text = "";
        } else if (hostName == null && !read.records().orElseThrow().all("pool").isEmpty()) {
            Imported<Pool> pool = PoolImport.pool(read.records().orElseThrow());
            value = pool.value();
            text = pool.report().render();
        } else {
            Imported<Host> host = PoolData.host(read.records().orElseThrow(), hostName, standalone);
            value = host.value();
            text = host.report().render();
        }
        if (format == OutputFormat.json) {
            out.print(value instanceof Pool ? ModelJson.write((Pool) value) : ModelJson.write((Host) value));
            return Xenpool.ALLOWED;
        }
        out.print(text);
        out.println("Read " + file + " (" + read.format() + "): " + (value instanceof Pool
                ? "pool " + ((Pool) value).name() + " (" + ((Pool) value).id() + ") of "
                    + ImportSummary.count(((Pool) value).size(), "host")
                : "host " + ((Host) value).hostname() + " (" + ((Host) value).id() + ")") + ".");
        return Xenpool.ALLOWED;
    }
}
