package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Ids are random unless given, so every generator gives its own: a seed fixes the values, ids included. */
class DeterminismTest {

    private static <T> List<T> draw(Gen<T> gen) {
        List<T> values = new ArrayList<>();
        qt(60).forAll(gen).check(value -> values.add(value));
        return values;
    }

    @Test
    void joinCasesAndTheirIdsDependOnlyOnTheSeed() {
        assertEquals(draw(JoinCases.any()), draw(JoinCases.any()));
    }

    @Test
    void casesOfAReleaseAndOfSeveralMutationsDependOnlyOnTheSeed() {
        assertEquals(draw(JoinCases.compliant("24.19.2")), draw(JoinCases.compliant("24.19.2")));
        assertEquals(draw(JoinCases.mutated(Softwares.of("1.249.26"), Mutation.HOTFIX, Mutation.SM_FEATURES)),
                draw(JoinCases.mutated(Softwares.of("1.249.26"), Mutation.HOTFIX, Mutation.SM_FEATURES)));
        assertEquals(draw(Softwares.software()), draw(Softwares.software()));
    }

    @Test
    void poolsAndHostsAndTheirIdsDependOnlyOnTheSeed() {
        assertEquals(draw(Pools.any(1, 16)), draw(Pools.any(1, 16)));
        assertEquals(draw(Hosts.standalone()), draw(Hosts.standalone()));
    }

    @Test
    void knownHostsGiveEveryFactButTheirIds() {
        Host first = Hosts.known("localhost.localdomain", "192.0.2.1").build();
        Host second = Hosts.known("localhost.localdomain", "192.0.2.1").build();

        assertNotEquals(first.id(), second.id());
        assertEquals(first, second.toBuilder().id(first.id()).build());
        assertTrue(first.software().productVersion().isPresent() && first.software().buildNumber().isPresent()
                && first.licence().isPresent() && first.managementInterface().ipAddress().isPresent());
    }
}
