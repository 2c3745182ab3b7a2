package io.github.xenpool.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads the tab-separated data files shipped as resources: one header line naming the
 * columns, then one record per line.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Tsv {

    private Tsv() {
    }

    /**
     * Reads a resource that lives beside {@code anchor}.
     *
     * @param anchor a class of the package that holds the resource
     * @param resource the file name
     * @return the records, each a map from column name to value (empty string when blank)
     * @throws IllegalStateException if the resource is missing or a line has the wrong number
     *     of columns
     */
    public static List<Map<String, String>> read(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + resource + " is missing beside "
                        + anchor.getName() + "; the jar is incomplete");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalStateException("data file " + resource + " is empty");
            }
            String[] columns = header.split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns.length) {
                    throw new IllegalStateException("data file " + resource + " line " + number + " has "
                            + cells.length + " columns, expected " + columns.length);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.length; i++) {
                    row.put(columns[i], cells[i]);
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /**
     * Splits a comma-separated cell.
     *
     * @param cell the cell, possibly empty
     * @return the non-empty parts in order
     */
    public static List<String> list(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(",")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return List.copyOf(parts);
    }
}
