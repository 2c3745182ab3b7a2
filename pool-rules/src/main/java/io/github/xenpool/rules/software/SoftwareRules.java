package io.github.xenpool.rules.software;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.XapiVersion;
import io.github.xenpool.rules.internal.ByRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Rules about the candidate's software, compared with the pool master's: product version,
 * hotfixes, supplemental packs; and xapi's own checks of it: pending update guidance,
 * compatibility, homogeneity (with the CPU vendor), XenAPI version, database schema, updates and
 * patches. The rules of xapi's checks say which xapi releases run them
 * ({@link io.github.xenpool.rules.RuleDescriptor#xapiReleases()}): those of the joining host, whose
 * xapi runs the checks against the master's answers.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class SoftwareRules {

    /** The id of {@link #productVersion()}. */
    public static final String VERSION = "software.version";
    /** The id of {@link #patchLevel()}. */
    public static final String PATCH_LEVEL = "software.patch-level";
    /** The id of {@link #supplementalPacks()}. */
    public static final String SUPPLEMENTAL_PACKS = "software.supplemental-packs";
    /** The id of {@link #pendingGuidance()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String PENDING_GUIDANCE = "software.pending-guidance";
    /** The id of {@link #compatible()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String COMPATIBLE = "software.compatible";
    /** The id of {@link #hostsHomogeneous()} and {@link #hostsHomogeneous(XapiVersion)}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String HOSTS_HOMOGENEOUS = "host.homogeneous";
    /** The id of {@link #apiVersion()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String API_VERSION = "software.api-version";
    /** The id of {@link #dbSchema()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String DB_SCHEMA = "software.db-schema";
    /** The id of {@link #updates()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String UPDATES = "software.updates";
    /** The id of {@link #patches()}. */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final String PATCHES = "software.patches";

    private SoftwareRules() {
    }

    /**
     * {@code software.version}: BLOCKER when the product version differs from the master's.
     * Details: {@code Versions}. xapi: {@code POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION}.
     * When the host's or the master's version is unknown: a WARNING that it cannot check
     * ({@code UnknownFact}).
     *
     * @return the rule
     */
    public static JoinRule productVersion() {
        return new ProductVersionRule();
    }

    /**
     * {@code software.patch-level}: BLOCKER when the applied hotfixes differ from the master's,
     * listing the missing and the extra ones. Details: {@code Hotfixes}. xapi:
     * {@code HOSTS_NOT_HOMOGENEOUS}.
     *
     * @return the rule
     */
    public static JoinRule patchLevel() {
        return new PatchLevelRule();
    }

    /**
     * {@code software.supplemental-packs}: BLOCKER when the supplemental packs or their revisions
     * differ from the master's. Details: {@code SupplementalPacks}. xapi:
     * {@code HOSTS_NOT_HOMOGENEOUS}.
     *
     * @return the rule
     */
    public static JoinRule supplementalPacks() {
        return new SupplementalPacksRule();
    }

    /**
     * {@code software.pending-guidance}, xapi's {@code assert_no_host_pending_mandatory_guidance}
     * (xapi 24.31.0 on): a BLOCKER when the joining host, and one when the master, has mandatory
     * update guidance pending ({@code pending_guidances}, such as {@code reboot_host}), the host's
     * first as xapi checks it first. xapi: {@code HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY [host]},
     * where {@code host} is the host's reference ({@link io.github.xenpool.core.Host#xapiReference()})
     * when the model knows it, otherwise its UUID. When either's guidance is unknown: a WARNING
     * that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule pendingGuidance() {
        return new PendingGuidanceRule();
    }

    /**
     * {@code software.compatible}, xapi's {@code assert_hosts_compatible} (every release): a
     * BLOCKER when the joining host's {@code software_version} differs from the master's in
     * {@code platform_version} or in the compatibility name ({@code product_brand}, or
     * {@code platform_name} when there is no brand); a key absent on both sides is equal. xapi:
     * {@code HOSTS_NOT_COMPATIBLE}, no parameters. When either's {@code software_version} is
     * unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule compatible() {
        return new CompatibleRule();
    }

    /**
     * {@code host.homogeneous}, xapi's {@code assert_hosts_homogeneous} (every release), as the
     * joining host's own xapi runs it: the variant of {@link #hostsHomogeneous(XapiVersion)} of the
     * releases {@link io.github.xenpool.rules.XapiReleases#of} reads from the host's
     * {@code software_version} (its product versions each ship the releases of one variant). When
     * the host may run releases of several variants that answer differently (its release is
     * unknown): a WARNING that it cannot check. {@code Pool.join_force} skips this check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule hostsHomogeneous() {
        List<JoinRule> eras = new ArrayList<>();
        for (HostsHomogeneousRule.Era era : HostsHomogeneousRule.Era.values()) {
            eras.add(new HostsHomogeneousRule(era));
        }
        return new ByRelease(HostsHomogeneousRule.OF_THE_HOSTS_RELEASE, eras);
    }

    /**
     * {@code host.homogeneous}, xapi's {@code assert_hosts_homogeneous} as the given release runs
     * it. {@code Pool.join_force} skips this check, and only this one: a rule set of a forced join
     * leaves it out. Up to two BLOCKERs, in xapi's order (xapi raises the first only):
     * <ul>
     * <li>{@code HOSTS_NOT_HOMOGENEOUS ["Software version differs"]} when these fields of the
     * joining host's {@code software_version} are not the master's, an absent key counting as
     * empty: the {@code xapi} version (22.13.0 on) or {@code platform_version} (before), the
     * compatibility name ({@code product_brand}, else {@code platform_name}), {@code build_number}
     * (before 1.32.0), {@code git_id}, and whether the Linux pack {@code xs:linux} is installed.
     * Before 1.9.91 the parameter is {@code "software version differs"}.</li>
     * <li>{@code HOSTS_NOT_HOMOGENEOUS ["CPUs differ"]} when the vendor of the host's
     * {@code cpu_info} is not that of the pool's {@code cpu_info}
     * ({@link io.github.xenpool.core.PoolConfiguration#cpuInfo()}), 1.9.81 on; before, when the
     * vendor or the {@code features} of the host's {@code cpu_info} are not the master's, the
     * features compared under the pool's {@code cpuid_feature_mask}
     * ({@link io.github.xenpool.core.Pool#cpuFeatureMask()}). Only a features difference that a
     * mask on the host can bridge is fixable by configuration.</li>
     * </ul>
     * The releases of each variant are those of the master line; two maintenance lines differ:
     * 1.29.3 to 1.30.x (XenServer 7.2) already leave the build number out, and 1.14.x (XenServer
     * 7.1) still compares it. Details: {@code Vendors} when both vendors are known to the model.
     * When a fact it compares is unknown: a WARNING that it cannot check it, as well as what the
     * other part finds.
     *
     * @param release the joining host's xapi release, which runs the check
     * @return the rule, whose {@link io.github.xenpool.rules.RuleDescriptor#xapiReleases()}
     *     contain the release
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule hostsHomogeneous(XapiVersion release) {
        Objects.requireNonNull(release, "release");
        return new HostsHomogeneousRule(HostsHomogeneousRule.Era.of(release));
    }

    /**
     * {@code software.api-version}, xapi's {@code assert_api_version_matches} (xapi 1.32.0 on,
     * backported to 1.29.3 and to 1.14.8: it runs from 1.14.8 on, so that no release that may run it
     * is left out): a BLOCKER
     * when the joining host's XenAPI version ({@code API_version_major.API_version_minor}) is not
     * the master's. xapi: {@code POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION [mine; master]},
     * each as {@code major.minor}, such as {@code ["2.20", "2.21"]}. When either is unknown: a
     * WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule apiVersion() {
        return new ApiVersionRule();
    }

    /**
     * {@code software.db-schema}, xapi's {@code assert_db_schema_matches} (xapi 1.32.0 on, with the
     * backports of {@link #apiVersion()}): a BLOCKER unless the joining host's
     * {@code software_version:db_schema} equals the master's and neither is empty (an absent key is
     * empty, so two hosts without one fail). xapi:
     * {@code POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA [mine; master]}, such as
     * {@code ["5.775", "5.778"]}, empty for an absent key. When either's {@code software_version}
     * is unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule dbSchema() {
        return new DbSchemaRule();
    }

    /**
     * {@code software.updates}, xapi's {@code assert_homogeneous_updates} (xapi 1.44.0 on, and
     * 1.14.25 on for XenServer 7.1: it runs from 1.14.25 on, so that no release that may run it is left
     * out):
     * a BLOCKER when the UUIDs of the {@code pool_update}s applied to the joining host that enforce
     * homogeneity are not those of the master, listing the missing and the extra ones. xapi:
     * {@code HOSTS_NOT_HOMOGENEOUS ["Updates on local host <name> and pool host <name> differ"]},
     * with each host's {@code name_label} ({@link io.github.xenpool.core.Host#nameLabel()}), or its
     * host name when the model does not know it. Details: {@code Hotfixes} (the updates' names).
     * When either's updates are unknown, or whether an update on one side only enforces
     * homogeneity: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule updates() {
        return new UpdatesRule();
    }

    /**
     * {@code software.patches}, xapi's {@code assert_applied_patches_match} (xapi before 1.32.0;
     * 1.29.3 on and 1.14.8 on for XenServer 7.2 and 7.1 no longer have it, which the releases
     * cannot say): a BLOCKER when the UUIDs of the {@code pool_patch}es applied to the joining host
     * are not those of the master. xapi: {@code HOSTS_NOT_HOMOGENEOUS ["Patches applied differ:
     * Remote has <uuids> -- Local has <uuids>"]}, each side's patch UUIDs joined by spaces; xapi
     * lists them in the order of the host's {@code patches} field, which the model does not keep,
     * so they come in the order of the patches' names. Details: {@code Hotfixes} (the patches'
     * names). When either's patches are unknown: a WARNING that it cannot check.
     *
     * @return the rule
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static JoinRule patches() {
        return new PatchesRule();
    }
}
