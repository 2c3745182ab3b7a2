package io.github.xenpool.core.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.network.ManagementInterface;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a model document looks like, and that it reads back into the value it was written from. */
class ModelJsonTest {

    @Test
    void aPoolOfWhichEverythingIsKnownReadsBackEqual() throws IOException {
        Pool pool = FullModel.pool();

        String json = ModelJson.write(pool);

        DocumentSchema.MODEL.assertConforms(json, "the full pool");
        assertEquals(pool, ModelJson.readPool(new StringReader(json), "full.json"));
    }

    @Test
    void aHostOfWhichEverythingIsKnownReadsBackEqual() throws IOException {
        Host host = FullModel.standalone();

        String json = ModelJson.write(host);

        DocumentSchema.MODEL.assertConforms(json, "the full host");
        assertEquals(host, ModelJson.readHost(new StringReader(json), "full.json"));
    }

    @Test
    void aHostOfWhichNothingIsKnownStaysUnknownInEveryFact() throws IOException {
        Host host = Host.builder().id("a1b2c3d4-0000-4000-8000-0000000000ff").cpu(Cpu.unknown())
                .managementInterface(ManagementInterface.builder().unknownVlanTag().build())
                .unknownWhetherManagementInterfaceExists().build();

        String json = ModelJson.write(host);
        Host read = ModelJson.readHost(new StringReader(json), "unknown.json");

        DocumentSchema.MODEL.assertConforms(json, "the unknown host");
        assertAll(
                () -> assertEquals(host, read),
                () -> assertTrue(json.contains("\"licence\": null"), json),
                () -> assertTrue(json.contains("\"vlan\": null"), json),
                () -> assertTrue(json.contains("\"physicalFeatures\": null"), json),
                () -> assertTrue(json.contains("\"managementInterfaceExists\": null"), json),
                () -> assertEquals(host.managementInterface().xapiVlan(), read.managementInterface().xapiVlan()),
                () -> assertEquals(host.clock(), read.clock()));
    }

    @Test
    void anUntaggedManagementInterfaceIsVlanMinusOneAndAnUnknownTagIsNull() throws IOException {
        Host untagged = Host.builder().managementInterface(ManagementInterface.builder().untagged().build()).build();
        Host unknown = Host.builder().managementInterface(ManagementInterface.builder().unknownVlanTag().build())
                .build();

        assertAll(
                () -> assertTrue(ModelJson.write(untagged).contains("\"vlan\": -1")),
                () -> assertTrue(ModelJson.write(unknown).contains("\"vlan\": null")),
                () -> assertEquals(untagged, ModelJson.readHost(new StringReader(ModelJson.write(untagged)), "u")),
                () -> assertEquals(unknown, ModelJson.readHost(new StringReader(ModelJson.write(unknown)), "u")));
    }

    @Test
    void theDocumentStartsWithItsKindAndVersionIsIndentedByTwoSpacesAndEndsWithALineBreak() {
        String json = ModelJson.write(FullModel.pool());

        assertAll(
                () -> assertTrue(json.startsWith("{\n  \"document\": \"xenpool.pool\",\n  \"schemaVersion\": \"1.0\",\n"
                        + "  \"pool\": {\n    \"id\": \"" + FullModel.POOL_ID + "\",\n"), json),
                () -> assertTrue(json.endsWith("}\n"), json),
                () -> assertFalse(json.contains("\r"), "line breaks are \\n on every platform"),
                () -> assertFalse(json.contains("\t")),
                () -> assertTrue(json.contains("\"hotfixes\": [\n"), json),
                () -> assertTrue(json.contains("\"currentOperations\": []"), json),
                () -> assertTrue(ModelJson.write(Host.builder().build()).contains("\"info\": {}")));
        Matcher indent = Pattern.compile("(?m)^( *)\\S").matcher(json);
        while (indent.find()) {
            assertEquals(0, indent.group(1).length() % 2, "odd indentation at " + indent.start());
        }
    }

    @Test
    void oneValueAlwaysGivesTheSameText() {
        assertEquals(ModelJson.write(FullModel.pool()), ModelJson.write(FullModel.pool()));
        assertEquals(ModelJson.write(FullModel.standalone()), ModelJson.write(FullModel.standalone()));
    }

