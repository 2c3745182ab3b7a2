package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.cpu.Cpu;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Two CPUs, such as an older and a newer generation.
 *
 * @param first the first CPU (the older, or the pool's)
 * @param second the second CPU (the newer, or the candidate's)
 * @param description what the pair shows, such as {@code IvyBridge -> Haswell loses f16c, rdrand, vme}
 */
@API(status = MAINTAINED, since = "0.1.0")
public record CpuPair(Cpu first, Cpu second, String description) {

    /**
     * Checks the components.
     *
     * @param first the first CPU
     * @param second the second CPU
     * @param description what the pair shows
     * @throws NullPointerException if a component is null
     */
    public CpuPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(description, "description");
    }
}
