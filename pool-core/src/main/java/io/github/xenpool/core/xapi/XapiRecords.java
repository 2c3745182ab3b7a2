package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The XenAPI objects read from one or more sources, by class, reference and UUID, with the
 * warnings of reading them. Class names match in any case ({@code PIF}, {@code pif}).
 *
 * <pre>{@code
 * XapiRecords records = XapiDatabase.read(Path.of("pool.db"));
 * records.all("host").size();                      // the pool's hosts
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class XapiRecords {

    private final String source;
    private final Map<String, List<XapiRecord>> byClass;
    private final Set<String> classes;
    private final Map<String, XapiRecord> byRef;
    private final Map<String, String> manifest;
    private final List<ImportWarning> warnings;

    private XapiRecords(String source, Map<String, List<XapiRecord>> byClass, Set<String> classes,
            Map<String, XapiRecord> byRef, Map<String, String> manifest, List<ImportWarning> warnings) {
        this.source = source;
        this.byClass = byClass;
        this.classes = classes;
        this.byRef = byRef;
        this.manifest = manifest;
        this.warnings = warnings;
    }

    /**
     * Starts collecting records read from a source.
     *
     * @param source the file or stream, named as messages should name it
     * @return a new builder
     */
    public static Builder builder(String source) {
        return new Builder(Objects.requireNonNull(source, "source"));
    }

    /**
     * Puts the records of several sources together, such as the {@code xe} output for a host, its
     * PIFs and its VMs.
     *
     * @param parts the records of each source
     * @return all of them
     * @throws XapiImportException if two sources hold an object with the same reference
     */
    public static XapiRecords merge(List<XapiRecords> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: give the records of at least one source");
        }
        List<String> names = new ArrayList<>();
        for (XapiRecords part : parts) {
            names.add(Objects.requireNonNull(part, "parts contains null").source);
        }
        Builder builder = new Builder(String.join(" + ", names));
        for (XapiRecords part : parts) {
            part.manifest.forEach(builder::manifest);
            part.classes.forEach(builder::xapiClass);
            part.byClass.values().forEach(list -> list.forEach(builder::add));
            part.warnings.forEach(builder::warning);
        }
        return builder.build();
    }

    /**
     * Returns the name of the source, or of the sources joined by {@code +}.
     *
     * @return the name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the objects of one class, in the source's order.
     *
     * @param xapiClass such as {@code host} or {@code PIF}
     * @return the records, none when the source has no such object
     */
    public List<XapiRecord> all(String xapiClass) {
        return byClass.getOrDefault(key(xapiClass), List.of());
    }

    /**
     * Tells whether the source printed the class at all, even with no object (an empty table of a
     * dump): whether "none" is known rather than unknown.
     *
     * @param xapiClass such as {@code Bond}
     * @return true if the class was read
     */
    public boolean has(String xapiClass) {
        return byClass.containsKey(key(xapiClass));
    }

    /**
     * Returns the classes read, in the source's order.
     *
     * @return the class names, as spelled by the first record or table of each
     */
    public Set<String> classes() {
        return classes;
    }

    /**
     * Finds an object by reference.
     *
     * @param ref an OpaqueRef
     * @return the record, or empty when there is none ({@code OpaqueRef:NULL} included)
     */
    public Optional<XapiRecord> byRef(String ref) {
        return Optional.ofNullable(byRef.get(Objects.requireNonNull(ref, "ref")));
    }

    /**
     * Finds an object by class and UUID.
     *
     * @param xapiClass such as {@code host}
     * @param uuid its UUID, in any case
     * @return the record, or empty when there is none
     */
    public Optional<XapiRecord> byUuid(String xapiClass, String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        for (XapiRecord record : all(xapiClass)) {
            if (record.uuid().filter(uuid::equalsIgnoreCase).isPresent()) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the manifest of a database dump: schema version, product version and brand, build,
     * {@code pool_conf}; empty for the other formats.
     *
     * @return the manifest's pairs
     */
    public Map<String, String> manifest() {
        return manifest;
    }

    /**
     * Returns what reading read past: fields that were cut, values it could not make out.
     *
     * @return the warnings, in the order they were met
     */
    public List<ImportWarning> warnings() {
        return warnings;
    }

    private static String key(String xapiClass) {
        return Objects.requireNonNull(xapiClass, "xapiClass").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source).append(':');
        byClass.forEach((cls, list) -> text.append(' ').append(cls).append('=').append(list.size()));
        return text.toString();
    }

    /** Collects the records of a source. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class Builder {

        private final String source;
        private final Map<String, List<XapiRecord>> byClass = new LinkedHashMap<>();
        private final Map<String, String> spellings = new LinkedHashMap<>();
        private final Map<String, XapiRecord> byRef = new LinkedHashMap<>();
        private final Map<String, String> manifest = new LinkedHashMap<>();
        private final List<ImportWarning> warnings = new ArrayList<>();

        private Builder(String source) {
            this.source = source;
        }

        /**
         * Notes that the source has a class, even if no object of it follows.
         *
         * @param xapiClass such as {@code Bond}
         * @return this builder
         */
        public Builder xapiClass(String xapiClass) {
            byClass.computeIfAbsent(key(xapiClass), k -> new ArrayList<>());
            spellings.putIfAbsent(key(xapiClass), xapiClass);
            return this;
        }

        /**
         * Adds a record.
         *
         * @param record the record
         * @return this builder
         * @throws XapiImportException if a record with the same reference was added before
         */
        public Builder add(XapiRecord record) {
            Objects.requireNonNull(record, "record");
            if (record.ref().isPresent() && !record.ref().get().equals("OpaqueRef:NULL")) {
                XapiRecord previous = byRef.putIfAbsent(record.ref().get(), record);
                if (previous != null) {
                    throw new XapiImportException(record.source(), record.location(), "the reference "
                            + Text.quoted(record.ref().get()) + " is used twice, first by " + previous.xapiClass()
                            + " at " + previous.location() + "; each object has its own reference");
                }
            }
            byClass.computeIfAbsent(key(record.xapiClass()), k -> new ArrayList<>()).add(record);
            spellings.putIfAbsent(key(record.xapiClass()), record.xapiClass());
            return this;
        }

        /**
         * Adds a pair of a database dump's manifest.
         *
         * @param key such as {@code schema_major_vsn}
         * @param value its value
         * @return this builder
         */
        public Builder manifest(String key, String value) {
            manifest.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds a warning about something read past.
         *
         * @param warning the warning
         * @return this builder
         */
        public Builder warning(ImportWarning warning) {
            warnings.add(Objects.requireNonNull(warning, "warning"));
            return this;
        }

        /**
         * Returns the records collected.
         *
         * @return the records, unchangeable
         */
        public XapiRecords build() {
            Map<String, List<XapiRecord>> classes = new LinkedHashMap<>();
            byClass.forEach((k, v) -> classes.put(k, List.copyOf(v)));
            return new XapiRecords(source, Collections.unmodifiableMap(classes),
                    Collections.unmodifiableSet(new LinkedHashSet<>(spellings.values())),
                    Collections.unmodifiableMap(new LinkedHashMap<>(byRef)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(manifest)), List.copyOf(warnings));
        }
    }
}
