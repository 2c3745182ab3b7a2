package io.github.xenpool.rules.cpu;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static io.github.xenpool.rules.JoinFixtures.evaluate;
import static io.github.xenpool.rules.JoinFixtures.only;
import static io.github.xenpool.rules.JoinFixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.LicenceServer;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.SamplePools;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A licence server is offered for masking only when it has a licence for every host of the grown pool. */
class MaskingLicenceTest {

    private final Pool advanced = CpuRulesTest.downgrade(POOL, LicenceEdition.ADVANCED);
    private final Host newer = SamplePools.newerIntelCandidate().withLicence(LicenceEdition.ADVANCED);

    private Violation withServer(LicenceServer server) {
        return only(evaluate(advanced, newer, JoinContext.defaults().withLicenceServer(server)),
                CpuRules.MASKING_LICENCE);
    }

    @Test
    void aServerWithOneLicenceTooFewIsNotOffered() {
        Violation v = withServer(LicenceServer.offering("lic01", LicenceEdition.ENTERPRISE, 3));

        assertEquals(Optional.empty(), ((ViolationDetails.Licences) v.details()).licenceServer());
        assertFalse(v.remediation().get(0).automatic());
        assertEquals(List.of("Upgrade pool prod-intel and xs-05 to Enterprise licences (4 hosts)"), steps(v));
    }

    @Test
    void aServerWithExactlyOneLicencePerHostIsOffered() {
        Violation v = withServer(LicenceServer.offering("lic01", LicenceEdition.ENTERPRISE, 4));

        assertEquals(Optional.of("lic01"), ((ViolationDetails.Licences) v.details()).licenceServer());
    }
}
