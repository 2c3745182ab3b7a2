package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads XenAPI records from the body of a JSON-RPC response, as a client saved it: the answer to
 * {@code <class>.get_all_records}, {@code {"jsonrpc": "2.0", "result": {ref: record, …}, "id": …}},
 * or to {@code <class>.get_record}, {@code {"result": {field: value, …}}}.
 *
 * <p>A result whose keys are all OpaqueRefs is read as {@code get_all_records}, any other object
 * as one record; an empty object is no record at all. The response does not name the class of its
 * records, so the caller does. An {@code "error"} (with its {@code code}, {@code message} and
 * {@code data}) is thrown as an {@link XapiImportException} quoting them; a {@code null} error or
 * result, as JSON-RPC 1.0 writes beside the other, is read past.
 *
 * <p>Every value is kept as text: strings as written, numbers as the parser gives their text
 * ({@code 8589934592}, {@code 1.0}), booleans as {@code true} or {@code false}. An object in a
 * record becomes a {@linkplain XapiValue#map map} and an array a {@linkplain XapiValue#set set};
 * their elements must be strings, numbers or booleans, as XenAPI's are. A field whose value is or
 * holds {@code null}, which XenAPI never sends, is left out with an {@link ImportWarning}.
 *
 * <p>JSON is read as a stream by Jackson 3, {@code tools.jackson.core:jackson-databind}, which
 * pool-core declares <em>optional</em>: add it to use this class, which otherwise throws an
 * {@link IllegalStateException} saying so. Anything that is not such a response (malformed or
 * truncated JSON, a key given twice, an error, a record that is not an object, a nested object in
 * a map) throws an {@link XapiImportException} naming the source, the line and column, the JSON
 * pointer of the place (such as {@code /result/OpaqueRef:…/cpu_info}) and what was expected; no
 * records are returned then.
 *
 * <pre>{@code
 * XapiRecords vms = JsonRpcRecords.read(Path.of("VM.get_all_records.json"), "VM");
 * vms.all("VM").size();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class JsonRpcRecords {

    /** A class of jackson-core, which jackson-databind brings: the only part this reader uses. */
    static final String JACKSON_CLASS = "tools.jackson.core.json.JsonFactory";

    private JsonRpcRecords() {
    }

    /**
     * Reads a saved response of {@code get_all_records} or {@code get_record}. A
     * {@code get_record} response gives one record without a reference.
     *
     * @param file the response body; its name, as given, names the source in messages
     * @param xapiClass the class of the records, such as {@code VM}
     * @return the records, with {@code xapiClass} known even when there are none
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code xapiClass} is blank
     * @throws XapiImportException if the file is not such a response, or holds an error
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static XapiRecords read(Path file, String xapiClass) throws IOException {
        Objects.requireNonNull(file, "file");
        RpcResults.checkClass(xapiClass);
        requireJackson();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonRpcReader.read(in, file.toString(), xapiClass, null);
        }
    }

    /**
     * Reads a response of {@code get_all_records} or {@code get_record} from a stream, which is
     * left open. A {@code get_record} response gives one record without a reference.
     *
     * @param in the response body; left open
     * @param sourceName the name of the stream in locations and messages, such as a file name
     * @param xapiClass the class of the records, such as {@code VM}
     * @return the records, with {@code xapiClass} known even when there are none
     * @throws IOException if the stream cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code xapiClass} is blank
     * @throws XapiImportException if the stream does not hold such a response, or holds an error
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static XapiRecords read(InputStream in, String sourceName, String xapiClass) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        RpcResults.checkClass(xapiClass);
        requireJackson();
        return JsonRpcReader.read(in, sourceName, xapiClass, null);
    }

    /**
     * Reads a saved response of {@code get_record} for a known object, which the record gets as
     * its reference.
     *
     * @param file the response body; its name, as given, names the source in messages
     * @param xapiClass the class of the record, such as {@code VM}
     * @param ref the OpaqueRef that {@code get_record} was called with
     * @return the one record
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code xapiClass} is blank, or {@code ref} is not the
     *     OpaqueRef of an object
     * @throws XapiImportException if the file is not a response holding one record, or holds an
     *     error
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static XapiRecords readRecord(Path file, String xapiClass, String ref) throws IOException {
        Objects.requireNonNull(file, "file");
        RpcResults.checkClass(xapiClass);
        RpcResults.checkRef(ref);
        requireJackson();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonRpcReader.read(in, file.toString(), xapiClass, ref);
        }
    }

    /**
     * Reads a response of {@code get_record} for a known object from a stream, which is left
     * open. The record gets {@code ref} as its reference.
     *
     * @param in the response body; left open
     * @param sourceName the name of the stream in locations and messages, such as a file name
     * @param xapiClass the class of the record, such as {@code VM}
     * @param ref the OpaqueRef that {@code get_record} was called with
     * @return the one record
     * @throws IOException if the stream cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code xapiClass} is blank, or {@code ref} is not the
     *     OpaqueRef of an object
     * @throws XapiImportException if the stream does not hold a response with one record, or holds
     *     an error
     * @throws IllegalStateException if Jackson 3 is not on the class or module path
     */
    public static XapiRecords readRecord(InputStream in, String sourceName, String xapiClass, String ref)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        RpcResults.checkClass(xapiClass);
        RpcResults.checkRef(ref);
        requireJackson();
        return JsonRpcReader.read(in, sourceName, xapiClass, ref);
    }

    /*
     * Every use of Jackson is in JsonRpcReader, which is loaded only after this check: this class
     * names none of Jackson's types, so it loads and links without Jackson.
     */
    private static void requireJackson() {
        if (!isPresent(JACKSON_CLASS, JsonRpcRecords.class.getClassLoader())) {
            throw jacksonMissing();
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

    static IllegalStateException jacksonMissing() {
        return new IllegalStateException("JsonRpcRecords reads JSON with Jackson 3, which is not on the class path "
                + "or module path: add the dependency tools.jackson.core:jackson-databind (version 3, such as 3.3.0), "
                + "which pool-core declares optional; on the module path, also resolve the module "
                + "tools.jackson.databind (require it, or --add-modules tools.jackson.databind). "
                + "XmlRpcRecords needs no such dependency.");
    }
}
