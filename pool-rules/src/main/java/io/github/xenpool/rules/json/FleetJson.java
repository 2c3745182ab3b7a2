package io.github.xenpool.rules.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.rules.fleet.HostMatches;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Writes the answers of a {@link io.github.xenpool.rules.fleet.FleetMatcher} as JSON: the whole
 * fleet as one document, {@code {"document": "xenpool.fleet", "schemaVersion": "1.0", "ruleSet",
 * "pools", "hosts": [...]}}, or one line per host for JSON Lines, {@code {"document":
 * "xenpool.fleet.host", "schemaVersion": "1.0", "ruleSet", "pools", "host": {...}}}, so that a
 * large fleet streams. A host is {@code {"hostId", "hostname", "joinablePools", "best",
 * "closest"}}, each pool match {@code {"poolId", "poolName", "verdict", "joinable",
 * "hiddenFeatures", "freeSlots", "unfixableBlockers", "mismatchedKeys", "blockingRules"}}, as
 * {@link #schema()} and {@link #lineSchema()} describe them.
 *
 * <p>As with {@link ReportJson}, the output is deterministic, every property is always written,
 * each document ends in a line break, and Jackson 3 ({@code tools.jackson.core:jackson-databind},
 * optional in pool-rules) must be there to write.
 *
 * <pre>{@code
 * FleetMatcher matcher = FleetMatcher.of(rules, pools);
 * FleetJson.writeLines(rules.name(), pools.size(), matcher.match(hosts.stream()), out);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class FleetJson {

    /** The value of the whole-fleet document's {@code document} property. */
    public static final String DOCUMENT = "xenpool.fleet";

    /** The value of a JSON Lines line's {@code document} property. */
    public static final String LINE_DOCUMENT = "xenpool.fleet.host";

    /** The version of the documents' shape, their {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The {@code $id} of the schema of the whole-fleet document. */
    public static final String SCHEMA_ID = Schemas.BASE + "fleet-" + SCHEMA_VERSION + ".schema.json";

    /** The {@code $id} of the schema of a JSON Lines line. */
    public static final String LINE_SCHEMA_ID = Schemas.BASE + "fleet-line-" + SCHEMA_VERSION + ".schema.json";

    private FleetJson() {
    }

    /**
     * Writes the answers for a fleet as one document, indented by two spaces.
     *
     * @param ruleSetName the name of the rule set the hosts were matched with
     * @param pools how many pools they were matched against
     * @param hosts the answers, in the order to write them
     * @return the document, ending in a line break
     * @throws IllegalArgumentException if {@code pools} is negative
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static String write(String ruleSetName, int pools, List<HostMatches> hosts) {
        check(ruleSetName, pools);
        List<HostMatches> copy = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        JacksonRequirement.check("FleetJson");
        return Documents.fleet(ruleSetName, pools, copy);
    }

    /**
     * Writes the answers for a fleet as one document, indented by two spaces, to a writer, which
     * stays open. Each answer is written as the stream gives it.
     *
     * @param ruleSetName the name of the rule set the hosts were matched with
     * @param pools how many pools they were matched against
     * @param hosts the answers, such as {@code matcher.match(hosts.stream())}
     * @param out where to write the document
     * @throws IOException if the writer fails
     * @throws NullPointerException if an argument or an answer is null
     * @throws IllegalArgumentException if {@code pools} is negative
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static void write(String ruleSetName, int pools, Stream<HostMatches> hosts, Writer out)
            throws IOException {
        check(ruleSetName, pools);
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(out, "out");
        JacksonRequirement.check("FleetJson");
        Documents.fleet(ruleSetName, pools, hosts.map(FleetJson::nonNull), out);
    }

    /**
     * Writes the answer for one host as a JSON Lines line.
     *
     * @param ruleSetName the name of the rule set the host was matched with
     * @param pools how many pools it was matched against
     * @param host the answer
     * @return the line, ending in a line break
     * @throws IllegalArgumentException if {@code pools} is negative
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static String writeLine(String ruleSetName, int pools, HostMatches host) {
        check(ruleSetName, pools);
        Objects.requireNonNull(host, "host");
        JacksonRequirement.check("FleetJson");
        return Documents.line(ruleSetName, pools, host);
    }

    /**
     * Writes the answers for a fleet as JSON Lines, one line per host as the stream gives it, to a
     * writer, which stays open.
     *
     * @param ruleSetName the name of the rule set the hosts were matched with
     * @param pools how many pools they were matched against
     * @param hosts the answers, such as {@code matcher.match(hosts.stream())}
     * @param out where to write the lines
     * @throws IOException if the writer fails
     * @throws NullPointerException if an argument or an answer is null
     * @throws IllegalArgumentException if {@code pools} is negative
     * @throws IllegalStateException if Jackson 3 is not on the class path or module path
     */
    public static void writeLines(String ruleSetName, int pools, Stream<HostMatches> hosts, Writer out)
            throws IOException {
        check(ruleSetName, pools);
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(out, "out");
        JacksonRequirement.check("FleetJson");
        Documents.lines(ruleSetName, pools, hosts.map(FleetJson::nonNull), out);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the whole-fleet document, whose {@code $id} is
     * {@link #SCHEMA_ID}. It needs no Jackson.
     *
     * @return the schema's text
     */
    public static String schema() {
        return Schemas.read("fleet.schema.json");
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of a JSON Lines line, whose {@code $id} is
     * {@link #LINE_SCHEMA_ID}. It refers to the definitions of {@link #schema()} by their
     * {@code $id}, so a validator needs both.
     *
     * @return the schema's text
     */
    public static String lineSchema() {
        return Schemas.read("fleet-line.schema.json");
    }

    private static void check(String ruleSetName, int pools) {
        Objects.requireNonNull(ruleSetName, "ruleSetName");
        if (pools < 0) {
            throw new IllegalArgumentException("pools is how many pools the hosts were matched against, "
                    + "0 or more; got " + pools);
        }
    }

    private static HostMatches nonNull(HostMatches host) {
        return Objects.requireNonNull(host, "hosts contains null");
    }
}
