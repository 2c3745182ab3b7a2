package io.github.xenpool.rules.software;

import io.github.xenpool.rules.JoinRule;

/**
 * Rules about the candidate's software, compared with the pool master's: product version,
 * hotfixes, supplemental packs.
 */
public final class SoftwareRules {

    /** The id of {@link #productVersion()}. */
    public static final String VERSION = "software.version";
    /** The id of {@link #patchLevel()}. */
    public static final String PATCH_LEVEL = "software.patch-level";
    /** The id of {@link #supplementalPacks()}. */
    public static final String SUPPLEMENTAL_PACKS = "software.supplemental-packs";

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
}
