package io.github.xenpool.core.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind of bad document is refused with one exception, a {@link ModelJsonException} that
 * names the source, the place as a JSON Pointer, the value and what was expected.
 */
class ModelJsonBadDocumentsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String POOL = ModelJson.write(FullModel.pool());

    @Test
    void textThatIsNotJsonIsRefusedWithItsLineAndColumn() {
        ModelJsonException e = refused("{\n  \"document\": \"xenpool.pool\",\n  \"schemaVersion\": 1.0.0\n}");

        assertAll(
                () -> assertEquals("bad.json", e.source()),
                () -> assertEquals("", e.location()),
                () -> assertEquals(OptionalInt.of(3), e.line()),
                () -> assertTrue(e.column().isPresent()),
                () -> assertTrue(e.getMessage().startsWith("bad.json, line 3, column "), e.getMessage()),
                () -> assertTrue(e.problem().startsWith("not JSON: "), e.problem()));
    }

    @Test
    void truncatedJsonIsRefusedWithWhereItEnds() {
        ModelJsonException e = refused(POOL.substring(0, POOL.length() / 2));

        assertTrue(e.line().isPresent(), e.getMessage());
        assertTrue(e.problem().startsWith("not JSON: "), e.problem());
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        ModelJsonException e = refused(POOL.replaceFirst("\"name\": \"prod\",",
                "\"name\": \"prod\", \"name\": \"x\","));

        assertTrue(e.problem().contains("name"), e.problem());
        assertTrue(e.line().isPresent());
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        assertTrue(refused(POOL + "{}").line().isPresent());
    }

    @Test
    void anEmptyTextIsRefused() {
        ModelJsonException e = refused("  \n");

        assertTrue(e.problem().startsWith("the document is empty"), e.problem());
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        ModelJsonException e = refused("[1, 2]");

        assertEquals("", e.location());
        assertTrue(e.problem().startsWith("found an array of 2; expected a model document"), e.problem());
    }

    @Test
    void anotherKindOfDocumentIsRefusedNamingIt() {
        ModelJsonException e = refused(POOL.replace("\"xenpool.pool\"", "\"xenpool.report\""));

        assertEquals("/document", e.location());
        assertTrue(e.problem().startsWith("the string \"xenpool.report\" names no model document; expected"
                + " \"xenpool.pool\" or \"xenpool.host\""), e.problem());
    }

    @Test
    void aDocumentWithoutItsKindIsRefused() {
        assertEquals("/document", refused("{\"jsonrpc\": \"2.0\", \"result\": {}}").location());
    }

    @Test
    void aHostDocumentIsNoPool() throws IOException {
        String host = ModelJson.write(FullModel.standalone());

        ModelJsonException e = assertThrows(ModelJsonException.class, () -> ModelJson.readPool(reader(host), "h.json"));

        assertEquals("/document", e.location());
        assertTrue(e.problem().contains("expected a pool document, \"xenpool.pool\""), e.problem());
        assertThrows(ModelJsonException.class, () -> ModelJson.readHost(reader(POOL), "p.json"));
    }

    @Test
    void anUnsupportedSchemaVersionIsRefusedNamingIt() {
        ModelJsonException e = refused(POOL.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\""));

        assertEquals("/schemaVersion", e.location());
        assertTrue(e.problem().startsWith("unsupported schema version the string \"2.0\"; this reader reads version"
                + " \"1.0\""), e.problem());
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAtItsPlace() {
        ModelJsonException e = refused(mutated("/pool", pool -> pool.put("haEnabled", "yes")));

        assertEquals("/pool/haEnabled", e.location());
        assertEquals("found the string \"yes\"; expected true or false", e.problem());
    }

    @Test
    void aNumberWhereTextBelongsIsRefused() {
        ModelJsonException e = refused(mutated("/pool/master/cpu", cpu -> cpu.put("modelName", 42)));

        assertEquals("/pool/master/cpu/modelName", e.location());
        assertEquals("found the number 42; expected a string", e.problem());
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefused() {
        ModelJsonException e = refused(mutated("/pool/master/cpu", cpu -> cpu.put("sockets", 1.5)));

        assertEquals("/pool/master/cpu/sockets", e.location());
        assertTrue(e.problem().startsWith("found the number 1.5; expected a whole number"), e.problem());
    }

    @Test
    void aMissingFieldIsRefusedNamingIt() {
        ModelJsonException e = refused(mutated("/pool/secondaries/0", host -> host.remove("licence")));

        assertEquals("/pool/secondaries/0/licence", e.location());
        assertTrue(e.problem().startsWith("missing field \"licence\" of a host; every field is written, null when"
                + " it is unknown"), e.problem());
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        ModelJsonException e = refused(mutated("/pool/master/software", software -> software.put("hotfix", "x")));

        assertEquals("/pool/master/software/hotfix", e.location());
        assertTrue(e.problem().startsWith("unknown field \"hotfix\" of the software; expected productVersion,"),
                e.problem());
    }

    @Test
    void anInvalidUuidIsRefusedByTheModelAtItsPlace() {
        ModelJsonException e = refused(mutated("/pool/master", host -> host.put("id", "not-a-uuid")));

        assertEquals("/pool/master/id", e.location());
        assertTrue(e.problem().contains("\"not-a-uuid\""), e.problem());
    }

    @Test
    void aFeatureSetMaskThatDoesNotParseIsRefusedQuotingIt() {
        ModelJsonException e = refused(mutated("/pool/master/cpu/features", set -> set.put("mask", "0000zz00")));

        assertEquals("/pool/master/cpu/features/mask", e.location());
        assertTrue(e.problem().startsWith("\"0000zz00\" is not a feature set ("), e.problem());
        assertTrue(e.problem().endsWith("expected 1 to 64 words of eight hex digits joined by -, as xapi prints"
                + " them, such as 078bfbff-80982201"), e.problem());
    }

    @Test
    void aPoolFeatureMaskThatDoesNotParseIsRefused() {
        assertEquals("/pool/cpuFeatureMask/mask",
                refused(mutated("/pool/cpuFeatureMask", mask -> mask.put("mask", "ffff"))).location());
    }

    @Test
    void anEnumValueTheModelDoesNotHaveIsRefusedListingTheOthers() {
        ModelJsonException e = refused(mutated("/pool/master/managementInterface",
                nic -> nic.put("addressing", "dhcpReserved")));

        assertEquals("/pool/master/managementInterface/addressing", e.location());
        assertEquals("\"dhcpReserved\" is no Addressing; expected one of STATIC, DHCP_RESERVED, DHCP", e.problem());
    }

    @Test
    void anUnknownVmOperationIsRefused() {
        ModelJsonException e = refused(mutated("/pool/master/vms/0", vm -> ((ArrayNode) vm.get("currentOperations"))
                .add("reboot")));

        assertEquals("/pool/master/vms/0/currentOperations/2", e.location());
        assertTrue(e.problem().startsWith("\"reboot\" is no VM operation; expected one of start, clean_shutdown"),
                e.problem());
    }

    @Test
    void aDurationThatIsNotIsoIsRefused() {
        ModelJsonException e = refused(mutated("/pool/master/clock", clock -> clock.put("offsetFromMaster", "2s")));

        assertEquals("/pool/master/clock/offsetFromMaster", e.location());
        assertTrue(e.problem().startsWith("\"2s\" is not an ISO-8601 duration"), e.problem());
    }

    @Test
    void aMembershipThatDoesNotFitThePoolIsRefusedByThePoolAtThePlaceOfTheMembership() {
        ModelJsonException e = refused(mutated("/pool/secondaries/0/membership", membership -> membership
                .put("poolId", "11111111-2222-4333-8444-555555555555")));

        assertEquals("/pool/secondaries/0/membership", e.location());
        assertTrue(e.problem().startsWith("the model refuses it: "), e.problem());
        assertTrue(e.problem().contains("11111111-2222-4333-8444-555555555555"), e.problem());
    }

    @Test
    void anUnknownRoleIsRefused() {
        ModelJsonException e = refused(mutated("/pool/master/membership", m -> m.put("role", "slave")));

        assertEquals("/pool/master/membership/role", e.location());
        assertEquals("the string \"slave\" is no role; expected \"standalone\", \"master\" or \"member\"",
                e.problem());
    }

    @Test
    void haWithoutSharedStorageIsRefusedByTheModel() {
        ModelJsonException e = refused(mutated("/pool", pool -> pool.set("sharedStorage", MAPPER.createArrayNode())));

        assertEquals("/pool/haEnabled", e.location());
        assertTrue(e.problem().contains("HA needs a shared SR"), e.problem());
    }

    @Test
    void exposedFeaturesTheHardwareLacksAreRefusedAtTheFeatures() {
        ModelJsonException e = refused(mutated("/pool/master/cpu/features", set -> set.put("mask",
                "ffffffff-ffffffff-ffffffff-ffffffff")));

        assertEquals("/pool/master/cpu/features", e.location());
        assertTrue(e.problem().contains("exposes features its hardware lacks"), e.problem());
    }

    @Test
    void aCpuInfoCountThatIsNotANumberIsRefusedAtItsKey() {
        ModelJsonException e = refused(mutated("/pool/master/cpu/info", info -> info.put("cpu_count", "many")));

        assertEquals("/pool/master/cpu/info/cpu_count", e.location());
        assertTrue(e.problem().contains("\"many\""), e.problem());
    }

    @Test
    void aClusteredFlagThatContradictsTheEnabledClusterHostsIsRefused() {
        ModelJsonException e = refused(mutated("/pool/configuration", c -> c.put("clustered", false)));

        assertEquals("/pool/configuration", e.location());
        assertTrue(e.problem().contains("clustered is false"), e.problem());
    }

    @Test
    void derivedFactsThatDisagreeWithTheMembersAreRefused() {
        ModelJsonException e = refused(mutated("/pool/derived", derived -> derived.put("edition", "free")));

        assertEquals("/pool/derived/edition", e.location());
        assertTrue(e.problem().startsWith("the string \"free\" is not the pool's edition, the lowest of its members';"
                + " expected \"enterprise\""), e.problem());
        assertEquals("/pool/derived/status", refused(mutated("/pool/derived", d -> d.put("status", "NO_MASTER")))
                .location());
    }

    @Test
    void aKeyWithASlashIsEscapedInThePointer() {
        ModelJsonException e = refused(mutated("/pool/master/licenceParams", params -> params.put("a/b~c", 1)));

        assertEquals("/pool/master/licenceParams/a~1b~0c", e.location());
    }

    private static ModelJsonException refused(String json) {
        return assertThrows(ModelJsonException.class, () -> ModelJson.read(reader(json), "bad.json"));
    }

    private static Reader reader(String json) {
        return new StringReader(json);
    }

    /** The full pool's document with the object at a pointer changed. */
    private static String mutated(String pointer, Consumer<ObjectNode> change) {
        JsonNode root = MAPPER.readTree(POOL);
        change.accept((ObjectNode) root.at(pointer));
        return MAPPER.writeValueAsString(root);
    }
}
