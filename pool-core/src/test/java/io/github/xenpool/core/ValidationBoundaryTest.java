package io.github.xenpool.core;

import static io.github.xenpool.core.Fixtures.host;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.ModelViolation;
import io.github.xenpool.core.validation.Validated;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every way to make a model value enforces the same rules, and reports all problems of the value
 * at once: constraint violations and broken structure together, each with its property path.
 */
class ValidationBoundaryTest {

    private static final String POOL_ID = "d6a2b7c4-5e1f-4a3b-9c8d-1e2f3a4b5c6d";

    private final Host alpha = host("alpha", "Xeon-E5-2650", "192.0.2.1");
    private final Host beta = host("beta", "Xeon-E5-2650-v3", "192.0.2.2");

    private static List<String> paths(List<ModelViolation> violations) {
        return violations.stream().map(ModelViolation::path).toList();
    }

    @Test
    void thePoolConstructorChecksTheConstraintsTheBuilderChecks() {
        Pool pool = Pool.builder().id(POOL_ID).master(alpha).build();

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Pool("not-a-uuid", " ",
                pool.master(), List.of(), false, List.of(), Pool.DEFAULT_CPU_FEATURE_MASK, Set.of()));

        assertEquals(List.of("id", "name"), paths(e.violations()),
                "an invalid id is the one problem of the memberships that name it");
        assertTrue(e.getMessage().startsWith("invalid Pool (2 problems):"), e.getMessage());
    }

    @Test
    void aPoolReportsConstraintViolationsAndEveryBrokenInvariantTogether() {
        Pool pool = Pool.builder().id(POOL_ID).master(alpha).secondary(beta).build();
        Host twin = pool.secondaries().get(0).toBuilder().hostname("twin").build();

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Pool(POOL_ID, "",
                pool.master(), List.of(pool.secondaries().get(0), twin), true, List.of(),
                Pool.DEFAULT_CPU_FEATURE_MASK, Set.of("00000000-0000-4000-8000-000000000000")));

        assertEquals(List.of("haEnabled", "master.membership", "name",
                        "offlineHosts[00000000-0000-4000-8000-000000000000]",
                        "secondaries[1].id", "secondaries[1].managementInterface.ipAddress"),
                paths(e.violations()));
        assertTrue(e.getMessage().contains("host id " + beta.id() + " (twin) appears twice"), e.getMessage());
    }

    @Test
    void theBuilderReportsHostsOfOtherPoolsWithTheOtherProblemsOfThePool() {
        Pool other = Pool.builder().name("other").master(alpha).secondary(beta).build();
        Host betaElsewhere = other.secondaries().get(0);
        Host betaTwin = beta.toBuilder().hostname("beta-twin").managementInterface(
                alpha.managementInterface()).build();

        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> Pool.builder().name("prod").master(alpha).secondary(betaElsewhere).secondary(betaTwin).build());

        assertEquals(List.of("secondaries[0].membership", "secondaries[1].id",
                "secondaries[1].managementInterface.ipAddress"), paths(e.violations()));
        assertTrue(e.violations().get(0).message().contains("a host is in one pool at a time, eject it first"),
                e.violations().get(0).message());
    }

    @Test
    void tryBuildGivesTheProblemsInsteadOfThrowing() {
        Validated<Pool> noMaster = Pool.builder().id("42").name("").tryBuild();
        Validated<Pool> fine = Pool.builder().id(POOL_ID).master(alpha).tryBuild();
        Validated<Host> badHost = Host.builder().id("42").hostname("-x-").tryBuild();

        assertFalse(noMaster.isValid());
        assertEquals(List.of("id", "master", "name"), paths(noMaster.violations()));
        assertEquals(POOL_ID, fine.orElseThrow().id());
        assertEquals(List.of(), fine.violations());
        assertEquals(List.of("hostname", "id"), badHost.fold(problems -> problems, h -> List.<ModelViolation>of()).stream()
                .map(ModelViolation::path).toList());
        InvalidModelException rethrown = assertThrows(InvalidModelException.class, badHost::orElseThrow);
        assertEquals("Host", rethrown.type());
        assertTrue(badHost.toOptional().isEmpty());
    }

    @Test
    void anSrBuilderReportsItsServersProblemsWithItsOwn() {
        Validated<StorageRepository> sr = StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
                "filer_01").type("NFS").tryBuild();

        assertEquals(List.of("server.address", "type"), paths(sr.violations()));
    }

    @Test
    void validatedOfTurnsAnyConstructorIntoANonThrowingForm() {
        Validated<Membership> bad = Validated.of(() -> new Membership.Master("not-a-uuid", 0));
        Validated<Membership> good = Validated.of(() -> new Membership.Member(POOL_ID));

        assertEquals(List.of("poolId", "poolSize"), paths(bad.violations()));
        assertEquals(new Membership.Member(POOL_ID), good.orElseThrow());
        assertThrows(NullPointerException.class, () -> Validated.of(() -> new Membership.Member(null)),
                "a null is a mistake of the caller, not a problem of the input");
    }

    @Test
    void withersOfAValidHostKeepItValidAndCheapWhenNothingChanges() {
        assertSame(alpha, alpha.withMembership(alpha.membership()));
        assertSame(alpha, alpha.withCpu(alpha.cpu()));
        assertSame(alpha, alpha.withClock(alpha.clock()));
    }

    @Test
    void clockOffsetsBeyondACenturyAreRefusedNamingTheValueAndTheBound() {
        Duration bound = HostClock.MAX_OFFSET;

        assertEquals(bound, new HostClock(bound, true).offsetFromMaster());
        assertEquals(bound.negated(), new HostClock(bound.negated(), true).offsetFromMaster());
        for (Duration absurd : List.of(bound.plusNanos(1), bound.negated().minusNanos(1),
                Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE),
                Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofNanos(Long.MAX_VALUE))) {
            InvalidModelException e = assertThrows(InvalidModelException.class, () -> new HostClock(absurd, true),
                    absurd::toString);
            assertEquals("offsetFromMaster", e.violations().get(0).path());
            assertEquals(absurd.toString(), e.violations().get(0).invalidValue());
            assertTrue(e.getMessage().contains("must be within 36525 days (100 years)"), e.getMessage());
        }
    }

    @Test
    void clocksWithinTheBoundMeasureFromAnotherReferenceWithoutOverflow() {
        HostClock ahead = new HostClock(HostClock.MAX_OFFSET, true);
        HostClock behind = new HostClock(HostClock.MAX_OFFSET.negated(), true);

        assertEquals(HostClock.MAX_OFFSET, ahead.skew());
        assertEquals(HostClock.MAX_OFFSET, behind.skew());
        assertEquals(Duration.ZERO, ahead.relativeTo(ahead).offsetFromMaster());
        assertThrows(InvalidModelException.class, () -> ahead.relativeTo(behind),
                "two centuries apart is beyond the bound, and says so instead of overflowing");
        assertEquals(Duration.ofNanos(1), new HostClock(Duration.ofNanos(1), false).relativeTo(HostClock.SYNCHRONIZED)
                .offsetFromMaster());
    }
}
