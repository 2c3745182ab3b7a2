package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.rules.software.SoftwareRules;
import io.github.xenpool.rules.vm.VmRules;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import io.github.xenpool.testkit.Softwares;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * pool-testkit's join cases against xapi's checks of VMs and software as xapi 24.19.2 (XCP-ng
 * 8.3) runs them: a compliant case passes them all, and each mutation trips exactly the checks that
 * read what it changes, each with a blocker of xapi's error; another hotfix changes the
 * {@code pool_patch}es of XenServer 5.6 to 6.2 and the {@code pool_update}s of later releases. Run
 * as the hosts' own xapi runs them, on XenServer 5.6 to 6.2 a running driver domain passes and
 * another platform version is inhomogeneous too; on Citrix Hypervisor 8.2 another platform version
 * is still inhomogeneous; from XCP-ng 8.3 on a driver domain blocks and the platform version is no
 * longer compared.
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
            Map.entry(Mutation.HOMOGENEOUS_UPDATE, Set.of(SoftwareRules.UPDATES)));

    /** The checks a mutation trips in a case: a hotfix is a pool_patch before XenServer 7, a pool_update after. */
    private static Set<String> trips(Mutation mutation, JoinCase c) {
        if (mutation == Mutation.HOTFIX) {
            boolean patches = Stream.of(c.pool().master(), c.host()).flatMap(h -> h.software().updates().orElseThrow()
                    .stream()).anyMatch(u -> u.kind() == Update.Kind.PATCH);
            return Set.of(patches ? SoftwareRules.PATCHES : SoftwareRules.UPDATES);
        }
        return TRIPS.getOrDefault(mutation, Set.of());
    }

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
        qt(30).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            JoinReport report = CHECKS.evaluate(c.pool(), c.host());
            assertEquals(trips(mutation, c), report.violations().stream().map(Violation::ruleId)
                    .collect(Collectors.toSet()),
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
        Gen<Software> xenServer6 = Softwares.xenServer5And6();
        qt(30).forAll(JoinCases.mutated(xenServer6, Mutation.RUNNING_CONTROL_DOMAIN)).checkAssert(c ->
                assertEquals(List.of(), running.evaluate(c.pool(), c.host(), JoinContext.defaults())));
        qt(30).forAll(JoinCases.mutated(xenServer6, Mutation.PLATFORM_VERSION)).checkAssert(c ->
                assertEquals(List.of(List.of("software version differs")), homogeneous.evaluate(c.pool(), c.host(),
                        JoinContext.defaults()).stream().map(Violation::xapiErrorParameters).toList()));
        qt(30).forAll(JoinCases.compliant(xenServer6)).checkAssert(c -> {
            assertEquals(List.of(), running.evaluate(c.pool(), c.host(), JoinContext.defaults()));
            assertEquals(List.of(), homogeneous.evaluate(c.pool(), c.host(), JoinContext.defaults()));
        });
    }

    @Test
    void asCitrixHypervisor82sXapiRunsThemAnotherPlatformVersionIsStillInhomogeneous() {
        JoinRule homogeneous = SoftwareRules.hostsHomogeneous();
        qt(30).forAll(JoinCases.mutated(Softwares.of("1.249.26"), Mutation.PLATFORM_VERSION)).checkAssert(c ->
                assertEquals(List.of(List.of("Software version differs")), homogeneous.evaluate(c.pool(), c.host(),
                        JoinContext.defaults()).stream().map(Violation::xapiErrorParameters).toList()));
    }

    @Test
    void asXcpNg83sXapiRunsThemADriverDomainBlocksAndThePlatformVersionIsNotCompared() {
        JoinRule running = VmRules.running();
        JoinRule homogeneous = SoftwareRules.hostsHomogeneous();
        for (String release : List.of("24.19.2", "26.1.4")) {
            qt(20).forAll(JoinCases.mutated(Softwares.of(release), Mutation.RUNNING_CONTROL_DOMAIN)).checkAssert(c ->
                    assertEquals(List.of("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS"), running.evaluate(c.pool(),
                            c.host(), JoinContext.defaults()).stream().map(v -> v.xapiErrorCode().orElseThrow())
                            .toList()));
            qt(20).forAll(JoinCases.mutated(Softwares.of(release), Mutation.PLATFORM_VERSION)).checkAssert(c ->
                    assertEquals(List.of(), homogeneous.evaluate(c.pool(), c.host(), JoinContext.defaults())));
        }
    }
}
