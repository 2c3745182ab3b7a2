package io.github.xenpool.rules.cli;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.json.ModelJsonException;
import io.github.xenpool.core.xapi.XapiImportException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code xenpool} command line: {@code check} a join, match a {@code fleet}, list the
 * {@code rules} of a rule set, {@code explain} one rule, show what an {@code import} makes of a
 * file, and print a bash {@code completion} script. {@code xenpool --help} and
 * {@code xenpool <command> --help} describe every option.
 *
 * <p>Exit codes, as {@code sysexits.h} has them where it has one:
 * <ul>
 *   <li>{@value #ALLOWED} ({@link #ALLOWED}): the join is ALLOWED or ALLOWED_WITH_MASKING, every
 *       sample got the verdict it declares, or a command other than {@code check} succeeded;</li>
 *   <li>{@value #BLOCKED} ({@link #BLOCKED}): the join is BLOCKED;</li>
 *   <li>{@value #USAGE} ({@link #USAGE}): a usage error, such as an unknown option (with picocli's
 *       suggestion), a missing value, {@code --pool} without {@code --host}, or an unknown rule;</li>
 *   <li>{@value #DATA_ERROR} ({@link #DATA_ERROR}): bad input data: a file missing, unreadable,
 *       unrecognised or broken, or records that make no valid pool or host; one line names the file
 *       and the place in it (record and field, line, JSON pointer);</li>
 *   <li>{@value #INTERNAL_ERROR} ({@link #INTERNAL_ERROR}): an internal error, a defect of xenpool,
 *       such as a sample that does not get the verdict it declares.</li>
 * </ul>
 * Errors print no stack trace unless {@code --verbose} is given.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * StringWriter err = new StringWriter();
 * int code = Xenpool.execute(new PrintWriter(out), new PrintWriter(err),
 *         "check", "--pool", "pool.db", "--host", "candidate.db");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class Xenpool {

    /** The exit code of an allowed join (ALLOWED or ALLOWED_WITH_MASKING) and of every other success. */
    public static final int ALLOWED = 0;
    /** The exit code of a blocked join. */
    public static final int BLOCKED = 2;
    /** The exit code of a usage error: an unknown option, a bad or missing value. */
    public static final int USAGE = 64;
    /** The exit code of bad input data: a missing, unreadable, unrecognised or broken file. */
    public static final int DATA_ERROR = 65;
    /** The exit code of an internal error. */
    public static final int INTERNAL_ERROR = 70;

    /**
     * Hibernate Validator, when it is on the class path, logs its version when it starts; a command
     * line keeps that out of its error stream. Held here, as the logging framework only holds it weakly.
     */
    private static final Logger VALIDATOR_VERSION = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private Xenpool() {
    }

    /**
     * Runs the command line in a process of its own and exits with its exit code.
     *
     * @param args the arguments, such as {@code check --pool pool.db --host candidate.db}
     */
    public static void main(String... args) {
        VALIDATOR_VERSION.setLevel(Level.WARNING);
        Charset charset = System.console() == null ? Charset.defaultCharset() : System.console().charset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int code = execute(out, err, args);
        if (code != ALLOWED) {
            // Only here: a library caller gets the code from execute instead.
            System.exit(code);
        }
    }

    /**
     * Runs the command line in the caller's process: reports go to {@code out}, errors, usage and
     * progress to {@code err}. Never exits the process.
     *
     * @param out where results go
     * @param err where errors, usage and progress go
     * @param args the arguments, such as {@code check --pool pool.db --host candidate.db}
     * @return the exit code: {@value #ALLOWED}, {@value #BLOCKED}, {@value #USAGE},
     *     {@value #DATA_ERROR} or {@value #INTERNAL_ERROR}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command line with its streams and handlers, for execute and the completion script. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new XenpoolCommand());
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler(Xenpool::usageError);
        line.setExecutionExceptionHandler(Xenpool::failure);
        return line;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("xenpool: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        line.usage(err, line.getColorScheme());
        return USAGE;
    }

    private static int failure(Exception e, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        boolean dataError = isDataError(e);
        err.println("xenpool: " + (dataError ? describe(e) : "internal error: " + e));
        if (isVerbose(parsed)) {
            e.printStackTrace(err);
        } else if (!dataError) {
            err.println("xenpool: run it again with --verbose to see the stack trace");
        }
        err.flush();
        return dataError ? DATA_ERROR : INTERNAL_ERROR;
    }

    private static boolean isDataError(Exception e) {
        return e instanceof BadInputException || e instanceof XapiImportException || e instanceof IOException
                || e instanceof UncheckedIOException || e instanceof ModelJsonException;
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return ((NoSuchFileException) e).getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return ((AccessDeniedException) e).getFile() + ": cannot be read (permission denied)";
        }
        if (e instanceof UncheckedIOException) {
            return describe(((UncheckedIOException) e).getCause());
        }
        if (e instanceof IOException && e.getMessage() == null) {
            return e.toString();
        }
        return e.getMessage();
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
