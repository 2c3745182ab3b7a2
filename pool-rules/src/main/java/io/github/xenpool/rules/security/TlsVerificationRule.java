package io.github.xenpool.rules.security;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

/**
 * xapi's {@code assert_tls_verification_matches}: {@code pool.tls_verification_enabled} of the
 * joining host's own pool against the remote pool's. xapi only ever turns the setting on, so the
 * fix is always to enable it on the side that lacks it.
 */
final class TlsVerificationRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SecurityRules.TLS_VERIFICATION,
                    "the host's own pool verifies TLS certificates exactly when the pool does", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH)
            .withSources(
                    RuleDescriptor.Source.xapiCheck("assert_tls_verification_matches"))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.since("1.297.0"));

    TlsVerificationRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Optional<Boolean> mine = host.ownPool().flatMap(PoolConfiguration::tlsVerificationEnabled);
        Optional<Boolean> pools = pool.configuration().tlsVerificationEnabled();
        if (mine.isEmpty() || pools.isEmpty()) {
            return new UnknownFacts()
                    .note(mine.isEmpty(), Subject.of(Subject.Kind.HOST, host, "ownPool", "tlsVerificationEnabled"),
                            "whether the pool " + Text.name(host.hostname()) + " heads verifies TLS certificates",
                            host.ownPool().isPresent()
                                    ? "tls_verification_enabled of the pool record of the host (xapi 1.297 and later)"
                                    : "the pool record of the host, read with the host as a standalone one")
                    .note(pools.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "configuration",
                                    "tlsVerificationEnabled"),
                            "whether pool " + Text.name(pool.name()) + " verifies TLS certificates",
                            "tls_verification_enabled of the pool record (xapi 1.297 and later)")
                    .cannotCheck(id());
        }
        if (mine.get().equals(pools.get())) {
            return List.of();
        }
        boolean poolVerifies = pools.get();
        return List.of(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "ownPool",
                        "tlsVerificationEnabled"))
                .message("pool " + Text.name(pool.name()) + (poolVerifies ? " verifies" : " does not verify")
                        + " TLS certificates and the pool " + Text.name(host.hostname())
                        + (poolVerifies ? " heads does not" : " heads does")
                        + "; a joining host must verify them exactly when the pool does")
                .fixableByConfiguration(true)
                .expectedActual(describe(poolVerifies), describe(!poolVerifies))
                .step(poolVerifies
                        ? "Enable TLS verification on " + Text.name(host.hostname())
                                + " (xe pool-enable-tls-verification on it)"
                        : "Enable TLS verification on pool " + Text.name(pool.name())
                                + " (xe pool-enable-tls-verification on its master "
                                + Text.name(pool.master().hostname())
                                + "); xapi has no call that turns it off on " + Text.name(host.hostname()))
                .build());
    }

    private static String describe(boolean enabled) {
        return enabled ? "TLS verification enabled" : "TLS verification disabled";
    }
}
