package io.github.xenpool.rules;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.FeatureSet;

/** How a pool's CPU feature level follows from its members, and so what a join does to it. */
public enum CpuLevelPolicy {

    /**
     * XenServer 5.6: under the pool's feature mask the level does not change; a more capable
     * host joins by masking its extra features away, and a less capable one cannot join.
     * Features outside the mask are not compared, so there the level is what every member has.
     */
    MASKING {
        @Override
        public FeatureSet levelAfterJoin(Pool pool, Host host) {
            FeatureSet mask = pool.cpuFeatureMask();
            FeatureSet physical = host.cpu().physicalFeatures();
            FeatureSet hidden = physical.intersect(mask).minus(pool.cpuFeatureLevel().intersect(mask));
            return pool.cpuFeatureLevel().intersect(physical.minus(hidden));
        }
    },

    /**
     * XenServer 7.0 and later, XCP-ng: the pool's level is the intersection of every member's
     * features, so a less capable host lowers it.
     */
    LEVELLING {
        @Override
        public FeatureSet levelAfterJoin(Pool pool, Host host) {
            return pool.cpuFeatureLevel().intersect(host.cpu().physicalFeatures());
        }
    };

    /**
     * Returns the pool's CPU level once the host has joined.
     *
     * @param pool the pool
     * @param host the joining host
     * @return the level after the join
     */
    public abstract FeatureSet levelAfterJoin(Pool pool, Host host);
}
