package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.network.NetworkRules;
import io.github.xenpool.rules.storage.StorageRules;
import io.github.xenpool.testkit.Blank;
import io.github.xenpool.testkit.JoinCase;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * pool-testkit's join cases against xapi's network and storage checks, of today and of earlier
 * releases: a compliant case passes them all, each mutation trips exactly the checks that see it,
 * and each fact made unknown leaves a "cannot check" of the check that reads it, never a blocker.
 */
class XapiNetworkAndStorageCasesTest {

    private static final RuleSet RULES = RuleSet.of("xapi-network-storage", CpuLevelPolicy.LEVELLING,
            JoinContext.defaults(), List.of(
                    NetworkRules.managementInterface(), NetworkRules.clusterIp(), StorageRules.xapiSharedStorage(),
                    NetworkRules.bonds(), NetworkRules.tunnels(), NetworkRules.sriovs(),
                    NetworkRules.nonManagementVlans(), NetworkRules.xapiManagementVlan(), NetworkRules.networkBond(),
                    NetworkRules.physicalManagement(), NetworkRules.onlyPhysicalPifs(), NetworkRules.backend(),
                    NetworkRules.primaryAddressType(), NetworkRules.purpose(), StorageRules.smFeatures()));

    /** The checks each mutation trips; a mutation not listed trips none. */
    private static final Map<Mutation, Set<String>> TRIPS = new EnumMap<>(Map.ofEntries(
            Map.entry(Mutation.SHARED_SR, Set.of(StorageRules.SHARED)),
            Map.entry(Mutation.BONDED_MANAGEMENT, Set.of(NetworkRules.BONDS, NetworkRules.NETWORK_BOND,
                    NetworkRules.PHYSICAL_MANAGEMENT, NetworkRules.ONLY_PHYSICAL_PIFS)),
            // With no management PIF, its VLAN and address family are unknown too: warnings.
            Map.entry(Mutation.NO_MANAGEMENT_INTERFACE, Set.of(NetworkRules.MANAGEMENT_INTERFACE,
                    NetworkRules.MANAGEMENT_VLAN, NetworkRules.PRIMARY_ADDRESS_TYPE)),
            Map.entry(Mutation.CLUSTER_NETWORK_ADDRESS, Set.of(NetworkRules.CLUSTER_IP)),
            Map.entry(Mutation.BOND, Set.of(NetworkRules.BONDS, NetworkRules.NETWORK_BOND,
                    NetworkRules.ONLY_PHYSICAL_PIFS)),
            Map.entry(Mutation.TUNNEL, Set.of(NetworkRules.TUNNELS, NetworkRules.ONLY_PHYSICAL_PIFS)),
            Map.entry(Mutation.SRIOV_NETWORK, Set.of(NetworkRules.SRIOVS, NetworkRules.ONLY_PHYSICAL_PIFS)),
            Map.entry(Mutation.VLAN, Set.of(NetworkRules.NON_MANAGEMENT_VLANS, NetworkRules.ONLY_PHYSICAL_PIFS)),
            Map.entry(Mutation.MANAGEMENT_VLAN, Set.of(NetworkRules.MANAGEMENT_VLAN, NetworkRules.PHYSICAL_MANAGEMENT,
                    NetworkRules.ONLY_PHYSICAL_PIFS)),
            Map.entry(Mutation.NETWORK_BACKEND, Set.of(NetworkRules.BACKEND)),
            Map.entry(Mutation.PRIMARY_ADDRESS_TYPE, Set.of(NetworkRules.PRIMARY_ADDRESS_TYPE)),
            Map.entry(Mutation.NBD_PURPOSE, Set.of(NetworkRules.PURPOSE)),
            Map.entry(Mutation.SM_FEATURES, Set.of(StorageRules.SM_FEATURES))));

    /** The check that reads each fact this class's checks brought. */
    private static final Map<Blank, String> READ_BY = new EnumMap<>(Map.ofEntries(
            Map.entry(Blank.HOST_MANAGEMENT_INTERFACE, NetworkRules.MANAGEMENT_INTERFACE),
            Map.entry(Blank.HOST_MANAGEMENT_VLAN, NetworkRules.MANAGEMENT_VLAN),
            Map.entry(Blank.HOST_PRIMARY_ADDRESS_TYPE, NetworkRules.PRIMARY_ADDRESS_TYPE),
            Map.entry(Blank.HOST_IPV4_BRIDGES, NetworkRules.CLUSTER_IP),
            Map.entry(Blank.POOL_CLUSTER_HOSTS, NetworkRules.CLUSTER_IP),
            Map.entry(Blank.HOST_NETWORK_BACKEND, NetworkRules.BACKEND),
            Map.entry(Blank.HOST_SDN_CONTROLLERS, NetworkRules.BACKEND),
            Map.entry(Blank.HOST_NETWORK_PURPOSES, NetworkRules.PURPOSE),
            Map.entry(Blank.HOST_STORAGE_DRIVERS, StorageRules.SM_FEATURES),
            Map.entry(Blank.HOST_STORAGE, StorageRules.SHARED),
            Map.entry(Blank.HOST_NETWORK_INTERFACES, NetworkRules.BONDS),
            Map.entry(Blank.HOST_BONDING, NetworkRules.BONDS)));

    private static Set<String> ids(JoinReport report) {
        return report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
    }

    @Test
    void aCompliantCasePassesEveryCheck() {
        qt(150).forAll(JoinCases.compliant()).checkAssert(c -> {
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            assertEquals(List.of(), report.violations(), report::render);
        });
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void eachMutationTripsExactlyTheChecksThatSeeIt(Mutation mutation) {
        Set<String> expected = TRIPS.getOrDefault(mutation, Set.of());
        qt(30).forAll(JoinCases.mutated(mutation)).checkAssert(c -> {
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            assertEquals(expected, ids(report), () -> c + "\n" + report.render());
            assertEquals(expected.isEmpty() ? Verdict.ALLOWED : Verdict.BLOCKED, report.verdict(), report::render);
            for (Violation v : report.blockers()) {
                assertTrue(v.xapiError().isPresent(), v::toString);
                assertTrue(RULES.rule(v.ruleId()).orElseThrow().descriptor().xapiErrors()
                        .contains(v.xapiError().get()), v::toString);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Blank.class)
    void aFactMadeUnknownLeavesWarningsOnlyAndOneOfTheCheckThatReadsIt(Blank blank) {
        qt(40).forAll(JoinCases.compliant()).checkAssert(compliant -> {
            JoinCase c = blank.applyTo(compliant);
            JoinReport report = RULES.evaluate(c.pool(), c.host());
            for (Violation v : report.violations()) {
                assertEquals(Severity.WARNING, v.severity(), () -> blank + "\n" + report.render());
                assertInstanceOf(ViolationDetails.UnknownFact.class, v.details());
            }
            if (READ_BY.containsKey(blank)) {
                assertEquals(1, report.violationsOf(READ_BY.get(blank)).size(), () -> blank + "\n" + report.render());
            }
        });
    }

    @Test
    void everyCheckIsOneOfXapisWithItsReleases() {
        for (RuleDescriptor descriptor : RULES.descriptors()) {
            assertTrue(descriptor.xapiReleases().isPresent(), descriptor.id());
            assertTrue(descriptor.sources().stream().anyMatch(s -> s.kind() == RuleDescriptor.Source.Kind.XAPI_CHECK),
                    descriptor.id());
            assertTrue(descriptor.fixableByConfiguration(), descriptor.id());
        }
    }
}
