package io.github.xenpool.rules.fleet;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.network.NetworkRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Matches a fleet of standalone hosts against many pools: for every host, how many pools it can
 * join, the best of them, and, when it can join none, the closest pools and what blocks it there.
 *
 * <p><b>Ranking.</b> Joinable pools rank ALLOWED before ALLOWED_WITH_MASKING, then fewer hidden
 * CPU features, then more free slots, then pool id. When a host can join no pool, the closest
 * pools rank by fewer mismatched homogeneity keys (CPU vendor, product version, hotfixes,
 * supplemental packs, licence edition, and the management VLAN where the rule set checks it),
 * then fewer blocking rules, then more free slots, then pool id.
 *
 * <p><b>Cost.</b> The answers are those of evaluating every (host, pool) pair with the rule set
 * ({@link #matchExhaustively(Host)} does exactly that), but a host is not checked against every
 * pool. Pools are indexed by their homogeneity keys and grouped into classes of pools that look
 * the same to the rules: same keys, same CPU level and mask, and the same answers to the
 * questions the rules ask of a pool (full, HA, HVM VMs, shared storage and its addressing). A
 * host is evaluated once per class with its own keys (and once per class whose keys it cannot be
 * told apart from, see below), and, only when it can join none of those, once per class at the
 * smallest key distance. Any key mismatch is a blocker, so no other pool can be joinable. The
 * cost per host grows with the number of classes met, not with the number of pools, and results
 * are streamed: no host-by-pool matrix is ever built.
 *
 * <p><b>Unknown facts.</b> A rule that lacks a fact warns that it cannot check rather than
 * blocking, so an unknown product version or licence edition mismatches nothing: a host with one
 * is matched exhaustively, and a class of pools with one is evaluated for every host its known
 * keys do not tell apart. A host whose management address a member of an indexed pool has is
 * matched exhaustively too, since that blocks only where the address is in use.
 *
 * <p>The index relies on the rule set blocking every key mismatch ({@code cpu.vendor},
 * {@code software.version}, {@code software.patch-level}, {@code software.supplemental-packs},
 * {@code licence.edition} are required) and on its rules reading a pool only through the
 * attributes above, as every shipped rule does. For other rule sets use
 * {@link #matchExhaustively(Host)}.
 */
public final class FleetMatcher {

    /** How many pools a match lists unless told otherwise. */
    public static final int DEFAULT_BEST = 3;

    private static final List<String> REQUIRED_RULES = List.of("cpu.vendor", "software.version",
            "software.patch-level", "software.supplemental-packs", "licence.edition");

    static final Comparator<PoolMatch> BEST = Comparator.comparing(PoolMatch::verdict)
            .thenComparingInt(PoolMatch::hiddenFeatures)
            .thenComparing(Comparator.comparingInt(PoolMatch::freeSlots).reversed())
            .thenComparing(PoolMatch::poolId);

    static final Comparator<PoolMatch> CLOSEST = Comparator.comparingInt(PoolMatch::mismatchedKeys)
            .thenComparingInt(m -> m.blockingRules().size())
            .thenComparing(Comparator.comparingInt(PoolMatch::freeSlots).reversed())
            .thenComparing(PoolMatch::poolId);

    private static final Comparator<Pool> BY_FREE_SLOTS_THEN_ID = Comparator.comparingInt(Pool::size)
            .thenComparing(Pool::id);

    private final RuleSet rules;
    private final JoinContext context;
    private final int k;
    private final boolean checksManagementVlan;
    private final List<Pool> pools;
    private final List<Key> poolKeys;
    private final List<PoolClass> classes;
    private final Map<Key, List<PoolClass>> classesByKey;
    private final List<PoolClass> partlyUnknownClasses;
    private final Set<String> memberIds;
    private final Set<String> memberAddresses;

    /** What the homogeneity rules compare. */
    record Key(CpuVendor vendor, Optional<ProductVersion> version, Set<String> hotfixes, Set<SupplementalPack> packs,
            Optional<LicenceEdition> edition, OptionalInt managementVlan) {

        boolean partlyUnknown() {
            return version.isEmpty() || edition.isEmpty();
        }
    }

    /** Everything the rules read from a pool, beyond its identity. */
    record Signature(Key key, FeatureSet level, FeatureSet mask, boolean full, boolean ha, boolean hvm,
            boolean sharedStorage, boolean dynamicStorageAddress) {
    }

    /** Pools that look the same to the rules, fullest last, ties by id. */
    record PoolClass(Signature signature, List<Pool> pools) {
        Pool representative() {
            return pools.get(0);
        }
    }

    private FleetMatcher(RuleSet rules, JoinContext context, int k, List<Pool> pools) {
        this.rules = rules;
        this.context = context;
        this.k = k;
        this.checksManagementVlan = rules.ruleIds().contains(NetworkRules.MANAGEMENT_VLAN);
        this.pools = List.copyOf(pools);
        Map<Signature, List<Pool>> grouped = new LinkedHashMap<>();
        Set<String> members = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        List<Key> keys = new ArrayList<>(this.pools.size());
        for (Pool pool : this.pools) {
            Signature signature = signature(pool);
            keys.add(signature.key());
            grouped.computeIfAbsent(signature, s -> new ArrayList<>()).add(pool);
            for (Host member : pool.members()) {
                members.add(member.id());
                member.managementInterface().ipAddress().ifPresent(addresses::add);
            }
        }
        this.poolKeys = List.copyOf(keys);
        List<PoolClass> all = new ArrayList<>(grouped.size());
        Map<Key, List<PoolClass>> byKey = new HashMap<>();
        List<PoolClass> partlyUnknown = new ArrayList<>();
        for (Map.Entry<Signature, List<Pool>> entry : grouped.entrySet()) {
            List<Pool> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(BY_FREE_SLOTS_THEN_ID);
            PoolClass poolClass = new PoolClass(entry.getKey(), List.copyOf(sorted));
            all.add(poolClass);
            if (entry.getKey().key().partlyUnknown()) {
                partlyUnknown.add(poolClass);
            } else {
                byKey.computeIfAbsent(entry.getKey().key(), key -> new ArrayList<>()).add(poolClass);
            }
        }
        this.classes = List.copyOf(all);
        this.classesByKey = byKey;
        this.partlyUnknownClasses = List.copyOf(partlyUnknown);
        this.memberIds = members;
        this.memberAddresses = addresses;
    }

    /**
     * Indexes pools for matching with a rule set, its default context and the default number
     * of pools per answer ({@value #DEFAULT_BEST}).
     *
     * @param rules the rule set; it must hold the homogeneity rules
     * @param pools the pools
     * @return the matcher
     * @throws IllegalArgumentException if the rule set lacks a homogeneity rule
     */
    public static FleetMatcher of(RuleSet rules, Collection<Pool> pools) {
        return of(rules, rules.defaultContext(), DEFAULT_BEST, pools);
    }

    /**
     * Indexes pools for matching.
     *
     * @param rules the rule set; it must hold the homogeneity rules
     * @param context the context joins are checked in
     * @param k how many pools an answer lists, at least 1
     * @param pools the pools
     * @return the matcher
     * @throws IllegalArgumentException if the rule set lacks a homogeneity rule or k is below 1
     */
    public static FleetMatcher of(RuleSet rules, JoinContext context, int k, Collection<Pool> pools) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(pools, "pools");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        List<String> missing = new ArrayList<>(REQUIRED_RULES);
        missing.removeAll(rules.ruleIds());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("rule set " + rules.name() + " lacks " + String.join(", ", missing)
                    + "; the fleet index needs every homogeneity rule (use matchExhaustively otherwise)");
        }
        List<Pool> copy = new ArrayList<>(pools.size());
        for (Pool pool : pools) {
            copy.add(Objects.requireNonNull(pool, "pools contains null"));
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
     * @return its answer
     */
    public HostMatches match(Host host) {
        Objects.requireNonNull(host, "host");
        Key hostKey = keyOf(host);
        if (memberIds.contains(host.id()) || hostKey.partlyUnknown()
                || host.managementInterface().ipAddress().filter(memberAddresses::contains).isPresent()) {
            // A member of an indexed pool, a host whose address one has, or a host whose keys match
            // every pool's: the classes' keys cannot narrow its pools down; ask every pool.
            return matchExhaustively(host);
        }
        // By identity: a class's own hash code would hash every pool in it.
        Map<PoolClass, PoolMatch> evaluated = new IdentityHashMap<>();
        int joinable = 0;
        List<PoolMatch> best = new ArrayList<>();
        List<PoolClass> sameKeys = new ArrayList<>(classesByKey.getOrDefault(hostKey, List.of()));
        for (PoolClass poolClass : partlyUnknownClasses) {
            if (mismatches(hostKey, poolClass.signature().key()) == 0) {
                sameKeys.add(poolClass);
            }
        }
        for (PoolClass poolClass : sameKeys) {
            PoolMatch outcome = evaluate(poolClass.representative(), host, 0);
            evaluated.put(poolClass, outcome);
            if (outcome.joinable()) {
                joinable += poolClass.pools().size();
                List<Pool> members = poolClass.pools();
                for (int i = 0; i < Math.min(k, members.size()); i++) {
                    best.add(withPool(outcome, members.get(i)));
                }
            }
        }
        if (joinable > 0) {
            best.sort(BEST);
            return new HostMatches(host.id(), host.hostname(), joinable, best.subList(0, Math.min(k, best.size())),
                    List.of());
        }
        return new HostMatches(host.id(), host.hostname(), 0, List.of(), closest(host, hostKey, evaluated));
    }

    private List<PoolMatch> closest(Host host, Key hostKey, Map<PoolClass, PoolMatch> evaluated) {
        Map<Integer, List<PoolClass>> byDistance = new HashMap<>();
        int nearest = Integer.MAX_VALUE;
        int farthest = 0;
        for (PoolClass poolClass : classes) {
            int distance = mismatches(hostKey, poolClass.signature().key());
            byDistance.computeIfAbsent(distance, d -> new ArrayList<>()).add(poolClass);
            nearest = Math.min(nearest, distance);
            farthest = Math.max(farthest, distance);
        }
        List<PoolMatch> found = new ArrayList<>();
        for (int distance = nearest; distance <= farthest && found.size() < k; distance++) {
            for (PoolClass poolClass : byDistance.getOrDefault(distance, List.of())) {
                int d = distance;
                PoolMatch outcome = evaluated.computeIfAbsent(poolClass,
                        c -> evaluate(c.representative(), host, d));
                List<Pool> members = poolClass.pools();
                for (int i = 0; i < Math.min(k, members.size()); i++) {
                    found.add(withPool(outcome, members.get(i)));
                }
            }
        }
        found.sort(CLOSEST);
        return found.subList(0, Math.min(k, found.size()));
    }

    /**
     * Matches one host by evaluating it against every pool: the reference the index must agree
     * with, and the way to match with rule sets the index cannot serve.
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
            PoolMatch outcome = evaluate(pools.get(i), host, mismatches(hostKey, poolKeys.get(i)));
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

    private PoolMatch evaluate(Pool pool, Host host, int distance) {
        JoinReport report = rules.evaluate(pool, host, context);
        Set<String> blocking = new LinkedHashSet<>();
        for (Violation violation : report.blockers()) {
            blocking.add(violation.ruleId());
        }
        int hidden = report.maskingPlan().map(plan -> plan.hidden().size()).orElse(0);
        return new PoolMatch(pool.id(), pool.name(), report.verdict(), hidden, freeSlots(pool), distance,
                List.copyOf(blocking));
    }

    private PoolMatch withPool(PoolMatch outcome, Pool pool) {
        return pool.id().equals(outcome.poolId()) ? outcome
                : new PoolMatch(pool.id(), pool.name(), outcome.verdict(), outcome.hiddenFeatures(), freeSlots(pool),
                        outcome.mismatchedKeys(), outcome.blockingRules());
    }

    private int freeSlots(Pool pool) {
        return Math.max(0, context.maxPoolSize() - pool.size());
    }

    private Signature signature(Pool pool) {
        Host master = pool.master();
        boolean dynamicStorage = pool.sharedStorage().stream()
                .anyMatch(sr -> sr.server().isPresent() && !sr.server().get().addressing().isStable());
        return new Signature(
                new Key(master.cpu().vendor(), master.software().productVersion(), master.software().hotfixes(),
                        master.software().supplementalPacks(), pool.edition(),
                        checksManagementVlan ? master.managementInterface().vlanTag() : OptionalInt.empty()),
                pool.cpuFeatureLevel(), pool.cpuFeatureMask(), pool.size() >= context.maxPoolSize(), pool.haEnabled(),
                context.runsHvmVms(pool), pool.hasSharedStorage(), dynamicStorage);
    }

    private Key keyOf(Host host) {
        return new Key(host.cpu().vendor(), host.software().productVersion(), host.software().hotfixes(),
                host.software().supplementalPacks(), host.licence(),
                checksManagementVlan ? host.managementInterface().vlanTag() : OptionalInt.empty());
    }

    /** The keys that differ; an unknown key differs from none, since its rule cannot block. */
    private static int mismatches(Key host, Key pool) {
        int n = 0;
        n += host.vendor() == pool.vendor() ? 0 : 1;
        n += differ(host.version(), pool.version()) ? 1 : 0;
        n += host.hotfixes().equals(pool.hotfixes()) ? 0 : 1;
        n += host.packs().equals(pool.packs()) ? 0 : 1;
        n += differ(host.edition(), pool.edition()) ? 1 : 0;
        n += host.managementVlan().equals(pool.managementVlan()) ? 0 : 1;
        return n;
    }

    private static <T> boolean differ(Optional<T> host, Optional<T> pool) {
        return host.isPresent() && pool.isPresent() && !host.get().equals(pool.get());
    }
}
