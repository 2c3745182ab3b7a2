package io.github.xenpool.core;

import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.Uuid;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.core.validation.internal.ModelCheck;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * Which pool a host belongs to, and in what role. Every XenServer host is in some pool: a host
 * on its own is the master of a pool of one, which is what {@link Standalone} says.
 */
public sealed interface Membership permits Membership.Standalone, Membership.Master, Membership.Member {

    /**
     * A host on its own: the master of a pool of one, free to join another pool.
     *
     * @return the standalone membership
     */
    static Membership standalone() {
        return Standalone.INSTANCE;
    }

    /**
     * Tells whether the host may join a pool as far as its membership goes: it is standalone,
     * or master of a pool with no other host.
     *
     * @return true if the host is free to join
     */
    boolean isFree();

    /** A host on its own. */
    final class Standalone implements Membership {
        static final Standalone INSTANCE = new Standalone();

        private Standalone() {
        }

        @Override
        public boolean isFree() {
            return true;
        }

        @Override
        public String toString() {
            return "standalone";
        }
    }

    /**
     * The master of a pool.
     *
     * @param poolId the pool's UUID
     * @param poolSize the number of hosts in the pool, the master included
     */
    record Master(@Uuid String poolId, @Positive int poolSize) implements Membership {

        /**
         * Checks the components.
         *
         * @param poolId the pool's UUID
         * @param poolSize the number of hosts in the pool, the master included
         * @throws NullPointerException if the pool id is null
         * @throws InvalidModelException if the pool id is not a UUID or the size is below 1; every
         *     problem is listed
         */
        public Master {
            poolId = Uuids.canonical(Objects.requireNonNull(poolId, "poolId"));
            ModelCheck check = ModelCheck.of(Master.class);
            check.constraints("poolId", poolId);
            if (poolSize < 1) {
                check.structure("poolSize", poolSize, "Positive",
                        "a pool master's pool has at least 1 host, got " + poolSize);
            }
            check.throwIfAny();
        }

        @Override
        public boolean isFree() {
            return poolSize == 1;
        }

        @Override
        public String toString() {
            return "master of pool " + poolId + " (" + poolSize + (poolSize == 1 ? " host)" : " hosts)");
        }
    }

    /**
     * A secondary member of a pool.
     *
     * @param poolId the pool's UUID
     */
    record Member(@Uuid String poolId) implements Membership {

        /**
         * Checks the component.
         *
         * @param poolId the pool's UUID
         * @throws NullPointerException if the pool id is null
         * @throws InvalidModelException if the pool id is not a UUID
         */
        public Member {
            poolId = Uuids.canonical(Objects.requireNonNull(poolId, "poolId"));
            ModelCheck check = ModelCheck.of(Member.class);
            check.constraints("poolId", poolId);
            check.throwIfAny();
        }

        @Override
        public boolean isFree() {
            return false;
        }

        @Override
        public String toString() {
            return "member of pool " + poolId;
        }
    }
}
