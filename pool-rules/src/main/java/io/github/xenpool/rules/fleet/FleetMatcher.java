package io.github.xenpool.rules.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuLevel;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureSet;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
 * already block: a blocker always blocks, whatever the other rules find. Where the shipped
 * {@code cpu.features} compares under masking, a class whose compared CPU level has a feature the
 * host lacks is blocked too (masking hides features, it never adds them) and is not evaluated;
 * levelling's {@code cpu.features}, which lets a less capable host lower the level, rules nothing
 * out. When no pool is joinable, classes and pools are visited best-first by a lower bound of
 * their rank: the classes are held as bitmaps by each value of each homogeneity fact, so the
 * classes that differ from the host in a given combination of facts are found a word of 64 at a
 * time, and only the combinations whose bound may rank among the closest are looked at. A host
 * that is a member of an indexed pool is evaluated against every pool. {@link #match(Stream)}
 * matches on every core and answers in the hosts' order. Results are streamed: no host-by-pool
 * matrix is ever built.
 *
 * <pre>{@code
 * FleetMatcher matcher = FleetMatcher.of(RuleSets.xenServer56(), pools);
 * matcher.match(hosts.stream())
 *         .forEach(m -> System.out.println(m.hostname() + " can join " + m.joinablePools() + " pools"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FleetMatcher {

    private static final int[] EMPTY = new int[0];
    // Hosts matched in parallel at a time: enough to keep every core busy between two batches.
    private static final int BATCH = 2048;

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

    // Written out rather than composed: the search compares bounds more than anything else.
    private static final Comparator<Bound> BY_BOUND = (a, b) -> {
        int order = Integer.compare(a.unfixableBlockers(), b.unfixableBlockers());
        if (order == 0) {
            order = Integer.compare(a.mismatchedKeys(), b.mismatchedKeys());
        }
        if (order == 0) {
            order = Integer.compare(a.blockingRules(), b.blockingRules());
        }
        if (order == 0) {
            order = Integer.compare(b.freeSlots(), a.freeSlots());
        }
        return order != 0 ? order : a.poolId().compareTo(b.poolId());
    };

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
    private final List<Difference> differences;
    // For each difference of a fact, the classes by their value of it, as bitmaps over class indices;
    // for the full pools, the single bitmap under the key null.
    private final List<Map<Object, long[]>> classesByValue;
    // Every combination of differences, by the lower bound it gives, lowest first.
    private final List<Pattern> patterns;
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

    /**
     * Pools of one profile, most free slots first, ties by id, as the rankings order them; its
     * index is its place among all classes, which are ordered by their first pools in the same way.
     */
    record PoolClass(Profile profile, List<Pool> pools, int index, Optional<FeatureSet> comparedLevel) {
        Pool representative() {
            return pools.get(0);
        }
    }

    /**
     * A way a pool can differ from a host that the recognised rules always answer with blockers:
     * another value of a homogeneity fact, or a full pool (fact null); with what it adds to the
     * lower bound of a closest-pool rank.
     */
    private record Difference(ProvableRules.Fact fact, int unfixableBlockers, int mismatchedKeys,
            int blockingRules) {
    }

    /**
     * One combination of differences (bit i for the i-th {@link Difference}), with the sums of
     * what they add to a rank: every class that differs from a host in exactly these ranks at
     * least there.
     */
    private record Pattern(int differences, int unfixableBlockers, int mismatchedKeys, int blockingRules) {
    }

    /** The classes of one pattern, in index order, and the next one to visit. */
    private record Cursor(Pattern pattern, int[] classIndices, int next) {
    }

    /** A class whose CPU level the host lacks a feature of, so that its bound counts that blocker too. */
    private record LacksFeatures(PoolClass poolClass) {
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
        List<Map.Entry<Profile, List<Pool>>> groups = new ArrayList<>(grouped.size());
        for (Map.Entry<Profile, List<Pool>> entry : grouped.entrySet()) {
            List<Pool> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(freestFirst);
            groups.add(Map.entry(entry.getKey(), List.copyOf(sorted)));
        }
        // Within a combination of differences, classes rank by their first pools: so do their indices.
        groups.sort(Comparator.comparing(e -> e.getValue().get(0), freestFirst));
        List<PoolClass> all = new ArrayList<>(groups.size());
        Map<List<Object>, List<PoolClass>> byFacts = new HashMap<>();
        for (Map.Entry<Profile, List<Pool>> entry : groups) {
            Pool first = entry.getValue().get(0);
            PoolClass poolClass = new PoolClass(entry.getKey(), entry.getValue(), all.size(),
                    first.cpuLevel().map(CpuLevel::compared));
            all.add(poolClass);
            byFacts.computeIfAbsent(blockingFacts(entry.getKey().key()), f -> new ArrayList<>()).add(poolClass);
        }
        this.classes = List.copyOf(all);
        this.classesByBlockingFacts = byFacts;
        this.differences = differences(provable, checksManagementVlan);
        List<Map<Object, long[]>> byValue = new ArrayList<>(differences.size());
        int words = (classes.size() + 63) >>> 6;
        for (Difference difference : differences) {
            Map<Object, long[]> bitmaps = new HashMap<>();
            for (PoolClass poolClass : classes) {
                Object value = difference.fact() == null ? Boolean.valueOf(poolClass.profile().full())
                        : poolClass.profile().key().fact(difference.fact());
                long[] bitmap = bitmaps.computeIfAbsent(value, v -> new long[words]);
                bitmap[poolClass.index() >>> 6] |= 1L << poolClass.index();
            }
            byValue.add(bitmaps);
        }
        this.classesByValue = List.copyOf(byValue);
        this.patterns = patterns(differences);
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
     * Matches every host, lazily, in order, on every core: the hosts are taken in batches, each
     * batch is matched in parallel, and its answers come out in the order of its hosts. The
     * returned stream is sequential, so that {@code forEach} sees the hosts' order.
     *
     * @param hosts the hosts
     * @return one answer per host, in the order of the hosts; nothing is computed until the stream
     *     is consumed, and no more than a batch of answers is held at a time
     */
    public Stream<HostMatches> match(Stream<Host> hosts) {
        Objects.requireNonNull(hosts, "hosts");
        // Stream.iterator() takes no host until asked for one.
        Iterator<Host> source = hosts.sequential().iterator();
        Spliterator<HostMatches> batches = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private final Deque<HostMatches> answers = new ArrayDeque<>();

            @Override
            public boolean tryAdvance(Consumer<? super HostMatches> action) {
                if (answers.isEmpty()) {
                    List<Host> batch = new ArrayList<>(BATCH);
                    while (batch.size() < BATCH && source.hasNext()) {
                        batch.add(source.next());
                    }
                    if (batch.isEmpty()) {
                        return false;
                    }
                    // An ordered parallel stream collects in encounter order.
                    answers.addAll(batch.parallelStream().map(FleetMatcher.this::match).collect(Collectors.toList()));
                }
                action.accept(answers.poll());
                return true;
            }
        };
        return StreamSupport.stream(batches, false).onClose(hosts::close);
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
                || !host.incompleteListings().isEmpty() || address.isEmpty()
                || memberAddresses.contains(address.get())) {
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
            PoolMatch outcome = toMatch(rules.evaluate(pool, host, context), pool,
                    mismatches(hostKey, poolKeys.get(i)));
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

    /** The matching of one host through the index, with what it has evaluated so far. */
    private final class Search {
        private final Host host;
        private final Key hostKey;
        private final Optional<FeatureSet> hostFeatures;
        // By identity: a class's or pool's own hash code would hash all it holds.
        private final Map<PoolClass, PoolMatch> provableOutcomes = new IdentityHashMap<>();
        private final Map<Pool, PoolMatch> answers = new IdentityHashMap<>();
        // What each recognised rule finds in a class's first pool, in rule-set order.
        private final Map<PoolClass, List<List<Violation>>> representativeViolations = new IdentityHashMap<>();

        Search(Host host) {
            this.host = host;
            this.hostKey = keyOf(host);
            this.hostFeatures = host.cpu().physicalFeatures();
        }

        HostMatches run() {
            int joinable = 0;
            List<PoolMatch> best = new ArrayList<>();
            // Any other class differs from the host in a fact that a recognised rule always blocks on.
            for (PoolClass poolClass : classesByBlockingFacts.getOrDefault(blockingFacts(hostKey), List.of())) {
                if (lacksFeatures(poolClass)) {
                    // cpu.features blocks it: a blocker blocks, whatever the other rules find.
                    continue;
                }
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
         * stands for, so an answer taken from the queue ranks before everything left in it. The
         * classes of a combination of differences are found, through the bitmaps of the classes'
         * values, only once the bound of that combination may rank among the closest.
         */
        private List<PoolMatch> closest() {
            long[][] sameAsHost = new long[differences.size()][];
            for (int i = 0; i < differences.size(); i++) {
                ProvableRules.Fact fact = differences.get(i).fact();
                sameAsHost[i] = classesByValue.get(i).get(fact == null ? Boolean.FALSE : hostKey.fact(fact));
            }
            PriorityQueue<Bound> queue = new PriorityQueue<>(BY_BOUND);
            List<PoolMatch> found = new ArrayList<>(k);
            int next = 0;
            while (found.size() < k) {
                Bound top = queue.peek();
                while (next < patterns.size() && (top == null || !ranksAfter(patterns.get(next), top))) {
                    Pattern pattern = patterns.get(next++);
                    int[] members = classesOf(pattern, sameAsHost);
                    if (members.length > 0) {
                        queue.add(cursorBound(new Cursor(pattern, members, 0)));
                        top = queue.peek();
                    }
                }
                if (queue.isEmpty()) {
                    break;
                }
                Object step = queue.poll().step();
                if (step instanceof PoolMatch) {
                    found.add((PoolMatch) step);
                } else if (step instanceof Pending) {
                    Pending pending = (Pending) step;
                    queue.add(rank(answer(pending.poolClass(), pending.pool())));
                } else if (step instanceof LacksFeatures) {
                    expand(((LacksFeatures) step).poolClass(), queue);
                } else {
                    Cursor cursor = (Cursor) step;
                    PoolClass poolClass = classes.get(cursor.classIndices()[cursor.next()]);
                    if (lacksFeatures(poolClass)) {
                        // cpu.features blocks it too, a blocker configuration cannot fix: a higher bound.
                        Pattern pattern = cursor.pattern();
                        Pool first = poolClass.representative();
                        queue.add(new Bound(pattern.unfixableBlockers() + 1, pattern.mismatchedKeys(),
                                pattern.blockingRules() + 1, freeSlots(first), first.id(),
                                new LacksFeatures(poolClass)));
                    } else {
                        expand(poolClass, queue);
                    }
                    if (cursor.next() + 1 < cursor.classIndices().length) {
                        queue.add(cursorBound(new Cursor(cursor.pattern(), cursor.classIndices(), cursor.next() + 1)));
                    }
                }
            }
            return found;
        }

        /** Queues what a class's pools rank at, or at least, once its recognised rules are evaluated. */
        private void expand(PoolClass poolClass, PriorityQueue<Bound> queue) {
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
                            outcome.blockingRules().size(), freeSlots(pool), pool.id(), new Pending(poolClass, pool)));
                }
            }
        }

        /** Tells whether a recognised {@code cpu.features} under masking blocks the host in this class. */
        private boolean lacksFeatures(PoolClass poolClass) {
            ProvableRules.MissingFeatures where = provable.missingFeatures();
            if (where == ProvableRules.MissingFeatures.NOWHERE || poolClass.comparedLevel().isEmpty()
                    || hostFeatures.isEmpty()) {
                return false;
            }
            if (where == ProvableRules.MissingFeatures.SAME_VENDOR
                    && !hostKey.vendor().equals(poolClass.profile().key().vendor())) {
                return false;
            }
            // Masking hides features, never adds them: a feature of the compared level the host
            // lacks stays missing under any mask.
            return !poolClass.comparedLevel().get().isSubsetOf(hostFeatures.get());
        }

        private JoinReport report(Pool pool, List<Violation> found) {
            return xapiChecks == null ? JoinReport.of(rules.name(), pool, host, found, rules.cpuLevelPolicy())
                    : JoinReport.of(rules.name(), pool, host, found, rules.cpuLevelPolicy(), xapiChecks);
        }

        /** What the recognised rules find, the same for every pool of the class. */
        private PoolMatch provableOutcome(PoolClass poolClass) {
            return provableOutcomes.computeIfAbsent(poolClass, c -> {
                Pool pool = c.representative();
                List<List<Violation>> byRule = new ArrayList<>(provable.provable().size());
                List<Violation> found = new ArrayList<>();
                for (JoinRule rule : provable.provable()) {
                    List<Violation> more = ComposedRules.evaluateSafely(rule, pool, host, context);
                    byRule.add(more);
                    found.addAll(more);
                }
                representativeViolations.put(c, byRule);
                return toMatch(report(pool, found), pool,
                        mismatches(hostKey, c.profile().key()));
            });
        }

        /** The answer of evaluating the whole rule set for one pool. */
        private PoolMatch answer(PoolClass poolClass, Pool pool) {
            return answers.computeIfAbsent(pool, p -> {
                if (p != poolClass.representative()) {
                    for (JoinRule rule : provable.unprovable()) {
                        if (!ComposedRules.evaluateSafely(rule, p, host, context).isEmpty()) {
                            return toMatch(rules.evaluate(p, host, context), p,
                                    mismatches(hostKey, poolClass.profile().key()));
                        }
                    }
                    // The other rules find nothing here, so the report is the recognised rules' alone.
                    return withPool(provableOutcome(poolClass), p);
                }
                List<List<Violation>> unprovableFound = new ArrayList<>(provable.unprovable().size());
                boolean any = false;
                for (JoinRule rule : provable.unprovable()) {
                    List<Violation> more = ComposedRules.evaluateSafely(rule, p, host, context);
                    unprovableFound.add(more);
                    any |= !more.isEmpty();
                }
                PoolMatch recognised = provableOutcome(poolClass);
                if (!any) {
                    return recognised;
                }
                // The recognised rules' violations are this very pool's: merge both in rule-set order
                // rather than evaluating every rule again.
                List<List<Violation>> provableFound = representativeViolations.get(poolClass);
                List<Violation> found = new ArrayList<>();
                int nextProvable = 0;
                int nextUnprovable = 0;
                for (JoinRule rule : rules.rules()) {
                    if (nextProvable < provable.provable().size() && provable.provable().get(nextProvable) == rule) {
                        found.addAll(provableFound.get(nextProvable++));
                    } else {
                        found.addAll(unprovableFound.get(nextUnprovable++));
                    }
                }
                return toMatch(report(p, found), p, mismatches(hostKey, poolClass.profile().key()));
            });
        }
    }

    /**
     * The differences that raise a closest-pool rank's lower bound: a homogeneity fact that the
     * ranking counts or a recognised rule blocks on, and a full pool where {@code pool.size} is
     * recognised.
     */
    private static List<Difference> differences(ProvableRules provable, boolean checksManagementVlan) {
        List<Difference> found = new ArrayList<>();
        for (ProvableRules.Fact fact : ProvableRules.Fact.values()) {
            boolean blocks = provable.blockingFacts().contains(fact);
            int unfixable = blocks && !provable.fixableByConfiguration(fact) ? 1 : 0;
            int counted = fact != ProvableRules.Fact.MANAGEMENT_VLAN || checksManagementVlan ? 1 : 0;
            if (blocks || counted > 0) {
                found.add(new Difference(fact, unfixable, counted, blocks ? 1 : 0));
            }
        }
        if (provable.blocksFullPools()) {
            found.add(new Difference(null, 1, 0, 1));
        }
        return List.copyOf(found);
    }

    /** Every combination of differences, lowest bound first. */
    private static List<Pattern> patterns(List<Difference> differences) {
        List<Pattern> all = new ArrayList<>(1 << differences.size());
        for (int bits = 0; bits < 1 << differences.size(); bits++) {
            int unfixable = 0;
            int mismatched = 0;
            int blocking = 0;
            for (int i = 0; i < differences.size(); i++) {
                if ((bits & 1 << i) != 0) {
                    unfixable += differences.get(i).unfixableBlockers();
                    mismatched += differences.get(i).mismatchedKeys();
                    blocking += differences.get(i).blockingRules();
                }
            }
            all.add(new Pattern(bits, unfixable, mismatched, blocking));
        }
        all.sort(Comparator.comparingInt(Pattern::unfixableBlockers).thenComparingInt(Pattern::mismatchedKeys)
                .thenComparingInt(Pattern::blockingRules));
        return List.copyOf(all);
    }

    /** Tells whether every class of a pattern ranks after a bound, so that it need not be looked at yet. */
    private static boolean ranksAfter(Pattern pattern, Bound bound) {
        if (pattern.unfixableBlockers() != bound.unfixableBlockers()) {
            return pattern.unfixableBlockers() > bound.unfixableBlockers();
        }
        if (pattern.mismatchedKeys() != bound.mismatchedKeys()) {
            return pattern.mismatchedKeys() > bound.mismatchedKeys();
        }
        return pattern.blockingRules() > bound.blockingRules();
    }

    private Bound cursorBound(Cursor cursor) {
        Pattern pattern = cursor.pattern();
        Pool first = classes.get(cursor.classIndices()[cursor.next()]).representative();
        return new Bound(pattern.unfixableBlockers(), pattern.mismatchedKeys(), pattern.blockingRules(),
                freeSlots(first), first.id(), cursor);
    }

    /**
     * The indices of the classes that differ from the host in exactly a pattern's differences,
     * in increasing order. A word of classes is dropped as soon as no class of it is left, so the
     * host's rare values, which few classes share, thin it out first.
     *
     * @param sameAsHost for each difference, the classes whose value is the host's; null for none
     */
    private int[] classesOf(Pattern pattern, long[][] sameAsHost) {
        int count = differences.size();
        for (int i = 0; i < count; i++) {
            if (sameAsHost[i] == null && (pattern.differences() & 1 << i) == 0) {
                return EMPTY;   // no class has the host's value here
            }
        }
        int words = (classes.size() + 63) >>> 6;
        int[] found = new int[8];
        int n = 0;
        for (int w = 0; w < words; w++) {
            long left = w == words - 1 && (classes.size() & 63) != 0 ? (1L << classes.size()) - 1 : -1L;
            // The classes that share the host's value, sparse, first; then those that differ.
            for (int pass = 0; pass < 2 && left != 0; pass++) {
                for (int i = 0; i < count && left != 0; i++) {
                    boolean differs = (pattern.differences() & 1 << i) != 0;
                    if (differs == (pass == 0)) {
                        continue;
                    }
                    long same = sameAsHost[i] == null ? 0L : sameAsHost[i][w];
                    left &= differs ? ~same : same;
                }
            }
            while (left != 0) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = (w << 6) + Long.numberOfTrailingZeros(left);
                left &= left - 1;
            }
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
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
