package io.github.xenpool.rules.fleet;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The index against the double loop, for rule sets edited at random (rules removed, given another
 * severity or a reason, put under a condition, custom rules added that read any fact of the pool
 * or the host, throw, or plan a mask) and for fleets with look-alike pools of different free
 * slots, full pools, hosts that are members of fleet pools, tagged management VLANs and storage
 * servers on DHCP.
 */
class FleetMatcherEditedRuleSetsTest {

    private static final Severity[] SEVERITIES = Severity.values();

    @Test
    void theIndexGivesTheAnswersOfEvaluatingEveryPairWhateverTheRuleSet() {
        Map<String, AtomicInteger> seen = new LinkedHashMap<>();
        for (String kind : List.of("joinable", "stranded", "member", "edited", "custom", "look-alike", "full")) {
            seen.put(kind, new AtomicInteger());
        }
        qt(150).forAll(lists().of(JoinCases.any()).ofSizeBetween(1, 6), integers().all()).checkAssert((cases, seed) -> {
            Random random = new Random(seed);
            RuleSet rules = editedRuleSet(random);
            JoinContext context = rules.defaultContext().withMaxPoolSize(List.of(rules.defaultContext().maxPoolSize(),
                    6, 12).get(random.nextInt(3)));
            List<Pool> pools = pools(cases, random, context.maxPoolSize());
            List<Host> hosts = hosts(cases, pools, random);
            FleetMatcher matcher = FleetMatcher.of(rules, context, 1 + random.nextInt(4), pools);

            for (Host host : hosts) {
                HostMatches exhaustive = matcher.matchExhaustively(host);
                assertEquals(exhaustive, matcher.match(host), () -> host.hostname() + " with " + rules);
                seen.get(exhaustive.joinablePools() > 0 ? "joinable" : "stranded").incrementAndGet();
                seen.get("member").addAndGet(pools.stream().anyMatch(p -> p.member(host.id()).isPresent()) ? 1 : 0);
            }
            seen.get("edited").addAndGet(matcher.rulesEvaluatedPerPool().isEmpty() ? 0 : 1);
            seen.get("custom").addAndGet(rules.ruleIds().stream().anyMatch(id -> id.startsWith("custom.")) ? 1 : 0);
            seen.get("look-alike").addAndGet(matcher.poolClasses() < pools.size() ? 1 : 0);
            seen.get("full").addAndGet(pools.stream().anyMatch(p -> p.size() >= context.maxPoolSize()) ? 1 : 0);
        });
        seen.forEach((kind, count) -> assertTrue(count.get() >= 20, "too few " + kind + ": " + seen));
    }

