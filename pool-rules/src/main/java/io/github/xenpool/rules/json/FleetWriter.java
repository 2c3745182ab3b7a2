package io.github.xenpool.rules.json;

import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.fleet.PoolMatch;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the fleet documents and their parts on a Jackson generator: the one place that knows
 * their shape, which fleet.schema.json and fleet-line.schema.json describe.
 */
final class FleetWriter {

    private FleetWriter() {
    }

    /** Starts the whole-fleet document, up to the opening of its array of hosts. */
    static void startFleet(JsonGenerator gen, String ruleSetName, int pools) {
        gen.writeStartObject();
        gen.writeStringProperty("document", FleetJson.DOCUMENT);
        gen.writeStringProperty("schemaVersion", FleetJson.SCHEMA_VERSION);
        gen.writeStringProperty("ruleSet", ruleSetName);
        gen.writeNumberProperty("pools", pools);
        gen.writeArrayPropertyStart("hosts");
    }

    /** Ends what {@link #startFleet} began. */
    static void endFleet(JsonGenerator gen) {
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static void line(JsonGenerator gen, String ruleSetName, int pools, HostMatches host) {
        gen.writeStartObject();
        gen.writeStringProperty("document", FleetJson.LINE_DOCUMENT);
        gen.writeStringProperty("schemaVersion", FleetJson.SCHEMA_VERSION);
        gen.writeStringProperty("ruleSet", ruleSetName);
        gen.writeNumberProperty("pools", pools);
        gen.writeName("host");
        hostMatches(gen, host);
        gen.writeEndObject();
    }

    static void hostMatches(JsonGenerator gen, HostMatches host) {
        gen.writeStartObject();
        gen.writeStringProperty("hostId", host.hostId());
        gen.writeStringProperty("hostname", host.hostname());
        gen.writeNumberProperty("joinablePools", host.joinablePools());
        poolMatches(gen, "best", host.best());
        poolMatches(gen, "closest", host.closest());
        gen.writeEndObject();
    }

    private static void poolMatches(JsonGenerator gen, String name, List<PoolMatch> matches) {
        gen.writeArrayPropertyStart(name);
        for (PoolMatch match : matches) {
            poolMatch(gen, match);
        }
        gen.writeEndArray();
    }

    static void poolMatch(JsonGenerator gen, PoolMatch match) {
        gen.writeStartObject();
        gen.writeStringProperty("poolId", match.poolId());
        gen.writeStringProperty("poolName", match.poolName());
        gen.writeStringProperty("verdict", match.verdict().name());
        gen.writeBooleanProperty("joinable", match.joinable());
        gen.writeNumberProperty("hiddenFeatures", match.hiddenFeatures());
        gen.writeNumberProperty("freeSlots", match.freeSlots());
        gen.writeNumberProperty("unfixableBlockers", match.unfixableBlockers());
        gen.writeNumberProperty("mismatchedKeys", match.mismatchedKeys());
        gen.writeName("blockingRules");
        ReportWriter.strings(gen, match.blockingRules());
        gen.writeEndObject();
    }
}
