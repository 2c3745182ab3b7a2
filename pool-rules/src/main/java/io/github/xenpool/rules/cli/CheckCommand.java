package io.github.xenpool.rules.cli;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LicenceServer;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.json.ReportJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** xenpool check: one join of real pool data, or every embedded sample join. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks whether the host of one file may join the pool of another, and prints every problem"
            + " at once with its fix.",
            "Files are recognised by their content: an xapi database dump (xe pool-dump-database), a saved XML-RPC"
                + " or JSON-RPC response of get_all_records or get_record, xe output, or a model JSON document.",
            "With neither --pool nor --host, checks every embedded sample join of real pool data, each against"
                + " the verdict it declares."},
        footerHeading = XenpoolCommand.EXIT_CODES_HEADING,
        footer = {XenpoolCommand.EXIT_0, XenpoolCommand.EXIT_2, XenpoolCommand.EXIT_64, XenpoolCommand.EXIT_65,
            XenpoolCommand.EXIT_70})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--pool", paramLabel = "<file>", description = "The pool: a file of a whole pool's records.")
    private Path pool;

    @Option(names = "--host", paramLabel = "<file>", description = "The host that would join.")
    private Path host;

    @Option(names = "--host-name", paramLabel = "<name>",
            description = "The host of --host to take, by host name or UUID, when the file holds several.")
    private String hostName;

    @Option(names = "--standalone", description = {"Take the host of --host as standalone although its file holds"
        + " no pool record to say so (a saved host.get_all_records, xe host-list without the pool's record)."})
    private boolean standalone;

    @Mixin
    private RuleSetChoice ruleSet;

    @Option(names = "--licence-server", paramLabel = "EDITION=COUNT[,...][@ADDRESS]",
            converter = LicenceServerConverter.class,
            description = {"What a licence server can still hand out, such as enterprise=4,platinum=2 or"
                + " enterprise=1@licences.example.com: a free host joining a licensed pool is offered a licence of the"
                + " pool's edition when one is left. Editions: free, advanced, enterprise, platinum, per-socket,"
                + " standard-per-socket, enterprise-per-socket, desktop-plus, xcp-ng. Default: no licence server."})
    private LicenceServer licenceServer;

    @Option(names = "--max-pool-size", paramLabel = "N", description = {"The most hosts the pool may have."
        + " Default: that of the rule set (16 for xenServer56, 64 for the others)."})
    private Integer maxPoolSize;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = {"How to print the report: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}. json is"
                + " the report's JSON document (xenpool.report); for the samples, one document a line (JSON"
                + " Lines)."})
    private OutputFormat format;

    @Mixin
    private Verbosity verbosity;

    /** The formats of check's report. */
    enum OutputFormat {
        text, json
    }

    @Override
    public Integer call() {
        if (pool == null && host == null) {
            refuseWithSamples();
            return Samples.shipped().run(spec.commandLine().getOut(), spec.commandLine().getErr(),
                    format == OutputFormat.json);
        }
        if (pool == null || host == null) {
            throw new ParameterException(spec.commandLine(), "give both --pool and --host, or neither to check the"
                    + " embedded samples; missing: " + (pool == null ? "--pool" : "--host"));
        }
        if (maxPoolSize != null && maxPoolSize < 1) {
            throw new ParameterException(spec.commandLine(), "--max-pool-size must be at least 1, got " + maxPoolSize);
        }
        RuleSet rules = ruleSet.resolve(spec.commandLine());
        JoinContext context = rules.defaultContext();
        if (maxPoolSize != null) {
            context = context.withMaxPoolSize(maxPoolSize);
        }
        if (licenceServer != null) {
            context = context.withLicenceServer(licenceServer);
        }
        PoolData.Loaded<Pool> joined = PoolData.pool(pool);
        PoolData.Loaded<Host> joining = PoolData.host(host, hostName, standalone);
        JoinReport report = rules.evaluate(joined.value(), joining.value(), context);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(ReportJson.write(report));
        } else {
            out.print(report.render());
            out.print(ImportSummary.of(joined, verbosity.verbose));
            out.print(ImportSummary.of(joining, verbosity.verbose));
        }
        return exitCode(report);
    }

    static int exitCode(JoinReport report) {
        return report.verdict() == Verdict.BLOCKED ? Xenpool.BLOCKED : Xenpool.ALLOWED;
    }

    private void refuseWithSamples() {
        for (String option : new String[] {"--host-name", "--standalone", "--rules", "--force", "--licence-server",
            "--max-pool-size"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " needs --pool and --host: the embedded"
                        + " samples are checked as each of them declares");
            }
        }
    }
}
