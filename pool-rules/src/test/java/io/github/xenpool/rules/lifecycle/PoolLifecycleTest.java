package io.github.xenpool.rules.lifecycle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolStatus;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.Hosts;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pool lifecycle of the seed, one example at a time. */
class PoolLifecycleTest {

    private final PoolLifecycle life = PoolLifecycle.xenServer56();
    private final Pool pool = SamplePools.enterpriseIntelPool();
    private final Host xs02 = pool.secondaries().get(0);
    private final Host xs03 = pool.secondaries().get(1);

    private static <T> T right(Either<PoolProblem, T> result) {
        assertTrue(result.isRight(), () -> "refused: " + result.getLeft());
        return result.get();
    }

    private static PoolProblem left(Either<PoolProblem, ?> result, ProblemCode code) {
        assertTrue(result.isLeft(), () -> "expected " + code + ", got " + result.get());
        assertEquals(code, result.getLeft().code(), result.getLeft().message());
        return result.getLeft();
    }

    @Test
    void aServerWithASharedSrBecomesMasterAndItsSrBecomesThePools() {
        StorageRepository nfs = StorageRepository.sharedNfs("7c2b9a64-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
                "nfs01.example.com").build();
        StorageRepository local = StorageRepository.builder().uuid("0b0c0d0e-0f10-4112-8314-151617181920").build();
        Host host = SamplePools.compliantCandidate().toBuilder().storageRepository(local).storageRepository(nfs).build();

        NewPool created = right(life.create("lab", host));

        assertAll(
                () -> assertEquals(List.of(nfs), created.pool().sharedStorage()),
                () -> assertEquals(List.of(local), created.pool().master().storage(), "the master keeps local SRs"),
                () -> assertEquals(new Membership.Master(created.pool().id(), 1), created.pool().master().membership()),
                () -> assertEquals(List.of(), created.notices()),
                () -> assertEquals(Membership.standalone(), host.membership(), "the input host is unchanged"));
    }

    @Test
    void theMasterOfANewPoolIsItsOwnClockReferenceAndKeepsItsNtpSettingUnlessItsClockIsUnknown() {
        Host skewed = SamplePools.compliantCandidate().toBuilder().clock(Duration.ofSeconds(3), false).build();
        Host unknown = SamplePools.compliantCandidate().withClock(Optional.empty());

        assertEquals(Optional.of(new HostClock(Duration.ZERO, false)),
                right(life.create("lab", skewed)).pool().master().clock());
        assertEquals(Optional.empty(), right(life.create("lab", unknown)).pool().master().clock());
    }

    @Test
    void aPoolCreatedWithoutSharedStorageSaysOneMustBeCreated() {
        NewPool created = right(life.create("lab", SamplePools.compliantCandidate()));

        assertFalse(created.pool().hasSharedStorage());
        assertTrue(created.notices().get(0).contains("create a shared SR"), created.notices().toString());
    }

    @Test
    void twoHostsNamedLocalhostAreTwoHostsAndTheSecondJoinsThePoolOfTheFirst() {
        Host first = Hosts.known("localhost.localdomain", "192.0.2.1").build();
        Host second = Hosts.known("localhost.localdomain", "192.0.2.2").build();
        Pool lab = right(life.create("lab", first)).pool();

        JoinReport report = life.rules().evaluate(lab, second);
        Pool joined = right(life.join(lab, second));

        assertNotEquals(first.id(), second.id());
        assertEquals(List.of(), report.violationsOf("host.standalone"), report::render);
        assertEquals(List.of(first.id(), second.id()), joined.members().stream().map(Host::id).toList());
    }

    @Test
    void aCreatedPoolHasAnIdOfItsOwnUnlessOneIsGiven() {
        Host host = SamplePools.compliantCandidate();
        String given = "0c5e7a9b-1d3f-4b5a-8c7d-9e0f1a2b3c4d";

        assertNotEquals(right(life.create("lab", host)).pool().id(), right(life.create("lab", host)).pool().id());
        assertEquals(given, right(life.create(given, "lab", host)).pool().id());
        left(life.create("lab-id", "lab", host), ProblemCode.INVALID_INPUT);
    }

    @Test
    void aHostInAPoolCannotCreateOne() {
        PoolProblem problem = left(life.create("lab", xs02), ProblemCode.HOST_NOT_STANDALONE);
        assertTrue(problem.message().contains("eject it from that pool"), problem.message());
    }

