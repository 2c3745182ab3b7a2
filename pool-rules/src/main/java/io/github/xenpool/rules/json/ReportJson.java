package io.github.xenpool.rules.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.rules.JoinReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes a {@link JoinReport} as a JSON document, for programs that read a report rather than a
 * person: {@code {"document": "xenpool.report", "schemaVersion": "1.0", "ruleSet", "pool", "host",
 * "verdict", "counts", "blockingRuleIds", "violations", "maskingPlan", "levelChange", "xapi",
 * "xapiChecks"}}, as {@link #schema()} describes it.
 *
 * <p>Each violation carries its rule id, severity, subject (kind, path as an array of nodes and as
 * text, label), message, expected and actual values, reason, fixability, typed {@code details}
 * (an object whose {@code kind} names the {@link io.github.xenpool.rules.ViolationDetails} record,
 * or {@code Custom} with the type and summary of a
 * {@link io.github.xenpool.rules.spi.CustomViolationDetails}), remediation steps and xapi error.
 * A feature set is {@code {"mask": "<xapi hex words>", "features": [names]}}, a duration an
 * ISO-8601 text such as {@code PT45S}, an enum constant its Java name.
 *
 * <p>The document is deterministic: the same report gives the same bytes. Every property is
 * always written, in the schema's order; a value that is absent or unknown (an empty
 * {@link java.util.Optional}) is {@code null}, never left out. {@link #write(JoinReport)} lays it
 * out with two-space indentation and {@code \n} line breaks; {@link #writeLine(JoinReport)} on one
 * line, for JSON Lines. Both end in a line break.
 *
 * <p>The documents are written with Jackson 3, {@code tools.jackson.core:jackson-databind}, which
 * pool-rules declares <em>optional</em>: add it to write them; without it the methods throw an
 * {@link IllegalStateException} saying so. {@link XenpoolJsonModule} gives a {@code JsonMapper}
 * the same shapes.
 *
 * <pre>{@code
 * JoinReport report = RuleSets.xapi().evaluate(pool, host);
 * String json = ReportJson.write(report);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class ReportJson {

    /** The value of the document's {@code document} property. */
    public static final String DOCUMENT = "xenpool.report";

    /** The version of the document's shape, its {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The {@code $id} of the schema of the document. */
    public static final String SCHEMA_ID = Schemas.BASE + "report-" + SCHEMA_VERSION + ".schema.json";

    private static final String SCHEMA_FILE = "report.schema.json";

    private ReportJson() {
    }

    /**
     * Writes a report as a JSON document, indented by two spaces.
     *
     * @param report the report
     * @return the document, ending in a line break
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static String write(JoinReport report) {
        Objects.requireNonNull(report, "report");
        JacksonRequirement.check("ReportJson");
        return Documents.report(report, true);
    }

    /**
     * Writes a report as a JSON document, indented by two spaces, to a writer, which stays open.
     *
     * @param report the report
     * @param out where to write it
     * @throws IOException if the writer fails
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static void write(JoinReport report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        JacksonRequirement.check("ReportJson");
        Documents.report(report, true, out);
    }

    /**
     * Writes a report as a JSON document on one line, for JSON Lines.
     *
     * @param report the report
     * @return the document, ending in its only line break
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static String writeLine(JoinReport report) {
        Objects.requireNonNull(report, "report");
        JacksonRequirement.check("ReportJson");
        return Documents.report(report, false);
    }

    /**
     * Writes a report as a JSON document on one line, for JSON Lines, to a writer, which stays
     * open.
     *
     * @param report the report
     * @param out where to write it
     * @throws IOException if the writer fails
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static void writeLine(JoinReport report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        JacksonRequirement.check("ReportJson");
        Documents.report(report, false, out);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the document, whose {@code $id} is
     * {@link #SCHEMA_ID}. It needs no Jackson.
     *
     * @return the schema's text
     */
    public static String schema() {
        return Schemas.read(SCHEMA_FILE);
    }
}
