package io.github.xenpool.rules.json;

import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiAnswer;
import io.github.xenpool.rules.spi.CustomViolationDetails;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the report document and its parts on a Jackson generator: the one place that knows their
 * shape, which report.schema.json describes. Every property is always written, in a fixed order;
 * an empty Optional is written as null.
 */
final class ReportWriter {

    private ReportWriter() {
    }

    static void report(JsonGenerator gen, JoinReport report) {
        gen.writeStartObject();
        gen.writeStringProperty("document", ReportJson.DOCUMENT);
        gen.writeStringProperty("schemaVersion", ReportJson.SCHEMA_VERSION);
        gen.writeStringProperty("ruleSet", report.ruleSetName());
        gen.writeObjectPropertyStart("pool");
        gen.writeStringProperty("id", report.poolId());
        gen.writeStringProperty("name", report.poolName());
        gen.writeEndObject();
        gen.writeObjectPropertyStart("host");
        gen.writeStringProperty("id", report.hostId());
        gen.writeStringProperty("hostname", report.hostname());
        gen.writeEndObject();
        gen.writeStringProperty("verdict", report.verdict().name());
        gen.writeObjectPropertyStart("counts");
        gen.writeNumberProperty("blockers", report.blockers().size());
        gen.writeNumberProperty("warnings", report.warnings().size());
        gen.writeNumberProperty("notes", report.notes().size());
        gen.writeEndObject();
        gen.writeName("blockingRuleIds");
        strings(gen, report.blockingRuleIds());
        gen.writeArrayPropertyStart("violations");
        for (Violation violation : report.violations()) {
            violation(gen, violation);
        }
        gen.writeEndArray();
        gen.writeName("maskingPlan");
        if (report.maskingPlan().isPresent()) {
            details(gen, report.maskingPlan().get());
        } else {
            gen.writeNull();
        }
        gen.writeObjectPropertyStart("levelChange");
        gen.writeName("poolCpuLevel");
        cpuLevel(gen, report.cpuComparison().poolLevel());
        gen.writeName("resultingCpuLevel");
        cpuLevel(gen, report.resultingCpuLevel());
        gen.writeName("removedFromCpuLevel");
        featureSet(gen, report.removedFromCpuLevel());
        gen.writeEndObject();
        gen.writeName("xapi");
        xapiAnswer(gen, report.xapiAnswer());
        gen.writeName("xapiChecks");
        if (report.xapiChecks().isPresent()) {
            // A set: sorted, so that the document does not depend on its iteration order.
            strings(gen, new TreeSet<>(report.xapiChecks().get()));
        } else {
            gen.writeNull();
        }
        gen.writeEndObject();
    }

    static void violation(JsonGenerator gen, Violation violation) {
        gen.writeStartObject();
        gen.writeStringProperty("ruleId", violation.ruleId());
        gen.writeStringProperty("severity", violation.severity().name());
        gen.writeName("subject");
        subject(gen, violation.subject());
        gen.writeStringProperty("message", violation.message());
        gen.writeStringProperty("expected", violation.expected());
        gen.writeStringProperty("actual", violation.actual());
        optionalString(gen, "reason", violation.reason());
        gen.writeBooleanProperty("fixableByConfiguration", violation.fixableByConfiguration());
        gen.writeName("details");
        details(gen, violation.details());
        gen.writeArrayPropertyStart("remediation");
        for (RemediationStep step : violation.remediation()) {
            remediationStep(gen, step);
        }
        gen.writeEndArray();
        gen.writeName("xapiError");
        if (violation.xapiErrorCode().isPresent()) {
            gen.writeStartObject();
            gen.writeStringProperty("code", violation.xapiErrorCode().get());
            gen.writeName("parameters");
            strings(gen, violation.xapiErrorParameters());
            gen.writeEndObject();
        } else {
            gen.writeNull();
        }
        gen.writeEndObject();
    }

