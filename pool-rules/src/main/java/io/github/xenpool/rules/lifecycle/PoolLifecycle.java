package io.github.xenpool.rules.lifecycle;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolStatus;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.ModelValidator;
import io.github.xenpool.core.validation.ModelViolation;
import io.github.xenpool.core.validation.Uuids;
import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.sets.RuleSets;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The life of a pool as operations on values: each takes a pool (and a host or a member's id)
 * and returns either the new pool or the problem that stopped it. The input is never changed,
 * and a refused operation leaves nothing half-done.
 *
 * <p>Semantics, as XenServer describes them: the master is the pool's single point of contact;
 * every member keeps a backup of the pool's configuration, so any member can become master.
 * When the master goes down the pool is unavailable until the master returns or a member is
 * promoted by an emergency transition; only those recovery operations are accepted meanwhile.
 * With HA enabled, the pool nominates a new master itself: the first member that is up, in join
 * order. Joins are checked with a rule set (XenServer 5.6 by default): under its masking policy
 * a joining host with more CPU features is masked down to the pool's level.
 *
 * <p>No operation throws for values the model holds, whatever the rule set: input the model
 * refuses (a blank name, an id that is not a UUID) is {@link ProblemCode#INVALID_INPUT}, and a
 * pool the model could not hold (a rule set edited to let a member join twice, two members on
 * one address, a clock beyond {@link HostClock#MAX_OFFSET} from a new master) is refused with
 * {@link ProblemCode#ALREADY_A_MEMBER}, {@link ProblemCode#HOST_NOT_STANDALONE} or
 * {@link ProblemCode#WOULD_BREAK_POOL} and the model's violations. Only a null argument throws.
 *
 * <pre>{@code
 * PoolLifecycle life = PoolLifecycle.xenServer56();
 * Either<PoolProblem, Pool> joined = life.join(pool, host);
 * joined.fold(problem -> problem.report().map(JoinReport::render).orElse(problem.message()),
 *             grown -> "now " + grown.size() + " hosts");
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PoolLifecycle {

    private final RuleSet rules;
    private final JoinContext context;

    private PoolLifecycle(RuleSet rules, JoinContext context) {
        this.rules = rules;
        this.context = context;
    }

    /**
     * Operations whose joins are checked with the XenServer 5.6 rules.
     *
     * @return the operations
     */
    public static PoolLifecycle xenServer56() {
        return of(RuleSets.xenServer56());
    }

    /**
     * Operations whose joins are checked with the given rule set and its default context.
     *
     * @param rules the rule set
     * @return the operations
     */
    public static PoolLifecycle of(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        return new PoolLifecycle(rules, rules.defaultContext());
    }

    /**
     * Returns these operations with joins checked in another context.
     *
     * @param joinContext the context
     * @return the operations
     */
    public PoolLifecycle withContext(JoinContext joinContext) {
        return new PoolLifecycle(rules, Objects.requireNonNull(joinContext, "joinContext"));
    }

    /**
     * Returns the rule set joins are checked with.
     *
     * @return the rule set
     */
    public RuleSet rules() {
        return rules;
    }

    /**
     * Creates a pool with a standalone host as its master, under a new random id. The host's
     * shared SRs become the pool's shared SRs; without any, the result says a shared SR must be
     * created.
     *
     * @param name the pool's name
     * @param host the future master
     * @return the new pool, or INVALID_INPUT or HOST_NOT_STANDALONE
     */
    public Either<PoolProblem, NewPool> create(String name, Host host) {
        return create(UUID.randomUUID().toString(), name, host);
    }

    /**
     * Creates a pool with a standalone host as its master, under a given id, such as the one
     * xapi gave the pool. Otherwise as {@link #create(String, Host)}.
     *
     * @param id the pool's UUID
     * @param name the pool's name
     * @param host the future master
     * @return the new pool, or INVALID_INPUT (listing every problem of the id and the name) or
     *     HOST_NOT_STANDALONE
     */
    public Either<PoolProblem, NewPool> create(String id, String name, Host host) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        List<ModelViolation> invalid = new ArrayList<>(ModelValidator.shared().validateValue(Pool.class, "id", id));
        invalid.addAll(ModelValidator.shared().validateValue(Pool.class, "name", name));
        if (!invalid.isEmpty()) {
            InvalidModelException problems = new InvalidModelException("Pool", invalid);
            return Either.left(new PoolProblem(ProblemCode.INVALID_INPUT, "pool " + name + " cannot be created: "
                    + problems.getMessage(), Optional.empty(), problems.violations()));
        }
        if (!host.membership().isFree()) {
            return Either.left(PoolProblem.of(ProblemCode.HOST_NOT_STANDALONE, Text.name(host.hostname()) + " is "
                    + host.membership() + "; eject it from that pool before it can create one"));
        }
        List<StorageRepository> shared = host.sharedStorage();
        List<StorageRepository> local = host.storage().stream().filter(sr -> !sr.shared())
                .collect(Collectors.toList());
        List<String> notices = shared.isEmpty()
                ? List.of("pool " + name + " has no shared storage: create a shared SR (NFS or iSCSI) so that VMs can"
                        + " migrate between members and start on the best host")
                : List.of();
        return make("creating pool " + name, () -> {
            Host master = host.toBuilder().storage(local).membership(new Membership.Master(id, 1))
                    .cpu(host.cpu().unmasked())
                    .build()
                    // The master is its own reference; whether NTP keeps it in step stays as known.
                    .withClock(host.clock().map(clock -> new HostClock(java.time.Duration.ZERO, clock.ntpConfigured())));
            return new NewPool(new Pool(id, name, master, List.of(), false, shared, Pool.DEFAULT_CPU_FEATURE_MASK,
                    Set.of()), notices);
        });
    }

    /**
     * Joins a host to a pool after checking it with the rule set. Under the masking policy a host
     * with more CPU features joins masked down to the pool's level: its exposed features change,
     * its physical features do not.
     *
     * @param pool the pool
     * @param host the candidate
     * @return the pool with the host as its newest secondary, or POOL_UNAVAILABLE, or
     *     JOIN_BLOCKED with the report; and whatever the rule set, ALREADY_A_MEMBER,
     *     HOST_NOT_STANDALONE or WOULD_BREAK_POOL for a join the model cannot hold: a join
     *     never throws
     */
    public Either<PoolProblem, Pool> join(Pool pool, Host host) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
        Optional<PoolProblem> unavailable = unavailable(pool, "join " + Text.name(host.hostname()) + " to it");
        if (unavailable.isPresent()) {
            return Either.left(unavailable.get());
        }
        JoinReport report = rules.evaluate(pool, host, context);
        if (report.verdict() == Verdict.BLOCKED) {
            return Either.left(new PoolProblem(ProblemCode.JOIN_BLOCKED, Text.name(host.hostname())
                    + " cannot join pool "
                    + Text.name(pool.name()) + ": " + report.blockers().size() + " blocker(s), first "
                    + report.blockers().get(0).ruleId() + ": " + report.blockers().get(0).message(),
                    Optional.of(report)));
        }
        // The rule set may have been edited to leave out what the model cannot hold.
        Optional<PoolProblem> unheld = pool.member(host.id())
                .map(member -> PoolProblem.of(ProblemCode.ALREADY_A_MEMBER, host.hostname() + " (" + host.id()
                        + ") cannot join pool " + pool.name() + ": " + member.hostname()
                        + " is a member with that id already"))
                .or(() -> host.membership().isFree() ? Optional.empty()
                        : Optional.of(PoolProblem.of(ProblemCode.HOST_NOT_STANDALONE, host.hostname() + " is "
                                + host.membership() + "; eject it from that pool before it joins pool "
                                + pool.name())));
        if (unheld.isPresent()) {
            return Either.left(unheld.get());
        }
        return make("joining " + host.hostname() + " to pool " + pool.name(), () -> {
            Host joining = host.withMembership(new Membership.Member(pool.id()));
            if (rules.cpuLevelPolicy() == CpuLevelPolicy.MASKING && report.maskingPlan().isPresent()) {
                joining = joining.withCpu(host.cpu().hiding(report.cpuComparison().masking().hidden()));
            } else if (rules.cpuLevelPolicy() == CpuLevelPolicy.LEVELLING) {
                joining = joining.withCpu(host.cpu().unmasked());
            }
            List<Host> secondaries = new ArrayList<>(pool.secondaries());
            secondaries.add(joining);
            return rebuild(pool, pool.master(), secondaries, pool.haEnabled(), pool.offlineHosts());
        });
    }

    /**
     * Ejects a secondary. The master cannot be ejected: designate another master first.
     *
     * @param pool the pool
     * @param hostId the secondary's id
     * @return the pool without the host and the host on its own again (standalone, unmasked), or
     *     POOL_UNAVAILABLE, NOT_A_MEMBER, CANNOT_EJECT_MASTER or HOST_OFFLINE
     */
    public Either<PoolProblem, Ejection> eject(Pool pool, String hostId) {
        String id = Uuids.canonical(Objects.requireNonNull(hostId, "hostId"));
        Optional<PoolProblem> refused = unavailable(pool, "eject a host")
                .or(() -> notAMember(pool, id))
                .or(() -> pool.master().id().equals(id)
                        ? Optional.of(PoolProblem.of(ProblemCode.CANNOT_EJECT_MASTER,
                                Text.name(pool.master().hostname())
                                + " is the master of pool " + Text.name(pool.name())
                                + " and cannot be ejected; designate another"
                                + " member as master first, then eject it"))
                        : Optional.empty())
                .or(() -> offline(pool, id, "be ejected"));
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        Host leaving = pool.member(id).orElseThrow();
        return make("ejecting " + leaving.hostname() + " from pool " + pool.name(), () -> {
            List<Host> secondaries = new ArrayList<>(pool.secondaries());
            secondaries.remove(leaving);
            Pool smaller = rebuild(pool, pool.master(), secondaries, pool.haEnabled(), pool.offlineHosts());
            Host alone = leaving.withMembership(Membership.standalone()).withCpu(leaving.cpu().unmasked());
            return new Ejection(smaller, alone);
        });
    }

    /**
     * Makes another member the master; the old master becomes the first secondary. Every
     * member's clock is then measured from the new master. Refused while the pool has no master
     * (that is what {@link #emergencyTransitionToMaster(Pool, String)} is for).
     *
     * @param pool the pool
     * @param hostId the new master's id
     * @return the pool with its new master, or POOL_UNAVAILABLE, NOT_A_MEMBER, ALREADY_MASTER,
     *     HOST_OFFLINE, or WOULD_BREAK_POOL when a member's clock measured from the new master
     *     would be beyond {@link HostClock#MAX_OFFSET}
     */
    public Either<PoolProblem, Pool> designateMaster(Pool pool, String hostId) {
        String id = Uuids.canonical(Objects.requireNonNull(hostId, "hostId"));
        Optional<PoolProblem> refused = unavailable(pool, "designate a new master (use an emergency transition)")
                .or(() -> notAMember(pool, id))
                .or(() -> pool.master().id().equals(id)
                        ? Optional.of(PoolProblem.of(ProblemCode.ALREADY_MASTER, Text.name(pool.master().hostname())
                                + " is the master of pool " + Text.name(pool.name()) + " already"))
                        : Optional.empty())
                .or(() -> offline(pool, id, "become master"));
        return refused.<Either<PoolProblem, Pool>>map(Either::left)
                .orElseGet(() -> make("designating a new master of pool " + pool.name(),
                        () -> promote(pool, id, pool.offlineHosts())));
    }

    /**
     * Records that a member went down. A secondary going down leaves the pool available. When
     * the master goes down, a pool with HA nominates the first online secondary in join order as
     * master (the old master stays, offline, as a secondary); a pool without HA, or with no other
     * member up, becomes unavailable.
     *
     * @param pool the pool
     * @param hostId the member that went down
     * @return the pool after the failure, or POOL_UNAVAILABLE, NOT_A_MEMBER, HOST_OFFLINE, or
     *     WOULD_BREAK_POOL when the nominee cannot be master (see
     *     {@link #designateMaster(Pool, String)})
     */
    public Either<PoolProblem, Pool> hostFailed(Pool pool, String hostId) {
        String id = Uuids.canonical(Objects.requireNonNull(hostId, "hostId"));
        Optional<PoolProblem> refused = unavailable(pool, "record another failure")
                .or(() -> notAMember(pool, id))
                .or(() -> offline(pool, id, "fail again"));
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        Set<String> offline = new HashSet<>(pool.offlineHosts());
        offline.add(id);
        if (!pool.master().id().equals(id)) {
            return make("recording the failure of a member of pool " + pool.name(),
                    () -> rebuild(pool, pool.master(), pool.secondaries(), pool.haEnabled(), offline));
        }
        Optional<Host> nominee = pool.haEnabled()
                ? pool.secondaries().stream().filter(h -> !offline.contains(h.id())).findFirst()
                : Optional.empty();
        return make("recording the failure of the master of pool " + pool.name(), () -> nominee
                .map(h -> promote(pool, h.id(), offline))
                .orElseGet(() -> rebuild(pool, pool.master(), pool.secondaries(), pool.haEnabled(), offline)));
    }

    /**
     * Records that a member is back. When it is the master, the pool is available again.
     *
     * @param pool the pool
     * @param hostId the member that came back
     * @return the pool with the member up, or NOT_A_MEMBER or HOST_ONLINE
     */
    public Either<PoolProblem, Pool> hostRecovered(Pool pool, String hostId) {
        Objects.requireNonNull(pool, "pool");
        String id = Uuids.canonical(Objects.requireNonNull(hostId, "hostId"));
        Optional<PoolProblem> refused = notAMember(pool, id)
                .or(() -> pool.offlineHosts().contains(id) ? Optional.empty()
                        : Optional.of(PoolProblem.of(ProblemCode.HOST_ONLINE,
                                Text.name(pool.member(id).orElseThrow().hostname()) + " is up already")));
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        Set<String> offline = new HashSet<>(pool.offlineHosts());
        offline.remove(id);
        return make("recording the recovery of a member of pool " + pool.name(),
                () -> rebuild(pool, pool.master(), pool.secondaries(), pool.haEnabled(), offline));
    }

    /**
     * Promotes a member that is up to master of a pool whose master is down, as
     * {@code pool.emergency_transition_to_master} does: possible because every member holds a
     * backup of the pool's configuration. The old master stays, offline, as a secondary.
     *
     * @param pool the pool
     * @param hostId the member to promote
     * @return the available pool, or MASTER_AVAILABLE, NOT_A_MEMBER, HOST_OFFLINE or
     *     WOULD_BREAK_POOL (see {@link #designateMaster(Pool, String)})
     */
    public Either<PoolProblem, Pool> emergencyTransitionToMaster(Pool pool, String hostId) {
        Objects.requireNonNull(pool, "pool");
        String id = Uuids.canonical(Objects.requireNonNull(hostId, "hostId"));
        Optional<PoolProblem> refused = (pool.status() == PoolStatus.AVAILABLE
                ? Optional.of(PoolProblem.of(ProblemCode.MASTER_AVAILABLE, "the master "
                        + Text.name(pool.master().hostname())
                        + " of pool " + Text.name(pool.name()) + " is up; designate a new master instead"))
                : Optional.<PoolProblem>empty())
                .or(() -> notAMember(pool, id))
                .or(() -> offline(pool, id, "become master"));
        return refused.<Either<PoolProblem, Pool>>map(Either::left)
                .orElseGet(() -> make("promoting a member of pool " + pool.name(),
                        () -> promote(pool, id, pool.offlineHosts())));
    }

    /**
     * Enables HA. It needs an available pool and a shared SR for its heartbeat.
     *
     * @param pool the pool
     * @return the pool with HA on, or POOL_UNAVAILABLE, HA_ALREADY_ENABLED or HA_NEEDS_SHARED_STORAGE
     */
    public Either<PoolProblem, Pool> enableHa(Pool pool) {
        Optional<PoolProblem> refused = unavailable(pool, "enable HA")
                .or(() -> pool.haEnabled()
                        ? Optional.of(PoolProblem.of(ProblemCode.HA_ALREADY_ENABLED, "HA is enabled on pool "
                                + Text.name(pool.name()) + " already"))
                        : Optional.empty())
                .or(() -> pool.hasSharedStorage() ? Optional.empty()
                        : Optional.of(PoolProblem.of(ProblemCode.HA_NEEDS_SHARED_STORAGE, "pool "
                                + Text.name(pool.name())
                                + " has no shared SR; create one for HA's heartbeat first")));
        return refused.<Either<PoolProblem, Pool>>map(Either::left)
                .orElseGet(() -> make("enabling HA on pool " + pool.name(),
                        () -> rebuild(pool, pool.master(), pool.secondaries(), true, pool.offlineHosts())));
    }

    /**
     * Disables HA.
     *
     * @param pool the pool
     * @return the pool with HA off, or POOL_UNAVAILABLE or HA_NOT_ENABLED
     */
    public Either<PoolProblem, Pool> disableHa(Pool pool) {
        Optional<PoolProblem> refused = unavailable(pool, "disable HA")
                .or(() -> pool.haEnabled() ? Optional.empty()
                        : Optional.of(PoolProblem.of(ProblemCode.HA_NOT_ENABLED, "HA is not enabled on pool "
                                + Text.name(pool.name()))));
        return refused.<Either<PoolProblem, Pool>>map(Either::left)
                .orElseGet(() -> make("disabling HA on pool " + pool.name(),
                        () -> rebuild(pool, pool.master(), pool.secondaries(), false, pool.offlineHosts())));
    }

    private static Optional<PoolProblem> unavailable(Pool pool, String what) {
        Objects.requireNonNull(pool, "pool");
        return pool.status() == PoolStatus.AVAILABLE ? Optional.empty()
                : Optional.of(PoolProblem.of(ProblemCode.POOL_UNAVAILABLE, "pool " + Text.name(pool.name())
                        + " has no master: "
                        + Text.name(pool.master().hostname()) + " is down, so the pool cannot " + what + "; bring "
                        + Text.name(pool.master().hostname())
                        + " back, or promote a member with an emergency transition"));
    }

    private static Optional<PoolProblem> notAMember(Pool pool, String hostId) {
        Objects.requireNonNull(hostId, "hostId");
        return pool.member(hostId).isPresent() ? Optional.empty()
                : Optional.of(PoolProblem.of(ProblemCode.NOT_A_MEMBER, "no member of pool " + Text.name(pool.name())
                        + " has id " + hostId));
    }

    private static Optional<PoolProblem> offline(Pool pool, String hostId, String what) {
        return pool.isOnline(hostId) ? Optional.empty()
                : Optional.of(PoolProblem.of(ProblemCode.HOST_OFFLINE,
                        Text.name(pool.member(hostId).orElseThrow().hostname())
                        + " is down and cannot " + what + "; bring it back first"));
    }

    /**
     * Makes the result of an operation, or says how it would break the model: the one place where
     * the model's refusal becomes a problem instead of an exception.
     */
    private static <T> Either<PoolProblem, T> make(String what, Supplier<T> result) {
        try {
            return Either.right(result.get());
        } catch (InvalidModelException e) {
            return Either.left(new PoolProblem(ProblemCode.WOULD_BREAK_POOL, what + " would break the model: "
                    + e.getMessage(), Optional.empty(), e.violations()));
        }
    }

    /** The pool with {@code hostId} as master, the old master first among the secondaries. */
    private static Pool promote(Pool pool, String hostId, Set<String> offline) {
        Host chosen = pool.member(hostId).orElseThrow();
        // Offsets from the new master are known only where both clocks are.
        Optional<HostClock> reference = chosen.clock();
        List<Host> secondaries = new ArrayList<>(pool.size() - 1);
        secondaries.add(pool.master().withClock(relativeTo(pool.master(), reference)));
        for (Host host : pool.secondaries()) {
            if (!host.id().equals(hostId)) {
                secondaries.add(host.withClock(relativeTo(host, reference)));
            }
        }
        return rebuild(pool, chosen.withClock(relativeTo(chosen, reference)), secondaries, pool.haEnabled(),
                offline);
    }

    private static Optional<HostClock> relativeTo(Host host, Optional<HostClock> reference) {
        return reference.flatMap(ref -> host.clock().map(clock -> clock.relativeTo(ref)));
    }

    /** A pool of the same identity with the given members, their memberships set to their roles. */
    private static Pool rebuild(Pool pool, Host master, List<Host> secondaries, boolean haEnabled, Set<String> offline) {
        int size = 1 + secondaries.size();
        List<Host> members = new ArrayList<>(secondaries.size());
        for (Host host : secondaries) {
            members.add(host.withMembership(new Membership.Member(pool.id())));
        }
        return new Pool(pool.id(), pool.name(), master.withMembership(new Membership.Master(pool.id(), size)), members,
                haEnabled, pool.sharedStorage(), pool.cpuFeatureMask(), offline);
    }
}
