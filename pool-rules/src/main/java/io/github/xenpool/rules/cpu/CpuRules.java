package io.github.xenpool.rules.cpu;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import java.util.Objects;
import java.util.Optional;

/**
 * Rules about CPUs: vendor, feature sets under CPU masking, the licence masking needs, and
 * hardware virtualization.
 */
public final class CpuRules {

    /** The id of {@link #vendor()}. */
    public static final String VENDOR = "cpu.vendor";
    /** The id of {@link #features()}. */
    public static final String FEATURES = "cpu.features";
    /** The id of {@link #maskingLicence()}. */
    public static final String MASKING_LICENCE = "cpu.masking-licence";
    /** The id of {@link #virtualization()}. */
    public static final String VIRTUALIZATION = "cpu.virtualization";

    /**
     * {@link #sameVendor(Pool, Host, JoinContext)} as one condition for
     * {@link JoinRule#onlyWhen(JoinRule.Condition, String)}, the one the shipped rule sets use, so
     * that a rule conditioned on it can be recognised.
     */
    public static final JoinRule.Condition SAME_VENDOR = CpuRules::sameVendor;

    private CpuRules() {
    }

    /**
     * {@code cpu.vendor}: BLOCKER when the host's CPU vendor differs from the pool master's.
     * Details: {@code Vendors}. xapi: {@code HOSTS_NOT_HOMOGENEOUS}. Not fixable by configuration.
     *
     * @return the rule
     */
    public static JoinRule vendor() {
        return new CpuVendorRule();
    }

    /**
     * {@code cpu.features}, XenServer 5.6 masking: compares the host's features with the pool's
     * level under the pool's feature mask. Equal: nothing. The host has more and can mask them:
     * INFO with the masking plan (the features it hides; it must reboot). The host lacks
     * features, or cannot mask its extra ones: BLOCKER naming the features, not fixable by
     * configuration. Details: {@code CpuFeatures}. xapi: {@code HOSTS_NOT_HOMOGENEOUS}.
     *
     * @return the rule
     */
    public static JoinRule features() {
        return new CpuMaskingRule();
    }

    /**
     * {@code cpu.features}, levelling (XenServer 7.0 and later, XCP-ng): the pool's level becomes
     * the intersection of its members' features, compared in full (no feature mask). A host with
     * fewer features gets a WARNING naming the features the pool loses, its new level, and the
     * pool's running VMs that cannot migrate to the host until they restart (details:
     * {@code CpuLevelling}); a host with more gets an INFO naming the features that stay hidden
     * (details: {@code CpuFeatures}). Never a blocker.
     *
     * @return the rule
     */
    public static JoinRule levelledFeatures() {
        return new CpuLevellingRule();
    }

    /**
     * {@code cpu.masking-licence}: BLOCKER when the host would need masking and the pool's
     * edition is below Enterprise. Details: {@code Licences}. xapi: {@code FEATURE_RESTRICTED}.
     *
     * @return the rule
     */
    public static JoinRule maskingLicence() {
        return new CpuMaskingLicenceRule();
    }

    /**
     * {@code cpu.virtualization}: BLOCKER when the pool runs HVM VMs and the host's VT-x / AMD-V
     * is disabled; WARNING when it is disabled and the pool runs none.
     *
     * @return the rule
     */
    public static JoinRule virtualization() {
        return new CpuVirtualizationRule();
    }

    /**
     * Tells whether the host's CPU vendor may be the pool master's: the condition under which
     * feature comparisons mean anything. It holds unless both vendors are known and differ, so
     * that a rule guarded by it still reports what it cannot check.
     *
     * @param pool the pool
     * @param host the host
     * @param context the context (unused)
     * @return false only if both vendors are known and differ
     */
    public static boolean sameVendor(Pool pool, Host host, JoinContext context) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(context, "context");
        Optional<CpuVendor> poolVendor = pool.master().cpu().vendor();
        Optional<CpuVendor> hostVendor = host.cpu().vendor();
        return poolVendor.isEmpty() || hostVendor.isEmpty() || poolVendor.get() == hostVendor.get();
    }
}
