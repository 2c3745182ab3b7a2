package io.github.xenpool.core.json;

import java.util.Optional;

/**
 * The names of enum constants in the documents: the constants' own names, such as
 * {@code DHCP_RESERVED}, as in the report and fleet documents of pool-rules; values xapi names
 * (licence editions, VM operations) are written with xapi's names instead. Needs no Jackson.
 */
final class ModelNames {

    private ModelNames() {
    }

    /** The name of a constant in the documents. */
    static String of(Enum<?> constant) {
        return constant.name();
    }

    /** The constant of a name, exactly as {@link #of} spells it. */
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
