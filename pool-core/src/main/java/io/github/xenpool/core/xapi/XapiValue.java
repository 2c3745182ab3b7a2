package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.xapi.internal.SExpression;
import io.github.xenpool.core.xapi.internal.ValueFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * One field's value in a XenAPI record, as its source wrote it: a scalar, a set or a map.
 *
 * <p>Every XenAPI value is read here as text: numbers, booleans, references and dates keep the
 * spelling of their source ({@code true}, {@code 42}, {@code OpaqueRef:…}), whatever the wire
 * format typed them as. The xapi database writes sets and maps as S-expressions in an attribute,
 * so a value read from a dump is parsed as a set or a map only when it is asked for one, and a
 * malformed one fails then, naming the record and field. {@code xe} prints a few sets and maps
 * with the mark of a single value ({@code license-state ( RO)}); those are read the same way, as
 * {@code xe} text that becomes a set or a map when asked for one.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class XapiValue {

    private enum Shape { TEXT, SET, MAP, DATABASE, XE, XE_COMMAS }

    private final Shape shape;
    private final String text;
    private final List<String> items;
    private final Map<String, String> pairs;

    private XapiValue(Shape shape, String text, List<String> items, Map<String, String> pairs) {
        this.shape = shape;
        this.text = text;
        this.items = items;
        this.pairs = pairs;
    }

    /**
     * A scalar: a string, a number, a boolean, a reference or a date, as text.
     *
     * @param text the value
     * @return the value
     */
    public static XapiValue text(String text) {
        return new XapiValue(Shape.TEXT, Objects.requireNonNull(text, "text"), null, null);
    }

    /**
     * A set (or a list) of scalars, in the source's order.
     *
     * @param items the elements
     * @return the value
     */
    public static XapiValue set(List<String> items) {
        List<String> copy = new ArrayList<>(Objects.requireNonNull(items, "items").size());
        for (String item : items) {
            copy.add(Objects.requireNonNull(item, "items contains null"));
        }
        return new XapiValue(Shape.SET, null, Collections.unmodifiableList(copy), null);
    }

    /**
     * A map of scalars, in the source's order.
     *
     * @param pairs the keys and values
     * @return the value
     */
    public static XapiValue map(Map<String, String> pairs) {
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(pairs, "pairs").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"),
                Objects.requireNonNull(v, "value of " + k)));
        return new XapiValue(Shape.MAP, null, null, Collections.unmodifiableMap(copy));
    }

    /**
     * A value as the xapi database stores it: text that is a scalar, or an S-expression when the
     * field is a set or a map.
     *
     * @param text the attribute's value, with xapi's {@code %} escapes already undone
     * @return the value
     */
    public static XapiValue database(String text) {
        return new XapiValue(Shape.DATABASE, Objects.requireNonNull(text, "text"), null, null);
    }

    /**
     * A value as {@code xe} prints a field marked {@code RO} or {@code RW}: a scalar, or a set
     * ({@code a; b}) or a map ({@code k: v; k2: v2}) that the field's mark does not announce.
     *
     * @param text the value, its lines joined by {@code \n}
     * @param commas whether a set of this field is joined by {@code ", "} rather than {@code "; "}
     * @return the value
     */
    static XapiValue xe(String text, boolean commas) {
        return new XapiValue(commas ? Shape.XE_COMMAS : Shape.XE, Objects.requireNonNull(text, "text"), null, null);
    }

    /**
     * Tells whether this value was written as a set or a map (rather than a scalar); a value from
     * the xapi database is never known to be one until it is read as one.
     *
     * @return true for a set or a map from a typed source
     */
    public boolean isCollection() {
        return shape == Shape.SET || shape == Shape.MAP;
    }

    /**
     * Returns the value as a scalar.
     *
     * @param where the record and field, for the message
     * @return the text
     * @throws ValueFormatException if the value is a set or a map
     */
    String asText(String where) {
        if (shape != Shape.SET && shape != Shape.MAP) {
            return text;
        }
        throw new ValueFormatException(where, "expected a single value, got a " + (shape == Shape.SET ? "set" : "map"));
    }

    /**
     * Returns the text of a value that is not a set or a map of a typed source, as
     * {@link #isCollection()} tells: the caller has asked that first, so nothing can fail.
     *
     * @return the text
     */
    String scalarText() {
        return text;
    }

    /**
     * Returns the value as a set.
     *
     * @param where the record and field, for the message
     * @return the elements, in order
     * @throws ValueFormatException if the value is a scalar or a map, or an S-expression that is not a set
     */
    List<String> asSet(String where) {
        return asSet(() -> where);
    }

    /**
     * Returns the value as a set, saying where it is only if it is not one.
     *
     * @param where the record and field, for the message
     * @return the elements, in order
     * @throws ValueFormatException if the value is a scalar or a map, or an S-expression that is not a set
     */
    List<String> asSet(Supplier<String> where) {
        switch (shape) {
            case SET:
                return items;
            case DATABASE:
                return SExpression.set(text, where);
            case XE:
                return XeValues.set(text, false);
            case XE_COMMAS:
                return XeValues.set(text, true);
            default:
                throw new ValueFormatException(where.get(), "expected a set, got " + describe());
        }
    }

    /**
     * Returns the value as a map.
     *
     * @param where the record and field, for the message
     * @return the pairs, in order
     * @throws ValueFormatException if the value is a scalar or a set, or an S-expression or {@code xe} text
     *     that is not a map
     */
    Map<String, String> asMap(String where) {
        return asMap(() -> where);
    }

    /**
     * Returns the value as a map, saying where it is only if it is not one.
     *
     * @param where the record and field, for the message
     * @return the pairs, in order
     * @throws ValueFormatException if the value is a scalar or a set, or an S-expression or {@code xe} text
     *     that is not a map
     */
    Map<String, String> asMap(Supplier<String> where) {
        switch (shape) {
            case MAP:
                return pairs;
            case SET:
                if (items.isEmpty()) {
                    return Map.of();   // XML-RPC and JSON write an empty map and an empty set alike
                }
                throw new ValueFormatException(where.get(), "expected a map, got a set");
            case DATABASE:
                return SExpression.map(text, where);
            case XE:
            case XE_COMMAS:
                return XeValues.map(text, where.get());
            default:
                throw new ValueFormatException(where.get(), "expected a map, got " + describe());
        }
    }

    private String describe() {
        switch (shape) {
            case SET:
                return "a set";
            case MAP:
                return "a map";
            default:
                return "the text " + Text.quoted(text);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof XapiValue)) {
            return false;
        }
        XapiValue other = (XapiValue) obj;
        return shape == other.shape && Objects.equals(text, other.text) && Objects.equals(items, other.items)
                && Objects.equals(pairs, other.pairs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shape, text, items, pairs);
    }

    @Override
    public String toString() {
        switch (shape) {
            case SET:
                return items.toString();
            case MAP:
                return pairs.toString();
            default:
                return text;
        }
    }
}
