package io.github.xenpool.testkit;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One fact that decides a join, made unknown in a join case: the candidate's or the pool's
 * product version, licence edition or management address. A check that reads the fact can then
 * neither pass nor block: it can only say that it cannot check.
 *
 * <pre>{@code
 * Gen<JoinCase> cases = JoinCases.compliant().map(Blank.MEMBER_LICENCE::applyTo);
 * }</pre>
 */
public enum Blank {
    /** The candidate's product version. */
    HOST_PRODUCT_VERSION,
    /** The product version of the pool master, which the candidate is compared with. */
    MASTER_PRODUCT_VERSION,
    /** The candidate's licence edition. */
    HOST_LICENCE,
    /** The licence edition of the pool's newest member, which makes the pool's edition unknown. */
    MEMBER_LICENCE,
    /** The candidate's management address. */
    HOST_ADDRESS,
    /** The management address of the pool's newest member. */
    MEMBER_ADDRESS;

    /**
     * Makes the fact unknown; everything else stays as it was, the case's mutation included.
     *
     * @param joinCase the case
     * @return the case with the fact unknown
     */
    public JoinCase applyTo(JoinCase joinCase) {
        Objects.requireNonNull(joinCase, "joinCase");
        Pool pool = joinCase.pool();
        Host host = joinCase.host();
        switch (this) {
            case HOST_PRODUCT_VERSION:
                host = withoutVersion(host);
                break;
            case MASTER_PRODUCT_VERSION:
                pool = pool.toBuilder().master(withoutVersion(pool.master())).build();
                break;
            case HOST_LICENCE:
                host = host.toBuilder().unknownLicence().build();
                break;
            case MEMBER_LICENCE:
                pool = withNewestMember(pool, member -> member.toBuilder().unknownLicence().build());
                break;
            case HOST_ADDRESS:
                host = withoutAddress(host);
                break;
            case MEMBER_ADDRESS:
                pool = withNewestMember(pool, Blank::withoutAddress);
                break;
            default:
                throw new IllegalStateException("unhandled fact " + this);
        }
        return new JoinCase(pool, host, joinCase.mutation());
    }

    private static Host withoutVersion(Host host) {
        return host.toBuilder().software(host.software().toBuilder().unknownProductVersion().build()).build();
    }

    private static Host withoutAddress(Host host) {
        return host.toBuilder().managementInterface(host.managementInterface().toBuilder().unknownIpAddress().build())
                .build();
    }

    private static Pool withNewestMember(Pool pool, UnaryOperator<Host> change) {
        if (pool.secondaries().isEmpty()) {
            return pool.toBuilder().master(change.apply(pool.master())).build();
        }
        List<Host> secondaries = new ArrayList<>(pool.secondaries());
        int newest = secondaries.size() - 1;
        secondaries.set(newest, change.apply(secondaries.get(newest)));
        return pool.toBuilder().secondaries(secondaries).build();
    }
}
