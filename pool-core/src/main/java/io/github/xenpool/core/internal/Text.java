package io.github.xenpool.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Makes text from outside safe to put into a message or a report: the one place where free-text
 * values of the model (pool, VM, SR and pack names, which xapi lets hold almost anything) are
 * escaped and shortened.
 *
 * <p>Control, format and line-separator characters become Java escapes such as {@code \n} or
 * {@code \u001B}, so a value can never start a line of its own, move a terminal's cursor or
 * reorder what it shows; the backslash is kept as it is, so escaping printable text changes
 * nothing. Text longer than a limit is cut with an ellipsis and a note of its length.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Text {

    /** The most characters of a name that a message carries. */
    public static final int NAME_LIMIT = 80;

    /** The characters an {@link #excerpt} shows on each side of a position. */
    public static final int EXCERPT_RADIUS = 40;

    private Text() {
    }

    /**
     * Makes a name safe to put into a message: escaped, and cut after {@value #NAME_LIMIT}
     * characters.
     *
     * @param name a free-text value, such as a pool's name label
     * @return the printable name
     */
    public static String name(String name) {
        return printable(name, NAME_LIMIT);
    }

    /**
     * Makes a name safe to put into a message and quotes it.
     *
     * @param name a free-text value
     * @return {@link #name(String)} between double quotes
     */
    public static String quoted(String name) {
        return '"' + name(name) + '"';
    }

    /**
     * Makes text safe to print on one line: control, format and line-separator characters
     * become Java escapes such as {@code \n} (a right-to-left override becomes a backslash,
     * {@code u} and {@code 202E}), and text longer than {@code limit} is cut with an ellipsis and
     * its original length. Text that is printable and short enough comes back unchanged.
     *
     * @param text the text
     * @param limit the most characters to keep, before the note of the cut
     * @return the printable text
     */
    public static String printable(String text, int limit) {
        Objects.requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("the limit of printable text must be at least 1, got " + limit);
        }
        if (isPlainAscii(text, limit)) {
            return text;    // the usual name: nothing to escape or cut
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 32);
        int i = 0;
        while (i < text.length()) {
            if (out.length() >= limit) {
                return out.append("… (").append(text.length()).append(" characters in all)").toString();
            }
            int codePoint = text.codePointAt(i);
            escape(out, codePoint);
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /**
     * Makes text safe to print and fits it into a width: escaped as by
     * {@link #printable(String, int)}, then cut to at most {@code width} characters, the last of
     * them an ellipsis, when it is wider.
     *
     * @param text the text
     * @param width the most characters to give it; at least 1
     * @return the printable text, at most {@code width} characters long
     */
    public static String fit(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("the width to fit text into must be at least 1, got " + width);
        }
        String shown = printable(text, width + 1);
        if (shown.length() <= width) {
            return shown;
        }
        int end = width - 1;
        if (end > 0 && Character.isHighSurrogate(shown.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return shown.substring(0, end) + "…";
    }

    /**
     * Quotes the part of a long text around one position, escaped: the whole text when it is
     * short, otherwise at most {@value #EXCERPT_RADIUS} characters on each side of the position,
     * with ellipses where it was cut and a note of the text's length.
     *
     * @param text the text
     * @param position the zero-based position to show, such as that of a bad character;
     *     {@code text.length()} for its end
     * @return for example {@code "…0000-0000zz00-00000000…" (characters 960 to 1040 of 1048576)}
     */
    public static String excerpt(String text, int position) {
        Objects.requireNonNull(text, "text");
        if (text.length() <= 2 * EXCERPT_RADIUS) {
            return '"' + printable(text, Integer.MAX_VALUE) + '"';
        }
        int at = Math.max(0, Math.min(position, text.length()));
        int to = Math.min(text.length(), Math.max(at - EXCERPT_RADIUS, 0) + 2 * EXCERPT_RADIUS);
        int from = Math.max(0, to - 2 * EXCERPT_RADIUS);
        return '"' + (from > 0 ? "…" : "") + printable(text.substring(from, to), Integer.MAX_VALUE)
                + (to < text.length() ? "…" : "") + "\" (characters " + from + " to " + to + " of "
                + text.length() + ")";
    }

    /**
     * Tells whether a character is printed as it is, rather than escaped.
     *
     * @param codePoint the character
     * @return false for control, format, line and paragraph separator, surrogate and unassigned
     *     characters
     */
    public static boolean isPrintable(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        // Format characters include the bidirectional overrides that reorder what a terminal shows.
        return type != Character.FORMAT && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.SURROGATE && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }

    private static boolean isPlainAscii(String text, int limit) {
        if (text.length() > limit) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static void escape(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (isPrintable(codePoint)) {
                    out.appendCodePoint(codePoint);
                } else {
                    for (char unit : Character.toChars(codePoint)) {
                        out.append(String.format("\\u%04X", (int) unit));
                    }
                }
            }
        }
    }
}
