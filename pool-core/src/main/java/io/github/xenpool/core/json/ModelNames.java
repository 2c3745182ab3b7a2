package io.github.xenpool.core.json;

import java.util.Locale;
import java.util.Optional;

/**
 * The names of enum constants in the documents: lowerCamel, such as {@code dhcpReserved} for
 * {@code DHCP_RESERVED}. Needs no Jackson.
 */
final class ModelNames {

    private ModelNames() {
    }

    /** The lowerCamel name of a constant. */
    static String of(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return name.toString();
    }

    /** The constant of a lowerCamel name, exactly as {@link #of} spells it. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The names of every constant, for messages and the schema. */
    static String all(Class<? extends Enum<?>> type) {
        StringBuilder names = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(of(constant));
        }
        return names.toString();
    }
}
