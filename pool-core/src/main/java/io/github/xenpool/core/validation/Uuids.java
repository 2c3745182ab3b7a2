package io.github.xenpool.core.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * The one spelling of a UUID that xenpool keeps. xapi prints UUIDs in lower case, but people
 * and other tools write them in upper case too; two ids that differ only in case are one object,
 * so every model value lower-cases the UUIDs it is given, and every look-up by id does the same.
 */
public final class Uuids {

    private Uuids() {
    }

    /**
     * Returns the canonical spelling of a UUID: lower case.
     *
     * @param text a UUID in any case, or any other text
     * @return {@code text} in lower case if it is a UUID (8-4-4-4-12 hex digits); otherwise
     *     {@code text} as it is, for validation to reject
     * @throws NullPointerException if {@code text} is null
     */
    public static String canonical(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 36) {
            return text;
        }
        boolean upper = false;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return text;
                }
            } else if (c >= 'A' && c <= 'F') {
                upper = true;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return text;
            }
        }
        return upper ? text.toLowerCase(Locale.ROOT) : text;
    }
}
