package io.github.xenpool.core.xapi;

import static io.github.xenpool.core.Theories.qt;
import static io.github.xenpool.core.xapi.RpcBodies.read;
import static io.github.xenpool.core.xapi.RpcBodies.written;
import static io.github.xenpool.core.xapi.RpcSamples.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of both readers, over random records written by the small writers of {@link RpcBodies}:
 * what was written is read back, and a body that is cut or damaged is refused with an
 * {@link XapiImportException}, never another exception and never a partial result.
 */
class RpcRecordsLawsTest {

    private static final int EXAMPLES = 300;

    private enum Format { XML, JSON }

    private static XapiRecords parse(Format format, String body) {
        try {
            return format == Format.XML ? XmlRpcRecords.read(stream(body), "body", "VM")
                    : JsonRpcRecords.read(stream(body), "body", "VM");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String allRecords(Format format, List<RpcBodies.Rec> records, boolean spaced) {
        return format == Format.XML ? RpcBodies.xmlAllRecords(records, spaced) : RpcBodies.jsonAllRecords(records, spaced);
    }

    @Test
    void getAllRecordsReadsBackWhatWasWritten() {
        for (Format format : Format.values()) {
            qt(EXAMPLES).forAll(RpcBodies.records(), booleans().all())
                    .checkAssert((records, spaced) -> {
                        XapiRecords read = parse(format, allRecords(format, records, spaced));
                        assertEquals(written(records, true), read(read, "VM"), format.name());
                        assertEquals(List.of(), read.warnings());
                        assertEquals(List.of("VM"), List.copyOf(read.classes()));
                    });
        }
    }

    @Test
    void getRecordReadsBackWhatWasWrittenWithOrWithoutItsReference() {
        qt(EXAMPLES).forAll(RpcBodies.record(), booleans().all())
                .checkAssert((record, spaced) -> {
                    String xml = RpcBodies.xmlOneRecord(record, spaced);
                    String json = RpcBodies.jsonOneRecord(record, spaced);
                    List<RpcBodies.Rec> one = List.of(record);
                    assertEquals(written(one, false), read(parse(Format.XML, xml), "VM"));
                    assertEquals(written(one, false), read(parse(Format.JSON, json), "VM"));
                    try {
                        assertEquals(written(one, true), read(XmlRpcRecords.readRecord(stream(xml), "b", "VM",
                                record.ref()), "VM"));
                        assertEquals(written(one, true), read(JsonRpcRecords.readRecord(stream(json), "b", "VM",
                                record.ref()), "VM"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void bothFormatsGiveTheSameRecords() {
        qt(EXAMPLES).forAll(RpcBodies.records())
                .check(records -> read(parse(Format.XML, RpcBodies.xmlAllRecords(records, false)), "VM")
                        .equals(read(parse(Format.JSON, RpcBodies.jsonAllRecords(records, true)), "VM")));
    }

    /** Where to cut or change a body: a fraction of its length, in thousandths. */
    private static Gen<Integer> places() {
        return integers().between(0, 999);
    }

    @Test
    void everyProperPrefixIsRefused() {
        for (Format format : Format.values()) {
            qt(EXAMPLES).forAll(RpcBodies.records(), booleans().all(), places())
                    .check((records, spaced, place) -> {
                        String body = allRecords(format, records, spaced);
                        return refusedOrRead(format, body.substring(0, body.length() * place / 1000)) == null;
                    });
        }
    }

    @Test
    void aDamagedBodyIsReadOrRefusedButNeverBreaksTheReader() {
        Gen<Character> damage = Generate.pick(List.of('<', '>', '/', '&', ';', '"', '\'', '{', '}', '[', ']', ',', ':',
                'x', '1', ' ', '\u0000', '\uFFFF', '\uD800'));
        for (Format format : Format.values()) {
            qt(EXAMPLES).forAll(RpcBodies.records(), places(), damage)
                    .checkAssert((records, place, c) -> {
                        String body = allRecords(format, records, false);
                        int at = body.length() * place / 1000;
                        refusedOrRead(format, body.substring(0, at) + c + body.substring(Math.min(at + 1, body.length())));
                    });
        }
    }

    /**
     * Reads a body that may be broken: returns what was read, or null when it was refused with an
     * {@link XapiImportException} naming the source. Any other exception fails the property.
     */
    private static XapiRecords refusedOrRead(Format format, String body) {
        try {
            return parse(format, body);
        } catch (XapiImportException e) {
            assertEquals("body", e.source());
            return null;
        }
    }

    @Test
    void theWritersWriteTheWireFormats() {
        // What the writers produce, so that a failure above can be read.
        Function<Boolean, List<RpcBodies.Rec>> records = spaced -> List.of(new RpcBodies.Rec("OpaqueRef:a", List.of(
                java.util.Map.entry("on", new RpcBodies.Value(new RpcBodies.Scalar(RpcBodies.Kind.BOOLEAN, "1", "true"),
                        null, null)))));
        assertEquals("<methodResponse><params><param><value><struct><member><name>Status</name><value>Success</value>"
                + "</member><member><name>Value</name><value><struct><member><name>OpaqueRef:a</name><value><struct>"
                + "<member><name>on</name><value><boolean>1</boolean></value></member></struct></value></member>"
                + "</struct></value></member></struct></value></param></params></methodResponse>",
                RpcBodies.xmlAllRecords(records.apply(false), false));
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":{\"OpaqueRef:a\":{\"on\":true}},\"id\":1}",
                RpcBodies.jsonAllRecords(records.apply(false), false));
    }
}
