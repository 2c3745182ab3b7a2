package io.github.xenpool.rules.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiAnswer;
import io.github.xenpool.rules.fleet.HostMatches;
import io.github.xenpool.rules.fleet.PoolMatch;
import java.util.List;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that writes xenpool's reports and fleet answers as {@link ReportJson} and
 * {@link FleetJson} do, for an application that serializes them with a {@code JsonMapper} of its
 * own: a {@link JoinReport} becomes the report document, a {@link Violation}, its
 * {@link ViolationDetails} (custom ones too), {@link Subject}, {@link RemediationStep} and
 * {@link XapiAnswer} the parts of that document, a {@link HostMatches} and a {@link PoolMatch}
 * the parts of the fleet document. Without it, Jackson maps their accessors and writes a feature
 * set as {@code {"empty": false}}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new XenpoolJsonModule()).build();
 * String json = mapper.writeValueAsString(report.violations().get(0));
 * }</pre>
 *
 * <p>The mapper's own settings, such as indentation, apply; the properties, their order and
 * values are the documents'.
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
@SuppressWarnings("exports") // Jackson is an optional dependency: whoever registers the module has it.
public final class XenpoolJsonModule extends JacksonModule {

    /** Makes the module. */
    public XenpoolJsonModule() {
    }

    /**
     * Names the module.
     *
     * @return {@code xenpool}
     */
    @Override
    public String getModuleName() {
        return "xenpool";
    }

    /**
     * Returns the module's version, which Jackson only reports.
     *
     * @return the unknown version: the documents carry their own {@code schemaVersion}
     */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * Registers the serializers.
     *
     * @param context the mapper's set-up
     */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new SimpleSerializers(List.of(
                serializer(JoinReport.class, ReportWriter::report),
                serializer(Violation.class, ReportWriter::violation),
                serializer(ViolationDetails.class, ReportWriter::details),
                serializer(Subject.class, ReportWriter::subject),
                serializer(RemediationStep.class, ReportWriter::remediationStep),
                serializer(XapiAnswer.class, ReportWriter::xapiAnswer),
                serializer(HostMatches.class, FleetWriter::hostMatches),
                serializer(PoolMatch.class, FleetWriter::poolMatch))));
    }

    private static <T> ValueSerializer<?> serializer(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
        return new Delegating<>(type, writer);
    }

    /** A serializer that hands the value to the documents' own writer. */
    private static final class Delegating<T> extends StdSerializer<T> {

        private final BiConsumer<JsonGenerator, T> writer;

        Delegating(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext context) {
            writer.accept(gen, value);
        }
    }
}
