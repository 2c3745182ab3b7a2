package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.rules.software.SoftwareRules;
import io.github.xenpool.rules.vm.VmRules;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * pool-testkit's join cases against xapi's checks of VMs and software as xapi 24.19.2 (XCP-ng
 * 8.3) runs them: a compliant case passes them all, and each mutation trips exactly the checks that
 * read what it changes, each with a blocker of xapi's error. Run as the hosts' own xapi runs them
 * (XenServer 5.6 to 6.2), a running driver domain passes and another platform version is
 * inhomogeneous too.
 */
class XapiChecksMutationsTest {

    private static final XapiVersion XCP_NG_83 = XapiVersion.parse("24.19.2");

    private static final RuleSet CHECKS = RuleSet.of("xapi-vm-software", CpuLevelPolicy.LEVELLING,
            JoinContext.defaults(), List.of(
                    VmRules.running(XCP_NG_83),
                    VmRules.activeOperationsOfEveryVmRecord(),
                    SoftwareRules.pendingGuidance(),
                    SoftwareRules.compatible(),
                    SoftwareRules.hostsHomogeneous(XCP_NG_83),
                    SoftwareRules.apiVersion(),
                    SoftwareRules.dbSchema(),
                    SoftwareRules.updates(),
                    SoftwareRules.patches()));

    /** The checks each mutation trips; a mutation not listed trips none. */
    private static final Map<Mutation, Set<String>> TRIPS = Map.ofEntries(
            Map.entry(Mutation.RUNNING_VM, Set.of(VmRules.RUNNING)),
            Map.entry(Mutation.RUNNING_CONTROL_DOMAIN, Set.of(VmRules.RUNNING)),
            Map.entry(Mutation.VM_WITH_OPERATION, Set.of(VmRules.ACTIVE_OPERATIONS)),
            Map.entry(Mutation.BUSY_NON_GUEST_VM, Set.of(VmRules.ACTIVE_OPERATIONS)),
            Map.entry(Mutation.PENDING_GUIDANCE, Set.of(SoftwareRules.PENDING_GUIDANCE)),
            Map.entry(Mutation.PLATFORM_VERSION, Set.of(SoftwareRules.COMPATIBLE)),
            Map.entry(Mutation.SOFTWARE_BUILD, Set.of(SoftwareRules.HOSTS_HOMOGENEOUS)),
            Map.entry(Mutation.CPU_VENDOR, Set.of(SoftwareRules.HOSTS_HOMOGENEOUS)),
            Map.entry(Mutation.API_VERSION, Set.of(SoftwareRules.API_VERSION)),
            Map.entry(Mutation.DB_SCHEMA, Set.of(SoftwareRules.DB_SCHEMA)),
            Map.entry(Mutation.HOMOGENEOUS_UPDATE, Set.of(SoftwareRules.UPDATES)),
            Map.entry(Mutation.HOTFIX, Set.of(SoftwareRules.PATCHES)));

    @Test
    void aCompliantCasePassesEveryCheck() {
        qt(100).forAll(JoinCases.compliant()).checkAssert(c -> {
            JoinReport report = CHECKS.evaluate(c.pool(), c.host());
            assertEquals(List.of(), report.violations(), report::render);
        });
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void eachMutationTripsExactlyTheChecksThatReadWhatItChangesWithBlockersOfXapisErrors(Mutation mutation) {
        Set<String> expected = TRIPS.getOrDefault(mutation, Set.of());
        qt(30).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            JoinReport report = CHECKS.evaluate(c.pool(), c.host());
            assertEquals(expected, report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet()),
                    () -> c + "\n" + report.render());
            report.violations().forEach(v -> {
                assertEquals(Severity.BLOCKER, v.severity(), v::toString);
                assertEquals(true, v.xapiErrorCode().isPresent(), v::toString);
            });
        });
    }

    @Test
    void asTheHostsOwnXenServer6XapiRunsThemADriverDomainMayRunAndThePlatformVersionIsCompared() {
        JoinRule running = VmRules.running();
        JoinRule homogeneous = SoftwareRules.hostsHomogeneous();
        qt(30).forAll(JoinCases.mutated(Mutation.RUNNING_CONTROL_DOMAIN)).checkAssert(c ->
                assertEquals(List.of(), running.evaluate(c.pool(), c.host(), JoinContext.defaults())));
        qt(30).forAll(JoinCases.mutated(Mutation.PLATFORM_VERSION)).checkAssert(c ->
                assertEquals(List.of(List.of("software version differs")), homogeneous.evaluate(c.pool(), c.host(),
                        JoinContext.defaults()).stream().map(Violation::xapiErrorParameters).toList()));
        qt(30).forAll(JoinCases.compliant()).checkAssert(c -> {
            assertEquals(List.of(), running.evaluate(c.pool(), c.host(), JoinContext.defaults()));
            assertEquals(List.of(), homogeneous.evaluate(c.pool(), c.host(), JoinContext.defaults()));
        });
    }
}