    @Test
    void aBlankNameOrABadIdIsInvalidInputListingEveryProblem() {
        Host alone = SamplePools.compliantCandidate();

        PoolProblem blank = left(life.create(" ", alone), ProblemCode.INVALID_INPUT);
        PoolProblem both = left(life.create("not-a-uuid", "", alone), ProblemCode.INVALID_INPUT);

        assertEquals(List.of("name"), blank.violations().stream().map(v -> v.path()).toList());
        assertEquals(List.of("id", "name"), both.violations().stream().map(v -> v.path()).toList());
        assertTrue(both.message().contains("id: \"not-a-uuid\" must be a UUID"), both.message());
    }

    @Test
    void withoutTheStandaloneRuleAMemberJoiningAgainIsRefusedNotThrown() {
        PoolLifecycle lenient = PoolLifecycle.of(RuleSets.xenServer56().remove(PoolRules.STANDALONE));
        Host twin = xs02.withMembership(Membership.standalone()).toBuilder().hostname("xs-02-twin").build();
        Pool other = Pool.builder().name("other").master(SamplePools.compliantCandidate()).secondary(
                SamplePools.newerIntelCandidate()).build();

        left(lenient.join(pool, xs02), ProblemCode.ALREADY_A_MEMBER);
        PoolProblem sameId = left(lenient.join(pool, twin), ProblemCode.ALREADY_A_MEMBER);
        assertTrue(sameId.message().contains("xs-02 is a member with that id already"), sameId.message());
        left(lenient.join(pool, other.secondaries().get(0)), ProblemCode.HOST_NOT_STANDALONE);
    }

