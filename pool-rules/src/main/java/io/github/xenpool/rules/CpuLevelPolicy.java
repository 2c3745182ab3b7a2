package io.github.xenpool.rules;

import io.github.xenpool.core.cpu.CpuLevel;
import java.util.Objects;
import java.util.Optional;

/** How a pool's CPU feature level follows from its members, and so what a join does to it. */
public enum CpuLevelPolicy {

    /**
     * XenServer 5.6: under the pool's feature mask the level does not change; a more capable
     * host joins by masking its extra features away, and a less capable one cannot join. The
     * level after the join is what every member then exposes, so a feature the mask does not
     * compare can still leave it (the report names it).
     */
    MASKING,

    /**
     * XenServer 7.0 and later, XCP-ng: the pool's level is the intersection of every member's
     * features, so a less capable host lowers it.
     */
    LEVELLING;

    /**
     * Returns the pool's CPU level once the host has joined, from the join's CPU comparison.
     *
     * @param comparison the comparison of the joining host with the pool
     * @return the level after the join, or empty when it is unknown or the host cannot join
     */
    public Optional<CpuLevel> levelAfter(CpuComparison comparison) {
        return Objects.requireNonNull(comparison, "comparison").levelAfter(this);
    }
}
