package io.github.xenpool.core.xapi;

import static io.github.xenpool.core.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * xapi protects the white space of every field value with {@code %} sequences (its
 * {@code Xml_spaces} module); the reader undoes them exactly as xapi does, for the dumps written
 * before 2017 ({@code %_} for two spaces) and since ({@code %.} for each space).
 */
class XapiDatabaseEscapesTest {

    /** Characters that matter to the protection, and some that do not, XML's own among them. */
    private static final List<String> PIECES = List.of("%", "%", " ", " ", "\t", "\n", "\r", "_", ".", "t", "n",
            "r", "x", "a", "<", "&", "\"", "'", "é", "中", "\uD83D\uDE00");

    /** Strings of those pieces: every sequence of them is text that xapi may hold. */
    private static Gen<String> texts() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 30).map(pieces -> String.join("", pieces));
    }

    /** xapi's protection since 2017 (CA-268761): each space, tab, line feed, carriage return and percent. */
    static String protect(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case ' ':
                    out.append("%.");
                    break;
                case '\t':
                    out.append("%t");
                    break;
                case '\n':
                    out.append("%n");
                    break;
                case '\r':
                    out.append("%r");
                    break;
                case '%':
                    out.append("%%");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** xapi's protection before 2017: two spaces in a row are {@code %_}, a lone space stays a space. */
    static String protectBefore2017(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("  ", i)) {
                out.append("%_");
                i += 2;
            } else {
                char c = text.charAt(i++);
                out.append(c == ' ' ? " " : protect(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    @ParameterizedTest(name = "[{0}] is [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a%.b|a b",
        "a%_b|a  b",
        "CPU%_%_%_%_%_ X5650%_@ 2.67GHz|CPU           X5650  @ 2.67GHz",
        "%_%.|`   `",
        "100%%|100%",
        "%%_|%_",
        "%%.|%.",
        "%%%.|`% `",
        "%x|%x",
        "%x%.|`%x `",
        "a%|a%",
        "%|%",
        "%%%|%%",
        "50%_off|`50  off`",
        "%T%N|%T%N",
        "%%%%|%%",
        "``|``",
    })
    void eachSequenceMeansWhatItMeansToXapi(String written, String read) {
        assertEquals(read, XapiDatabase.unescape(written));
    }

    @Test
    void tabsLineFeedsAndCarriageReturnsComeBack() {
        assertEquals("a\tb\nc\r\nd", XapiDatabase.unescape("a%tb%nc%r%nd"));
    }

    @Test
    void textWithoutAPercentSignIsLeftAsItIs() {
        qt(500).forAll(strings().allPossible().ofLengthBetween(0, 40)).assuming(s -> s.indexOf('%') < 0)
                .check(s -> XapiDatabase.unescape(s) == s);
        String plain = "no protection here";
        assertSame(plain, XapiDatabase.unescape(plain));
    }

    @Test
    void whatXapiWritesTodayReadsBackAsItWas() {
        qt(3_000).forAll(texts()).check(text -> XapiDatabase.unescape(protect(text)).equals(text));
    }

    @Test
    void whatXapiWroteBefore2017ReadsBackAsItWas() {
        qt(3_000).forAll(texts()).check(text -> XapiDatabase.unescape(protectBefore2017(text)).equals(text));
    }

    @Test
    void unprotectingNeverMakesTextLonger() {
        // Every sequence is two characters that become one, or (%_) two.
        qt(2_000).forAll(strings().allPossible().ofLengthBetween(0, 40))
                .check(s -> XapiDatabase.unescape(s).length() <= s.length());
        qt(2_000).forAll(texts()).check(s -> XapiDatabase.unescape(s).length() <= s.length());
    }

    @Test
    void aFieldWrittenIntoADumpIsReadFromItAsItWas() {
        qt(300).forAll(texts(), texts()).check((text, other) -> {
            String xml = "<database><table name=\"VM\"><row ref=\"OpaqueRef:1\" name__label=\""
                    + xmlAttribute(protect(text)) + "\" name__description=\"" + xmlAttribute(protectBefore2017(other))
                    + "\"/></table></database>";
            XapiRecord vm;
            try {
                vm = XapiDatabase.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "gen.db")
                        .all("VM").get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return vm.field("name_label").orElseThrow().asText("name_label").equals(text)
                    && vm.field("name_description").orElseThrow().asText("name_description").equals(other);
        });
    }
}