    @Test
    void aJoinTheModelCannotHoldIsRefusedWithTheModelsMessage() {
        PoolLifecycle lenient = PoolLifecycle.of(RuleSets.xenServer56().remove(NetworkRules.ADDRESS_IN_USE));
        Host sameAddress = SamplePools.compliantCandidate().toBuilder()
                .managementInterface(xs02.managementInterface()).build();

        PoolProblem problem = left(lenient.join(pool, sameAddress), ProblemCode.WOULD_BREAK_POOL);

        assertTrue(problem.message().contains("share the management address"), problem.message());
        assertEquals(List.of("secondaries[2].managementInterface.ipAddress"),
                problem.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void designatingAMasterWhoseClockIsACenturyOffIsRefusedNotThrown() {
        Host ahead = xs02.withClock(new HostClock(HostClock.MAX_OFFSET, true));
        Host behind = xs03.withClock(new HostClock(HostClock.MAX_OFFSET.negated(), true));
        Pool skewed = pool.toBuilder().secondaries(List.of(ahead, behind)).build();

        PoolProblem problem = left(life.designateMaster(skewed, ahead.id()), ProblemCode.WOULD_BREAK_POOL);

        assertTrue(problem.message().contains("must be within 36525 days"), problem.message());
        left(life.designateMaster(skewed, behind.id()), ProblemCode.WOULD_BREAK_POOL);
        Pool oneAhead = pool.toBuilder().secondaries(List.of(ahead, xs03)).build();
        Pool promoted = right(life.designateMaster(oneAhead, ahead.id()));
        assertEquals(HostClock.MAX_OFFSET.negated(), promoted.member(pool.master().id()).orElseThrow().clock().orElseThrow()
                .offsetFromMaster(), "a century the other way is within the bound");
    }

    @Test
    void aCompliantHostJoinsAsTheNewestSecondary() {
        Pool grown = right(life.join(pool, SamplePools.compliantCandidate()));

        assertEquals(4, grown.size());
        assertEquals("xs-04", grown.secondaries().get(2).hostname());
        assertEquals(new Membership.Member(pool.id()), grown.secondaries().get(2).membership());
        assertEquals(new Membership.Master(pool.id(), 4), grown.master().membership());
        assertEquals(3, pool.size(), "the input pool is unchanged");
    }

    @Test
    void aNewerHostJoinsMaskedToThePoolLevel() {
        Host newer = SamplePools.newerIntelCandidate();

        Pool grown = right(life.join(pool, newer));
        Host joined = grown.member(newer.id()).orElseThrow();

        assertEquals(newer.cpu().physicalFeatures().orElseThrow(), joined.cpu().physicalFeatures().orElseThrow());
        assertEquals(pool.cpuLevel().orElseThrow().compared(),
                pool.cpuFeatureMask().apply(joined.cpu().features().orElseThrow()));
        assertTrue(joined.cpu().isMasked());
        assertEquals(pool.cpuLevel().orElseThrow().compared(), grown.cpuLevel().orElseThrow().compared(),
                "masking keeps the level under the mask");
        assertEquals(life.rules().evaluate(pool, newer).resultingCpuLevel().orElseThrow().features(), grown.cpuLevel().orElseThrow().features(),
                "the report foretold the level");
    }

    @Test
    void underLevellingAMaskedHostJoinsWithItsMaskRemoved() {
        Host newer = LevellingFixtures.levelled(SamplePools.newerIntelCandidate());
        Host masked = newer.withCpu(newer.cpu().hiding(FeatureCatalog.x86().featureSet("rdseed")));

        Pool grown = right(PoolLifecycle.of(RuleSets.levelling()).join(LevellingFixtures.POOL, masked));

        assertTrue(masked.cpu().isMasked());
        assertFalse(grown.member(newer.id()).orElseThrow().cpu().isMasked());
    }

    @Test
    void underMaskingAHostThatNeedsNoMaskJoinsWithItsCpuAsItIs() {
        Host compliant = SamplePools.compliantCandidate();
        Host masked = compliant.withCpu(compliant.cpu().hiding(FeatureCatalog.x86().featureSet("est")));

        Pool grown = right(life.join(pool, masked));

        assertEquals(masked.cpu(), grown.member(masked.id()).orElseThrow().cpu());
    }

    @Test
    void aLifecycleJoinsUnderTheContextItIsGiven() {
        PoolLifecycle small = life.withContext(JoinContext.defaults().withMaxPoolSize(3));

        PoolProblem problem = left(small.join(pool, SamplePools.compliantCandidate()), ProblemCode.JOIN_BLOCKED);

        assertEquals(PoolRules.SIZE, problem.report().orElseThrow().blockers().get(0).ruleId());
        assertEquals(life.rules(), small.rules());
    }

    @Test
    void aBlockedJoinReturnsTheReportAndChangesNothing() {
        PoolProblem problem = left(life.join(pool, SamplePools.troubledCandidate()), ProblemCode.JOIN_BLOCKED);

        assertEquals(Verdict.BLOCKED, problem.report().orElseThrow().verdict());
        assertEquals(7, problem.report().orElseThrow().blockers().size());
        assertEquals(SamplePools.enterpriseIntelPool(), pool);
    }

    @Test
    void theSeventeenthHostIsRefused() {
        Pool full = pool;
        for (int i = 4; i <= 16; i++) {
            Host next = JoinFixtures.candidate(i).hostname("xs-" + i).build();
            full = right(life.join(full, next));
        }
        assertEquals(16, full.size());
        Host seventeenth = JoinFixtures.candidate(17).hostname("xs-17").build();

        PoolProblem problem = left(life.join(full, seventeenth), ProblemCode.JOIN_BLOCKED);
        assertEquals("pool.size", problem.report().orElseThrow().blockers().get(0).ruleId());
    }

    @Test
    void ejectThenRejoinTheSameHostSucceeds() {
        Ejection ejection = right(life.eject(pool, xs02.id()));

        assertEquals(2, ejection.pool().size());
        assertEquals(Membership.standalone(), ejection.host().membership());
        assertEquals(new Membership.Master(pool.id(), 2), ejection.pool().master().membership());
        Pool back = right(life.join(ejection.pool(), ejection.host()));
        assertEquals(3, back.size());
        assertEquals(List.of("xs-03", "xs-02"), back.secondaries().stream().map(Host::hostname).toList());
    }

    @Test
    void theMasterCannotBeEjected() {
        PoolProblem problem = left(life.eject(pool, pool.master().id()), ProblemCode.CANNOT_EJECT_MASTER);
        assertTrue(problem.message().contains("designate another member as master first"), problem.message());
        left(life.eject(pool, "00000000-0000-0000-0000-000000000000"), ProblemCode.NOT_A_MEMBER);
    }

    @Test
    void anyMemberCanBeDesignatedMasterAndTheOldMasterBecomesASecondary() {
        Pool skewed = pool.toBuilder().secondaries(List.of(xs02.toBuilder().clock(Duration.ofSeconds(2), true)
                .membership(Membership.standalone()).build(), xs03)).build();

        Pool moved = right(life.designateMaster(skewed, xs02.id()));

        assertAll(
                () -> assertEquals("xs-02", moved.master().hostname()),
                () -> assertEquals(List.of("xs-01", "xs-03"), moved.secondaries().stream().map(Host::hostname).toList()),
                () -> assertEquals(Duration.ZERO, moved.master().clock().orElseThrow().offsetFromMaster()),
                () -> assertEquals(Duration.ofSeconds(-2), moved.secondaries().get(0).clock().orElseThrow().offsetFromMaster(),
                        "clocks are measured from the new master"),
                () -> assertEquals(new Membership.Member(pool.id()), moved.secondaries().get(0).membership()));
        left(life.designateMaster(pool, pool.master().id()), ProblemCode.ALREADY_MASTER);
    }

    @Test
    void withoutHaAFailedMasterLeavesThePoolUnavailableUntilAMemberIsNominated() {
        Pool down = right(life.hostFailed(pool, pool.master().id()));

        assertEquals(PoolStatus.NO_MASTER, down.status());
        PoolProblem refused = left(life.join(down, SamplePools.compliantCandidate()), ProblemCode.POOL_UNAVAILABLE);
        assertTrue(refused.message().contains("emergency transition"), refused.message());
        left(life.designateMaster(down, xs02.id()), ProblemCode.POOL_UNAVAILABLE);
        left(life.eject(down, xs02.id()), ProblemCode.POOL_UNAVAILABLE);
        left(life.enableHa(down), ProblemCode.POOL_UNAVAILABLE);

        Pool recovered = right(life.emergencyTransitionToMaster(down, xs03.id()));

        assertEquals(PoolStatus.AVAILABLE, recovered.status());
        assertEquals("xs-03", recovered.master().hostname());
        assertFalse(recovered.isOnline(pool.master().id()), "the old master is still down");
        assertEquals(Pool.class, recovered.getClass());
    }

    @Test
    void theMasterComingBackMakesThePoolAvailableAgain() {
        Pool down = right(life.hostFailed(pool, pool.master().id()));

        Pool back = right(life.hostRecovered(down, pool.master().id()));

        assertEquals(pool, back);
        left(life.emergencyTransitionToMaster(pool, xs02.id()), ProblemCode.MASTER_AVAILABLE);
        left(life.hostRecovered(pool, xs02.id()), ProblemCode.HOST_ONLINE);
    }

    @Test
    void withHaTheFirstLiveSecondaryInJoinOrderIsNominatedAutomatically() {
        Pool ha = right(life.enableHa(pool));
        Pool secondaryDown = right(life.hostFailed(ha, xs02.id()));

        Pool nominated = right(life.hostFailed(secondaryDown, pool.master().id()));

        assertEquals(PoolStatus.AVAILABLE, nominated.status());
        assertEquals("xs-03", nominated.master().hostname(), "xs-02 is down, so xs-03 is next in join order");
        assertEquals(List.of("xs-01", "xs-02"), nominated.secondaries().stream().map(Host::hostname).toList());
        assertEquals(java.util.Set.of(pool.master().id(), xs02.id()), nominated.offlineHosts());
    }

    @Test
    void haWithNoOtherLiveMemberCannotNominate() {
        Pool single = right(life.eject(right(life.eject(pool, xs02.id())).pool(), xs03.id())).pool();
        Pool ha = right(life.enableHa(single));

        assertEquals(PoolStatus.NO_MASTER, right(life.hostFailed(ha, ha.master().id())).status());
    }

    @Test
    void haNeedsSharedStorageAndTogglesOnlyOnce() {
        Pool bare = pool.toBuilder().sharedStorage(List.of()).build();

        left(life.enableHa(bare), ProblemCode.HA_NEEDS_SHARED_STORAGE);
        Pool ha = right(life.enableHa(pool));
        left(life.enableHa(ha), ProblemCode.HA_ALREADY_ENABLED);
        assertFalse(right(life.disableHa(ha)).haEnabled());
        left(life.disableHa(pool), ProblemCode.HA_NOT_ENABLED);
    }

    @Test
    void aMemberThatIsDownCannotBePromotedWhenTheMasterIsDownToo() {
        Pool down = right(life.hostFailed(right(life.hostFailed(pool, xs02.id())), pool.master().id()));

        PoolProblem problem = left(life.emergencyTransitionToMaster(down, xs02.id()), ProblemCode.HOST_OFFLINE);

        assertEquals("xs-02 is down and cannot become master; bring it back first", problem.message());
        assertEquals("HOST_OFFLINE: xs-02 is down and cannot become master; bring it back first", problem.toString());
        assertEquals("xs-03", right(life.emergencyTransitionToMaster(down, xs03.id())).master().hostname());
    }

    @Test
    void anOfflineHostCannotBeEjectedOrPromoted() {
        Pool down = right(life.hostFailed(pool, xs02.id()));

        left(life.eject(down, xs02.id()), ProblemCode.HOST_OFFLINE);
        left(life.designateMaster(down, xs02.id()), ProblemCode.HOST_OFFLINE);
        left(life.hostFailed(down, xs02.id()), ProblemCode.HOST_OFFLINE);
        assertEquals(PoolStatus.AVAILABLE, down.status());
    }
}
