package io.github.xenpool.core.xapi;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.xapi.internal.ValueFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the sets and maps of {@code xe} text, as xapi's CLI prints them: sets as
 * {@code v1; v2}, maps as {@code k1: v1; k2: v2}, with nothing escaped.
 *
 * <p>A few sets are joined by {@code ", "} instead, kept that way by xapi for compatibility: the
 * {@code tags} of every class; a patch's or an update's {@code hosts} and
 * {@code after-apply-guidance}; a host's {@code patches}, {@code updates} and
 * {@code ntp-custom-servers}; a network's {@code purpose}; an SM's {@code required-cluster-stack}.
 *
 * <p>Since nothing is escaped, a value that holds the separator cannot be told from two values.
 * A map is cut at each {@code "; "} and each item at its first {@code ": "} (so values may hold
 * {@code ": "}, and keys such as {@code xs:main} hold {@code ':'}); an item with no {@code ": "},
 * or one whose key came before, cannot be an item of a XenAPI map (whose keys are unique), so it
 * is read as the rest of the value before it, {@code "; "} included. A value holding
 * {@code "; k: "} for a new key {@code k} is read as two items: that cannot be seen.
 */
final class XeValues {

    /** The sets {@code xe} joins with {@code ", "}, by normalised field name, for every class. */
    private static final Set<String> COMMAS_EVERYWHERE = Set.of("tags");

    private XeValues() {
    }

    /**
     * Tells whether {@code xe} joins a set of a field with {@code ", "} rather than {@code "; "}.
     *
     * @param xapiClass the class as the caller named it ({@code pool_patch}, {@code patch}, {@code host}…)
     * @param field the field as {@code xe} prints it
     * @return true for the few fields xapi keeps on commas
     */
    static boolean joinedByCommas(String xapiClass, String field) {
        String name = XapiRecord.normalise(field);
        if (COMMAS_EVERYWHERE.contains(name)) {
            return true;
        }
        switch (XapiRecord.normalise(xapiClass)) {
            case "pool_patch":
            case "patch":
            case "pool_update":
            case "update":
                return name.equals("hosts") || name.equals("after_apply_guidance");
            case "host":
                return name.equals("patches") || name.equals("updates") || name.equals("ntp_custom_servers");
            case "network":
                return name.equals("purpose");
            case "sm":
                return name.equals("required_cluster_stack");
            default:
                return false;
        }
    }

    /**
     * Splits a set. Empty elements are left out: a trailing separator (host {@code capabilities}
     * end with {@code "; "}, which loses its space when trailing blanks are cut) adds none.
     *
     * @param text the value
     * @param commas whether the set is joined by {@code ", "}
     * @return the elements, in order
     */
    static List<String> set(String text, boolean commas) {
        String separator = commas ? ", " : "; ";
        String body = text;
        char last = separator.charAt(0);
        if (body.endsWith(String.valueOf(last))) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> items = new ArrayList<>();
        for (String item : split(body, separator)) {
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Splits a map, throwing if the text is not one.
     *
     * @param text the value
     * @param where the record and field, for the message
     * @return the pairs, in order
     * @throws ValueFormatException if the first item has no {@code ": "}
     */
    static Map<String, String> map(String text, String where) {
        MapRead read = readMap(text);
        if (read.problem != null) {
            throw new ValueFormatException(where, read.problem);
        }
        return read.pairs;
    }

    /**
     * Splits a map, noting what was ambiguous.
     *
     * @param text the value
     * @return the pairs, or the problem that makes the text no map, and the items that were joined
     *     to the value before them
     */
    static MapRead readMap(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> joined = new ArrayList<>();
        if (text.isEmpty()) {
            return new MapRead(Collections.unmodifiableMap(pairs), joined, null);
        }
        List<String> items = split(text, "; ");
        String lastKey = null;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            int colon = item.indexOf(": ");
            String key;
            String value;
            if (colon >= 0) {
                key = item.substring(0, colon);
                value = item.substring(colon + 2);
            } else if (item.endsWith(":") && i == items.size() - 1) {
                key = item.substring(0, item.length() - 1);   // "k: " whose blank was cut at the line's end
                value = "";
            } else {
                key = null;
                value = null;
            }
            if (key == null || pairs.containsKey(key)) {
                if (lastKey == null) {
                    return new MapRead(Map.of(), List.of(), "expected a map of \"key: value\" items joined by \"; \", "
                            + "the first item " + Text.quoted(item) + " has no \": \"");
                }
                pairs.put(lastKey, pairs.get(lastKey) + "; " + item);
                joined.add(lastKey);
            } else {
                pairs.put(key, value);
                lastKey = key;
            }
        }
        return new MapRead(Collections.unmodifiableMap(pairs), List.copyOf(joined), null);
    }

    /** Cuts text at each occurrence of a separator; never drops empty parts. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int at = text.indexOf(separator);
        while (at >= 0) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
            at = text.indexOf(separator, from);
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** A map as read: its pairs, the keys whose values took in a following item, or why it is none. */
    static final class MapRead {

        final Map<String, String> pairs;
        final List<String> joined;
        final String problem;

        MapRead(Map<String, String> pairs, List<String> joined, String problem) {
            this.pairs = pairs;
            this.joined = joined;
            this.problem = problem;
        }
    }
}
