package io.github.xenpool.rules.fleet;

import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.clock.ClockRules;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.internal.ComposedRules;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.rules.software.SoftwareRules;
import io.github.xenpool.rules.storage.StorageRules;
import io.github.xenpool.rules.vm.VmRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fleet index can prove about the rules of a rule set.
 *
 * <p>A rule is provable when it is a shipped rule, recognised by its class (never by its id), used
 * as shipped or under {@link CpuRules#SAME_VENDOR}: its violations, their severities and whether
 * configuration can fix them then depend on a pool only through the facts of a
 * {@link FleetMatcher} pool profile, so look-alike pools get the same answer. Anything else, a
 * custom rule or a shipped one changed by {@code withSeverity}, {@code because}, {@code onlyWhen}
 * or {@code allOf}, may read any fact of a pool, its name included, and is evaluated for every
 * pool.
 *
 * <p>Some provable rules always block when a homogeneity fact of the host differs from the pool
 * master's; pools that differ from the host in such a fact need not be evaluated to know they are
 * blocked.
 */
final class ProvableRules {

    /** A homogeneity fact some shipped rule always blocks on when host and master differ. */
    enum Fact {
        VENDOR, VERSION, HOTFIXES, PACKS, EDITION, MANAGEMENT_VLAN
    }

    private static final Set<Class<?>> SHIPPED = Set.of(
            PoolRules.size().getClass(),
            PoolRules.standaloneHost().getClass(),
            PoolRules.haDisabled().getClass(),
            PoolRules.sharedStorage().getClass(),
            CpuRules.vendor().getClass(),
            CpuRules.features().getClass(),
            CpuRules.levelledFeatures().getClass(),
            CpuRules.maskingLicence().getClass(),
            CpuRules.virtualization().getClass(),
            NetworkRules.staticIp().getClass(),
            NetworkRules.bondedManagement().getClass(),
            // It blocks only a host on a member's address and warns only of unknown addresses; the
            // matcher asks every pool about such hosts and fleets, so in the index it finds nothing.
            NetworkRules.addressInUse().getClass(),
            NetworkRules.managementVlan().getClass(),
            NetworkRules.noOtherVlansOrBonds().getClass(),
            ClockRules.sync().getClass(),
            VmRules.runningOrSuspended().getClass(),
            VmRules.activeOperations().getClass(),
            StorageRules.noSharedStorageOnHost().getClass(),
            StorageRules.staticStorageAddress().getClass(),
            SoftwareRules.productVersion().getClass(),
            SoftwareRules.patchLevel().getClass(),
            SoftwareRules.supplementalPacks().getClass(),
            LicenceRules.edition().getClass());

    private static final Map<Class<?>, Fact> BLOCKS_ON = Map.of(
            CpuRules.vendor().getClass(), Fact.VENDOR,
            SoftwareRules.productVersion().getClass(), Fact.VERSION,
            SoftwareRules.patchLevel().getClass(), Fact.HOTFIXES,
            SoftwareRules.supplementalPacks().getClass(), Fact.PACKS,
            LicenceRules.edition().getClass(), Fact.EDITION,
            NetworkRules.managementVlan().getClass(), Fact.MANAGEMENT_VLAN);

    private static final Class<?> POOL_SIZE = PoolRules.size().getClass();
    private static final Class<?> MASKED_FEATURES = CpuRules.features().getClass();

    /** Where a provable {@code cpu.features} under masking blocks a host that lacks a feature of the pool's level. */
    enum MissingFeatures {
        /** No such rule: lacking features proves nothing. */
        NOWHERE,
        /** The rule runs for every pool. */
        EVERY_POOL,
        /** The rule runs only where the CPU vendors match ({@link CpuRules#SAME_VENDOR}). */
        SAME_VENDOR
    }

    private final List<JoinRule> provable;
    private final List<JoinRule> unprovable;
    private final Set<Fact> blockingFacts;
    private final Set<Fact> fixableFacts;
    private final boolean blocksFullPools;
    private final MissingFeatures missingFeatures;

    private ProvableRules(List<JoinRule> provable, List<JoinRule> unprovable, Set<Fact> blockingFacts,
            Set<Fact> fixableFacts, boolean blocksFullPools, MissingFeatures missingFeatures) {
        this.provable = provable;
        this.unprovable = unprovable;
        this.blockingFacts = blockingFacts;
        this.fixableFacts = fixableFacts;
        this.blocksFullPools = blocksFullPools;
        this.missingFeatures = missingFeatures;
    }

    static ProvableRules of(RuleSet rules) {
        List<JoinRule> provable = new ArrayList<>();
        List<JoinRule> unprovable = new ArrayList<>();
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        Set<Fact> fixable = EnumSet.noneOf(Fact.class);
        boolean full = false;
        MissingFeatures missing = MissingFeatures.NOWHERE;
        for (JoinRule rule : rules.rules()) {
            if (!isProvable(rule)) {
                unprovable.add(rule);
                continue;
            }
            provable.add(rule);
            Fact fact = BLOCKS_ON.get(rule.getClass());
            if (fact != null) {
                facts.add(fact);
                // A shipped rule's blocker on its fact is as fixable as its descriptor says.
                if (rule.descriptor().fixableByConfiguration()) {
                    fixable.add(fact);
                }
            }
            full |= rule.getClass() == POOL_SIZE;
            if (rule.getClass() == MASKED_FEATURES) {
                missing = MissingFeatures.EVERY_POOL;
            } else if (missing == MissingFeatures.NOWHERE && ComposedRules.conditionedOn(rule, CpuRules.SAME_VENDOR)
                    .filter(inner -> inner.getClass() == MASKED_FEATURES).isPresent()) {
                missing = MissingFeatures.SAME_VENDOR;
            }
        }
        return new ProvableRules(List.copyOf(provable), List.copyOf(unprovable),
                Collections.unmodifiableSet(facts), Collections.unmodifiableSet(fixable), full, missing);
    }

    private static boolean isProvable(JoinRule rule) {
        // The condition reads the master's CPU vendor, a fact of the pool profile.
        return SHIPPED.contains(rule.getClass())
                || ComposedRules.conditionedOn(rule, CpuRules.SAME_VENDOR).map(ProvableRules::isProvable).orElse(false);
    }

    /** The provable rules, in rule-set order. */
    List<JoinRule> provable() {
        return provable;
    }

    /** The rules evaluated for every pool, in rule-set order. */
    List<JoinRule> unprovable() {
        return unprovable;
    }

    /** The facts on which a provable rule always blocks: {@code cpu.vendor} blocks on the vendor, and so on. */
    Set<Fact> blockingFacts() {
        return blockingFacts;
    }

    /** Tells whether configuration can fix the blocker a provable rule raises on a difference in this fact. */
    boolean fixableByConfiguration(Fact fact) {
        return fixableFacts.contains(fact);
    }

    /** Tells whether a provable {@code pool.size} blocks full pools, which configuration cannot fix. */
    boolean blocksFullPools() {
        return blocksFullPools;
    }

    /**
     * Tells where a provable {@code cpu.features} compares under masking: there, a host whose
     * physical features lack one the pool's level compares meets a blocker that configuration
     * cannot fix, since masking hides features and never adds them.
     */
    MissingFeatures missingFeatures() {
        return missingFeatures;
    }
}
