package io.github.xenpool.core.software;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A supplemental pack installed into dom0, at a revision. Pool members must have the same packs
 * at the same revisions.
 *
 * @param name the pack's name, such as {@code xenserver-linux-pack}
 * @param revision its revision, such as {@code 1.0.2}
 */
public record SupplementalPack(
        @NotBlank @Size(max = 128) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:+-]*$",
                message = "must be a pack name of letters, digits and . _ : + -") String name,
        @NotBlank @Size(max = 64) String revision) implements Comparable<SupplementalPack> {

    /**
     * Checks the components.
     *
     * @param name the pack's name, such as {@code xenserver-linux-pack}
     * @param revision its revision, such as {@code 1.0.2}
     * @throws NullPointerException if a component is null
     * @throws InvalidModelException if the name or the
     *     revision is invalid; every problem is listed
     */
    public SupplementalPack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(revision, "revision");
        ModelCheck check = ModelCheck.of(SupplementalPack.class);
        check.constraints("name", name);
        check.constraints("revision", revision);
        check.throwIfAny();
    }

    /**
     * Orders packs by name, then revision.
     *
     * @param other the other pack
     * @return the comparison
     */
    @Override
    public int compareTo(SupplementalPack other) {
        int c = name.compareTo(Objects.requireNonNull(other, "other").name);
        return c != 0 ? c : revision.compareTo(other.revision);
    }

    @Override
    public String toString() {
        return Text.name(name) + " " + Text.name(revision);
    }
}
