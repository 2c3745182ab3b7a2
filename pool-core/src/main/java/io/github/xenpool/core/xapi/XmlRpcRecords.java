package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads XenAPI records from the body of an XML-RPC response, as a client saved it: the answer to
 * {@code <class>.get_all_records} (a struct of records keyed by OpaqueRef) or to
 * {@code <class>.get_record} (the struct of one record).
 *
 * <p>The response does not name the class of its records, so the caller does. XenAPI wraps every
 * result in a struct: {@code Status} {@code Success} with the {@code Value}, or {@code Failure}
 * with an {@code ErrorDescription}, which is thrown as an {@link XapiImportException} quoting the
 * error code and its parameters.
 *
 * <p>Every value is kept as text: a bare {@code <value>text</value>} and a {@code <string>} as
 * written, {@code <int>}, {@code <i4>}, {@code <i8>}, {@code <double>} and
 * {@code <dateTime.iso8601>} as written (without surrounding spaces), a {@code <boolean>} as
 * {@code true} or {@code false}. A {@code <struct>} in a record becomes a
 * {@linkplain XapiValue#map map} and an {@code <array>} a {@linkplain XapiValue#set set}; their
 * elements must be scalars, as XenAPI's are.
 *
 * <p>The body is read as a stream, by the JDK's StAX parser, with DTDs and external entities
 * turned off: a document with a {@code DOCTYPE} is refused. Anything that is not such a response
 * (malformed or truncated XML, an XML-RPC {@code <fault>}, an element out of place, a value that
 * is not a struct where a record belongs) throws an {@link XapiImportException} naming the source,
 * the line and column (where the parser stands: just after the markup in question), the names of
 * the struct members that lead there ({@code member Value/OpaqueRef:…/cpu_info}), and what was
 * expected; no records are returned then. A failure to read the stream itself is its own
 * {@link IOException}.
 *
 * <pre>{@code
 * XapiRecords hosts = XmlRpcRecords.read(Path.of("host.get_all_records.xml"), "host");
 * hosts.all("host").size();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class XmlRpcRecords {

    private XmlRpcRecords() {
    }

    /**
     * Reads a saved response of {@code get_all_records} or {@code get_record}. A
     * {@code get_record} response gives one record without a reference.
     *
     * @param file the response body; its name, as given, names the source in messages
     * @param xapiClass the class of the records, such as {@code host}
     * @return the records, with {@code xapiClass} known even when there are none
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code xapiClass} is blank
     * @throws XapiImportException if the file is not such a response, or holds a failure
     */
    public static XapiRecords read(Path file, String xapiClass) throws IOException {
        Objects.requireNonNull(file, "file");
        RpcResults.checkClass(xapiClass);
        try (InputStream in = Files.newInputStream(file)) {
            return XmlRpcReader.read(in, file.toString(), xapiClass, null);
        }
    }

    /**
     * Reads a response of {@code get_all_records} or {@code get_record} from a stream, which is
     * left open. A {@code get_record} response gives one record without a reference.
     *
     * @param in the response body; left open
     * @param sourceName the name of the stream in locations and messages, such as a file name
     * @param xapiClass the class of the records, such as {@code host}
     * @return the records, with {@code xapiClass} known even when there are none
     * @throws IOException if the stream cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code xapiClass} is blank
     * @throws XapiImportException if the stream does not hold such a response, or holds a failure
     */
    public static XapiRecords read(InputStream in, String sourceName, String xapiClass) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        RpcResults.checkClass(xapiClass);
        return XmlRpcReader.read(in, sourceName, xapiClass, null);
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
     * @throws XapiImportException if the file is not a response holding one record, or holds a
     *     failure
     */
    public static XapiRecords readRecord(Path file, String xapiClass, String ref) throws IOException {
        Objects.requireNonNull(file, "file");
        RpcResults.checkClass(xapiClass);
        RpcResults.checkRef(ref);
        try (InputStream in = Files.newInputStream(file)) {
            return XmlRpcReader.read(in, file.toString(), xapiClass, ref);
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
     *     a failure
     */
    public static XapiRecords readRecord(InputStream in, String sourceName, String xapiClass, String ref)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        RpcResults.checkClass(xapiClass);
        RpcResults.checkRef(ref);
        return XmlRpcReader.read(in, sourceName, xapiClass, ref);
    }
}
