package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.RuleDescriptor.Source;
import io.github.xenpool.rules.cpu.CpuRules;
import io.github.xenpool.rules.pool.PoolRules;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.rules.storage.StorageRules;
import io.github.xenpool.rules.vm.VmRules;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A rule tells what it is without running: its descriptor, and what the combinators make of it. */
class RuleDescriptorTest {

    @Test
    void aRuleSetListsItsRulesDescriptorsInRuleOrder() {
        for (RuleSet rules : List.of(RuleSets.xenServer56(), RuleSets.levelling())) {
            assertEquals(rules.ruleIds(), rules.descriptors().stream().map(RuleDescriptor::id).toList());
            for (JoinRule rule : rules.rules()) {
                assertEquals(rule.description(), rule.descriptor().title(), rule.id());
            }
        }
    }

    @Test
    void everyShippedRuleNamesWhereItsRequirementComesFrom() {
        for (RuleSet rules : List.of(RuleSets.xenServer56(), RuleSets.levelling())) {
            for (RuleDescriptor descriptor : rules.descriptors()) {
                assertFalse(descriptor.sources().isEmpty(), descriptor.id());
            }
        }
    }

    @Test
    void xapiChecksAreNamedByTheirFunction() {
        Map<String, RuleDescriptor> levelling = byId(RuleSets.levelling());
        Map<String, RuleDescriptor> xenServer56 = byId(RuleSets.xenServer56());
        assertTrue(levelling.get(StorageRules.SHARED).sources()
                .contains(Source.xapiCheck("assert_no_shared_srs_on_me")));
        RuleDescriptor ha = levelling.get(PoolRules.HA_DISABLED);
        assertTrue(ha.sources().contains(Source.xapiCheck("ha_is_not_enable_on_the_distant_pool")));
        // xapi has had the HA check since its first release: levelling holds it as xapi() does, for every
        // release, and it is xenServer56's check.
        assertEquals(byId(RuleSets.xapi()).get(PoolRules.HA_DISABLED), ha);
        assertEquals(Optional.of(XapiReleases.ALWAYS), ha.xapiReleases());
        RuleDescriptor old = xenServer56.get(PoolRules.HA_DISABLED);
        assertEquals(List.of(old.defaultSeverity(), old.xapiErrors(), old.sources()),
                List.of(ha.defaultSeverity(), ha.xapiErrors(), ha.sources()));
        // Suspended VMs stopped blocking when xapi replaced its check.
        assertTrue(xenServer56.get(VmRules.RUNNING_OR_SUSPENDED).sources()
                .contains(Source.xapiCheck("assert_no_running_or_suspended_vms_on_me")));
        assertTrue(levelling.get(VmRules.RUNNING).sources().contains(Source.xapiCheck("assert_no_running_vms_on_me")));
        assertFalse(levelling.containsKey(VmRules.RUNNING_OR_SUSPENDED));
    }

