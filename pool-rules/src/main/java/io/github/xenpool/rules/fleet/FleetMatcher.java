package io.github.xenpool.rules.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.internal.ComposedRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Matches a fleet of standalone hosts against many pools: for every host, how many pools it can
 * join, the best of them, and, when it can join none, the closest pools and what blocks it there.
 *
 * <p><b>Ranking.</b> Joinable pools rank ALLOWED before ALLOWED_WITH_MASKING, then fewer hidden
 * CPU features, then more free slots, then pool id. When a host can join no pool, the closest
 * pools rank by what it takes to make the join possible: first fewer blockers that configuration
 * cannot fix ({@link Violation#fixableByConfiguration()}: another CPU vendor, missing CPU
 * features, a full pool), then fewer mismatched homogeneity keys (CPU vendor, product version,
 * hotfixes, supplemental packs, licence edition, and the management VLAN where a rule of the set
 * stands for xapi's {@code POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH} in its
 * {@link io.github.xenpool.rules.RuleDescriptor descriptor}), then fewer blocking rules, then
 * more free slots, then pool id. So an AMD host's closest pool is an AMD pool whose patches, packs
 * and licence differ before an Intel pool that only its vendor keeps it from.
 *
 * <p><b>Answers.</b> For any rule set, shipped, edited or custom, the answers are exactly those of
 * evaluating every (host, pool) pair with it, which {@link #matchExhaustively(Host)} does.
 *
 * <p><b>Cost.</b> A host is not evaluated against every pool where the index can prove the
 * outcome. Shipped rules, recognised by their class and not by their id, read a pool only through
 * its profile: the master's CPU vendor, product version, hotfixes, supplemental packs and
 * management VLAN, the pool's licence edition, CPU level and feature mask, whether it is full,
 * has HA on, runs HVM VMs, has shared storage and storage servers without stable addresses. Pools
 * of one profile form a class, and these rules are evaluated once per class. Those among them that
 * block whenever a homogeneity fact differs ({@code cpu.vendor}, {@code software.version},
 * {@code software.patch-level}, {@code software.supplemental-packs}, {@code licence.edition},
 * {@code network.management-vlan}) also index the classes, so a host meets only the classes that
 * agree with it on those facts. Every other rule (a custom rule, or a shipped rule changed by
 * {@code withSeverity}, {@code because}, {@code onlyWhen} or {@code allOf}) may read anything
 * of a pool, its name included, so it is evaluated for each pool that the recognised rules do not
 * already block: a blocker always blocks, whatever the other rules find. When no pool is
 * joinable, classes and pools are visited best-first by a lower bound of their rank, so that only
 * those that may rank among the closest are evaluated. A host that is a member of an indexed pool
 * is evaluated against every pool. Results are streamed: no host-by-pool matrix is ever built.
 *
 * <pre>{@code
 * FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), pools);
 * matcher.match(hosts.stream())
 *         .forEach(m -> System.out.println(m.hostname() + " can join " + m.joinablePools() + " pools"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FleetMatcher {

    /** How many pools a match lists unless told otherwise. */
    public static final int DEFAULT_BEST = 3;

    static final Comparator<PoolMatch> BEST = Comparator.comparing(PoolMatch::verdict)
            .thenComparingInt(PoolMatch::hiddenFeatures)
            .thenComparing(Comparator.comparingInt(PoolMatch::freeSlots).reversed())
            .thenComparing(PoolMatch::poolId);

    // CLOSEST and BY_BOUND rank the same components in the same order.
    static final Comparator<PoolMatch> CLOSEST = Comparator.comparingInt(PoolMatch::unfixableBlockers)
            .thenComparingInt(PoolMatch::mismatchedKeys)
            .thenComparingInt(m -> m.blockingRules().size())
            .thenComparing(Comparator.comparingInt(PoolMatch::freeSlots).reversed())
            .thenComparing(PoolMatch::poolId);

    private static final Comparator<Bound> BY_BOUND = Comparator.comparingInt(Bound::unfixableBlockers)
            .thenComparingInt(Bound::mismatchedKeys)
            .thenComparingInt(Bound::blockingRules)
            .thenComparing(Comparator.comparingInt(Bound::freeSlots).reversed())
            .thenComparing(Bound::poolId);

    private final RuleSet rules;
    // The ids of the rules that are xapi's checks, for the reports' xapi answers; null when a rule
    // cannot describe itself.
    private final Set<String> xapiChecks;
    private final ProvableRules provable;
    private final JoinContext context;
    private final int k;
    private final boolean checksManagementVlan;
    private final List<Pool> pools;
    private final List<Key> poolKeys;
    private final List<PoolClass> classes;
    private final Map<List<Object>, List<PoolClass>> classesByBlockingFacts;
    private final Set<String> memberIds;
    private final Set<String> memberAddresses;
    // A pool whose homogeneity facts or member addresses are partly unknown cannot be ruled out by
    // them, nor be told apart from its look-alikes: every host meets it.
    private final boolean poolWithUnknownFacts;

    /** The homogeneity facts of a host, or of a pool's master and edition. */
    record Key(Optional<CpuVendor> vendor, Optional<ProductVersion> version, Optional<Set<String>> hotfixes,
            Set<SupplementalPack> packs, Optional<LicenceEdition> edition, OptionalInt managementVlan) {

        /** Whether a fact the homogeneity rules compare is unknown, so that they cannot block on it. */
        boolean hasUnknownFact() {
            return vendor.isEmpty() || version.isEmpty() || hotfixes.isEmpty() || edition.isEmpty()
                    || managementVlan.isEmpty();
        }

        Object fact(ProvableRules.Fact fact) {
            switch (fact) {
                case VENDOR:
                    return vendor;
                case VERSION:
                    return version;
                case HOTFIXES:
                    return hotfixes;
                case PACKS:
                    return packs;
                case EDITION:
                    return edition;
                case MANAGEMENT_VLAN:
                    return managementVlan;
                default:
                    throw new IllegalStateException("unknown fact " + fact);
            }
        }
    }

    /** Everything shipped rules read of a pool, beyond its identity. */
    record Profile(Key key, List<Object> cpu, boolean full, boolean ha, boolean hvm, boolean sharedStorage,
            boolean dynamicStorageAddress) {
    }

    /** Pools of one profile, most free slots first, ties by id, as the rankings order them. */
    record PoolClass(Profile profile, List<Pool> pools) {
        Pool representative() {
            return pools.get(0);
        }
    }

    /**
     * A lower bound of a closest-pool rank: of one pool's answer, of a pool whose recognised
     * rules alone are evaluated, or of a whole class not evaluated yet.
     */
    private record Bound(int unfixableBlockers, int mismatchedKeys, int blockingRules, int freeSlots, String poolId,
            Object step) {
    }

    /** A pool whose recognised rules are known, through its class, and whose other rules are not. */
    private record Pending(PoolClass poolClass, Pool pool) {
    }

    private FleetMatcher(RuleSet rules, JoinContext context, int k, List<Pool> pools) {
        this.rules = rules;
        this.xapiChecks = xapiChecks(rules);
        this.provable = ProvableRules.of(rules);
        this.context = context;
        this.k = k;
        this.checksManagementVlan = checksManagementVlan(rules);
        this.pools = List.copyOf(pools);
        Map<Profile, List<Pool>> grouped = new LinkedHashMap<>();
        Set<String> members = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        List<Key> keys = new ArrayList<>(this.pools.size());
        boolean unknown = false;
        for (Pool pool : this.pools) {
            Profile profile = profile(pool);
            keys.add(profile.key());
            unknown |= profile.key().hasUnknownFact();
            grouped.computeIfAbsent(profile, p -> new ArrayList<>()).add(pool);
            for (Host member : pool.members()) {
                members.add(member.id());
                Optional<String> address = member.managementInterface().ipAddress();
                address.ifPresent(addresses::add);
                unknown |= address.isEmpty();
            }
        }
        this.poolKeys = List.copyOf(keys);
        Comparator<Pool> freestFirst = Comparator.comparing(this::freeSlots, Comparator.reverseOrder())
                .thenComparing(Pool::id);
        List<PoolClass> all = new ArrayList<>(grouped.size());
        Map<List<Object>, List<PoolClass>> byFacts = new HashMap<>();
        for (Map.Entry<Profile, List<Pool>> entry : grouped.entrySet()) {
            List<Pool> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(freestFirst);
            PoolClass poolClass = new PoolClass(entry.getKey(), List.copyOf(sorted));
            all.add(poolClass);
            byFacts.computeIfAbsent(blockingFacts(entry.getKey().key()), f -> new ArrayList<>()).add(poolClass);
        }
        this.classes = List.copyOf(all);
        this.classesByBlockingFacts = byFacts;
        this.memberIds = members;
        this.memberAddresses = addresses;
        this.poolWithUnknownFacts = unknown;
    }

    /**
     * Indexes pools for matching with a rule set, its default context and the default number
     * of pools per answer ({@value #DEFAULT_BEST}).
     *
     * @param rules any rule set
     * @param pools the pools, each with its own id
     * @return the matcher
     * @throws IllegalArgumentException if two pools have the same id
     */
    public static FleetMatcher of(RuleSet rules, Collection<Pool> pools) {
        return of(rules, Objects.requireNonNull(rules, "rules").defaultContext(), DEFAULT_BEST, pools);
    }

    /**
     * Indexes pools for matching.
     *
     * @param rules any rule set
     * @param context the context joins are checked in
     * @param k how many pools an answer lists, at least 1
     * @param pools the pools, each with its own id
     * @return the matcher
     * @throws IllegalArgumentException if k is below 1 or two pools have the same id
     */
    public static FleetMatcher of(RuleSet rules, JoinContext context, int k, Collection<Pool> pools) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(pools, "pools");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        List<Pool> copy = new ArrayList<>(pools.size());
        Map<String, Pool> byId = new HashMap<>();
        for (Pool pool : pools) {
            Objects.requireNonNull(pool, "pools contains null");
            Pool other = byId.putIfAbsent(pool.id(), pool);
            if (other != null) {
                throw new IllegalArgumentException("pools " + Text.name(other.name()) + " and " + Text.name(pool.name())
                        + " have the same id " + pool.id() + "; every pool of a fleet needs its own id");
            }
            copy.add(pool);
        }
        return new FleetMatcher(rules, context, k, copy);
    }

    /**
     * Returns how many classes of look-alike pools the index holds.
     *
     * @return the number of classes
     */
    public int poolClasses() {
        return classes.size();
    }

    /**
     * Returns the ids of the rules the index cannot prove anything about, which are evaluated
     * for every pool that the other rules do not block: custom rules, and shipped rules changed
     * by {@code withSeverity}, {@code because}, {@code onlyWhen} or {@code allOf}.
     *
     * @return the ids in rule-set order; empty for the shipped rule sets
     */
    public List<String> rulesEvaluatedPerPool() {
        return provable.unprovable().stream().map(JoinRule::id).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Matches every host, lazily, in order.
     *
     * @param hosts the hosts
     * @return one answer per host; nothing is computed until the stream is consumed
     */
    public Stream<HostMatches> match(Stream<Host> hosts) {
        Objects.requireNonNull(hosts, "hosts");
        return hosts.map(this::match);
    }

    /**
     * Matches one host using the index.
     *
     * @param host the host
     * @return its answer, equal to {@link #matchExhaustively(Host)}'s
     */
    public HostMatches match(Host host) {
        Objects.requireNonNull(host, "host");
        Optional<String> address = host.managementInterface().ipAddress();
        if (memberIds.contains(host.id()) || poolWithUnknownFacts || keyOf(host).hasUnknownFact()
                || !host.incompleteListings().isEmpty() || address.isEmpty() || memberAddresses.contains(address.get())) {
            // A member of an indexed pool is no stranger to it, an unknown fact rules nothing out,
            // and a used or unknown address concerns single pools, not classes: ask every pool.
            return matchExhaustively(host);
        }
        return new Search(host).run();
    }

    /**
     * Matches one host by evaluating it against every pool: the reference the index agrees with.
     *
     * @param host the host
     * @return its answer
     */
    public HostMatches matchExhaustively(Host host) {
        Objects.requireNonNull(host, "host");
        Key hostKey = keyOf(host);
        List<PoolMatch> all = new ArrayList<>(pools.size());
        int joinable = 0;
        for (int i = 0; i < pools.size(); i++) {
            Pool pool = pools.get(i);
            PoolMatch outcome = toMatch(rules.evaluate(pool, host, context), pool, mismatches(hostKey, poolKeys.get(i)));
            all.add(outcome);
            joinable += outcome.joinable() ? 1 : 0;
        }
        if (joinable > 0) {
            List<PoolMatch> best = new ArrayList<>(joinable);
            for (PoolMatch match : all) {
                if (match.joinable()) {
                    best.add(match);
                }
            }
            best.sort(BEST);
            return new HostMatches(host.id(), host.hostname(), joinable, best.subList(0, Math.min(k, best.size())),
                    List.of());
        }
        all.sort(CLOSEST);
        return new HostMatches(host.id(), host.hostname(), 0, List.of(), all.subList(0, Math.min(k, all.size())));
    }

    /** The matching of one host through the index, with what it has evaluated so far. */
    /** The ids of a rule set's xapi checks; null when a rule cannot describe itself. */
    private static Set<String> xapiChecks(RuleSet rules) {
        try {
            Set<String> ids = new HashSet<>();
            for (RuleDescriptor descriptor : rules.descriptors()) {
                if (descriptor.xapiReleases().isPresent()) {
                    ids.add(descriptor.id());
                }
            }
            return ids;
        } catch (IllegalStateException cannotDescribe) {
            return null;
        }
    }

    private final class Search {
        private final Host host;
        private final Key hostKey;
        // By identity: a class's or pool's own hash code would hash all it holds.
        private final Map<PoolClass, PoolMatch> provableOutcomes = new IdentityHashMap<>();
        private final Map<Pool, PoolMatch> answers = new IdentityHashMap<>();

        Search(Host host) {
            this.host = host;
            this.hostKey = keyOf(host);
        }

        HostMatches run() {
            int joinable = 0;
            List<PoolMatch> best = new ArrayList<>();
            // Any other class differs from the host in a fact that a recognised rule always blocks on.
            for (PoolClass poolClass : classesByBlockingFacts.getOrDefault(blockingFacts(hostKey), List.of())) {
                PoolMatch outcome = provableOutcome(poolClass);
                if (!outcome.joinable()) {
                    // A blocker blocks, whatever the other rules find.
                    continue;
                }
                List<Pool> members = poolClass.pools();
                if (provable.unprovable().isEmpty()) {
                    joinable += members.size();
                    for (int i = 0; i < Math.min(k, members.size()); i++) {
                        best.add(withPool(outcome, members.get(i)));
                    }
                    continue;
                }
                for (Pool pool : members) {
                    PoolMatch answer = answer(poolClass, pool);
                    if (answer.joinable()) {
                        joinable++;
                        best.add(answer);
                    }
                }
            }
            if (joinable > 0) {
                best.sort(BEST);
                return new HostMatches(host.id(), host.hostname(), joinable,
                        best.subList(0, Math.min(k, best.size())), List.of());
            }
            return new HostMatches(host.id(), host.hostname(), 0, List.of(), closest());
        }

        /**
         * The k closest pools, best-first: every bound is at most the rank of each answer it
         * stands for, so an answer taken from the queue ranks before everything left in it.
         */
        private List<PoolMatch> closest() {
            PriorityQueue<Bound> queue = new PriorityQueue<>(BY_BOUND);
            for (PoolClass poolClass : classes) {
                queue.add(unevaluated(poolClass));
            }
            List<PoolMatch> found = new ArrayList<>(k);
            while (found.size() < k && !queue.isEmpty()) {
                Object step = queue.poll().step();
                if (step instanceof PoolMatch) {
                    found.add((PoolMatch) step);
                } else if (step instanceof Pending) {
                    Pending pending = (Pending) step;
                    queue.add(rank(answer(pending.poolClass(), pending.pool())));
                } else {
                    PoolClass poolClass = (PoolClass) step;
                    PoolMatch outcome = provableOutcome(poolClass);
                    List<Pool> members = poolClass.pools();
                    if (provable.unprovable().isEmpty()) {
                        // Look-alike pools rank by free slots and id, as the class holds them.
                        for (int i = 0; i < Math.min(k, members.size()); i++) {
                            queue.add(rank(withPool(outcome, members.get(i))));
                        }
                    } else {
                        for (Pool pool : members) {
                            queue.add(new Bound(outcome.unfixableBlockers(), outcome.mismatchedKeys(),
                                    outcome.blockingRules().size(), freeSlots(pool), pool.id(),
                                    new Pending(poolClass, pool)));
                        }
                    }
                }
            }
            return found;
        }

        /** A bound from the facts alone: the blockers that recognised rules raise on key differences and full pools. */
        private Bound unevaluated(PoolClass poolClass) {
            Profile profile = poolClass.profile();
            int unfixable = 0;
            int blocking = 0;
            for (ProvableRules.Fact fact : provable.blockingFacts()) {
                if (!hostKey.fact(fact).equals(profile.key().fact(fact))) {
                    blocking++;
                    unfixable += provable.fixableByConfiguration(fact) ? 0 : 1;
                }
            }
            if (provable.blocksFullPools() && profile.full()) {
                blocking++;
                unfixable++;
            }
            Pool first = poolClass.representative();
            return new Bound(unfixable, mismatches(hostKey, profile.key()), blocking, freeSlots(first), first.id(),
                    poolClass);
        }

            private JoinReport report(Pool pool, List<Violation> found) {
            return xapiChecks == null ? JoinReport.of(rules.name(), pool, host, found, rules.cpuLevelPolicy())
                    : JoinReport.of(rules.name(), pool, host, found, rules.cpuLevelPolicy(), xapiChecks);
        }

        /** What the recognised rules find, the same for every pool of the class. */
        private PoolMatch provableOutcome(PoolClass poolClass) {
            return provableOutcomes.computeIfAbsent(poolClass, c -> {
                Pool pool = c.representative();
                List<Violation> found = new ArrayList<>();
                for (JoinRule rule : provable.provable()) {
                    found.addAll(ComposedRules.evaluateSafely(rule, pool, host, context));
                }
                return toMatch(report(pool, found), pool,
                        mismatches(hostKey, c.profile().key()));
            });
        }

        /** The answer of evaluating the whole rule set for one pool. */
        private PoolMatch answer(PoolClass poolClass, Pool pool) {
            return answers.computeIfAbsent(pool, p -> {
                for (JoinRule rule : provable.unprovable()) {
                    if (!ComposedRules.evaluateSafely(rule, p, host, context).isEmpty()) {
                        return toMatch(rules.evaluate(p, host, context), p, mismatches(hostKey, poolClass.profile().key()));
                    }
                }
                // The other rules find nothing here, so the report is the recognised rules' alone.
                return withPool(provableOutcome(poolClass), p);
            });
        }
    }

    private static Bound rank(PoolMatch match) {
        return new Bound(match.unfixableBlockers(), match.mismatchedKeys(), match.blockingRules().size(),
                match.freeSlots(), match.poolId(), match);
    }

    private PoolMatch toMatch(JoinReport report, Pool pool, int mismatched) {
        int unfixable = 0;
        for (Violation violation : report.blockers()) {
            unfixable += violation.fixableByConfiguration() ? 0 : 1;
        }
        int hidden = report.maskingPlan().map(plan -> plan.hidden().size()).orElse(0);
        return new PoolMatch(pool.id(), pool.name(), report.verdict(), hidden, freeSlots(pool), unfixable, mismatched,
                report.blockingRuleIds());
    }

    private PoolMatch withPool(PoolMatch outcome, Pool pool) {
        return pool.id().equals(outcome.poolId()) ? outcome
                : new PoolMatch(pool.id(), pool.name(), outcome.verdict(), outcome.hiddenFeatures(), freeSlots(pool),
                        outcome.unfixableBlockers(), outcome.mismatchedKeys(), outcome.blockingRules());
    }

    /**
     * Tells whether a rule of the set stands for xapi's management VLAN check, whatever its id: the
     * shipped rule, a group holding it, or a rule of one's own that says so in its descriptor. A
     * rule that cannot describe itself says nothing here; the matcher still evaluates it.
     */
    private static boolean checksManagementVlan(RuleSet rules) {
        for (int i = 0; i < rules.rules().size(); i++) {
            try {
                if (ComposedRules.describe(rules.rules().get(i), rules.ruleIds().get(i)).xapiErrors()
                        .contains(XapiError.POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH)) {
                    return true;
                }
            } catch (IllegalStateException cannotDescribe) {
                continue;
            }
        }
        return false;
    }

    private int freeSlots(Pool pool) {
        return Math.max(0, context.maxPoolSize() - pool.size());
    }

    private Profile profile(Pool pool) {
        Host master = pool.master();
        boolean dynamicStorage = pool.sharedStorage().stream()
                .anyMatch(sr -> sr.server().isPresent()
                        && !sr.server().get().addressing().map(Addressing::isStable).orElse(false));
        Key key = new Key(master.cpu().vendor(), master.software().productVersion(), master.software().hotfixes(),
                master.software().supplementalPacks(), pool.edition(), managementVlan(master));
        return new Profile(key, cpuFacts(pool), pool.size() >= context.maxPoolSize(), pool.haEnabled(),
                context.runsHvmVms(pool), pool.hasSharedStorage(), dynamicStorage);
    }

    /** What the CPU rules read of a pool besides its master's vendor. */
    private static List<Object> cpuFacts(Pool pool) {
        return List.of(pool.cpuLevel());
    }

    private static Key keyOf(Host host) {
        return new Key(host.cpu().vendor(), host.software().productVersion(), host.software().hotfixes(),
                host.software().supplementalPacks(), host.licence(), managementVlan(host));
    }

    /**
     * The management VLAN as the management VLAN check compares it: the tag, -1 when untagged;
     * empty when it is unknown or the host has no management interface, and the check cannot block.
     */
    private static OptionalInt managementVlan(Host host) {
        return host.managementInterfaceExists().orElse(true) ? host.managementInterface().xapiVlan()
                : OptionalInt.empty();
    }

    /** The facts a recognised rule always blocks on, in a fixed order: the index of the classes. */
    private List<Object> blockingFacts(Key key) {
        List<Object> facts = new ArrayList<>(provable.blockingFacts().size());
        for (ProvableRules.Fact fact : provable.blockingFacts()) {
            facts.add(key.fact(fact));
        }
        return facts;
    }

    private int mismatches(Key host, Key pool) {
        int n = 0;
        n += host.vendor().equals(pool.vendor()) ? 0 : 1;
        n += host.version().equals(pool.version()) ? 0 : 1;
        n += host.hotfixes().equals(pool.hotfixes()) ? 0 : 1;
        n += host.packs().equals(pool.packs()) ? 0 : 1;
        n += host.edition().equals(pool.edition()) ? 0 : 1;
        n += checksManagementVlan && !host.managementVlan().equals(pool.managementVlan()) ? 1 : 0;
        return n;
    }
}
