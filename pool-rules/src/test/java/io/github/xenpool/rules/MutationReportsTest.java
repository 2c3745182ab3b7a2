package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** pool-testkit's join cases against the XenServer 5.6 rules: each mutation causes exactly its violations. */
class MutationReportsTest {

    private static final RuleSet RULES = RuleSets.xenServer56();

    /** The rules each mutation must trip, and the verdict it must lead to. */
    private static final Map<Mutation, Expectation> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(Mutation.RUNNING_VM, Expectation.blocked("vm.running-or-suspended")),
            Map.entry(Mutation.SUSPENDED_VM, Expectation.blocked("vm.running-or-suspended")),
            Map.entry(Mutation.VM_WITH_OPERATION, Expectation.blocked("vm.active-operations")),
            Map.entry(Mutation.SHARED_SR, Expectation.blocked("storage.shared")),
            Map.entry(Mutation.BONDED_MANAGEMENT, Expectation.blocked("network.bonded-management")),
            Map.entry(Mutation.DYNAMIC_DHCP, Expectation.blocked("network.static-ip")),
            Map.entry(Mutation.CLOCK_SKEW, Expectation.blocked("clock.sync")),
            Map.entry(Mutation.NO_NTP, new Expectation(Set.of("clock.sync"), Set.of(Verdict.ALLOWED))),
            Map.entry(Mutation.PRODUCT_VERSION, Expectation.blocked("software.version")),
            Map.entry(Mutation.HOTFIX, Expectation.blocked("software.patch-level")),
            Map.entry(Mutation.SUPPLEMENTAL_PACK, Expectation.blocked("software.supplemental-packs")),
            Map.entry(Mutation.PACK_REVISION, Expectation.blocked("software.supplemental-packs")),
            Map.entry(Mutation.LICENCE_EDITION, Expectation.blocked("licence.edition")),
            Map.entry(Mutation.CPU_VENDOR, Expectation.blocked("cpu.vendor")),
            Map.entry(Mutation.MISSING_CPU_FEATURES, Expectation.blocked("cpu.features")),
            Map.entry(Mutation.UNMASKABLE_CPU_FEATURES, Expectation.blocked("cpu.features")),
            Map.entry(Mutation.NO_MASKING_SUPPORT, Expectation.blocked("cpu.features")),
            Map.entry(Mutation.MASKABLE_CPU_FEATURES,
                    new Expectation(Set.of("cpu.features"), Set.of(Verdict.ALLOWED_WITH_MASKING))),
            Map.entry(Mutation.MASKING_WITHOUT_ENTERPRISE, Expectation.blocked("cpu.features", "cpu.masking-licence")),
            Map.entry(Mutation.VIRTUALIZATION_OFF,
                    new Expectation(Set.of("cpu.virtualization"), Set.of(Verdict.ALLOWED, Verdict.BLOCKED))),
            Map.entry(Mutation.POOL_FULL, Expectation.blocked("pool.size")),
            Map.entry(Mutation.HA_ENABLED, Expectation.blocked("pool.ha-disabled")),
            Map.entry(Mutation.IN_ANOTHER_POOL, Expectation.blocked("host.standalone")),
            // xapi's later checks, which the XenServer 5.6 rules do not make: they see nothing.
            Map.entry(Mutation.EXTERNAL_AUTH, Expectation.allowed()),
            Map.entry(Mutation.TLS_VERIFICATION, Expectation.allowed()),
            Map.entry(Mutation.CA_CERTIFICATE_NAME, Expectation.allowed()),
            Map.entry(Mutation.TRUSTED_CERTIFICATE_PURPOSES, Expectation.allowed()),
            // xapi's checks of the pool the host heads, and of updates in progress: XenServer 5.6's rules read none.
            Map.entry(Mutation.POOLING_UNLICENSED, Expectation.allowed()),
            Map.entry(Mutation.POOL_SIZE_RESTRICTED, Expectation.allowed()),
            Map.entry(Mutation.HA_ENABLED_ON_HOST, Expectation.allowed()),
            Map.entry(Mutation.CLUSTERING_ON_HOST, Expectation.allowed()),
            Map.entry(Mutation.HOST_APPLYING_UPDATES, Expectation.allowed()),
            Map.entry(Mutation.POOL_APPLYING_UPDATES, Expectation.allowed()),
            // The master is a member of its pool already.
            Map.entry(Mutation.JOINING_ITSELF, Expectation.blocked("host.standalone")),
            // xapi's network and storage checks: XenServer 5.6's rules read none of these facts.
            Map.entry(Mutation.NO_MANAGEMENT_INTERFACE, Expectation.allowed()),
            Map.entry(Mutation.CLUSTER_NETWORK_ADDRESS, Expectation.allowed()),
            Map.entry(Mutation.BOND, Expectation.allowed()),
            Map.entry(Mutation.TUNNEL, Expectation.allowed()),
            Map.entry(Mutation.SRIOV_NETWORK, Expectation.allowed()),
            Map.entry(Mutation.VLAN, Expectation.allowed()),
            Map.entry(Mutation.MANAGEMENT_VLAN, Expectation.allowed()),
            Map.entry(Mutation.NETWORK_BACKEND, Expectation.allowed()),
            Map.entry(Mutation.PRIMARY_ADDRESS_TYPE, Expectation.allowed()),
            Map.entry(Mutation.NBD_PURPOSE, Expectation.allowed()),
            Map.entry(Mutation.SM_FEATURES, Expectation.allowed()),
            // xapi's checks of VMs and software: XenServer 5.6's rules read none of these facts.
            Map.entry(Mutation.RUNNING_CONTROL_DOMAIN, Expectation.allowed()),
            Map.entry(Mutation.BUSY_NON_GUEST_VM, Expectation.allowed()),
            Map.entry(Mutation.PENDING_GUIDANCE, Expectation.allowed()),
            Map.entry(Mutation.PLATFORM_VERSION, Expectation.allowed()),
            Map.entry(Mutation.SOFTWARE_BUILD, Expectation.allowed()),
            Map.entry(Mutation.API_VERSION, Expectation.allowed()),
            Map.entry(Mutation.DB_SCHEMA, Expectation.allowed()),
            Map.entry(Mutation.HOMOGENEOUS_UPDATE, Expectation.allowed())));

    record Expectation(Set<String> ruleIds, Set<Verdict> verdicts) {
        static Expectation blocked(String... ids) {
            return new Expectation(Set.of(ids), Set.of(Verdict.BLOCKED));
        }

        /** A difference no rule of the set sees: no violation, and the join is allowed. */
        static Expectation allowed() {
            return new Expectation(Set.of(), Set.of(Verdict.ALLOWED));
        }
    }

    private static Set<String> ids(JoinReport report) {
        return report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
    }

    @Test
    void everyMutationHasAnExpectation() {
        assertEquals(Set.of(Mutation.values()), EXPECTED.keySet());
    }

    @Test
    void aCompliantHostIsAllowedWithoutAViolation() {
        qt(150).forAll(JoinCases.compliant()).checkAssert(c -> {
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            JoinAssertions.assertAllowed(report);
            assertEquals(Set.of(), ids(report), report.render());
        });
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void eachMutationCausesExactlyItsViolations(Mutation mutation) {
        Expectation expected = EXPECTED.get(mutation);
        qt(40).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            assertEquals(expected.ruleIds(), ids(report), () -> c + "\n" + report.render());
            assertTrue(expected.verdicts().contains(report.verdict()), () -> c + "\n" + report.render());
        });
    }

    @Test
    void haOnThePoolAddsExactlyItsBlockerUnderBothRuleSets() {
        qt(40).forAll(JoinCases.mutated(Mutation.HA_ENABLED)).checkAssert(c -> {
            Pool off = c.pool().toBuilder().haEnabled(false).build();
            for (RuleSet rules : List.of(RULES, RuleSets.levelling())) {
                JoinReport on = rules.evaluate(c.pool(), c.host());
                Set<String> without = ids(rules.evaluate(off, c.host()));
                Set<String> expected = new HashSet<>(without);
                expected.add("pool.ha-disabled");
                assertEquals(Verdict.BLOCKED, on.verdict(), () -> rules.name() + "\n" + on.render());
                assertEquals(expected, ids(on), () -> rules.name() + "\n" + on.render());
                assertEquals(1, on.violationsOf("pool.ha-disabled").size(), on::render);
            }
        });
    }

    @Test
    void virtualizationOffBlocksExactlyWhenThePoolRunsHvmVms() {
        qt(60).forAll(JoinCases.mutated(Mutation.VIRTUALIZATION_OFF)).check(c -> {
            Violation v = RULES.evaluate(c.pool(), c.host()).violationsOf("cpu.virtualization").get(0);
            return (v.severity() == Severity.BLOCKER) == c.pool().hasHvmVms();
        });
    }

    static Map<Mutation, Expectation> expectations() {
        return EXPECTED;
    }

    static JoinReport evaluate(JoinCase c) {
        return RULES.evaluate(c.pool(), c.host());
    }
}
