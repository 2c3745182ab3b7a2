package io.github.xenpool.rules;

import io.github.xenpool.core.LicenceEdition;
import java.util.Collections;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Citrix licence server and the licences it can still hand out, by edition. A free host that
 * joins a licensed pool can be given a licence from it.
 *
 * @param address the server's host name or address
 * @param available how many licences of each edition are free; editions not listed have none
 */
public record LicenceServer(String address, Map<LicenceEdition, Integer> available) {

    /**
     * Checks and copies the components.
     *
     * @param address the server's host name or address
     * @param available licences free by edition
     * @throws NullPointerException if a component, key or count is null
     * @throws IllegalArgumentException if a count is negative or the address is blank
     */
    public LicenceServer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(available, "available");
        if (address.isBlank()) {
            throw new IllegalArgumentException("a licence server needs an address");
        }
        TreeMap<LicenceEdition, Integer> copy = new TreeMap<>(Comparator.comparing(LicenceEdition::xapiName));
        available.forEach((edition, count) -> {
            Objects.requireNonNull(edition, "available has a null edition");
            Objects.requireNonNull(count, "available has a null count for " + edition);
            if (count < 0) {
                throw new IllegalArgumentException("licence server " + address + " cannot have " + count + " "
                        + edition + " licences; counts are 0 or more");
            }
            copy.put(edition, count);
        });
        available = Collections.unmodifiableMap(copy);
    }

    /**
     * A licence server with free licences of one edition.
     *
     * @param address the server's host name or address
     * @param edition the edition
     * @param count how many are free
     * @return the licence server
     */
    public static LicenceServer offering(String address, LicenceEdition edition, int count) {
        return new LicenceServer(address, Map.of(edition, count));
    }

    /**
     * Tells whether the server can hand out a licence of the given edition.
     *
     * @param edition the edition
     * @return true if at least one is free
     */
    public boolean canProvide(LicenceEdition edition) {
        return available.getOrDefault(Objects.requireNonNull(edition, "edition"), 0) > 0;
    }
}
