package io.github.xenpool.core.software;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Uuid;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An update applied to a host: a {@code pool_patch} (XenServer up to 7.0, a hotfix) or a
 * {@code pool_update} (XenServer 7.1 on). xapi refuses a join when the updates that enforce
 * homogeneity differ between the host and the master.
 *
 * @param uuid the update's UUID
 * @param name its name label, such as {@code XS56EFP1002}
 * @param version its version, as xapi records it
 * @param kind a patch or an update
 * @param enforceHomogeneity whether every member must have it ({@code pool_update} only), or
 *     empty when unknown; patches never say
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Update(@Uuid String uuid, @Size(max = 255) String name, @Size(max = 255) String version, Kind kind,
        Optional<Boolean> enforceHomogeneity) implements Comparable<Update> {

    /** Which of xapi's classes an update comes from. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public enum Kind {
        /** A {@code pool_patch} applied through a {@code host_patch}: XenServer up to 7.0. */
        PATCH,
        /** A {@code pool_update}: XenServer 7.1 on. */
        UPDATE
    }

    /**
     * Checks the components.
     *
     * @param uuid the update's UUID
     * @param name its name label
     * @param version its version
     * @param kind a patch or an update
     * @param enforceHomogeneity whether every member must have it, or empty when unknown
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the UUID is invalid or a text is too long
     */
    public Update {
        uuid = Uuids.canonical(Objects.requireNonNull(uuid, "uuid"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(enforceHomogeneity, "enforceHomogeneity");
        ModelCheck check = ModelCheck.of(Update.class);
        check.constraints("uuid", uuid);
        check.constraints("name", name);
        check.constraints("version", version);
        check.throwIfAny();
    }

    @Override
    public int compareTo(Update other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : uuid.compareTo(other.uuid);
    }
}
