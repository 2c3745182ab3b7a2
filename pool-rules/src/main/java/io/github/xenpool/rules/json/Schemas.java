package io.github.xenpool.rules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schemas of the documents, shipped in the jar next to this class. */
final class Schemas {

    /** Where the schemas are published; each {@code $id} is this, the schema's name and its version. */
    static final String BASE = "https://github.com/xenpool/xenpool/schemas/";

    private Schemas() {
    }

    /**
     * Reads a schema.
     *
     * @param name its file name, such as {@code report.schema.json}
     * @return its text
     */
    static String read(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + name + " is missing from pool-rules' jar, next to "
                        + Schemas.class.getName() + "; the jar is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + name + " from pool-rules' jar", e);
        }
    }
}
