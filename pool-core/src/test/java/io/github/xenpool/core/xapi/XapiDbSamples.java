package io.github.xenpool.core.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real xapi database dumps in {@code samples/xapi-db}, and what is known about each without
 * the reader: the figures of {@code _SOURCES.tsv}, and rows counted in the raw text.
 */
final class XapiDbSamples {

    static final String DIR = "samples/xapi-db/";

    private static final Pattern TABLE = Pattern.compile("<table\\s+name=\"([^\"]*)\"\\s*(/?)>");
    private static final Pattern ROW = Pattern.compile("<row[\\s/>]");
    private static final Pattern CLASS_COUNT = Pattern.compile("^([A-Za-z_]+) (\\d+)$");
    private static final Pattern SCHEMA = Pattern.compile("schema (\\d+)\\.(\\d+)");

    private XapiDbSamples() {
    }

    /** The lines of _SOURCES.tsv after the header, each split at its tabs, by file name. */
    static Map<String, List<String>> sources() {
        String[] lines = text("_SOURCES.tsv").split("\n");
        List<String> header = List.of(lines[0].split("\t"));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = List.of(lines[i].split("\t", -1));
            if (cells.size() != header.size()) {
                throw new IllegalStateException("_SOURCES.tsv line " + (i + 1) + " has " + cells.size() + " cells");
            }
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    static List<String> files() {
        return new ArrayList<>(sources().keySet());
    }

    /**
     * The record counts by class that _SOURCES.tsv lists, such as {@code host 2 (no cpu_info),
     * host_cpu 1, pool 1}: what is between parentheses is a remark.
     */
    static Map<String, Integer> listedCounts(String file) {
        String classes = sources().get(file).get(6).replaceAll("\\([^)]*\\)", "");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String item : classes.split(",")) {
            Matcher m = CLASS_COUNT.matcher(item.strip());
            if (!m.matches()) {
                throw new IllegalStateException(file + ": cannot read the class count " + item);
            }
            counts.put(m.group(1), Integer.valueOf(m.group(2)));
        }
        return counts;
    }

    /** The schema version that the format column of _SOURCES.tsv gives, as {major, minor}. */
    static String[] listedSchema(String file) {
        Matcher m = SCHEMA.matcher(sources().get(file).get(5));
        if (!m.find()) {
            throw new IllegalStateException(file + ": no schema version in _SOURCES.tsv");
        }
        return new String[] {m.group(1), m.group(2)};
    }

    /** The rows of each table, counted in the raw text, in the dump's order. */
    static Map<String, Integer> rawRowCounts(String file) {
        String raw = text(file);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher table = TABLE.matcher(raw);
        while (table.find()) {
            int rows = 0;
            if (table.group(2).isEmpty()) {
                String body = raw.substring(table.end(), raw.indexOf("</table>", table.end()));
                Matcher row = ROW.matcher(body);
                while (row.find()) {
                    rows++;
                }
            }
            counts.merge(table.group(1), rows, Integer::sum);
        }
        return counts;
    }

    static InputStream open(String file) {
        InputStream in = XapiDbSamples.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("no sample " + DIR + file);
        }
        return in;
    }

    static String text(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XapiRecords read(String file) {
        try (InputStream in = open(file)) {
            return XapiDatabase.read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
