package io.github.xenpool.rules.pool;

import static io.github.xenpool.rules.DumpSamples.COWLEY;
import static io.github.xenpool.rules.DumpSamples.TAMPA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.rules.CpuLevelPolicy;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.DumpSamples;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiAnswer;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.licence.LicenceRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * xapi's checks of {@code Pool.join} about the pool the joining host heads, about who joins, and
 * about updates in progress, on hosts and pools imported from real database dumps with one fact
 * changed, with xapi's codes and parameters.
 */
class XapiPoolChecksTest {

    /** berlin, standalone: its own pool has HA off; its 5.6 dump holds no Cluster_host and no pool operations. */
    private static final Host BERLIN = DumpSamples.candidate(COWLEY);
    private static final Pool TAMPA_POOL = DumpSamples.pool(TAMPA);
    /** dt16, Tampa's master, imported from Tampa's dump as the master of a pool of two. */
    private static final Host DT16 = DumpSamples.candidate(TAMPA, "dt16");
    /** dt23, a member of Tampa. */
    private static final Host DT23 = DumpSamples.candidate(TAMPA, "dt23");
    private static final String CLUSTER_HOST = "OpaqueRef:3c1d6e5a-8f27-4b0c-9a61-7e2f4d8b0c11";

    private static List<Violation> check(JoinRule rule, Pool pool, Host host) {
        return rule.evaluate(pool, host, JoinContext.defaults());
    }

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.get(0);
    }

    private static Violation blocker(List<Violation> violations, String code, String... parameters) {
        Violation v = only(violations);
        assertAll(
                () -> assertEquals(Severity.BLOCKER, v.severity(), v::toString),
                () -> assertEquals(Optional.of(code), v.xapiErrorCode()),
                () -> assertEquals(List.of(parameters), v.xapiErrorParameters()));
        return v;
    }

    private static Violation cannotCheck(List<Violation> violations) {
        Violation v = only(violations);
        assertEquals(Severity.WARNING, v.severity(), v::toString);
        assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
        return v;
    }

    private static Host withOwnPool(Host host, UnaryOperator<PoolConfiguration.Builder> change) {
        return host.toBuilder().ownPool(change.apply(host.ownPool().orElseThrow().toBuilder()).build()).build();
    }

    private static Pool withOperations(Pool pool, Set<String> operations) {
        return pool.toBuilder().configuration(pool.configuration().toBuilder().currentOperations(operations).build())
                .build();
    }

    // ------------------------------------------------------------------ host.ha-disabled

    @Test
    void aHostWhoseOwnPoolHasHaOffMayJoin() {
        assertEquals(Optional.of(false), BERLIN.ownPool().orElseThrow().haEnabled(), "the dump says ha_enabled false");

        assertEquals(List.of(), check(PoolRules.hostHaDisabled(), TAMPA_POOL, BERLIN));
    }

    @Test
    void aHostWhoseOwnPoolHasHaOnIsRefusedWithHaIsEnabled() {
        Violation v = blocker(check(PoolRules.hostHaDisabled(), TAMPA_POOL, withOwnPool(BERLIN, own -> own
                .haEnabled(true))), "HA_IS_ENABLED");

        assertEquals("host.ownPool.haEnabled", v.subject().path());
        assertTrue(v.message().startsWith("HA is enabled on the pool berlin heads"), v.message());
        assertTrue(v.fixableByConfiguration());
    }

    @Test
    void theHaOfAHostsOwnPoolCannotBeCheckedWhenUnknown() {
        cannotCheck(check(PoolRules.hostHaDisabled(), TAMPA_POOL, DT23));
        Host unknownHa = BERLIN.toBuilder().ownPool(new PoolConfiguration(Optional.empty(),
                BERLIN.ownPool().orElseThrow().restrictions(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).build();
        Violation v = cannotCheck(check(PoolRules.hostHaDisabled(), TAMPA_POOL, unknownHa));
        assertTrue(v.message().contains("whether HA is enabled on the pool berlin heads"), v.message());
    }

    // ------------------------------------------------------------------ host.clustering-disabled

    @Test
    void aXenServer56HostKnowsNoClusteringSoItCannotBeChecked() {
        Violation v = cannotCheck(check(PoolRules.hostClusteringDisabled(), TAMPA_POOL, BERLIN));

        assertTrue(v.message().contains("whether clustering is enabled on berlin"), v.message());
    }

    @Test
    void anEnabledClusterHostIsRefusedWithClusteringEnabledNamingIt() {
        Violation v = blocker(check(PoolRules.hostClusteringDisabled(), TAMPA_POOL, withOwnPool(BERLIN, own -> own
                .enabledClusterHosts(Set.of(CLUSTER_HOST)))), "CLUSTERING_ENABLED", CLUSTER_HOST);

        assertTrue(v.message().contains("Cluster_host " + CLUSTER_HOST), v.message());
        assertTrue(v.fixableByConfiguration());
    }

    @Test
    void noEnabledClusterHostPasses() {
        assertEquals(List.of(), check(PoolRules.hostClusteringDisabled(), TAMPA_POOL, withOwnPool(BERLIN, own -> own
                .enabledClusterHosts(Set.of()))));
        assertEquals(List.of(), check(PoolRules.hostClusteringDisabled(), TAMPA_POOL, withOwnPool(BERLIN, own -> own
                .clustered(false))), "not clustered: no Cluster_host is enabled");
    }

    @Test
    void theEnabledClusterHostsDecideWhenWhetherTheHostIsClusteredIsNotSaid() {
        // A configuration made without the builder may list the Cluster_hosts and leave clustered unknown.
        PoolConfiguration listed = new PoolConfiguration(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.of(Set.of(CLUSTER_HOST)));
        PoolConfiguration none = new PoolConfiguration(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.of(Set.of()));

        blocker(check(PoolRules.hostClusteringDisabled(), TAMPA_POOL, BERLIN.toBuilder().ownPool(listed).build()),
                "CLUSTERING_ENABLED", CLUSTER_HOST);
        assertEquals(List.of(), check(PoolRules.hostClusteringDisabled(), TAMPA_POOL,
                BERLIN.toBuilder().ownPool(none).build()));
    }

    @Test
    void aHostKnownToBeClusteredIsRefusedEvenWhenItsClusterHostIsNotKnown() {
        blocker(check(PoolRules.hostClusteringDisabled(), TAMPA_POOL, withOwnPool(BERLIN, own -> own
                .clustered(true))), "CLUSTERING_ENABLED");
    }

    // ------------------------------------------------------------------ host.not-itself

    @Test
    void theMasterOfAPoolOfTwoJoiningItIsAlreadyPartOfAPool() {
        Violation v = blocker(check(PoolRules.notJoiningItself(), TAMPA_POOL, DT16), "OPERATION_NOT_ALLOWED",
                "Host is already part of a pool");

        assertTrue(v.message().contains("is the master of pool"), v.message());
        assertTrue(!v.fixableByConfiguration(), "there is no join to make");
    }

    @Test
    void aStandaloneHostJoiningTheOnePoolItHeadsCannotBecomeSlaveOfItself() {
        Pool ownPool = DumpSamples.pool(COWLEY);
        assertEquals(ownPool.master().id(), BERLIN.id());

        blocker(check(PoolRules.notJoiningItself(), ownPool, BERLIN), "OPERATION_NOT_ALLOWED",
                "Host cannot become slave of itself");
    }

    @Test
    void anotherHostThanTheMasterIsNotJoiningItself() {
        assertEquals(List.of(), check(PoolRules.notJoiningItself(), TAMPA_POOL, BERLIN));
        assertEquals(List.of(), check(PoolRules.notJoiningItself(), TAMPA_POOL, DT23),
                "xapi compares with the master only; host.no-other-hosts refuses a member");
    }

    // ------------------------------------------------------------------ host.no-other-hosts

    @Test
    void aMemberOfAPoolKnowsOfOtherHostsAndIsRefused() {
        assertEquals(new Membership.Member(TAMPA_POOL.id()), DT23.membership());

        Violation v = blocker(check(PoolRules.noOtherHosts(), DumpSamples.pool(COWLEY), DT23),
                "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS");

        assertTrue(v.message().contains("is a member of pool " + TAMPA_POOL.id()), v.message());
    }

    @Test
    void theMasterOfAPoolOfTwoIsRefused() {
        Violation v = blocker(check(PoolRules.noOtherHosts(), DumpSamples.pool(COWLEY), DT16),
                "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS");

        assertTrue(v.message().contains("with 1 other host"), v.message());
    }

    @Test
    void aHostAloneInItsDatabaseMayJoin() {
        assertEquals(List.of(), check(PoolRules.noOtherHosts(), TAMPA_POOL, BERLIN));
        Host masterOfOne = BERLIN.withMembership(new Membership.Master(DumpSamples.pool(COWLEY).id(), 1));
        assertEquals(List.of(), check(PoolRules.noOtherHosts(), TAMPA_POOL, masterOfOne));
    }

    // ------------------------------------------------------------------ host.not-updating, pool.not-updating

    @Test
    void aXenServer56PoolRecordHasNoOperationsSoUpdatesInProgressCannotBeChecked() {
        cannotCheck(check(PoolRules.hostNotUpdating(), TAMPA_POOL, BERLIN));
        Violation pool = cannotCheck(check(PoolRules.poolNotUpdating(), TAMPA_POOL, BERLIN));

        assertTrue(pool.message().contains("whether pool 16And23 is applying updates"), pool.message());
    }

    @Test
    void aHostWhoseOwnPoolAppliesUpdatesIsRefusedWithNotSupportedDuringUpgrade() {
        Violation v = blocker(check(PoolRules.hostNotUpdating(), TAMPA_POOL, withOwnPool(BERLIN, own -> own
                .currentOperations(Set.of("apply_updates")))), "NOT_SUPPORTED_DURING_UPGRADE");

        assertEquals("host.ownPool.currentOperations", v.subject().path());
        assertTrue(v.message().startsWith("the pool berlin heads is applying updates"), v.message());
    }

    @Test
    void aPoolThatAppliesUpdatesTakesNoHostWithNotSupportedDuringUpgrade() {
        Violation v = blocker(check(PoolRules.poolNotUpdating(), withOperations(TAMPA_POOL, Set.of("apply_updates")),
                BERLIN), "NOT_SUPPORTED_DURING_UPGRADE");

        assertEquals("pool.configuration.currentOperations", v.subject().path());
    }

    @Test
    void otherOperationsInProgressDoNotBlock() {
        Set<String> others = Set.of("ha_enable", "cluster_create");

        assertEquals(List.of(), check(PoolRules.hostNotUpdating(), TAMPA_POOL, withOwnPool(BERLIN, own -> own
                .currentOperations(others))));
        assertEquals(List.of(), check(PoolRules.poolNotUpdating(), withOperations(TAMPA_POOL, others), BERLIN));
        assertEquals(List.of(), check(PoolRules.poolNotUpdating(), withOperations(TAMPA_POOL, Set.of()), BERLIN));
    }

    // ------------------------------------------------------------------ in xapi's order

    @Test
    void inXapisOrderTheMasterJoiningItsOwnPoolIsAnsweredByAssertNotJoiningMyself() {
        RuleSet xapiOrder = RuleSet.of("xapi-checks", CpuLevelPolicy.LEVELLING, JoinContext.defaults(), List.of(
                LicenceRules.pooling(), LicenceRules.poolSize(), PoolRules.hostHaDisabled(),
                PoolRules.hostClusteringDisabled(), PoolRules.notJoiningItself(), PoolRules.noOtherHosts(),
                LicenceRules.poolEdition(), PoolRules.hostNotUpdating(), PoolRules.poolNotUpdating()));
        Host dt16 = DT16.toBuilder().ownPool(PoolConfiguration.builder().haEnabled(false)
                .enabledClusterHosts(Set.of()).build()).build();

        XapiAnswer answer = xapiOrder.evaluate(withOperations(TAMPA_POOL, Set.of()), dt16).xapiAnswer();

        Violation first = answer.error().orElseThrow();
        assertEquals(PoolRules.NOT_ITSELF, first.ruleId());
        assertEquals(List.of("Host is already part of a pool"), first.xapiErrorParameters());
        assertEquals(List.of(LicenceRules.POOLING), answer.unchecked().stream().map(Violation::ruleId).toList(),
                "the licence of dt16's own pool is not given, so xapi might stop there first");
    }

    // ------------------------------------------------------------------ descriptors

    @Test
    void eachRuleNamesItsXapiCheckAndTheReleasesThatRunIt() {
        assertAll(
                () -> assertEquals(Optional.of(XapiReleases.ALWAYS), PoolRules.hostHaDisabled().descriptor()
                        .xapiReleases()),
                () -> assertEquals(Optional.of(XapiReleases.since("1.93.0")), PoolRules.hostClusteringDisabled()
                        .descriptor().xapiReleases()),
                () -> assertEquals(Optional.of(XapiReleases.ALWAYS), PoolRules.notJoiningItself().descriptor()
                        .xapiReleases()),
                () -> assertEquals(Optional.of(XapiReleases.ALWAYS), PoolRules.noOtherHosts().descriptor()
                        .xapiReleases()),
                () -> assertEquals(Optional.of(XapiReleases.since("1.301.0")), PoolRules.hostNotUpdating()
                        .descriptor().xapiReleases()),
                () -> assertEquals(Optional.of(XapiReleases.since("1.301.0")), PoolRules.poolNotUpdating()
                        .descriptor().xapiReleases()),
                () -> assertEquals(List.of("ha_is_not_enable_on_me", "clustering_is_not_enabled_on_me",
                        "assert_not_joining_myself", "assert_i_know_of_no_other_hosts",
                        "assert_not_in_updating_on_me", "assert_no_hosts_in_updating"),
                        List.of(PoolRules.hostHaDisabled(), PoolRules.hostClusteringDisabled(),
                                PoolRules.notJoiningItself(), PoolRules.noOtherHosts(), PoolRules.hostNotUpdating(),
                                PoolRules.poolNotUpdating()).stream()
                                .map(rule -> rule.descriptor().sources().get(0).reference()).toList()));
    }
}