    static void subject(JsonGenerator gen, Subject subject) {
        gen.writeStartObject();
        gen.writeStringProperty("kind", subject.kind().name());
        gen.writeArrayPropertyStart("nodes");
        for (Subject.Node node : subject.nodes()) {
            gen.writeStartObject();
            gen.writeStringProperty("name", node.name());
            optionalString(gen, "key", node.key());
            gen.writeName("index");
            if (node.index().isPresent()) {
                gen.writeNumber(node.index().getAsInt());
            } else {
                gen.writeNull();
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeStringProperty("path", subject.path());
        gen.writeStringProperty("label", subject.label());
        gen.writeEndObject();
    }

    static void remediationStep(JsonGenerator gen, RemediationStep step) {
        gen.writeStartObject();
        gen.writeStringProperty("description", step.description());
        gen.writeBooleanProperty("automatic", step.automatic());
        gen.writeEndObject();
    }

    static void xapiAnswer(JsonGenerator gen, XapiAnswer answer) {
        gen.writeStartObject();
        gen.writeName("error");
        if (answer.error().isPresent()) {
            Violation first = answer.error().get();
            gen.writeStartObject();
            gen.writeStringProperty("ruleId", first.ruleId());
            gen.writeStringProperty("code", first.xapiErrorCode().orElseThrow());
            gen.writeName("parameters");
            strings(gen, first.xapiErrorParameters());
            gen.writeEndObject();
        } else {
            gen.writeNull();
        }
        gen.writeBooleanProperty("refuses", answer.refuses());
        gen.writeBooleanProperty("certain", answer.isCertain());
        gen.writeArrayPropertyStart("unchecked");
        for (Violation unchecked : answer.unchecked()) {
            gen.writeString(unchecked.ruleId());
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static void details(JsonGenerator gen, ViolationDetails details) {
        gen.writeStartObject();
        gen.writeStringProperty("kind", kind(details));
        if (details instanceof ViolationDetails.CpuFeatures cpu) {
            featureSetProperty(gen, "missing", cpu.missing());
            featureSetProperty(gen, "hidden", cpu.hidden());
            featureSetProperty(gen, "unhideable", cpu.unhideable());
            featureSetProperty(gen, "resultingLevel", cpu.resultingLevel());
            gen.writeBooleanProperty("rebootRequired", cpu.rebootRequired());
        } else if (details instanceof ViolationDetails.CpuLevelling levelling) {
            featureSetProperty(gen, "lost", levelling.lost());
            featureSetProperty(gen, "newLevel", levelling.newLevel());
            gen.writeName("vmsThatCannotMigrate");
            strings(gen, levelling.vmsThatCannotMigrate());
        } else if (details instanceof ViolationDetails.Vendors vendors) {
            gen.writeStringProperty("pool", vendors.pool().name());
            gen.writeStringProperty("host", vendors.host().name());
        } else if (details instanceof ViolationDetails.VmState vm) {
            gen.writeStringProperty("uuid", vm.uuid());
            gen.writeStringProperty("name", vm.name());
            gen.writeStringProperty("powerState", vm.powerState().name());
            gen.writeArrayPropertyStart("currentOperations");
            vm.currentOperations().forEach(operation -> gen.writeString(operation.xapiName()));
            gen.writeEndArray();
        } else if (details instanceof ViolationDetails.Storage storage) {
            gen.writeStringProperty("uuid", storage.uuid());
            gen.writeStringProperty("name", storage.name());
            gen.writeStringProperty("type", storage.type());
            optionalString(gen, "server", storage.server());
        } else if (details instanceof ViolationDetails.Versions versions) {
            // The record does not refuse null versions: written as null, as an unknown value is.
            gen.writeStringProperty("pool", versions.pool() == null ? null : versions.pool().toString());
            gen.writeStringProperty("host", versions.host() == null ? null : versions.host().toString());
        } else if (details instanceof ViolationDetails.Hotfixes hotfixes) {
            gen.writeName("missing");
            strings(gen, hotfixes.missing());
            gen.writeName("extra");
            strings(gen, hotfixes.extra());
        } else if (details instanceof ViolationDetails.SupplementalPacks packs) {
            packs(gen, "missing", packs.missing());
            packs(gen, "extra", packs.extra());
            gen.writeArrayPropertyStart("otherRevision");
            for (ViolationDetails.PackRevisions pack : packs.otherRevision()) {
                gen.writeStartObject();
                gen.writeStringProperty("name", pack.name());
                gen.writeStringProperty("poolRevision", pack.poolRevision());
                gen.writeStringProperty("hostRevision", pack.hostRevision());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        } else if (details instanceof ViolationDetails.Licences licences) {
            gen.writeStringProperty("pool", licences.pool().xapiName());
            gen.writeStringProperty("host", licences.host().map(edition -> edition.xapiName()).orElse(null));
            optionalString(gen, "licenceServer", licences.licenceServer());
        } else if (details instanceof ViolationDetails.AddressInUse address) {
            gen.writeStringProperty("address", address.address());
            gen.writeStringProperty("memberId", address.memberId());
            gen.writeStringProperty("memberHostname", address.memberHostname());
        } else if (details instanceof ViolationDetails.ClockSkew clock) {
            gen.writeStringProperty("offset", clock.offset().toString());
            gen.writeStringProperty("tolerance", clock.tolerance().toString());
            gen.writeBooleanProperty("ntpConfigured", clock.ntpConfigured());
        } else if (details instanceof ViolationDetails.PoolSize size) {
            gen.writeNumberProperty("size", size.size());
            gen.writeNumberProperty("maximum", size.maximum());
        } else if (details instanceof ViolationDetails.RuleFailure failure) {
            gen.writeStringProperty("ruleId", failure.ruleId());
            gen.writeStringProperty("exceptionType", failure.exceptionType());
            gen.writeStringProperty("exceptionMessage", failure.exceptionMessage());
        } else if (details instanceof ViolationDetails.UnknownFact unknown) {
            gen.writeStringProperty("fact", unknown.fact());
            gen.writeStringProperty("howToProvide", unknown.howToProvide());
        } else if (details instanceof CustomViolationDetails custom) {
            custom(gen, custom);
        }
        gen.writeEndObject();
    }

    /** The kind of a details record: its simple name, or {@code Custom} for those of the SPI. */
    static String kind(ViolationDetails details) {
        return details instanceof CustomViolationDetails ? "Custom" : details.getClass().getSimpleName();
    }

    /** A custom summary, or null and the reason when it cannot give one: writing never fails. */
    private static void custom(JsonGenerator gen, CustomViolationDetails custom) {
        gen.writeStringProperty("type", custom.getClass().getName());
        String summary;
        String failure = null;
        try {
            summary = custom.summary();
            if (summary == null) {
                failure = "no summary";
            }
        } catch (RuntimeException e) {
            summary = null;
            failure = e.getClass().getName();
        }
        gen.writeStringProperty("summary", summary);
        gen.writeStringProperty("summaryFailure", failure);
    }

    private static void packs(JsonGenerator gen, String name, List<SupplementalPack> packs) {
        gen.writeArrayPropertyStart(name);
        for (SupplementalPack pack : packs) {
            gen.writeStartObject();
            gen.writeStringProperty("name", pack.name());
            gen.writeStringProperty("revision", pack.revision());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    static void cpuLevel(JsonGenerator gen, Optional<CpuLevel> level) {
        if (level.isEmpty()) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        featureSetProperty(gen, "features", level.get().features());
        gen.writeName("featureMask");
        gen.writeStartObject();
        gen.writeStringProperty("mask", level.get().mask().toString());
        gen.writeName("hiddenFeatures");
        strings(gen, FeatureCatalog.x86().names(level.get().mask().hidden()));
        gen.writeEndObject();
        featureSetProperty(gen, "compared", level.get().compared());
        gen.writeEndObject();
    }

    private static void featureSetProperty(JsonGenerator gen, String name, FeatureSet set) {
        gen.writeName(name);
        featureSet(gen, set);
    }

    /** A feature set as the model document in pool-core writes one: its xapi words and its names. */
    static void featureSet(JsonGenerator gen, FeatureSet set) {
        gen.writeStartObject();
        gen.writeStringProperty("mask", set.toString());
        gen.writeName("features");
        strings(gen, FeatureCatalog.x86().names(set));
        gen.writeEndObject();
    }

    private static void optionalString(JsonGenerator gen, String name, Optional<String> value) {
        gen.writeStringProperty(name, value.orElse(null));
    }

    static void strings(JsonGenerator gen, Collection<String> values) {
        gen.writeStartArray();
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }
}