    /** xenServer56 or levelling with up to five random edits. */
    private static RuleSet editedRuleSet(Random random) {
        RuleSet rules = random.nextBoolean() ? RuleSets.xenServer56() : RuleSets.levelling();
        int edits = random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            List<JoinRule> present = rules.rules();
            JoinRule some = present.get(random.nextInt(present.size()));
            switch (random.nextInt(7)) {
                case 0:
                    rules = present.size() > 1 ? rules.remove(some.id()) : rules;
                    break;
                case 1:
                    rules = rules.replace(some.id(), some.withSeverity(SEVERITIES[random.nextInt(SEVERITIES.length)]));
                    break;
                case 2:
                    rules = rules.replace(some.id(), some.because("lab pool"));
                    break;
                case 3:
                    int modulus = 2 + random.nextInt(3);
                    rules = rules.replace(some.id(), some.onlyWhen((pool, host, context) ->
                            Math.floorMod(pool.name().hashCode(), modulus) != 0, "the pool's name says so"));
                    break;
                default:
                    JoinRule custom = customRule("custom." + i, random);
                    rules = rules.add(random.nextInt(4) == 0 ? custom.onlyWhen(CpuRules.SAME_VENDOR, "same vendor")
                            : custom);
            }
        }
        return rules;
    }

    /** A rule that reads one fact of the pool or the host and finds something for some values of it. */
    private static JoinRule customRule(String id, Random random) {
        Severity severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
        boolean fixable = random.nextBoolean();
        int modulus = 2 + random.nextInt(3);
        List<Function<Pool, Object>> poolFacts = List.of(Pool::name, Pool::id, Pool::size, Pool::edition,
                p -> p.master().managementInterface().vlanTag(), p -> p.sharedStorage().size(), Pool::haEnabled);
        Function<Pool, Object> fact = poolFacts.get(random.nextInt(poolFacts.size()));
        int behaviour = random.nextInt(5);
        return JoinRule.of(id, "a custom rule", (pool, host, context) -> {
            if (Math.floorMod(fact.apply(pool).hashCode() + (behaviour == 4 ? host.hostname().hashCode() : 0),
                    modulus) != 0) {
                return List.of();
            }
            switch (behaviour) {
                case 0:
                    throw new IllegalStateException("no answer for pool " + pool.name());
                case 1:
                    // A masking plan of its own, which the verdict and the hidden features follow.
                    return List.of(Violation.of(id, Severity.INFO, Subject.pool(pool)).message("mask it")
                            .details(new ViolationDetails.CpuFeatures(FeatureSet.EMPTY, FeatureSet.of(1, 2, 3),
                                    FeatureSet.EMPTY, pool.cpuLevel().orElseThrow().features(), true))
                            .build());
                case 2:
                    // Two findings under another rule's id.
                    return List.of(finding("cpu.vendor", severity, fixable, pool), finding(id, severity, !fixable, pool));
                default:
                    return List.of(finding(id, severity, fixable, pool));
            }
        });
    }

    private static Violation finding(String id, Severity severity, boolean fixable, Pool pool) {
        return Violation.of(id, severity, Subject.pool(pool)).message("pool " + pool.name() + " is not for it")
                .fixableByConfiguration(fixable).build();
    }

    /** The cases' pools, some changed, with look-alikes of some: other names, sizes, full ones. */
    private static List<Pool> pools(List<JoinCase> cases, Random random, int maxPoolSize) {
        Map<String, Pool> byId = new LinkedHashMap<>();
        for (JoinCase c : cases) {
            byId.putIfAbsent(c.pool().id(), c.pool());
        }
        List<Pool> pools = new ArrayList<>();
        for (Pool base : byId.values()) {
            Pool pool = varied(base, random);
            pools.add(pool);
            int copies = random.nextInt(3);
            for (int i = 0; i < copies; i++) {
                int size = random.nextInt(3) == 0 ? maxPoolSize : 1 + random.nextInt(15);
                String name = (random.nextBoolean() ? "lab-" : "prod-") + pool.name() + "-" + i;
                pools.add(FleetFixtures.lookAlike(pool, name, Math.min(size, 16)));
            }
        }
        return pools;
    }

    /** Now and then: the master's management on a VLAN, the shared SR's server on DHCP. */
    private static Pool varied(Pool pool, Random random) {
        Pool.Builder changed = pool.toBuilder();
        if (random.nextInt(4) == 0) {
            Host master = pool.master();
            changed.master(master.toBuilder().managementInterface(master.managementInterface().toBuilder()
                    .vlanTag(10 + random.nextInt(2)).build()).build());
        }
        if (random.nextInt(4) == 0 && pool.hasSharedStorage()) {
            StorageRepository sr = pool.sharedStorage().get(0);
            changed.sharedStorage(List.of(sr.toBuilder().server("filer.example.com", Addressing.DHCP).build()));
        }
        return changed.build();
    }

    /** The cases' hosts, some on a VLAN or with another edition, and a member of some fleet pool. */
    private static List<Host> hosts(List<JoinCase> cases, List<Pool> pools, Random random) {
        List<Host> hosts = new ArrayList<>();
        for (JoinCase c : cases) {
            Host host = c.host();
            if (random.nextInt(4) == 0) {
                host = host.toBuilder().managementInterface(host.managementInterface().toBuilder()
                        .vlanTag(10 + random.nextInt(2)).build()).build();
            }
            if (random.nextInt(5) == 0) {
                host = host.withLicence(LicenceEdition.XENSERVER_5_EDITIONS.get(random.nextInt(4)));
            }
            hosts.add(host);
        }
        Pool some = pools.get(random.nextInt(pools.size()));
        hosts.add(some.members().get(random.nextInt(some.size())));
        return hosts;
    }
}
