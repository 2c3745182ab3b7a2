package io.github.xenpool.core.xapi.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Reads the S-expressions in which the xapi database stores sets, {@code ('a' 'b')}, and maps,
 * {@code (('k' 'v') ('k2' 'v2'))}. Strings are between single quotes, with {@code \'} and
 * {@code \\} escaped by a backslash; xapi writes bare symbols nowhere in these fields, but they
 * are read too.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class SExpression {

    private final String text;
    private final Supplier<String> where;
    private int pos;

    private SExpression(String text, Supplier<String> where) {
        this.text = text;
        this.where = where;
    }

    /**
     * Reads a set.
     *
     * @param text the S-expression
     * @param where the record and field, for the message
     * @return the elements, in order
     * @throws ValueFormatException if the text is not a set of strings
     */
    public static List<String> set(String text, String where) {
        return set(text, () -> where);
    }

    /**
     * Reads a set, saying where it is only if it is not one.
     *
     * @param text the S-expression
     * @param where the record and field, for the message
     * @return the elements, in order
     * @throws ValueFormatException if the text is not a set of strings
     */
    public static List<String> set(String text, Supplier<String> where) {
        if (text.equals("()")) {
            return List.of();
        }
        SExpression reader = new SExpression(text, where);
        List<Object> list = reader.whole();
        List<String> items = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String)) {
                throw reader.fail("expected a set of strings, element " + (i + 1) + " is a list");
            }
            items.add((String) item);
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Reads a map.
     *
     * @param text the S-expression
     * @param where the record and field, for the message
     * @return the pairs, in order
     * @throws ValueFormatException if the text is not a map of strings to strings
     */
    public static Map<String, String> map(String text, String where) {
        return map(text, () -> where);
    }

    /**
     * Reads a map, saying where it is only if it is not one.
     *
     * @param text the S-expression
     * @param where the record and field, for the message
     * @return the pairs, in order
     * @throws ValueFormatException if the text is not a map of strings to strings
     */
    public static Map<String, String> map(String text, Supplier<String> where) {
        if (text.equals("()")) {
            return Map.of();
        }
        SExpression reader = new SExpression(text, where);
        List<Object> list = reader.whole();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof List) || ((List<?>) item).size() != 2
                    || !(((List<?>) item).get(0) instanceof String) || !(((List<?>) item).get(1) instanceof String)) {
                throw reader.fail("expected a map of ('key' 'value') pairs, element " + (i + 1) + " is not a pair");
            }
            String key = (String) ((List<?>) item).get(0);
            if (pairs.put(key, (String) ((List<?>) item).get(1)) != null) {
                throw reader.fail("expected a map, the key " + Text.quoted(key) + " occurs twice");
            }
        }
        return Collections.unmodifiableMap(pairs);
    }

    private List<Object> whole() {
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != '(') {
            throw fail("expected an S-expression starting with '(', got " + Text.quoted(text));
        }
        List<Object> list = list();
        skipSpaces();
        if (pos < text.length()) {
            throw fail("expected the end of the S-expression at character " + (pos + 1) + ", got "
                    + Text.quoted(text.substring(pos)));
        }
        return list;
    }

    /** Deeper than any set or map xapi writes (a map of pairs is two deep); the limit keeps the stack safe. */
    private static final int MAX_DEPTH = 64;

    private int depth;

    private List<Object> list() {
        if (++depth > MAX_DEPTH) {
            throw fail("expected a set or a map, got lists nested more than " + MAX_DEPTH + " deep");
        }
        pos++;   // the '(' seen by the caller
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                throw fail("expected ')' before the end, the S-expression never closes");
            }
            char c = text.charAt(pos);
            if (c == ')') {
                pos++;
                depth--;
                return items;
            } else if (c == '(') {
                items.add(list());
            } else if (c == '\'') {
                items.add(string());
            } else {
                items.add(symbol());
            }
        }
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                return value.toString();
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        throw fail("expected a closing quote for the string starting at character " + (start + 1));
    }

    private String symbol() {
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '('
                && text.charAt(pos) != ')') {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ValueFormatException fail(String problem) {
        return new ValueFormatException(where.get(), problem);
    }
}
