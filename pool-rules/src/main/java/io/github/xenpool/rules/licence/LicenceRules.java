package io.github.xenpool.rules.licence;

import io.github.xenpool.rules.JoinRule;

/** Rules about licences. */
public final class LicenceRules {

    /** The id of {@link #edition()}. */
    public static final String EDITION = "licence.edition";

    private LicenceRules() {
    }

    /**
     * {@code licence.edition}: BLOCKER when the host's edition differs from the pool's (the
     * lowest edition among its members). When the host's edition is lower and the context's
     * licence server can hand out a licence of the pool's edition, the remediation is automatic:
     * assign it from that server. Details: {@code Licences}. xapi:
     * {@code LICENSE_HOST_POOL_MISMATCH}. When the host's edition or a member's is unknown: a
     * WARNING that it cannot check ({@code UnknownFact}).
     *
     * @return the rule
     */
    public static JoinRule edition() {
        return new LicenceEditionRule();
    }
}