    @Test
    void descriptorsStateTheDefaultsTheRulesDocument() {
        Map<String, RuleDescriptor> rules = byId(RuleSets.xenServer56());
        RuleDescriptor size = rules.get(PoolRules.SIZE);
        assertEquals(Severity.BLOCKER, size.defaultSeverity());
        assertEquals(List.of(XapiError.LICENCE_RESTRICTION), size.xapiErrors());
        assertFalse(size.fixableByConfiguration());
        RuleDescriptor standalone = rules.get(PoolRules.STANDALONE);
        assertEquals(List.of(XapiError.JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS, XapiError.HOST_IS_SLAVE),
                standalone.xapiErrors());
        assertTrue(standalone.fixableByConfiguration());
        assertEquals(Severity.INFO, rules.get(PoolRules.SHARED_STORAGE).defaultSeverity());
        assertEquals(Optional.empty(), rules.get(PoolRules.SHARED_STORAGE).xapiError());
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void everyViolationOfAShippedRuleStandsForAnXapiErrorItsRuleDeclares(Mutation mutation) {
        for (RuleSet rules : List.of(RuleSets.xenServer56(), RuleSets.levelling())) {
            Map<String, RuleDescriptor> described = byId(rules);
            qt(10).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
                for (Violation violation : rules.evaluate(c.pool(), c.host()).violations()) {
                    RuleDescriptor descriptor = described.get(violation.ruleId());
                    violation.xapiError().ifPresent(error -> assertTrue(descriptor.xapiErrors().contains(error),
                            violation.ruleId() + " gave " + error));
                    if (violation.isBlocker()) {
                        assertEquals(descriptor.defaultSeverity(), Severity.BLOCKER, violation.ruleId());
                    }
                }
            });
        }
    }

    @Test
    void aVmViolationTakesItsXapiErrorFromTheDescriptor() {
        Vm running = Vm.builder().uuid("3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70").name("web").powerState(PowerState.RUNNING).build();
        Violation violation = JoinFixtures.only(JoinFixtures.evaluate(JoinFixtures.candidate().vms(List.of(running))
                .build()), VmRules.RUNNING_OR_SUSPENDED);
        assertEquals(Optional.of(XapiError.JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS), violation.xapiError());
        assertEquals(Optional.of("JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS"), violation.xapiErrorCode());
    }

    @Test
    void aRuleThatDoesNotDescribeItselfIsDescribedByItsIdAndDescription() {
        JoinRule rack = JoinRule.of("site.same-rack", "the host is in the master's rack", (pool, host, context) -> List.of());
        RuleDescriptor descriptor = rack.descriptor();
        assertEquals("site.same-rack", descriptor.id());
        assertEquals("the host is in the master's rack", descriptor.title());
        assertEquals(Severity.BLOCKER, descriptor.defaultSeverity());
        assertEquals(List.of(), descriptor.xapiErrors());
        assertEquals(List.of(), descriptor.sources());
        assertFalse(descriptor.fixableByConfiguration());

        JoinRule handWritten = new JoinRule() {
            @Override
            public String id() {
                return "site.power";
            }

            @Override
            public String description() {
                return "the rack has power to spare";
            }

            @Override
            public List<Violation> evaluate(io.github.xenpool.core.Pool pool, io.github.xenpool.core.Host host,
                    JoinContext context) {
                return List.of();
            }
        };
        assertEquals(RuleDescriptor.of("site.power", "the rack has power to spare", Severity.BLOCKER),
                RuleSets.xenServer56().add(handWritten).descriptors().get(20));
    }

    @Test
    void aDescribedRulesViolationsTakeSeverityXapiErrorAndFixabilityFromItsDescriptor() {
        RuleDescriptor descriptor = RuleDescriptor.of("site.vms", "no VM runs", Severity.WARNING)
                .withXapiErrors(XapiError.of("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS"))
                .withFixableByConfiguration(true);
        JoinRule rule = JoinRule.of(descriptor, (pool, host, context) -> List.of(
                Violation.of(descriptor, Subject.host(host)).message("a VM runs").build()));
        Violation violation = RuleSets.xenServer56().add(rule)
                .evaluate(JoinFixtures.POOL, JoinFixtures.candidate().build()).violationsOf("site.vms").get(0);
        assertEquals(Severity.WARNING, violation.severity());
        assertEquals(Optional.of("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS"), violation.xapiErrorCode());
        assertTrue(violation.fixableByConfiguration());
        assertEquals("site.vms", rule.id());
        assertEquals("no VM runs", rule.description());
    }

    @Test
    void aDescribedRulesViolationCannotClaimAnXapiErrorTheRuleDoesNotStandFor() {
        RuleDescriptor descriptor = RuleDescriptor.of("site.vms", "no VM runs", Severity.BLOCKER)
                .withXapiErrors(XapiError.JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS);
        Violation.Builder builder = Violation.of(descriptor, Subject.host(JoinFixtures.candidate().build()))
                .message("a VM runs");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> builder.xapiError(XapiError.HA_IS_ENABLED));
        assertTrue(refused.getMessage().contains("JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS"),
                refused.getMessage());
        assertEquals(Optional.empty(), builder.withoutXapiError().build().xapiErrorCode());
    }

    @Test
    void withSeverityChangesTheDefaultSeverityAndBecauseAddsTheReason() {
        JoinRule warned = StorageRules.noSharedStorageOnHost().withSeverity(Severity.WARNING);
        assertEquals(Severity.WARNING, warned.descriptor().defaultSeverity());
        assertEquals(StorageRules.noSharedStorageOnHost().descriptor().xapiErrors(), warned.descriptor().xapiErrors());
        assertEquals(warned.description(), warned.descriptor().title());

        JoinRule reasoned = warned.because("the SAN team detaches SRs itself").because("ticket 42");
        assertEquals(Optional.of("the SAN team detaches SRs itself; ticket 42"), reasoned.descriptor().reason());
        assertEquals(Severity.WARNING, reasoned.descriptor().defaultSeverity());
        assertEquals(reasoned.description(), reasoned.descriptor().title());
    }

    @Test
    void onlyWhenKeepsTheRulesDescriptorAndSaysTheCondition() {
        JoinRule conditioned = CpuRules.maskingLicence().onlyWhen(CpuRules.SAME_VENDOR, "the CPU vendors match");
        RuleDescriptor plain = CpuRules.maskingLicence().descriptor();
        assertEquals(plain.withTitle(plain.title() + ", only when the CPU vendors match"), conditioned.descriptor());
    }

    @Test
    void aGroupBlocksWhenAnyRuleDoesAndStandsForAllTheirErrors() {
        JoinRule group = JoinRule.allOf("host.clean", "the host is clean", PoolRules.sharedStorage(),
                StorageRules.noSharedStorageOnHost(), VmRules.runningOrSuspended());
        RuleDescriptor descriptor = group.descriptor();
        assertEquals("host.clean", descriptor.id());
        assertEquals("the host is clean", descriptor.title());
        assertEquals(Severity.BLOCKER, descriptor.defaultSeverity());
        assertEquals(List.of(XapiError.JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS,
                XapiError.JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS), descriptor.xapiErrors());
        assertTrue(descriptor.sources().containsAll(StorageRules.noSharedStorageOnHost().descriptor().sources()));
        assertTrue(descriptor.fixableByConfiguration());
        assertFalse(JoinRule.allOf("pool.ok", "the pool is fine", PoolRules.size(), PoolRules.sharedStorage())
                .descriptor().fixableByConfiguration());
    }

    @Test
    void aRuleWhoseDescriptorNamesAnotherIdIsReportedByName() {
        JoinRule confused = new JoinRule() {
            @Override
            public String id() {
                return "site.confused";
            }

            @Override
            public String description() {
                return "it says another id";
            }

            @Override
            public RuleDescriptor descriptor() {
                return RuleDescriptor.of("site.other", "another rule", Severity.INFO);
            }

            @Override
            public List<Violation> evaluate(io.github.xenpool.core.Pool pool, io.github.xenpool.core.Host host,
                    JoinContext context) {
                return List.of();
            }
        };
        RuleSet rules = RuleSets.xenServer56().add(confused);
        IllegalStateException refused = assertThrows(IllegalStateException.class, rules::descriptors);
        assertTrue(refused.getMessage().contains("site.confused") && refused.getMessage().contains("site.other"),
                refused.getMessage());
    }

    @Test
    void anXapiErrorIsItsWireStringAndOpenToCodesNotListedYet() {
        assertEquals(XapiError.HOSTS_NOT_HOMOGENEOUS, XapiError.of("HOSTS_NOT_HOMOGENEOUS"));
        assertEquals("HOSTS_NOT_HOMOGENEOUS", XapiError.HOSTS_NOT_HOMOGENEOUS.toString());
        assertEquals("POOL_JOINING_HOST_HAS_TUNNELS", XapiError.of("POOL_JOINING_HOST_HAS_TUNNELS").code());
        for (String notACode : List.of("", "hosts_not_homogeneous", "HOSTS NOT", "_X", "1X", "X-Y")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> XapiError.of(notACode));
            assertTrue(refused.getMessage().contains("HOSTS_NOT_HOMOGENEOUS"), refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Violation.of("x.y", Severity.INFO,
                Subject.host(JoinFixtures.candidate().build())).message("m").xapiErrorCode("not a code"));
    }

    @Test
    void anXapiErrorCodeTakesEveryCapitalLetterDigitAndUnderscoreAndNoCharacterNextToThem() {
        for (String code : List.of("A", "Z", "AZ", "ZA", "A0", "A9", "A_", "Q0_9AZ")) {
            assertEquals(code, XapiError.of(code).code());
        }
        // each of these is one character before or after a range that codes are made of
        for (String notACode : List.of("@", "[", "A@", "A[", "A/", "A:", "A^", "A`", "a", "Aa")) {
            assertThrows(IllegalArgumentException.class, () -> XapiError.of(notACode), notACode);
        }
    }

    @Test
    void eachFactoryOfASourceGivesItsKindAndKeepsTheReference() {
        assertEquals(new Source(Source.Kind.SEED_REQUIREMENT, "Members run one version."),
                Source.seedRequirement("Members run one version."));
        assertEquals(new Source(Source.Kind.XAPI_CHECK, "assert_hosts_homogeneous"),
                Source.xapiCheck("assert_hosts_homogeneous"));
        assertEquals(new Source(Source.Kind.DOCUMENTATION, "XenServer 7.0: hosts share one CPU level."),
                Source.documentation("XenServer 7.0: hosts share one CPU level."));
        assertThrows(IllegalArgumentException.class, () -> Source.documentation(" "));
    }

    @Test
    void aDescriptorRefusesAnXapiErrorListedTwice() {
        assertThrows(IllegalArgumentException.class, () -> RuleDescriptor.of("a.b", "t", Severity.INFO)
                .withXapiErrors(XapiError.HA_IS_ENABLED, XapiError.HA_IS_ENABLED));
    }

    @Test
    void aVmRuleOfSomeStatesNamesThem() {
        RuleDescriptor runningOrPaused = VmRules.inStates(EnumSet.of(PowerState.RUNNING, PowerState.PAUSED))
                .descriptor();
        assertEquals("no VM of the host is running or paused", runningOrPaused.title());
    }

    private static Map<String, RuleDescriptor> byId(RuleSet rules) {
        return rules.descriptors().stream().collect(Collectors.toMap(RuleDescriptor::id, Function.identity()));
    }
}
