package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One XenAPI object as a source wrote it: its class, its reference, its fields.
 *
 * <p>Field names are looked up as XenAPI spells them ({@code name_label}, {@code API_version_major},
 * {@code cpu_info}); the database's spellings ({@code name__label}) and {@code xe}'s
 * ({@code name-label}, {@code API-version-major}) find the same field, as does any case.
 * {@code xe} prints no references: its records are found by UUID, and their links are the
 * {@code host-uuid} style fields.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class XapiRecord {

    private final String xapiClass;
    private final Optional<String> ref;
    private final Map<String, XapiValue> fields;
    private final Map<String, String> names;
    private final String source;
    private final String location;

    private XapiRecord(String xapiClass, Optional<String> ref, Map<String, XapiValue> fields, String source,
            String location) {
        this.xapiClass = xapiClass;
        this.ref = ref;
        this.source = source;
        this.location = location;
        Map<String, XapiValue> byName = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            String key = normalise(Objects.requireNonNull(name, "field name"));
            Objects.requireNonNull(value, "value of " + name);
            if (byName.put(key, value) != null) {
                throw new XapiImportException(source, location, "the field " + Text.quoted(name)
                        + " occurs twice (as " + Text.quoted(spelled.get(key)) + " too); a record has each field once");
            }
            spelled.put(key, name);
        });
        this.fields = Collections.unmodifiableMap(byName);
        this.names = Collections.unmodifiableMap(spelled);
    }

    /**
     * Makes a record of an object whose reference the source gives.
     *
     * @param xapiClass the XenAPI class, such as {@code host}, {@code PIF} or {@code VM}
     * @param ref its OpaqueRef
     * @param fields its fields by name, in the source's order
     * @param source the file or stream it was read from
     * @param location where in the source, such as {@code table host, row OpaqueRef:…} or {@code line 12}
     * @return the record
     * @throws XapiImportException if two field names are the same field
     */
    public static XapiRecord of(String xapiClass, String ref, Map<String, XapiValue> fields, String source,
            String location) {
        Objects.requireNonNull(ref, "ref (a record whose source prints no reference is made by withoutRef)");
        return make(xapiClass, Optional.of(ref), fields, source, location);
    }

    /**
     * Makes a record of an object whose source prints no reference, as {@code xe} does; it is
     * found by its UUID.
     *
     * @param xapiClass the XenAPI class, such as {@code host}, {@code PIF} or {@code VM}
     * @param fields its fields by name, in the source's order
     * @param source the file or stream it was read from
     * @param location where in the source, such as {@code line 12}
     * @return the record
     * @throws XapiImportException if two field names are the same field
     */
    public static XapiRecord withoutRef(String xapiClass, Map<String, XapiValue> fields, String source,
            String location) {
        return make(xapiClass, Optional.empty(), fields, source, location);
    }

    private static XapiRecord make(String xapiClass, Optional<String> ref, Map<String, XapiValue> fields,
            String source, String location) {
        Objects.requireNonNull(xapiClass, "xapiClass");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        return new XapiRecord(xapiClass, ref, fields, source, location);
    }

    static String normalise(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_') {
                if (key.length() == 0 || key.charAt(key.length() - 1) != '_') {
                    key.append('_');
                }
            } else {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the XenAPI class as the source named it.
     *
     * @return such as {@code host}
     */
    public String xapiClass() {
        return xapiClass;
    }

    /**
     * Returns the object's reference.
     *
     * @return its OpaqueRef, or empty when the source prints none
     */
    public Optional<String> ref() {
        return ref;
    }

    /**
     * Returns the object's UUID, its {@code uuid} field.
     *
     * @return the UUID as written, or empty when the record has none
     */
    public Optional<String> uuid() {
        return field("uuid").filter(v -> !v.isCollection()).map(v -> v.asText(where("uuid")));
    }

    /**
     * Finds a field.
     *
     * @param name the XenAPI name, such as {@code cpu_info}; any spelling of it
     * @return its value, or empty when the record does not have it
     */
    public Optional<XapiValue> field(String name) {
        return Optional.ofNullable(fields.get(normalise(Objects.requireNonNull(name, "name"))));
    }

    /**
     * Returns the names of the fields, as the source spelled them, in its order.
     *
     * @return the names
     */
    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names.values()));
    }

    /**
     * Returns the file or stream this record was read from.
     *
     * @return its name
     */
    public String source() {
        return source;
    }

    /**
     * Returns where in its source the record is.
     *
     * @return such as {@code table host, row OpaqueRef:…}
     */
    public String location() {
        return location;
    }

    /** The place of one field, for messages. */
    String where(String name) {
        return location + ", field " + names.getOrDefault(normalise(name), name);
    }

    /** The name of a field as its source spells it. */
    String spelling(String name) {
        return names.getOrDefault(normalise(name), name);
    }

    @Override
    public String toString() {
        return xapiClass + " " + ref.or(this::uuid).orElse("(no ref)") + " (" + source + ", " + location + ")";
    }
}
