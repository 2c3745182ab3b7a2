package io.github.xenpool.rules;

import static io.github.xenpool.rules.JoinFixtures.POOL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import io.github.xenpool.rules.sets.RuleSets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JoinReportTest {

    /**
     * A 16-host Advanced pool with HA on, running an HVM VM, whose shared SR's server is on dynamic
     * DHCP.
     */
    private static Pool troubledPool() {
        StorageRepository dhcpNfs = POOL.sharedStorage().get(0).toBuilder()
                .server("nfs01.example.com", Addressing.DHCP).build();
        Host master = POOL.master().withLicence(LicenceEdition.ADVANCED).toBuilder()
                .vm(Vm.builder().uuid("6c1e2d3f-4a5b-4c6d-8e7f-8091a2b3c4d5").name("win2008")
                        .mode(VirtualizationMode.HVM).build()).build();
        Pool.Builder builder = POOL.toBuilder().master(master).secondaries(List.of()).sharedStorage(List.of(dhcpNfs));
        for (int i = 1; i < 16; i++) {
            builder.secondary(JoinFixtures.candidate(i).hostname("xs-" + (20 + i))
                    .licence(LicenceEdition.ADVANCED).build());
        }
        return builder.haEnabled(true).build();
    }

    /** A host that breaks every rule that can apply to an Intel host. */
    private static Host troubledHost() {
        return SamplePools.troubledCandidate().toBuilder()
                .membership(new Membership.Member("0e9d8c7b-6a59-4483-a726-15f4e3d2c1b0"))
                .cpu(CpuCatalog.shipped().realHost("Xeon-E5-2650-v4").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).virtualizationEnabled(false).build())
                .clock(Duration.ofSeconds(90), false)
                .vm(Vm.builder().uuid("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f72").name("exporting")
                        .currentOperation(VmOperation.EXPORT).build())
                .storageRepository(StorageRepository.sharedNfs("9d8c7b6a-5f4e-4d3c-8b2a-190817161514",
                        "filer2.example.com").name("nfs-old").build())
                .software(SamplePools.troubledCandidate().software().toBuilder().productVersion("5.5.0").build())
                .managementInterface(SamplePools.troubledCandidate().managementInterface().toBuilder()
                        .ipAddress("192.0.2.11").build())
                .build();
    }

    @Test
    void oneHostThatBreaksEveryRuleGetsEveryViolationInOneReport() {
        JoinReport intel = RuleSets.xenServer56().evaluate(troubledPool(), troubledHost());
        Host amd = SamplePools.amdCandidate();
        JoinReport amdIntoBarePool = RuleSets.xenServer56().evaluate(POOL.toBuilder().sharedStorage(List.of()).build(),
                amd);

        Set<String> intelIds = new TreeSet<>(intel.violations().stream().map(Violation::ruleId).toList());
        Set<String> expected = new TreeSet<>(RuleSets.xenServer56().ruleIds());
        // The vendor rule excludes the feature rules, and a pool without shared storage has no SR server to warn of.
        expected.removeAll(List.of("cpu.vendor", "pool.shared-storage"));
        assertEquals(expected, intelIds, intel.render());
        assertEquals(Set.of("cpu.vendor", "pool.shared-storage"),
                Set.copyOf(amdIntoBarePool.violations().stream().map(Violation::ruleId).toList()));
    }

    @Test
    void blockersComeFirstThenWarningsThenNotesEachInRuleOrder() {
        JoinReport report = RuleSets.xenServer56().evaluate(troubledPool(), troubledHost());
        List<Violation> violations = report.violations();

        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(java.util.Comparator.comparing(Violation::severity));
        assertEquals(sorted, violations);
        List<String> ruleOrder = RuleSets.xenServer56().ruleIds();
        for (Severity severity : Severity.values()) {
            List<Integer> positions = violations.stream().filter(v -> v.severity() == severity)
                    .map(v -> ruleOrder.indexOf(v.ruleId())).toList();
            List<Integer> ordered = new ArrayList<>(positions);
            ordered.sort(null);
            assertEquals(ordered, positions, severity + " violations follow rule order");
        }
        assertEquals(report.blockers().size() + report.warnings().size() + report.notes().size(), violations.size());
        assertEquals(Verdict.BLOCKED, report.verdict());
        assertTrue(report.resultingCpuLevel().isEmpty(), "a blocked join has no resulting level");
    }

    @Test
    void theRenderingFitsATerminalAndSaysEverything() {
        JoinReport report = RuleSets.xenServer56().evaluate(troubledPool(), troubledHost());
        String text = report.render();

        assertAll(
                () -> assertTrue(text.lines().allMatch(line -> line.length() <= 100),
                        () -> text.lines().filter(l -> l.length() > 100).findFirst().orElse("")),
                () -> assertTrue(text.contains("Verdict: BLOCKED (" + report.blockers().size() + " blockers, "
                        + report.warnings().size() + " warning")),
                () -> assertTrue(text.contains("BLOCKER cpu.masking-licence   [xapi FEATURE_RESTRICTED]")),
                () -> assertTrue(text.contains("subject:  host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70] (win2008-sql)")),
                () -> assertTrue(text.contains("expected: STATIC or DHCP_RESERVED")),
                () -> assertTrue(text.contains("fix:      1. Move the management interface of xs-07 from bond0")),
                () -> assertTrue(text.contains("2. Join xs-07 to pool prod-intel")));
        for (Violation violation : report.violations()) {
            assertTrue(text.contains(violation.ruleId()), violation.ruleId());
        }
    }

    @Test
    void assertionsCarryTheRenderedReport() {
        JoinReport blocked = RuleSets.xenServer56().evaluate(POOL, SamplePools.amdCandidate());

        AssertionError notAllowed = assertThrows(AssertionError.class, () -> JoinAssertions.assertAllowed(blocked));
        AssertionError wrongRule = assertThrows(AssertionError.class,
                () -> JoinAssertions.assertBlockedBy(blocked, "cpu.vendor", "licence.edition"));

        assertTrue(notAllowed.getMessage().contains(blocked.render()));
        assertTrue(wrongRule.getMessage().contains("no blocker from licence.edition"), wrongRule.getMessage());
        JoinAssertions.assertBlockedBy(blocked, "cpu.vendor");
        JoinAssertions.assertAllowedWithMasking(RuleSets.xenServer56().evaluate(POOL, SamplePools.newerIntelCandidate()));
        assertThrows(AssertionError.class, () -> JoinAssertions.assertNoViolationOf(blocked, "cpu.vendor"));
    }

    @Test
    void reportsAreValuesAndSummarizeOnOneLine() {
        JoinReport a = RuleSets.xenServer56().evaluate(POOL, SamplePools.troubledCandidate());
        JoinReport b = RuleSets.xenServer56().evaluate(POOL, SamplePools.troubledCandidate());

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("JoinReport[xs-07 -> prod-intel: BLOCKED, 7 blockers, 0 warnings, 0 notes]", a.toString());
        assertFalse(a.maskingPlan().isPresent());
        assertThrows(UnsupportedOperationException.class, () -> a.violations().clear());
    }

    @Test
    void aSinglePropertyProblemLeavesTheRestOfTheReportAlone() {
        Host compliant = SamplePools.compliantCandidate();
        Host dhcp = compliant.toBuilder().managementInterface(compliant.managementInterface().toBuilder()
                .addressing(Addressing.DHCP).build()).build();

        JoinReport report = RuleSets.xenServer56().evaluate(POOL, dhcp);

        assertEquals(List.of("network.static-ip"), report.violations().stream().map(Violation::ruleId).toList());
    }
}
