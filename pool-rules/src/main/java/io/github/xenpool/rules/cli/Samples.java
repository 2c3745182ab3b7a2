package io.github.xenpool.rules.cli;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.json.ModelJson;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.json.ReportJson;
import io.github.xenpool.rules.sets.RuleSets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded sample joins of real pool data: the files in {@code samples/} beside this class
 * (xapi database dumps, and model documents derived from them, read by their name's ending),
 * and the manifest {@code samples/samples.tsv} that gives, one join a line, its pool and host
 * files (beside the manifest, or absolute resource names), its rule set, the verdict it declares, a
 * title and why it is worth a look.
 */
final class Samples {

    static final String MANIFEST = "samples/samples.tsv";

    private static final int WIDTH = 100;

    private final Class<?> base;
    private final List<Sample> samples;

    private Samples(Class<?> base, List<Sample> samples) {
        this.base = base;
        this.samples = List.copyOf(samples);
    }

    /** One sample join, a line of the manifest. */
    record Sample(String poolFile, String hostFile, String rules, Verdict expected, String title, String why) {
    }

    /** The samples shipped in pool-rules' jar. */
    static Samples shipped() {
        return of(Samples.class, MANIFEST);
    }

    /** The samples of a manifest, its files named relative to the manifest's folder. */
    static Samples of(Class<?> base, String manifest) {
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = base.getResourceAsStream(manifest)) {
            if (in == null) {
                throw new IllegalStateException("the samples' manifest " + manifest + " is missing beside " + base);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String folder = manifest.contains("/") ? manifest.substring(0, manifest.lastIndexOf('/') + 1) : "";
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 6) {
                    throw new IllegalStateException(manifest + ": expected 6 cells (pool, host, rules, verdict, title,"
                            + " why) separated by tabs, got " + cells.length + " in: " + line);
                }
                samples.add(new Sample(resolve(folder, cells[0]), resolve(folder, cells[1]), cells[2],
                        Verdict.valueOf(cells[3]), cells[4], cells[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Samples(base, samples);
    }

    /** A file of the manifest: beside it, or an absolute resource name when it begins with a slash. */
    private static String resolve(String folder, String file) {
        return file.startsWith("/") ? file : folder + file;
    }

    List<Sample> samples() {
        return samples;
    }

    /** Evaluates one sample join. */
    JoinReport evaluate(Sample sample) {
        return RuleSets.named(sample.rules()).evaluate(pool(sample.poolFile()), host(sample.hostFile()));
    }

    /**
     * Prints every sample's heading and report, or each report's JSON document on a line of its
     * own; returns 0 when each got the verdict it declares, else says which did not and returns
     * the exit code of an internal error.
     */
    int run(PrintWriter out, PrintWriter err, boolean jsonLines) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            JoinReport report = evaluate(sample);
            if (jsonLines) {
                out.print(ReportJson.writeLine(report));
            } else {
                out.print(heading(sample, i + 1));
                out.print(report.render());
                out.println();
            }
            if (report.verdict() != sample.expected()) {
                wrong.add("sample " + (i + 1) + " (" + sample.title() + ") declares " + sample.expected() + " but got "
                        + report.verdict());
            }
        }
        if (wrong.isEmpty()) {
            if (jsonLines) {
                return Xenpool.ALLOWED;
            }
            out.println(ImportSummary.count(samples.size(), "sample join") + ", each with the verdict it declares.");
            return Xenpool.ALLOWED;
        }
        for (String line : wrong) {
            err.println("xenpool: internal error: " + line);
        }
        return Xenpool.INTERNAL_ERROR;
    }

    private String heading(Sample sample, int number) {
        StringBuilder text = new StringBuilder();
        String title = "Sample " + number + " of " + samples.size() + ": " + sample.title();
        text.append(title).append('\n').append("=".repeat(Math.min(title.length(), WIDTH))).append('\n');
        text.append("pool:  ").append(fileName(sample.poolFile())).append('\n');
        text.append("host:  ").append(fileName(sample.hostFile())).append('\n');
        text.append("rules: ").append(sample.rules()).append(", declared verdict ").append(sample.expected())
                .append('\n');
        text.append(wrap("why:   ", sample.why())).append('\n');
        return text.toString();
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    static String wrap(String first, String text) {
        StringBuilder out = new StringBuilder(first);
        String indent = " ".repeat(first.length());
        int column = first.length();
        boolean lineStart = true;
        for (String word : text.split(" +")) {
            if (!lineStart && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(indent);
                column = indent.length();
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineStart = false;
        }
        return out.append('\n').toString();
    }

    private Pool pool(String resource) {
        return resource.endsWith(".json") ? document(resource, ModelJson::readPool)
                : PoolImport.pool(records(resource)).value();
    }

    private Host host(String resource) {
        return resource.endsWith(".json") ? document(resource, ModelJson::readHost)
                : PoolImport.host(records(resource)).value();
    }

    /** Reads a model document of the samples. */
    private <T> T document(String resource, DocumentReader<T> reader) {
        try (InputStream in = open(resource)) {
            return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8), fileName(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ModelJson's readPool or readHost. */
    @FunctionalInterface
    private interface DocumentReader<T> {
        T read(Reader in, String source) throws IOException;
    }

    private InputStream open(String resource) {
        InputStream in = base.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the sample " + resource + " is missing beside " + base);
        }
        return in;
    }

    private XapiRecords records(String resource) {
        try (InputStream in = open(resource)) {
            return XapiDatabase.read(in, fileName(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
