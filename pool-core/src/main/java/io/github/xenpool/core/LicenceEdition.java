package io.github.xenpool.core;

import io.github.xenpool.core.internal.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A licence edition, as xapi writes it in {@code host.edition}: {@code free}, {@code enterprise},
 * {@code per-socket}, {@code enterprise-per-socket}, {@code xcp-ng}, ... An edition is a value,
 * not a closed list: xapi takes its editions from the licensing daemon of each release, so any
 * name can appear, and {@link #of(String)} reads it.
 *
 * <p>Editions are ordered where the order is known: within the editions of XenServer 5.x
 * ({@code free < advanced < enterprise < platinum}), within those of XenServer 7 and 8
 * ({@code free < standard-per-socket < enterprise-per-socket}), and {@code free} below every
 * paid edition of those two families. Any other pair has no known order, and
 * {@link #isAtLeast(LicenceEdition)} says so rather than guess.
 */
public final class LicenceEdition {

    private static final String XENSERVER_5 = "XenServer 5.x";
    private static final String XENSERVER_7 = "XenServer 7 and 8";

    /** The free edition: below every paid edition of a known family. */
    public static final LicenceEdition FREE = new LicenceEdition("free", "Free", null, 0);
    /** The Advanced edition of XenServer 5.x. */
    public static final LicenceEdition ADVANCED = new LicenceEdition("advanced", "Advanced", XENSERVER_5, 1);
    /** The Enterprise edition of XenServer 5.x: what CPU masking (heterogeneous pools) needs. */
    public static final LicenceEdition ENTERPRISE = new LicenceEdition("enterprise", "Enterprise", XENSERVER_5, 2);
    /** The Platinum edition of XenServer 5.x. */
    public static final LicenceEdition PLATINUM = new LicenceEdition("platinum", "Platinum", XENSERVER_5, 3);
    /** The per-socket edition of XenServer 6.2 to 6.5; its order to the others is not known. */
    public static final LicenceEdition PER_SOCKET = new LicenceEdition("per-socket", "Per-Socket", null, -1);
    /** The Standard edition of XenServer 7 and 8. */
    public static final LicenceEdition STANDARD_PER_SOCKET = new LicenceEdition("standard-per-socket",
            "Standard Per-Socket", XENSERVER_7, 1);
    /** The Enterprise edition of XenServer 7 and 8. */
    public static final LicenceEdition ENTERPRISE_PER_SOCKET = new LicenceEdition("enterprise-per-socket",
            "Enterprise Per-Socket", XENSERVER_7, 2);
    /** The Desktop+ edition of XenServer 7; its order to the others is not known. */
    public static final LicenceEdition DESKTOP_PLUS = new LicenceEdition("desktop-plus", "Desktop+", null, -1);
    /** The one edition of XCP-ng; its order to the others is not known. */
    public static final LicenceEdition XCP_NG = new LicenceEdition("xcp-ng", "XCP-ng", null, -1);

    /** The editions of XenServer 5.x, lowest first. */
    public static final List<LicenceEdition> XENSERVER_5_EDITIONS = List.of(FREE, ADVANCED, ENTERPRISE, PLATINUM);

    private static final List<LicenceEdition> KNOWN = List.of(FREE, ADVANCED, ENTERPRISE, PLATINUM, PER_SOCKET,
            STANDARD_PER_SOCKET, ENTERPRISE_PER_SOCKET, DESKTOP_PLUS, XCP_NG);
    private static final Map<String, LicenceEdition> BY_NAME = KNOWN.stream()
            .collect(Collectors.toUnmodifiableMap(LicenceEdition::xapiName, Function.identity()));

    private final String xapiName;
    private final String displayName;
    // The family whose order the rank belongs to; null for free (below all) and unordered ones.
    private final String family;
    // 0 for free, 1 and up within a family, -1 when the edition has no known place.
    private final int rank;

    private LicenceEdition(String xapiName, String displayName, String family, int rank) {
        this.xapiName = xapiName;
        this.displayName = displayName;
        this.family = family;
        this.rank = rank;
    }

    /**
     * Reads an edition as xapi writes it. A name this library does not know is an edition all
     * the same, of no known order.
     *
     * @param name such as {@code enterprise} or {@code xcp-ng}, in any case, with surrounding
     *     white space as cut from {@code xe} output
     * @return the edition
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is blank, or not a name of letters, digits,
     *     {@code -}, {@code +}, {@code _}, {@code .} and {@code /} of at most 64 characters
     */
    public static LicenceEdition of(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toLowerCase(Locale.ROOT);
        LicenceEdition known = BY_NAME.get(key);
        if (known != null) {
            return known;
        }
        if (key.isEmpty() || key.length() > 64 || !key.matches("[a-z0-9][a-z0-9+_./-]*")) {
            throw new IllegalArgumentException("licence edition " + Text.quoted(key) + " is not an edition name:"
                    + " expected letters, digits and - + _ . / such as free, enterprise or xcp-ng, at most 64"
                    + " characters");
        }
        return new LicenceEdition(key, key, null, -1);
    }

    /**
     * Returns the editions this library knows by name.
     *
     * @return free, advanced, enterprise, platinum, per-socket, standard-per-socket,
     *     enterprise-per-socket, desktop-plus and xcp-ng
     */
    public static List<LicenceEdition> known() {
        return KNOWN;
    }

    /**
     * Tells whether this edition is {@code other} or higher, where that is known.
     *
     * @param other the edition to compare with
     * @return true or false when the order of the two is known; empty when it is not
     */
    public Optional<Boolean> isAtLeast(LicenceEdition other) {
        Objects.requireNonNull(other, "other");
        return compare(other).map(c -> c >= 0);
    }

    /**
     * Compares this edition with another where their order is known.
     *
     * @param other the other edition
     * @return negative, zero or positive as this edition is lower, the same or higher; empty when
     *     their order is not known
     */
    public Optional<Integer> compare(LicenceEdition other) {
        Objects.requireNonNull(other, "other");
        if (equals(other)) {
            return Optional.of(0);
        }
        if (rank < 0 || other.rank < 0) {
            return Optional.empty();
        }
        if (rank == 0 || other.rank == 0 || family.equals(other.family)) {
            return Optional.of(Integer.compare(rank, other.rank));
        }
        return Optional.empty();
    }

    /**
     * Returns the edition as xapi writes it.
     *
     * @return such as {@code enterprise-per-socket}
     */
    public String xapiName() {
        return xapiName;
    }

    /**
     * Returns the edition's display name.
     *
     * @return for example {@code Enterprise}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Editions are equal when xapi writes them alike.
     *
     * @param obj the other object
     * @return true for an edition of the same name
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof LicenceEdition && xapiName.equals(((LicenceEdition) obj).xapiName);
    }

    @Override
    public int hashCode() {
        return xapiName.hashCode();
    }

    /**
     * Returns the edition as xapi writes it.
     *
     * @return such as {@code enterprise}
     */
    @Override
    public String toString() {
        return xapiName;
    }
}
