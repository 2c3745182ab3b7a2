package io.github.xenpool.rules.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Where the documents meet Jackson's generator: a pretty layout (two spaces, {@code "name": value},
 * {@code \n} on every platform, {@code []} and {@code {}} when empty) or one compact line, each
 * ending in a line break, written to a writer the caller keeps open.
 */
final class Output {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    /** Hands each generator a pretty printer of its own: a printer keeps the nesting it is at. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(INDENTER).withArrayIndenter(INDENTER);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private Output() {
    }

    static void write(Writer out, boolean pretty, Consumer<JsonGenerator> document) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), out)) {
            document.accept(gen);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
        out.flush();
    }

    static String write(boolean pretty, Consumer<JsonGenerator> document) {
        StringWriter out = new StringWriter();
        try {
            write(out, pretty, document);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }
}