    @Test
    void featureSetsAreWrittenAsTheirMaskAndTheNamesOfTheirFeatures() throws IOException {
        int unnamed = IntStream.range(0, 8 * 32).filter(i -> FeatureCatalog.x86().atIndex(i).isEmpty()).findFirst()
                .orElseThrow();
        FeatureSet features = FeatureCatalog.x86().featureSet("fpu", "avx2").with(unnamed);
        Host host = Host.builder().cpu(Cpu.builder().physicalFeatures(features).build()).build();

        String json = ModelJson.write(host);

        assertTrue(json.contains("\"physicalFeatures\": {\n        \"mask\": \"" + features + "\",\n"
                + "        \"features\": [\n          \"fpu\",\n          \""
                + FeatureCatalog.x86().names(features).get(1) + "\",\n          \"avx2\"\n        ]\n      },"), json);
        assertTrue(FeatureCatalog.x86().names(features).get(1).startsWith("word"));
        assertEquals(host, ModelJson.readHost(new StringReader(json), "h.json"));
    }

    @Test
    void theMaskOfAFeatureSetIsWhatIsReadNotItsNames() throws IOException {
        Host host = Host.builder().cpu(Cpu.builder().physicalFeatures(FeatureSet.parse("00000001")).build()).build();
        String json = ModelJson.write(host).replace("\"fpu\"", "\"avx512f\"");

        assertEquals(host, ModelJson.readHost(new StringReader(json), "h.json"));
    }

    @Test
    void aWriterGetsTheSameTextAndStaysOpen() throws IOException {
        StringWriter out = new StringWriter();

        ModelJson.write(FullModel.pool(), out);
        ModelJson.write(FullModel.standalone(), out);

        assertEquals(ModelJson.write(FullModel.pool()) + ModelJson.write(FullModel.standalone()), out.toString());
    }

    @Test
    void readSaysWhichKindOfDocumentItHolds() throws IOException {
        ModelDocument pool = ModelJson.read(new StringReader(ModelJson.write(FullModel.pool())), "p.json");
        ModelDocument host = ModelJson.read(new StringReader(ModelJson.write(FullModel.standalone())), "h.json");

        assertAll(
                () -> assertEquals(ModelDocument.Kind.POOL, pool.kind()),
                () -> assertEquals(FullModel.pool(), assertInstanceOf(ModelDocument.OfPool.class, pool).pool()),
                () -> assertEquals(ModelDocument.Kind.HOST, host.kind()),
                () -> assertEquals(FullModel.standalone(), host.value()),
                () -> assertEquals("xenpool.host", host.kind().documentName()));
    }

    @Test
    void readingLeavesTheReaderOpen() throws IOException {
        boolean[] closed = {false};
        StringReader in = new StringReader(ModelJson.write(FullModel.standalone())) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ModelJson.readHost(in, "h.json");

        assertFalse(closed[0]);
    }

    @Test
    void theDerivedFactsMayBeLeftOut() throws IOException {
        String json = ModelJson.write(FullModel.pool());
        String withoutDerived = json.substring(0, json.indexOf(",\n    \"derived\"")) + "\n  }\n}\n";

        assertEquals(FullModel.pool(), ModelJson.readPool(new StringReader(withoutDerived), "p.json"));
        DocumentSchema.MODEL.assertConforms(withoutDerived, "a pool without derived facts");
    }

    @Test
    void aModelDocumentIsRecognisedByItsDocumentField() {
        assertAll(
                () -> assertTrue(ModelJson.looksLikeModelDocument(ModelJson.write(FullModel.pool()).substring(0, 60))),
                () -> assertTrue(ModelJson.looksLikeModelDocument("\ufeff {\"document\" : \"xenpool.host\"")),
                () -> assertTrue(ModelJson.looksLikeModelDocument("{\"schemaVersion\": \"1.0\", \"document\":"
                        + " \"xenpool.pool\"")),
                () -> assertFalse(ModelJson.looksLikeModelDocument("{\"jsonrpc\": \"2.0\", \"result\": {}}")),
                () -> assertFalse(ModelJson.looksLikeModelDocument("<?xml version=\"1.0\"?><database>")),
                () -> assertFalse(ModelJson.looksLikeModelDocument("[{\"document\": \"xenpool.pool\"}]")),
                () -> assertFalse(ModelJson.looksLikeModelDocument("{\"document\": \"xenpool.report\"}")),
                () -> assertFalse(ModelJson.looksLikeModelDocument("")));
    }
}
