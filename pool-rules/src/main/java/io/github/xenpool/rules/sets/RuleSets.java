package io.github.xenpool.rules.sets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import io.github.xenpool.rules.clock.ClockRules;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.licence.LicenceRules;
import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.rules.security.SecurityRules;
import io.github.xenpool.rules.software.SoftwareRules;
import io.github.xenpool.rules.storage.StorageRules;
import io.github.xenpool.rules.spi.RuleSetProvider;
import io.github.xenpool.rules.vm.VmRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    /**
     * The name of {@link #xapi()}; {@code xapi:1.249.26} names {@link #xapi(XapiVersion)} of that
     * release.
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String XAPI = "xapi";
    /**
     * The name of {@link #xapiForce()}; {@code xapi-force:1.249.26} names
     * {@link #xapiForce(XapiVersion)} of that release.
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String XAPI_FORCE = "xapi-force";

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
     * The pools of CPU feature levelling (XenServer 7.0 and later, XCP-ng 8.x): every check of
     * {@link #xapi()}, in xapi's order and for the release the joining host runs, then what the
     * documentation asks that xapi does not check, as WARNINGs: {@code cpu.features} (levelled: a
     * less capable host lowers the pool's level, a WARNING naming the features lost and the VMs
     * that cannot migrate until they restart; a more capable one has its extra features hidden,
     * INFO), {@code cpu.virtualization}, {@code network.static-ip}, {@code clock.sync},
     * {@code pool.size} (the supported 64 hosts), {@code software.patch-level},
     * {@code software.supplemental-packs}, {@code storage.static-address} and
     * {@code pool.shared-storage} (INFO). One more rule blocks although xapi does not check it:
     * {@code network.address-in-use}, since a host on a member's management address breaks the
     * pool's management network. Every other blocker is xapi's, so the report's
     * {@link io.github.xenpool.rules.JoinReport#xapiAnswer()} is xapi's answer. The pool's level
     * follows {@link CpuLevelPolicy#LEVELLING}.
     *
     * @return the rule set
     */
    public static RuleSet levelling() {
        List<JoinRule> rules = new ArrayList<>(xapi().rules());
        rules.addAll(List.of(
                CpuRules.levelledFeatures().onlyWhen(CpuRules.SAME_VENDOR, "the CPU vendors match"),
                recommended(CpuRules.virtualization()),
                recommended(NetworkRules.staticIp()),
                NetworkRules.addressInUse(),
                recommended(ClockRules.sync()),
                recommended(PoolRules.size()),
                recommended(SoftwareRules.patchLevel()),
                recommended(SoftwareRules.supplementalPacks()),
                StorageRules.staticStorageAddress(),
                PoolRules.sharedStorage()));
        return RuleSet.of(LEVELLING, CpuLevelPolicy.LEVELLING, xapiContext(), rules);
    }

    /** A requirement of the documentation that xapi does not check: a WARNING at most. */
    private static JoinRule recommended(JoinRule rule) {
        return Recommendation.of(rule);
    }

    /**
     * Every check xapi's {@code Pool.join} runs before a host joins, in xapi's order, each with
     * xapi's error code and parameters, for the xapi release the joining host runs (its own xapi
     * runs the checks): the release {@code xapi_build} of its {@code software_version} names, else
     * those its product version or its {@code xapi} key may be (the pool master's when the host's
     * are unknown). A check runs when a release that runs it may run the join; when the release is
     * not known exactly, {@code xapi.release} says so (a WARNING), and the checks of every release
     * it may be run. xapi stops at its first failing check; this rule set runs them all and
     * {@link io.github.xenpool.rules.JoinReport#xapiAnswer()} tells the error xapi raises.
     *
     * <p>The checks, with the releases that run them where not every release does:
     * {@code licence.pooling} (1.9.81 on), {@code licence.pool-size} (1.54.0 on),
     * {@code network.management-interface}, {@code host.ha-disabled},
     * {@code host.clustering-disabled} (1.93.0 on), {@code network.cluster-ip} (25.18.0 on),
     * {@code pool.ha-disabled}, {@code host.not-itself}, {@code host.no-other-hosts},
     * {@code vm.running}, {@code vm.active-operations}, {@code software.pending-guidance}
     * (24.31.0 on), {@code software.compatible}, {@code host.homogeneous} (which
     * {@link #xapiForce()} leaves out), {@code storage.shared}, {@code network.network-bond}
     * (1.9.60 to before 1.9.81), {@code network.physical-management} (before 1.9.81),
     * {@code network.only-physical-pifs} (1.9.81 to before 1.35.0), {@code network.bonds},
     * {@code network.tunnels}, {@code network.sriovs} (1.85.0 on),
     * {@code network.non-management-vlans}, {@code network.management-vlan} (1.35.0 on, the four of
     * them), {@code auth.external}, {@code licence.pool-edition}, {@code network.backend},
     * {@code software.api-version}, {@code software.db-schema} (1.14.8 on, both: 1.32.0 on the main
     * line, backported before), {@code software.updates} (1.14.25 on: 1.44.0 on the main line),
     * {@code software.patches} (before 1.32.0),
     * {@code network.primary-address-type}, {@code network.purpose} (1.55.0 on),
     * {@code tls.verification} (1.297.0 on), {@code tls.ca-certificates} (1.302.0 on),
     * {@code tls.trusted-certificates} (26.1.12 on: 26.13.0 on the main line), {@code host.not-updating},
     * {@code pool.not-updating} (1.301.0 on, both), {@code storage.sm-features} (24.37.0 on).
     *
     * <p>A check whose facts are unknown says it cannot check (a WARNING naming the fact), never
     * passes or blocks. What happens after the checks (the login, the pool secret, the certificate
     * exchange) needs the live hosts and is not here. xapi checks nothing of what the
     * documentation also asks (a static management address, clocks in step, at most 64 hosts):
     * {@link #levelling()} adds those as WARNINGs.
     *
     * @return the rule set, named {@value #XAPI}
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static RuleSet xapi() {
        List<JoinRule> rules = new ArrayList<>();
        rules.add(XapiRelease.rule());
        for (JoinRule check : xapiChecks(Optional.empty(), true)) {
            rules.add(XapiRelease.gated(check));
        }
        return RuleSet.of(XAPI, CpuLevelPolicy.LEVELLING, xapiContext(), rules);
    }

    /**
     * The checks of one xapi release, in its order: those of {@link #xapi()} that the release runs,
     * each as that release runs it, whatever release the hosts say they run. Use it for a pool
     * whose release is known, or to see what another release would answer.
     *
     * <pre>{@code
     * RuleSet xcpng82 = RuleSets.xapi(XapiVersion.parse("1.249.26"));   // XCP-ng 8.2, CH 8.2
     * }</pre>
     *
     * @param release the release, such as {@code 1.249.26}
     * @return the rule set, named {@code xapi:} and the release, such as {@code xapi:1.249.26}
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static RuleSet xapi(XapiVersion release) {
        Objects.requireNonNull(release, "release");
        return RuleSet.of(XAPI + ":" + release, policyOf(release), xapiContext(),
                xapiChecks(Optional.of(release), true));
    }

    /**
     * The checks xapi's {@code Pool.join_force} runs: those of {@link #xapi()} but
     * {@code host.homogeneous}, the one check {@code force} skips.
     *
     * @return the rule set, named {@value #XAPI_FORCE}
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static RuleSet xapiForce() {
        return xapi().remove(SoftwareRules.HOSTS_HOMOGENEOUS).named(XAPI_FORCE);
    }

    /**
     * The checks {@code Pool.join_force} of one xapi release runs: those of
     * {@link #xapi(XapiVersion)} but {@code host.homogeneous}.
     *
     * @param release the release, such as {@code 1.249.26}
     * @return the rule set, named {@code xapi-force:} and the release
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static RuleSet xapiForce(XapiVersion release) {
        Objects.requireNonNull(release, "release");
        return RuleSet.of(XAPI_FORCE + ":" + release, policyOf(release), xapiContext(),
                xapiChecks(Optional.of(release), false));
    }

    /** Releases before XenServer 7.0's mask CPU features; from it on they level them. */
    private static CpuLevelPolicy policyOf(XapiVersion release) {
        return release.isAtLeast(XapiVersion.parse("1.9.81")) ? CpuLevelPolicy.LEVELLING : CpuLevelPolicy.MASKING;
    }

    private static JoinContext xapiContext() {
        return JoinContext.defaults().withMaxPoolSize(JoinContext.LEVELLING_MAX_POOL_SIZE);
    }

    /**
     * xapi's checks in its order: of every release (a check that depends on the release decides
     * by the joining host's), or those one release runs, as it runs them.
     */
    private static List<JoinRule> xapiChecks(Optional<XapiVersion> release, boolean homogeneity) {
        List<JoinRule> all = new ArrayList<>(List.of(
                LicenceRules.pooling(),
                LicenceRules.poolSize(),
                NetworkRules.managementInterface(),
                PoolRules.hostHaDisabled(),
                PoolRules.hostClusteringDisabled(),
                NetworkRules.clusterIp(),
                XapiRelease.asXapiCheck(PoolRules.haDisabled(), XapiReleases.ALWAYS),
                PoolRules.notJoiningItself(),
                PoolRules.noOtherHosts(),
                release.map(VmRules::running).orElseGet(VmRules::running),
                VmRules.activeOperationsOfEveryVmRecord(),
                SoftwareRules.pendingGuidance(),
                SoftwareRules.compatible()));
        if (homogeneity) {
            all.add(release.map(SoftwareRules::hostsHomogeneous).orElseGet(SoftwareRules::hostsHomogeneous));
        }
        all.addAll(List.of(
                StorageRules.xapiSharedStorage(),
                NetworkRules.networkBond(),
                NetworkRules.physicalManagement(),
                NetworkRules.onlyPhysicalPifs(),
                NetworkRules.bonds(),
                NetworkRules.tunnels(),
                NetworkRules.sriovs(),
                NetworkRules.nonManagementVlans(),
                NetworkRules.xapiManagementVlan(),
                SecurityRules.externalAuth(),
                LicenceRules.poolEdition(),
                NetworkRules.backend(),
                SoftwareRules.apiVersion(),
                SoftwareRules.dbSchema(),
                SoftwareRules.updates(),
                SoftwareRules.patches(),
                NetworkRules.primaryAddressType(),
                NetworkRules.purpose(),
                SecurityRules.tlsVerification(),
                SecurityRules.caCertificates(),
                SecurityRules.trustedCertificates(),
                PoolRules.hostNotUpdating(),
                PoolRules.poolNotUpdating(),
                StorageRules.smFeatures()));
        if (release.isEmpty()) {
            return all;
        }
        List<JoinRule> runs = new ArrayList<>();
        for (JoinRule check : all) {
            if (check.descriptor().xapiReleases().orElseThrow().contains(release.get())) {
                runs.add(check);
            }
        }
        return runs;
    }

    /**
     * Finds a rule set by name: {@value #XENSERVER_56}, {@value #LEVELLING}, {@value #XAPI},
     * {@value #XAPI_FORCE}, either of the last two with a release ({@code xapi:1.249.26}), or the
     * name of a rule set a {@link RuleSetProvider} provides. Providers are found through
     * {@link ServiceLoader} with the thread's context class loader, on every call.
     *
     * @param name the rule set's name
     * @return the rule set
     * @throws IllegalArgumentException if no rule set has that name (the message lists the names
     *     known), or the release after {@code xapi:} is not one (the message quotes it)
     * @throws IllegalStateException if two providers give the same name (the message names both),
     *     a provider cannot be loaded or gives no name, or a provider's rule set is null or named
     *     otherwise
     */
    public static RuleSet named(String name) {
        Objects.requireNonNull(name, "name");
        Map<String, RuleSetProvider> providers = providers();
        for (String xapi : List.of(XAPI + ":", XAPI_FORCE + ":")) {
            if (name.startsWith(xapi)) {
                XapiVersion release;
                try {
                    release = XapiVersion.parse(name.substring(xapi.length()));
                } catch (IllegalArgumentException notARelease) {
                    throw new IllegalArgumentException("rule set " + Text.quoted(name) + " names no xapi release: "
                            + notARelease.getMessage(), notARelease);
                }
                return xapi.startsWith(XAPI_FORCE) ? xapiForce(release) : xapi(release);
            }
        }
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
        byName.put(XAPI, new Shipped(XAPI));
        byName.put(XAPI_FORCE, new Shipped(XAPI_FORCE));
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
            switch (name) {
                case XENSERVER_56:
                    return xenServer56();
                case LEVELLING:
                    return levelling();
                case XAPI:
                    return xapi();
                default:
                    return xapiForce();
            }
        }
    }
}
