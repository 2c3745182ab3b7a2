package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each blank makes a fact of a compliant case unknown, and keeps the rest of the case. */
class BlankTest {

    @ParameterizedTest
    @EnumSource(Blank.class)
    void blankingAFactOfACompliantCaseChangesItAndKeepsItsMutation(Blank blank) {
        qt(20).forAll(JoinCases.compliant()).checkAssert(c -> {
            JoinCase blanked = blank.applyTo(c);
            assertNotEquals(c, blanked, blank.toString());
            assertEquals(c.mutations(), blanked.mutations());
        });
    }

    @Test
    void blankingTheHostsOwnPoolKeepsEveryOtherFactOfTheHost() {
        qt(20).forAll(JoinCases.compliant()).checkAssert(c -> {
            Host blanked = Blank.HOST_OWN_POOL.applyTo(c).host();
            assertEquals(Optional.empty(), blanked.ownPool());
            assertEquals(c.host(), blanked.toBuilder().ownPool(c.host().ownPool().orElseThrow())
                    .build());
            assertEquals(c.pool(), Blank.HOST_OWN_POOL.applyTo(c).pool());
        });
    }

    @Test
    void theTrustAndAuthenticationBlanksMakeExactlyTheirFactUnknown() {
        qt(30).forAll(JoinCases.compliant()).checkAssert(c -> {
            Host host = c.host();
            Pool pool = c.pool();
            assertEquals(Optional.empty(), Blank.HOST_EXTERNAL_AUTH.applyTo(c).host().externalAuth());
            assertEquals(pool, Blank.HOST_EXTERNAL_AUTH.applyTo(c).pool());
            assertEquals(Optional.empty(), Blank.MASTER_EXTERNAL_AUTH.applyTo(c).pool().master().externalAuth());
            assertEquals(host, Blank.MASTER_EXTERNAL_AUTH.applyTo(c).host());
            assertEquals(Optional.empty(), Blank.HOST_TLS_VERIFICATION.applyTo(c).host().ownPool().orElseThrow()
                    .tlsVerificationEnabled());
            assertEquals(host.ownPool().orElseThrow().certificates(), Blank.HOST_TLS_VERIFICATION.applyTo(c).host()
                    .ownPool().orElseThrow().certificates());
            assertEquals(Optional.empty(), Blank.POOL_TLS_VERIFICATION.applyTo(c).pool().configuration()
                    .tlsVerificationEnabled());
            assertEquals(Optional.empty(), Blank.HOST_CERTIFICATES.applyTo(c).host().ownPool().orElseThrow()
                    .certificates());
            assertEquals(Optional.empty(), Blank.POOL_CERTIFICATES.applyTo(c).pool().configuration().certificates());
            assertTrue(Blank.POOL_CERTIFICATES.applyTo(c).pool().configuration().tlsVerificationEnabled().isPresent());
        });
    }
}
