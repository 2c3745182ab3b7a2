package io.github.xenpool.rules.sets;

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
import io.github.xenpool.rules.vm.VmRules;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The rule sets of the XenServer eras.
 */
public final class RuleSets {

    /** The name of {@link #xenServer56()}. */
    public static final String XENSERVER_56 = "xenServer56";
    /** The name of {@link #levelling()}. */
    public static final String LEVELLING = "levelling";

    private RuleSets() {
    }

    /**
     * Every pool requirement of XenServer 5.6, in this order: {@code pool.size},
     * {@code host.standalone}, {@code cpu.vendor}, {@code cpu.features}, {@code cpu.masking-licence},
     * {@code cpu.virtualization}, {@code network.static-ip}, {@code network.address-in-use},
     * {@code network.bonded-management}, {@code clock.sync}, {@code vm.running-or-suspended},
     * {@code vm.active-operations}, {@code storage.shared}, {@code software.version},
     * {@code software.patch-level}, {@code software.supplemental-packs}, {@code licence.edition},
     * {@code pool.shared-storage}, {@code storage.static-address}. A rule that lacks a fact it
     * reads (a product version, a licence edition, a management address) says it cannot check,
     * a WARNING, rather than passing or blocking. CPU features are compared under masking
     * ({@link CpuLevelPolicy#MASKING}), and only between CPUs of the same vendor. The default
     * context allows 16 hosts and 5 seconds of clock skew.
     *
     * @return the rule set
     */
    public static RuleSet xenServer56() {
        return RuleSet.of(XENSERVER_56, CpuLevelPolicy.MASKING, JoinContext.defaults(), List.of(
                PoolRules.size(),
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
     * edition), {@code pool.shared-storage}, {@code storage.static-address}. Nothing needs masking, so there is no masking licence
     * rule. The pool's level follows {@link CpuLevelPolicy#LEVELLING}.
     *
     * @return the rule set
     */
    public static RuleSet levelling() {
        // XenServer 5.6's rules, with the differences of the levelling era.
        RuleSet base = xenServer56();
        return RuleSet.of(LEVELLING, CpuLevelPolicy.LEVELLING,
                        base.defaultContext().withMaxPoolSize(JoinContext.LEVELLING_MAX_POOL_SIZE), base.rules())
                .addAfter(PoolRules.SIZE, PoolRules.haDisabled())
                .replace(CpuRules.FEATURES,
                        CpuRules.levelledFeatures().onlyWhen(CpuRules.SAME_VENDOR, "the CPU vendors match"))
                .remove(CpuRules.MASKING_LICENCE)
                .addAfter(NetworkRules.BONDED_MANAGEMENT, NetworkRules.managementVlan())
                .addAfter(NetworkRules.MANAGEMENT_VLAN, NetworkRules.noOtherVlansOrBonds())
                .replace(VmRules.RUNNING_OR_SUSPENDED, VmRules.inStates(EnumSet.of(PowerState.RUNNING,
                        PowerState.PAUSED)));
    }

    /**
     * Finds a rule set by name.
     *
     * @param name {@value #XENSERVER_56} or {@value #LEVELLING}
     * @return the rule set
     * @throws IllegalArgumentException if no rule set has that name
     */
    public static RuleSet named(String name) {
        Objects.requireNonNull(name, "name");
        switch (name) {
            case XENSERVER_56:
                return xenServer56();
            case LEVELLING:
                return levelling();
            default:
                throw new IllegalArgumentException("unknown rule set " + Text.quoted(name) + "; known: " + XENSERVER_56 + ", "
                        + LEVELLING);
        }
    }
}
