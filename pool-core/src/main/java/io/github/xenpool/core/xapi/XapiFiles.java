package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads a file of pool data whatever its format, recognised by its content rather than its name:
 * an xapi database dump ({@link XapiDatabase}), a saved XML-RPC or JSON-RPC response
 * ({@link XmlRpcRecords}, {@link JsonRpcRecords}) or the text of {@code xe} ({@link XeOutput}).
 *
 * <p>A dump names its classes; the other formats do not, so the class of their records is told
 * from the fields they have: {@code slaves} makes a {@code Bond}, {@code master} a {@code pool},
 * {@code tagged_PIF} a {@code VLAN}, {@code hostname} or {@code software_version} a {@code host},
 * {@code power_state} or {@code is_a_template} a {@code VM}, {@code IP_configuration_mode} (or a
 * {@code device} with {@code physical}, {@code management} or {@code VLAN}) a {@code PIF},
 * {@code bridge} a {@code network}, {@code content_type} or {@code physical_size} an {@code SR},
 * {@code device_config} a {@code PBD}, {@code installation_size} a {@code pool_update} and
 * {@code after_apply_guidance} a {@code pool_patch}, in this order and in any spelling
 * ({@code software-version} as {@code xe} prints it). Records that have none of these fields,
 * such as {@code xe host-list} without {@code params=all}, are read with the reader of their
 * format and the class given.
 *
 * <pre>{@code
 * XapiRecords records = XapiFiles.read(Path.of("candidate.xml"));   // a dump, a response or xe text
 * Imported<Host> candidate = PoolImport.host(records);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class XapiFiles {

    /** The formats recognised, each read by its own reader. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public enum Format {
        /** An xapi database dump, read by {@link XapiDatabase}. */
        XAPI_DATABASE("an xapi database dump"),
        /** A saved XML-RPC response, read by {@link XmlRpcRecords}. */
        XML_RPC("a saved XML-RPC response"),
        /** A saved JSON-RPC response, read by {@link JsonRpcRecords}. */
        JSON_RPC("a saved JSON-RPC response"),
        /** The text {@code xe} prints for records, read by {@link XeOutput}. */
        XE("xe output");

        private final String description;

        Format(String description) {
            this.description = description;
        }

        /**
         * Names the format for a person.
         *
         * @return such as {@code an xapi database dump}
         */
        public String description() {
            return description;
        }
    }

    /** How much of a file is looked at to recognise its format. */
    private static final int HEAD = 16 * 1024;

    /** A field line of xe: a name, its mark (RO, RW, MRO, MRW, SRO, SRW), maybe [DEPRECATED], a colon. */
    private static final Pattern XE_FIELD = Pattern.compile(
            "^[\\s>-]*[A-Za-z][A-Za-z0-9_.-]*\\s*\\((?:\\s?R[OW]|[MS]R[OW])\\)(?:\\s*\\[DEPRECATED])?\\s*:.*");

    /** The class read first from a response or xe text, before the fields tell the real one. */
    private static final String FIRST_GUESS = "host";

    private XapiFiles() {
    }

    /**
     * Recognises the format of a file by its content: an XML document whose root is
     * {@code database} or {@code methodResponse}, a JSON object with a {@code result},
     * {@code error} or {@code jsonrpc} member, or text with a field line of {@code xe}
     * ({@code name ( RO): value}). Only the start of the file is read, and of a JSON document its
     * top-level members.
     *
     * @param file the file
     * @return the format, or empty when the content is none of them
     * @throws IOException if the file cannot be read
     * @throws IllegalStateException if the file is JSON and Jackson 3 is not there to read it
     *     (see {@link JsonRpcRecords})
     */
    public static Optional<Format> formatOf(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String head = head(file);
        String text = head.stripLeading();
        if (text.startsWith("<")) {
            String root = rootElement(text);
            if (root.equals("database")) {
                return Optional.of(Format.XAPI_DATABASE);
            }
            return root.equals("methodResponse") ? Optional.of(Format.XML_RPC) : Optional.empty();
        }
        if (text.startsWith("{")) {
            if (!JsonRpcRecords.isPresent(JsonRpcRecords.JACKSON_CLASS, XapiFiles.class.getClassLoader())) {
                throw JsonRpcRecords.jacksonMissing();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return JsonRpcReader.isResponse(in) ? Optional.of(Format.JSON_RPC) : Optional.empty();
            }
        }
        for (String line : head.split("\r?\n")) {
            if (XE_FIELD.matcher(line).matches()) {
                return Optional.of(Format.XE);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a file of pool data in whichever format it is (see {@link #formatOf(Path)}), the class
     * of the records of a response or of {@code xe} text told by their fields.
     *
     * @param file the file; messages name it as given here
     * @return its records
     * @throws IOException if the file cannot be read
     * @throws XapiImportException if the content is none of the formats (the message names the
     *     file, the first line and what it begins with), if the fields of its records tell no
     *     class, or if its reader refuses it (the message names the place)
     * @throws IllegalStateException if the file is JSON and Jackson 3 is not there to read it
     */
    public static XapiRecords read(Path file) throws IOException {
        Format format = formatOf(file).orElseThrow(() -> unrecognised(file));
        switch (format) {
            case XAPI_DATABASE:
                return XapiDatabase.read(file);
            case XML_RPC:
                return readByClass(file, xapiClass -> XmlRpcRecords.read(file, xapiClass));
            case JSON_RPC:
                return readByClass(file, xapiClass -> JsonRpcRecords.read(file, xapiClass));
            default:
                return readByClass(file, xapiClass -> XeOutput.read(file, xapiClass));
        }
    }

    /** Reads once with a first guess of the class, and again with the class the fields tell. */
    private static XapiRecords readByClass(Path file, Reader reader) throws IOException {
        XapiRecords guessed = reader.read(FIRST_GUESS);
        List<XapiRecord> records = guessed.all(FIRST_GUESS);
        if (records.isEmpty()) {
            throw new XapiImportException(file.toString(), "the whole file", "holds no record, so the class of"
                    + " its records cannot be told; expected the records of a host, a pool or another XenAPI class");
        }
        String xapiClass = classOf(records).orElseThrow(() -> new XapiImportException(file.toString(),
                records.get(0).location(), "cannot tell the XenAPI class of the records from their fields ("
                + String.join(", ", fieldNames(records)) + "); expected fields such as hostname or software_version"
                + " (host) or master (pool); read it with the reader of its format and the class"));
        return xapiClass.equals(FIRST_GUESS) ? guessed : reader.read(xapiClass);
    }

    /** The class that the fields of some records tell, by the first of the rules in the class's javadoc. */
    static Optional<String> classOf(List<XapiRecord> records) {
        if (any(records, "slaves")) {
            return Optional.of("Bond");
        }
        if (any(records, "master")) {
            return Optional.of("pool");
        }
        if (any(records, "tagged_PIF")) {
            return Optional.of("VLAN");
        }
        if (any(records, "hostname", "software_version")) {
            return Optional.of("host");
        }
        if (any(records, "power_state", "is_a_template")) {
            return Optional.of("VM");
        }
        if (any(records, "IP_configuration_mode")
                || any(records, "device") && any(records, "physical", "management", "VLAN")) {
            return Optional.of("PIF");
        }
        if (any(records, "bridge")) {
            return Optional.of("network");
        }
        if (any(records, "content_type", "physical_size")) {
            return Optional.of("SR");
        }
        if (any(records, "device_config")) {
            return Optional.of("PBD");
        }
        if (any(records, "installation_size")) {
            return Optional.of("pool_update");
        }
        if (any(records, "after_apply_guidance")) {
            return Optional.of("pool_patch");
        }
        return Optional.empty();
    }

    private static boolean any(List<XapiRecord> records, String... fields) {
        for (XapiRecord record : records) {
            for (String field : fields) {
                if (record.field(field).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> fieldNames(List<XapiRecord> records) {
        Set<String> names = new TreeSet<>();
        records.forEach(record -> names.addAll(record.fieldNames()));
        return names;
    }

    private static XapiImportException unrecognised(Path file) {
        String head;
        try {
            head = head(file);
        } catch (IOException e) {
            head = "";
        }
        int line = 1;
        int start = 0;
        while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
            if (head.charAt(start) == '\n') {
                line++;
            }
            start++;
        }
        String expected = "; expected an xapi database dump (<database>), a saved XML-RPC response"
                + " (<methodResponse>), a saved JSON-RPC response ({\"result\": ...}) or the text of xe"
                + " (lines such as 'hostname ( RO): xs-01')";
        if (start == head.length()) {
            return new XapiImportException(file.toString(), "the whole file", "is empty" + expected);
        }
        int end = head.indexOf('\n', start);
        String first = head.substring(start, end < 0 ? head.length() : end).strip();
        return new XapiImportException(file.toString(), "line " + line, "is no pool data xenpool can read: it begins "
                + Text.quoted(Text.fit(first, 60)) + expected);
    }

    /** The start of a file as text, without a byte order mark. */
    private static String head(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(HEAD);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The name of the first element of an XML document, past its declaration, comments and DOCTYPE. */
    private static String rootElement(String xml) {
        int at = 0;
        while (at < xml.length()) {
            int open = xml.indexOf('<', at);
            if (open < 0 || open + 1 >= xml.length()) {
                return "";
            }
            char next = xml.charAt(open + 1);
            if (xml.startsWith("<!--", open)) {
                int close = xml.indexOf("-->", open);
                at = close < 0 ? xml.length() : close + 3;
            } else if (next == '?' || next == '!') {
                int close = xml.indexOf('>', open);
                at = close < 0 ? xml.length() : close + 1;
            } else {
                int end = open + 1;
                while (end < xml.length() && !Character.isWhitespace(xml.charAt(end)) && xml.charAt(end) != '>'
                        && xml.charAt(end) != '/') {
                    end++;
                }
                return xml.substring(open + 1, end);
            }
        }
        return "";
    }

    /** One of the readers that take the class of the records. */
    @FunctionalInterface
    private interface Reader {
        XapiRecords read(String xapiClass) throws IOException;
    }
}
