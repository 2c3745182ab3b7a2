package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads the text that the {@code xe} command line prints for records: {@code xe <class>-list}
 * (with {@code params=all}, {@code params=a,b} or its default fields) and
 * {@code xe <class>-param-list uuid=…}, one record or many, and the one value that
 * {@code xe <class>-param-get} prints.
 *
 * <pre>{@code
 * XapiRecords hosts = XeOutput.read(Path.of("host-param-list.txt"), "host");
 * XapiRecords pifs = XeOutput.read(Path.of("pif-list.txt"), "PIF");
 * XapiRecords both = XapiRecords.merge(List.of(hosts, pifs));
 * }</pre>
 *
 * <p><b>The format</b>, as xapi's CLI prints it. Each field is a line
 * {@code name (MARK): value}; the mark is {@code  RO} or {@code  RW} for a single value,
 * {@code MRO} or {@code MRW} for a map, {@code SRO} or {@code SRW} for a set. The names are
 * right-aligned to one column of colons, except the record's first, which is left-aligned and
 * padded (so a record's first line has blanks before its colon, and no other line has). A
 * deprecated field carries {@code  [DEPRECATED]} between its mark and its colon. Records are
 * followed by two blank lines. Maps print as {@code k1: v1; k2: v2} and sets as {@code v1; v2},
 * nothing escaped; the sets xapi keeps on {@code ", "} are listed below. {@code xe} prints no
 * references: records carry their {@code uuid}, and links are fields such as
 * {@code host-uuid}, so every record read has an empty {@link XapiRecord#ref()}.
 *
 * <p><b>What is read, and how.</b>
 * <ul>
 *   <li>A field marked as a map becomes a {@linkplain XapiValue#map map} and one marked as a set a
 *       {@linkplain XapiValue#set set}. A map is cut at each {@code "; "} and each item at its first
 *       {@code ": "}, so values may hold {@code ": "} (JSON in an {@code other-config} does). An
 *       item with no {@code ": "}, or whose key came before, is no item of a XenAPI map: it is
 *       read as the rest of the value before it, {@code "; "} included, with a warning. A value
 *       holding {@code "; k: "} for a new key {@code k} reads as two items: {@code xe} prints both
 *       alike. Empty set elements (host {@code capabilities} end with {@code "; "}) are left out.</li>
 *   <li>A field marked {@code RO} or {@code RW} is read as a scalar; xapi prints a few maps and
 *       sets with that mark ({@code license-state}, {@code restrictions}, {@code ha-statefiles}), and
 *       their values read as a map or a set when one is asked for.</li>
 *   <li>The sets that xapi joins with {@code ", "} are split there: {@code tags} of every class;
 *       {@code hosts} and {@code after-apply-guidance} of {@code pool_patch} (or {@code patch}) and
 *       {@code pool_update} (or {@code update}); {@code patches}, {@code updates} and
 *       {@code ntp-custom-servers} of {@code host}; {@code purpose} of {@code network}. The class
 *       given decides: an element holding {@code ", "} in another set is kept whole, with a
 *       warning. A tag holding {@code ", "} reads as two tags, as {@code xe} prints it.</li>
 *   <li>A value xapi could not give, {@code <not in database>}, {@code <expensive field>},
 *       {@code <invalid reference>}, {@code <inconsistent>}, {@code <unknown>},
 *       {@code <unknown time>} or {@code <not set>}, is unknown: the field is left out of its
 *       record and an {@link ImportWarning} names the record and field
 *       ({@code record 2 (uuid …), field bond-slave-of}). So is a set or a map with such an
 *       element.</li>
 *   <li>{@code  [DEPRECATED]} is taken off the field's name and the value kept, with no
 *       warning: the value is as true as any other, and xapi's API says which fields are
 *       deprecated. Text after a value is part of the value: xapi never prints the marker there.</li>
 *   <li>A value on several lines (a message's body) is read whole, its lines joined by
 *       {@code \n}: a line with no mark after a field line continues its value, and after one
 *       blank line too when the value already has several lines. Two blank lines end a record.
 *       Since {@code xe} escapes nothing, a value holding two blank lines in a row, or a line that
 *       looks like a field line, cannot be told from the end of its record.</li>
 *   <li>A new record begins after one or more blank lines, at a line with blanks before its colon
 *       (a record's first line), or, with a warning, at a {@code uuid} line (xapi prints
 *       {@code uuid} first in every record) or a field that the record already has: the blank
 *       lines were lost where the text was pasted.</li>
 *   <li>Blanks at the end of a line are not read: pasted text gains them, so a value's own
 *       trailing blanks are lost too. Alignment is not needed: text whose blanks were changed
 *       where it was pasted reads the same. A {@code "- "} or {@code ">"} before every line (a
 *       list or a quote made of the text) is taken off, with a warning.</li>
 *   <li>Lines that are not output, such as a shell prompt with the command ({@code # xe …}) or a
 *       heading ({@code Disk 0 VBD:}), are skipped, each with a warning, and end the record
 *       before them.</li>
 *   <li>Text that was cut is read as far as it goes: a record whose first line is indented and
 *       not {@code uuid} has lost its first lines (a warning names it), and a last line that stops
 *       inside a field's mark is left out (a warning names the field). A cut inside a value
 *       cannot be seen.</li>
 *   <li>{@code xe host-cpu-info} prints its record without marks; text with no mark at all is
 *       read that way, as long as its colons stand in one column, four blanks right of the
 *       longest name, as xapi aligns them. Each line is a field whose value is text.</li>
 *   <li>Empty text, or text of nothing but command lines, is no record: {@code xe} prints nothing
 *       for a list that matches nothing. The class is still {@linkplain XapiRecords#has known}.</li>
 * </ul>
 *
 * <p><b>What is refused</b>, with an {@link XapiImportException} naming the source, the line
 * and column, what was found and what was expected: text with no record in it, such as HTML,
 * JSON or one of {@code xe}'s error messages; {@code --minimal} output (the first fields of the
 * records joined by commas, which names no field); the one value of a {@code -param-get} given to
 * {@link #read(Reader, String, String)}, and records given to
 * {@link #readParamGet(Reader, String, String, String, String)}. A result is never partly
 * built: either every record that could be read comes back, with warnings for the rest, or
 * nothing does.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class XeOutput {

    private XeOutput() {
    }

    /**
     * Reads the records printed by {@code xe <class>-list} or {@code xe <class>-param-list}.
     *
     * @param in the text; read to its end, not closed
     * @param sourceName the name of the text in locations and messages, such as a file name
     * @param xapiClass the class of the records, as xapi names it ({@code host}, {@code PIF},
     *     {@code pool}, {@code SR}, {@code PBD}, {@code VM}, {@code network}, {@code Bond},
     *     {@code VLAN}, {@code pool_patch}…), since the text does not say it
     * @return the records, in the text's order, with the warnings of reading them
     * @throws XapiImportException if the text holds no record (see the class's description)
     * @throws IOException if {@code in} cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static XapiRecords read(Reader in, String sourceName, String xapiClass) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(xapiClass, "xapiClass");
        return XeReader.read(in, sourceName, xapiClass);
    }

    /**
     * Reads the records printed by {@code xe <class>-list} or {@code xe <class>-param-list}
     * from a file in UTF-8, named in messages by its path as given.
     *
     * @param file the file
     * @param xapiClass the class of the records, as xapi names it ({@code host}, {@code PIF}…)
     * @return the records, in the file's order, with the warnings of reading them
     * @throws XapiImportException if the file holds no record (see the class's description)
     * @throws IOException if the file cannot be read, or is not UTF-8
     * @throws NullPointerException if an argument is null
     */
    public static XapiRecords read(Path file, String xapiClass) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(xapiClass, "xapiClass");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return XeReader.read(in, file.toString(), xapiClass);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new XapiImportException(file.toString(), "its bytes", "expected UTF-8 text, as xe prints it, got"
                    + " bytes that are not (saved in another encoding, such as UTF-16 by a Windows shell?): " + e, e);
        }
    }

    /**
     * Reads the one value printed by {@code xe <class>-param-get uuid=… param-name=…} into a
     * record holding the object's {@code uuid} and that field. The text does not say whether the
     * value is a scalar, a set or a map: it is kept as {@code xe} printed it, and reads as a set
     * or a map when one is asked for, split as the class's description says. Command lines before
     * the value are skipped, with a warning; a further command line ends the value, and it and
     * the rest are skipped, with a warning.
     *
     * @param in the text; read to its end, not closed
     * @param sourceName the name of the text in locations and messages, such as a file name
     * @param xapiClass the class of the object, as xapi names it ({@code host}, {@code pool}…)
     * @param uuid the object's UUID, as given to {@code xe}
     * @param field the field, as given to {@code param-name=} ({@code software-version})
     * @return one record of the two fields, or of the UUID alone (with a warning) when
     *     {@code xe} printed no value but a placeholder such as {@code <not in database>}
     * @throws XapiImportException if the text is records rather than one value
     * @throws IOException if {@code in} cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static XapiRecords readParamGet(Reader in, String sourceName, String xapiClass, String uuid, String field)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(xapiClass, "xapiClass");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(field, "field");
        return XeReader.readParamGet(in, sourceName, xapiClass, uuid, field);
    }
}
