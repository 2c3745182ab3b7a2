package io.github.xenpool.rules.sets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.clock.ClockRules;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.rules.software.SoftwareRules;
import io.github.xenpool.rules.storage.StorageRules;
import io.github.xenpool.rules.spi.RuleSetProvider;
import io.github.xenpool.rules.vm.VmRules;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The rule sets of the XenServer eras.
 *
 * <pre>{@code
 * JoinReport xenServer56 = RuleSets.xenServer56().evaluate(pool, host);
 * JoinReport levelling = RuleSets.named("levelling").evaluate(pool, host);
 * List<RuleDescriptor> rules = RuleSets.xenServer56().descriptors();   // what each rule checks
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class RuleSets {

    /** The name of {@link #xenServer56()}. */
    public static final String XENSERVER_56 = "xenServer56";
    /** The name of {@link #levelling()}. */
    public static final String LEVELLING = "levelling";

    private RuleSets() {
    }

    /**
     * Every pool requirement of XenServer 5.6, in this order: {@code pool.size},
     * {@code pool.ha-disabled}, {@code host.standalone}, {@code cpu.vendor}, {@code cpu.features},
     * {@code cpu.masking-licence}, {@code cpu.virtualization}, {@code network.static-ip},
     * {@code network.address-in-use}, {@code network.bonded-management}, {@code clock.sync},
     * {@code vm.running-or-suspended}, {@code vm.active-operations}, {@code storage.shared},
     * {@code software.version}, {@code software.patch-level}, {@code software.supplemental-packs},
     * {@code licence.edition}, {@code pool.shared-storage}, {@code storage.static-address}.
     * {@code pool.ha-disabled} is not in the seed's list of requirements, but xapi has refused a
     * join into a pool with HA enabled ({@code HA_IS_ENABLED}) since XenServer 5.5. A rule that
     * lacks a fact it reads (a product version, a licence edition, a management address) says it
     * cannot check, a WARNING, rather than passing or blocking. CPU features are compared under
     * masking ({@link CpuLevelPolicy#MASKING}), and only between CPUs of the same vendor. The
     * default context allows 16 hosts and 5 seconds of clock skew.
     *
     * @return the rule set
     */
    public static RuleSet xenServer56() {
        return RuleSet.of(XENSERVER_56, CpuLevelPolicy.MASKING, JoinContext.defaults(), List.of(
                PoolRules.size(),
                // Not in the seed's list of requirements, but xapi's own check: it has refused a
                // join into a pool with HA enabled since its first release (XenServer 5.5).
                PoolRules.haDisabled(),
                PoolRules.standaloneHost(),
                CpuRules.vendor(),
                CpuRules.features().onlyWhen(CpuRules.SAME_VENDOR, "the CPU vendors match"),
                CpuRules.maskingLicence().onlyWhen(CpuRules.SAME_VENDOR, "the CPU vendors match"),
                CpuRules.virtualization(),
                NetworkRules.staticIp(),
                NetworkRules.addressInUse(),
                NetworkRules.bondedManagement(),
                ClockRules.sync(),
                VmRules.runningOrSuspended(),
                VmRules.activeOperations(),
                StorageRules.noSharedStorageOnHost(),
                SoftwareRules.productVersion(),
                SoftwareRules.patchLevel(),
                SoftwareRules.supplementalPacks(),
                LicenceRules.edition(),
                PoolRules.sharedStorage(),
                StorageRules.staticStorageAddress()));
    }

    /**
     * The pool requirements of CPU feature levelling (XenServer 7.0 and later, XCP-ng 8.x), in
     * this order: {@code pool.size} (64 hosts), {@code pool.ha-disabled}, {@code host.standalone},
     * {@code cpu.vendor}, {@code cpu.features} (levelled: a less capable host lowers the pool's
     * level with a WARNING, a more capable one has its extra features hidden, INFO),
     * {@code cpu.virtualization}, {@code network.static-ip}, {@code network.address-in-use},
     * {@code network.bonded-management}, {@code network.management-vlan},
     * {@code network.other-interfaces}, {@code clock.sync}, {@code vm.running-or-suspended}
     * (running and paused VMs only: suspended ones no longer block), {@code vm.active-operations},
     * {@code storage.shared}, {@code software.version}, {@code software.patch-level},
     * {@code software.supplemental-packs}, {@code licence.edition} (against the pool's lowest
     * edition), {@code pool.shared-storage}, {@code storage.static-address}. {@code pool.ha-disabled}
     * is XenServer 5.6's rule, unchanged. Nothing needs masking, so there is no masking licence
     * rule. The pool's level follows {@link CpuLevelPolicy#LEVELLING}.
     *
     * @return the rule set
     */
    public static RuleSet levelling() {
        // XenServer 5.6's rules (pool.ha-disabled included), with the differences of the levelling era.
        RuleSet base = xenServer56();
        return RuleSet.of(LEVELLING, CpuLevelPolicy.LEVELLING,
                        base.defaultContext().withMaxPoolSize(JoinContext.LEVELLING_MAX_POOL_SIZE), base.rules())
                .replace(CpuRules.FEATURES,
                        CpuRules.levelledFeatures().onlyWhen(CpuRules.SAME_VENDOR, "the CPU vendors match"))
                .remove(CpuRules.MASKING_LICENCE)
                .addAfter(NetworkRules.BONDED_MANAGEMENT, NetworkRules.managementVlan())
                .addAfter(NetworkRules.MANAGEMENT_VLAN, NetworkRules.noOtherVlansOrBonds())
                .replace(VmRules.RUNNING_OR_SUSPENDED, VmRules.inStates(EnumSet.of(PowerState.RUNNING,
                        PowerState.PAUSED)));
    }

    /**
     * Finds a rule set by name: {@value #XENSERVER_56}, {@value #LEVELLING}, or the name of a
     * rule set a {@link RuleSetProvider} provides. Providers are found through
     * {@link ServiceLoader} with the thread's context class loader, on every call.
     *
     * @param name the rule set's name
     * @return the rule set
     * @throws IllegalArgumentException if no rule set has that name; the message lists the names
     *     known
     * @throws IllegalStateException if two providers give the same name (the message names both),
     *     a provider cannot be loaded or gives no name, or a provider's rule set is null or named
     *     otherwise
     */
    public static RuleSet named(String name) {
        Objects.requireNonNull(name, "name");
        Map<String, RuleSetProvider> providers = providers();
        RuleSetProvider provider = providers.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("unknown rule set " + Text.quoted(name) + "; known: "
                    + String.join(", ", providers.keySet()));
        }
        RuleSet rules = provider.ruleSet();
        if (rules == null || !rules.name().equals(name)) {
            throw new IllegalStateException(describe(provider) + " provides rule set " + Text.quoted(name)
                    + " but made " + (rules == null ? "null" : "rule set " + Text.quoted(rules.name())));
        }
        return rules;
    }

    /**
     * Lists the names {@link #named(String)} knows: the shipped rule sets first, then those of
     * the providers, sorted.
     *
     * @return an unmodifiable list
     * @throws IllegalStateException if two providers give the same name, or a provider cannot be
     *     loaded or gives no name
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static List<String> names() {
        return List.copyOf(providers().keySet());
    }

    /** Every provider by name, the shipped rule sets first; a name given twice is refused. */
    private static Map<String, RuleSetProvider> providers() {
        Map<String, RuleSetProvider> byName = new LinkedHashMap<>();
        byName.put(XENSERVER_56, new Shipped(XENSERVER_56));
        byName.put(LEVELLING, new Shipped(LEVELLING));
        Map<String, RuleSetProvider> found = new TreeMap<>();
        try {
            for (RuleSetProvider provider : ServiceLoader.load(RuleSetProvider.class)) {
                String name = provider.name();
                if (name == null || name.isBlank()) {
                    throw new IllegalStateException(describe(provider) + " gives "
                            + (name == null ? "no name" : "the blank name " + Text.quoted(name)) + " for its rule set");
                }
                RuleSetProvider other = byName.containsKey(name) ? byName.get(name) : found.get(name);
                if (other != null) {
                    throw new IllegalStateException("two providers give a rule set named " + Text.quoted(name) + ": "
                            + describe(other) + " and " + describe(provider) + "; rule set names are unique");
                }
                found.put(name, provider);
            }
        } catch (ServiceConfigurationError failure) {
            throw new IllegalStateException("a rule set provider cannot be loaded: " + failure.getMessage(), failure);
        }
        byName.putAll(found);
        return byName;
    }

    private static String describe(RuleSetProvider provider) {
        return provider instanceof Shipped ? "xenpool (" + RuleSets.class.getName() + ")"
                : provider.getClass().getName();
    }

    /** A shipped rule set, provided as the others are. */
    private record Shipped(String name) implements RuleSetProvider {
        @Override
        public RuleSet ruleSet() {
            return name.equals(XENSERVER_56) ? xenServer56() : levelling();
        }
    }
}
