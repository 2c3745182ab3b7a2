package io.github.xenpool.core.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Writes pools and hosts as JSON documents, and reads them back into equal values: the exchange
 * format for tools in any language and for the command line.
 *
 * <p>A document is an object with three fields: {@code "document"}, {@code "xenpool.pool"} or
 * {@code "xenpool.host"}; {@code "schemaVersion"}, {@code "1.0"}; and {@code "pool"} or
 * {@code "host"}, the value. Every fact of the model is written, under the name of its accessor,
 * and every field is always written: a fact the model does not know is {@code null}, never left
 * out and never a default, so an unknown stays unknown when read back. Feature sets are objects
 * with their {@code mask}, the words as xapi prints them, and the names of their
 * {@code features} (the mask is what is read); durations are ISO-8601 ({@code PT-2.5S}); enums
 * are their constants' names ({@code DHCP_RESERVED}), as in pool-rules' report documents; licence
 * editions and VM operations as xapi names them ({@code enterprise-per-socket},
 * {@code clean_shutdown}). The writer orders fields as the schema does and indents by two
 * spaces, so that one value always gives the same text. The JSON Schema (draft 2020-12) is
 * {@link #schema()}.
 *
 * <p>JSON is written and read with Jackson 3, {@code tools.jackson.core:jackson-databind}, which
 * pool-core declares <em>optional</em>: add it to use this class, which otherwise throws an
 * {@link IllegalStateException} saying so. Reading fails with a {@link ModelJsonException} naming
 * the place of the problem.
 *
 * <pre>{@code
 * String json = ModelJson.write(pool);
 * Pool same = ModelJson.readPool(new StringReader(json), "pool.json");
 * same.equals(pool);                                   // true
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class ModelJson {

    /** The version of the document format this class writes, and the only one it reads. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The {@code $id} of the JSON Schema of the documents. */
    public static final String SCHEMA_ID = "https://github.com/xenpool/xenpool/schemas/model-1.0.schema.json";

    /** A class of jackson-databind, the part this class uses. */
    static final String JACKSON_CLASS = "tools.jackson.databind.json.JsonMapper";

    private static final String SCHEMA_RESOURCE = "model.schema.json";

    private static final Pattern DOCUMENT_FIELD = Pattern.compile("\"document\"\\s*:\\s*\"xenpool\\.(pool|host)\"");

    private ModelJson() {
    }

    /**
     * Writes a pool document.
     *
     * @param pool the pool
     * @return the document, indented by two spaces, ending with a line break
     * @throws NullPointerException if {@code pool} is null
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static String write(Pool pool) {
        Objects.requireNonNull(pool, "pool");
        requireJackson();
        return ModelJsonWriter.write(pool);
    }

    /**
     * Writes a host document.
     *
     * @param host the host
     * @return the document, indented by two spaces, ending with a line break
     * @throws NullPointerException if {@code host} is null
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static String write(Host host) {
        Objects.requireNonNull(host, "host");
        requireJackson();
        return ModelJsonWriter.write(host);
    }

    /**
     * Writes a pool document to a writer, which is left open.
     *
     * @param pool the pool
     * @param out where to write; left open, not flushed
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static void write(Pool pool, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(pool));
    }

    /**
     * Writes a host document to a writer, which is left open.
     *
     * @param host the host
     * @param out where to write; left open, not flushed
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static void write(Host host, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(host));
    }

    /**
     * Reads a model document of either kind.
     *
     * @param in the document; read to its end, left open
     * @param source the name of the document in messages, such as its file name
     * @return the pool or host document
     * @throws IOException if reading fails
     * @throws NullPointerException if an argument is null
     * @throws ModelJsonException if the text is not a model document of schema version
     *     {@value #SCHEMA_VERSION}, or gives a value the model refuses
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static ModelDocument read(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        requireJackson();
        return ModelJsonReader.read(in, source, null);
    }

    /**
     * Reads a pool document.
     *
     * @param in the document; read to its end, left open
     * @param source the name of the document in messages, such as its file name
     * @return the pool
     * @throws IOException if reading fails
     * @throws NullPointerException if an argument is null
     * @throws ModelJsonException if the text is not a pool document (a host document included),
     *     or gives a value the model refuses
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static Pool readPool(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        requireJackson();
        return ((ModelDocument.OfPool) ModelJsonReader.read(in, source, ModelDocument.Kind.POOL)).pool();
    }

    /**
     * Reads a host document.
     *
     * @param in the document; read to its end, left open
     * @param source the name of the document in messages, such as its file name
     * @return the host
     * @throws IOException if reading fails
     * @throws NullPointerException if an argument is null
     * @throws ModelJsonException if the text is not a host document (a pool document included),
     *     or gives a value the model refuses
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static Host readHost(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        requireJackson();
        return ((ModelDocument.OfHost) ModelJsonReader.read(in, source, ModelDocument.Kind.HOST)).host();
    }

    /**
     * Tells whether a text looks like the start of a model document, by its {@code document}
     * field, so that a caller can tell it from an xapi dump or a saved XenAPI response without
     * reading it. Needs no Jackson.
     *
     * @param firstChars the first characters of the text, such as its first kilobyte; the
     *     writer puts the {@code document} field first
     * @return true if they hold {@code "document": "xenpool.pool"} or {@code "xenpool.host"}
     *     after an opening brace
     * @throws NullPointerException if {@code firstChars} is null
     */
    public static boolean looksLikeModelDocument(String firstChars) {
        Objects.requireNonNull(firstChars, "firstChars");
        String text = firstChars.stripLeading();
        if (text.startsWith("\ufeff")) {
            text = text.substring(1).stripLeading();
        }
        return text.startsWith("{") && DOCUMENT_FIELD.matcher(text).find();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the model documents: the resource
     * {@code io/github/xenpool/core/json/model.schema.json} of pool-core's jar, whose
     * {@code $id} is {@value #SCHEMA_ID}. Needs no Jackson.
     *
     * @return the schema's text
     */
    public static String schema() {
        try (InputStream in = ModelJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("pool-core's jar lacks its resource io/github/xenpool/core/json/"
                        + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource io/github/xenpool/core/json/"
                    + SCHEMA_RESOURCE, e);
        }
    }

    /*
     * Every use of Jackson is in ModelJsonWriter and ModelJsonReader, which are loaded only after
     * this check: this class names none of Jackson's types, so it loads and links without Jackson.
     */
    private static void requireJackson() {
        if (!isPresent(JACKSON_CLASS, ModelJson.class.getClassLoader())) {
            throw new IllegalStateException("ModelJson writes and reads JSON with Jackson 3, which is not on the"
                    + " class path or module path: add the dependency tools.jackson.core:jackson-databind (version 3,"
                    + " such as 3.3.0), which pool-core declares optional; on the module path, also resolve the"
                    + " module tools.jackson.databind (require it, or --add-modules tools.jackson.databind).");
        }
    }

    /** Tells whether a class can be found, without initialising it. */
    static boolean isPresent(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
