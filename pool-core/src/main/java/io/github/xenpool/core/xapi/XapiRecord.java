package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final Layout layout;
    /** Each field's value, in the layout's order: an XapiValue, or a String that is a database value. */
    private final Object[] values;
    private final String source;
    /** Where the record is: a String, or an object that says it when asked (see {@link #location()}). */
    private final Object location;

    private XapiRecord(String xapiClass, Optional<String> ref, Layout layout, Object[] values, String source,
            Object location) {
        this.xapiClass = xapiClass;
        this.ref = ref;
        this.layout = layout;
        this.values = values;
        this.source = source;
        this.location = location;
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
        List<String> names = new ArrayList<>(fields.size());
        Object[] values = new Object[fields.size()];
        fields.forEach((name, value) -> {
            values[names.size()] = Objects.requireNonNull(value, "value of " + name);
            names.add(name);
        });
        return new XapiRecord(xapiClass, ref, new Layout(names, source, location), values, source, location);
    }

    /**
     * Makes a record of a database row whose fields are those of a layout that rows of the same
     * table share, each value the text of a {@link XapiValue#database(String) database value}.
     *
     * @param location where the row is; its {@code toString()} says it, and is asked only for messages
     */
    static XapiRecord ofRow(String xapiClass, String ref, Layout layout, String[] values, String source,
            Object location) {
        return new XapiRecord(xapiClass, Optional.of(ref), layout, values, source, location);
    }

    /**
     * The names of a record's fields, in order, and where each one is; rows of a database table
     * share one, so that a large table holds each field name once and only its values per row.
     */
    static final class Layout {

        private final String[] names;
        private final Map<String, Integer> positions;

        /**
         * Makes a layout.
         *
         * @param names the fields' names as the source spells them, in order
         * @param source for the message
         * @param location where the first record of this layout is, for the message
         * @throws XapiImportException if two names are the same field
         */
        Layout(List<String> names, String source, Object location) {
            this.names = new String[names.size()];
            this.positions = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                String name = Objects.requireNonNull(names.get(i), "field name");
                Integer earlier = positions.putIfAbsent(normalise(name), i);
                if (earlier != null) {
                    throw new XapiImportException(source, location.toString(), "the field " + Text.quoted(name)
                            + " occurs twice (as " + Text.quoted(this.names[earlier]) + " too); a record has each"
                            + " field once");
                }
                this.names[i] = name;
            }
        }

        /**
         * Tells whether the names are these, in this order.
         *
         * @param others the names, in {@code others[0]} to {@code others[count - 1]}
         * @param count how many
         * @return true if they are
         */
        boolean hasNames(String[] others, int count) {
            if (count != names.length) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (!names[i].equals(others[i])) {
                    return false;
                }
            }
            return true;
        }

        int size() {
            return names.length;
        }

        /** The position of a field, by its normalised name, or -1. */
        int position(String key) {
            Integer position = positions.get(key);
            return position == null ? -1 : position;
        }
    }

    static String normalise(String name) {
        if (isNormal(name)) {
            return name;
        }
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

    /** Whether a name is its own normal form: no upper case, no '-', no '_' after another '_'. */
    private static boolean isNormal(String name) {
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' && (previous == '_' || i == 0) || c >= 'A' && c <= 'Z' || c > 127) {
                return false;
            }
            previous = c;
        }
        return true;
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
        return field("uuid").filter(v -> !v.isCollection()).map(XapiValue::scalarText);
    }

    /**
     * Finds a field.
     *
     * @param name the XenAPI name, such as {@code cpu_info}; any spelling of it
     * @return its value, or empty when the record does not have it
     */
    public Optional<XapiValue> field(String name) {
        int position = layout.position(normalise(Objects.requireNonNull(name, "name")));
        if (position < 0) {
            return Optional.empty();
        }
        Object value = values[position];
        return Optional.of(value instanceof String ? XapiValue.database((String) value) : (XapiValue) value);
    }

    /**
     * Returns the names of the fields, as the source spelled them, in its order.
     *
     * @return the names
     */
    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(layout.names)));
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
        return location.toString();
    }

    /** The place of one field, for messages. */
    String where(String name) {
        return location() + ", field " + spelling(name);
    }

    /** The name of a field as its source spells it. */
    String spelling(String name) {
        int position = layout.position(normalise(name));
        return position < 0 ? name : layout.names[position];
    }

    @Override
    public String toString() {
        return xapiClass + " " + ref.or(this::uuid).orElse("(no ref)") + " (" + source + ", " + location() + ")";
    }
}
