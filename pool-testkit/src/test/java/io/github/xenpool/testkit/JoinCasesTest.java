package io.github.xenpool.testkit;

import static io.github.xenpool.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.software.Software;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Each mutation changes exactly the aspect it names; rules are not involved. */
class JoinCasesTest {

    @Test
    void compliantCandidatesMatchTheirPool() {
        qt(200).forAll(JoinCases.compliant()).check(c -> {
            Host host = c.host();
            Pool pool = c.pool();
            return c.mutation().isEmpty() && c.mutations().isEmpty()
                    && host.cpu().vendor().equals(pool.master().cpu().vendor())
                    && pool.cpuFeatureMask().apply(host.cpu().physicalFeatures().orElseThrow())
                            .equals(pool.cpuLevel().orElseThrow().compared())
                    && host.software().equals(pool.master().software())
                    && host.software().productVersion().isPresent()
                    && host.licence().isPresent() && host.licence().equals(pool.edition())
                    && host.managementInterface().ipAddress().isPresent()
                    && pool.members().stream().noneMatch(member -> member.managementInterface().ipAddress()
                            .equals(host.managementInterface().ipAddress()))
                    && host.managementInterface().addressing().orElseThrow().isStable()
                    && !host.managementInterface().bonded().orElseThrow()
                    && host.clock().orElseThrow().ntpConfigured() && host.clock().orElseThrow().skew().getSeconds() < 3
                    && host.cpu().virtualizationEnabled().orElseThrow()
                    && host.vms().stream().allMatch(vm -> vm.powerState() == PowerState.HALTED && !vm.isBusy())
                    && host.nonGuestVms().orElseThrow().stream().noneMatch(Vm::isBusy)
                    && host.nonGuestVms().orElseThrow().stream().filter(vm -> vm.powerState() == PowerState.RUNNING)
                            .allMatch(vm -> vm.kind() == Vm.Kind.DOM0)
                    && host.software().pendingGuidance().orElseThrow().isEmpty()
                    && host.software().apiVersion().isPresent()
                    && host.software().softwareVersion().dbSchema().isPresent()
                    && pool.configuration().cpuInfo().orElseThrow().vendor()
                            .equals(host.cpu().vendor().map(CpuVendor::cpuidString))
                    && host.sharedStorage().isEmpty()
                    && host.membership().isFree()
                    && pool.size() < Pools.MAX_SIZE
                    && pool.hasSharedStorage()
                    && !pool.haEnabled()
                    && host.managementInterfaceExists().orElseThrow()
                    && host.managementInterface().xapiVlan().orElseThrow() == -1
                    && host.managementInterface().xapiVlan().equals(pool.master().managementInterface().xapiVlan())
                    && host.managementInterface().primaryAddressType().isPresent()
                    && host.managementInterface().primaryAddressType()
                            .equals(pool.master().managementInterface().primaryAddressType())
                    && host.networkInterfaces().isEmpty()
                    && host.ipv4Bridges().orElseThrow().equals(List.of(Pools.CLUSTER_BRIDGE))
                    && pool.configuration().clusterHosts().orElseThrow().get(0).poolAutoJoin()
                    && host.software().softwareVersion().networkBackend().equals(Optional.of("openvswitch"))
                    && pool.master().software().softwareVersion().networkBackend().equals(Optional.of("openvswitch"))
                    && host.ownPool().orElseThrow().sdnControllers().orElseThrow().isEmpty()
                    && pool.configuration().sdnControllers().orElseThrow().isEmpty()
                    && host.ownPool().orElseThrow().networkPurposes().equals(pool.configuration().networkPurposes())
                    && drivers(host.ownPool().orElseThrow().storageDrivers().orElseThrow())
                            .equals(drivers(pool.configuration().storageDrivers().orElseThrow()))
                    && host.ownPool().orElseThrow().storageDrivers().orElseThrow().stream()
                            .noneMatch(d -> pool.configuration().storageDrivers().orElseThrow().stream()
                                    .anyMatch(p -> p.ref().equals(d.ref())))
                    && !pool.configuration().storageDrivers().orElseThrow().isEmpty()
                    && host.externalAuth().isPresent() && host.externalAuth().equals(pool.master().externalAuth())
                    && host.ownPool().orElseThrow().tlsVerificationEnabled().isPresent()
                    && host.ownPool().orElseThrow().tlsVerificationEnabled()
                            .equals(pool.configuration().tlsVerificationEnabled())
                    && trusts(host).containsAll(trusts(pool))
                    && !trusts(pool).isEmpty()
                    && pool.configuration().currentOperations().equals(Optional.of(Set.of()))
                    && restriction(host, "restrict_pooling").equals(Optional.of("false"))
                    && restriction(host, "restrict_pool_size").equals(Optional.of("false"))
                    && host.ownPool().orElseThrow().haEnabled().equals(Optional.of(false))
                    && host.ownPool().orElseThrow().enabledClusterHosts().equals(Optional.of(Set.of()))
                    && host.ownPool().orElseThrow().currentOperations().equals(Optional.of(Set.of()))
                    && !host.id().equals(pool.master().id());
        });
    }

    /** What a side trusts: its certificates other than hosts' own, by name, fingerprint, type and purposes. */
    private static Set<List<Object>> trusts(List<Certificate> certificates) {
        return certificates.stream().filter(c -> !c.type().startsWith("host"))
                .map(c -> List.<Object>of(c.name(), c.fingerprint(), c.type(), c.purposes()))
                .collect(Collectors.toSet());
    }

    private static Set<List<Object>> trusts(Host host) {
        return trusts(host.ownPool().orElseThrow().certificates().orElseThrow());
    }

    private static Set<List<Object>> trusts(Pool pool) {
        return trusts(pool.configuration().certificates().orElseThrow());
    }

    private static List<Certificate> certificates(Host host) {
        return host.ownPool().orElseThrow().certificates().orElseThrow();
    }

    private static List<Certificate> certificates(Pool pool) {
        return pool.configuration().certificates().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void everyMutationChangesWhatItNames(Mutation mutation) {
        BiPredicate<Pool, Host> changed = aspect(mutation);
        qt(40).forAll(JoinCases.mutated(mutation))
                .check(c -> c.mutation().orElseThrow() == mutation && c.mutations().equals(List.of(mutation))
                        && changed.test(c.pool(), c.host()));
    }

    /** XenServer 5.6 to 6.2, and each xapi release the testkit knows. */
    private static Stream<String> eras() {
        return Stream.concat(Stream.of("xenServer5And6"), Softwares.XAPI_RELEASES.stream());
    }

    private static Gen<Software> software(String era) {
        return era.equals("xenServer5And6") ? Softwares.xenServer5And6() : Softwares.of(era);
    }

    private static Stream<Arguments> mutationsOfEachEra() {
        return eras().flatMap(era -> Stream.of(Mutation.values()).map(m -> Arguments.of(era, m)));
    }

    /**
     * The facts of its software in which a candidate differs from the master, each mutation's:
     * exactly one for those of software (a hotfix is seen as a name and as the record xapi keeps of
     * it), none for the others.
     */
    private static final Map<Mutation, Set<Set<String>>> SOFTWARE_FACTS = Map.ofEntries(
            Map.entry(Mutation.PRODUCT_VERSION, Set.of(Set.of("productVersion"))),
            Map.entry(Mutation.HOTFIX, Set.of(Set.of("hotfixes", "updates"))),
            Map.entry(Mutation.SUPPLEMENTAL_PACK, Set.of(Set.of("supplementalPacks"))),
            Map.entry(Mutation.PACK_REVISION, Set.of(Set.of("supplementalPacks"))),
            Map.entry(Mutation.PLATFORM_VERSION, Set.of(Set.of("software_version:platform_version"))),
            Map.entry(Mutation.SOFTWARE_BUILD, Set.of(Set.of("software_version:git_id"),
                    Set.of("software_version:xs:linux"))),
            Map.entry(Mutation.API_VERSION, Set.of(Set.of("apiVersion"))),
            Map.entry(Mutation.DB_SCHEMA, Set.of(Set.of("software_version:db_schema"))),
            Map.entry(Mutation.NETWORK_BACKEND, Set.of(Set.of("software_version:network_backend"))),
            Map.entry(Mutation.HOMOGENEOUS_UPDATE, Set.of(Set.of("updates"))),
            Map.entry(Mutation.PENDING_GUIDANCE, Set.of(Set.of("pendingGuidance"))));

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mutationsOfEachEra")
    void aMutationChangesExactlyOneFactOfTheSoftwareOfEveryEraOrNone(String era, Mutation mutation) {
        Set<Set<String>> expected = SOFTWARE_FACTS.getOrDefault(mutation, Set.of(Set.of()));
        qt(15).forAll(JoinCases.mutated(software(era), mutation)).checkAssert(c -> {
            Set<String> differing = differences(c.host().software(), c.pool().master().software());
            assertTrue(expected.contains(differing), () -> c + " differs in " + differing);
            // The release xapi reads from software_version stays the master's.
            assertEquals(c.pool().master().software().softwareVersion().xapiBuild(),
                    c.host().software().softwareVersion().xapiBuild());
        });
    }

    private static Set<String> differences(Software mine, Software master) {
        Set<String> facts = new TreeSet<>();
        if (!mine.productVersion().equals(master.productVersion())) {
            facts.add("productVersion");
        }
        if (!mine.buildNumber().equals(master.buildNumber())) {
            facts.add("buildNumber");
        }
        if (!mine.hotfixes().equals(master.hotfixes())) {
            facts.add("hotfixes");
        }
        if (!mine.supplementalPacks().equals(master.supplementalPacks())) {
            facts.add("supplementalPacks");
        }
        if (!mine.apiVersion().equals(master.apiVersion())) {
            facts.add("apiVersion");
        }
        if (!mine.updates().equals(master.updates())) {
            facts.add("updates");
        }
        if (!mine.pendingGuidance().equals(master.pendingGuidance())) {
            facts.add("pendingGuidance");
        }
        Set<String> keys = new TreeSet<>(mine.softwareVersion().fields().keySet());
        keys.addAll(master.softwareVersion().fields().keySet());
        for (String key : keys) {
            if (!mine.softwareVersion().get(key).equals(master.softwareVersion().get(key))) {
                facts.add("software_version:" + key);
            }
        }
        return facts;
    }

    @ParameterizedTest
    @MethodSource("eras")
    void compliantCasesOfAnEraRunItsSoftwareOnEveryMember(String era) {
        qt(20).forAll(era.equals("xenServer5And6") ? JoinCases.compliant(Softwares.xenServer5And6())
                : JoinCases.compliant(era)).checkAssert(c -> {
                    assertTrue(c.pool().members().stream().allMatch(m -> m.software().equals(c.host().software())));
                    assertTrue(era.equals("xenServer5And6")
                            ? c.host().software().softwareVersion().xapiBuild().isEmpty()
                                    && c.host().software().softwareVersion().xapi().equals(Optional.of("1.3"))
                            : era.equals("1.249.26")
                                    ? c.host().software().softwareVersion().xapi().equals(Optional.of("1.20"))
                                    : c.host().software().softwareVersion().xapiBuild().equals(Optional.of(era)),
                            c::toString);
                });
    }

    @Test
    void severalMutationsApplyEachInTurn() {
        qt(40).forAll(JoinCases.mutated(Softwares.of("24.39.1"), Mutation.RUNNING_VM, Mutation.DB_SCHEMA,
                Mutation.TLS_VERIFICATION)).checkAssert(c -> {
                    assertEquals(List.of(Mutation.RUNNING_VM, Mutation.DB_SCHEMA, Mutation.TLS_VERIFICATION),
                            c.mutations());
                    assertEquals(Optional.of(Mutation.RUNNING_VM), c.mutation());
                    for (Mutation mutation : c.mutations()) {
                        assertTrue(aspect(mutation).test(c.pool(), c.host()), mutation::toString);
                    }
                    assertEquals(Set.of("software_version:db_schema"), differences(c.host().software(),
                            c.pool().master().software()));
                });
        qt(20).forAll(JoinCases.mutated(Mutation.HOTFIX, Mutation.CPU_VENDOR)).checkAssert(c -> {
            assertTrue(aspect(Mutation.HOTFIX).test(c.pool(), c.host()));
            assertTrue(aspect(Mutation.CPU_VENDOR).test(c.pool(), c.host()));
        });
    }

    @Test
    void aMutationOfTheManagementInterfaceKeepsItMissing() {
        qt(20).forAll(JoinCases.mutated(Softwares.of("26.1.4"), Mutation.NO_MANAGEMENT_INTERFACE,
                Mutation.BONDED_MANAGEMENT, Mutation.MANAGEMENT_VLAN, Mutation.PRIMARY_ADDRESS_TYPE,
                Mutation.DYNAMIC_DHCP)).checkAssert(c -> {
                    assertEquals(Optional.of(false), c.host().managementInterfaceExists());
                    for (Mutation mutation : c.mutations()) {
                        assertTrue(aspect(mutation).test(c.pool(), c.host()), mutation::toString);
                    }
                });
    }

    @Test
    void mutationsAreCombinedEachOnce() {
        assertEquals("mutate a case by one mutation or more, each once; got []",
                assertThrows(IllegalArgumentException.class, () -> JoinCases.mutated(Softwares.software()))
                        .getMessage());
        assertEquals("mutate a case by one mutation or more, each once; got [TLS_VERIFICATION, TLS_VERIFICATION]",
                assertThrows(IllegalArgumentException.class, () -> JoinCases.mutated(Mutation.TLS_VERIFICATION,
                        Mutation.TLS_VERIFICATION)).getMessage());
    }

    @Test
    void aCaseOfOneMutationIsTheCaseOfItsList() {
        qt(5).forAll(JoinCases.compliant()).checkAssert(c -> {
            assertEquals(new JoinCase(c.pool(), c.host(), List.of(Mutation.BOND)),
                    new JoinCase(c.pool(), c.host(), Optional.of(Mutation.BOND)));
            assertEquals(c, new JoinCase(c.pool(), c.host(), Optional.empty()));
            assertTrue(new JoinCase(c.pool(), c.host(), List.of(Mutation.BOND, Mutation.TUNNEL)).toString()
                    .startsWith("JoinCase[bond + tunnel: "));
        });
    }

    private static BiPredicate<Pool, Host> aspect(Mutation mutation) {
        switch (mutation) {
            case RUNNING_VM:
                return (p, h) -> h.vms().stream().anyMatch(vm -> vm.powerState() == PowerState.RUNNING);
            case SUSPENDED_VM:
                return (p, h) -> h.vms().stream().anyMatch(vm -> vm.powerState() == PowerState.SUSPENDED);
            case VM_WITH_OPERATION:
                return (p, h) -> h.vms().stream().anyMatch(vm -> vm.isBusy() && vm.powerState() == PowerState.HALTED);
            case SHARED_SR:
                return (p, h) -> !h.sharedStorage().isEmpty();
            case BONDED_MANAGEMENT:
                return (p, h) -> h.managementInterface().bonded().orElseThrow();
            case DYNAMIC_DHCP:
                return (p, h) -> h.managementInterface().addressing().equals(Optional.of(Addressing.DHCP));
            case CLOCK_SKEW:
                return (p, h) -> h.clock().orElseThrow().skew().getSeconds() >= 30;
            case NO_NTP:
                return (p, h) -> !h.clock().orElseThrow().ntpConfigured() && h.clock().orElseThrow().skew().getSeconds() <= 2;
            case PRODUCT_VERSION:
                return (p, h) -> !h.software().productVersion().equals(p.master().software().productVersion());
            case HOTFIX:
                return (p, h) -> !h.software().hotfixes().equals(p.master().software().hotfixes())
                        && !h.software().updates().equals(p.master().software().updates());
            case SUPPLEMENTAL_PACK:
                return (p, h) -> h.software().supplementalPacks().size() != p.master().software().supplementalPacks()
                        .size();
            case PACK_REVISION:
                return (p, h) -> h.software().supplementalPacks().size() == p.master().software().supplementalPacks()
                        .size() && !h.software().supplementalPacks().equals(p.master().software().supplementalPacks());
            case LICENCE_EDITION:
                return (p, h) -> !h.licence().equals(p.edition());
            case CPU_VENDOR:
                return (p, h) -> !h.cpu().vendor().equals(p.master().cpu().vendor());
            case MISSING_CPU_FEATURES:
                return (p, h) -> !masked(p, level(p)).isSubsetOf(masked(p, h.cpu().physicalFeatures().orElseThrow()));
            case UNMASKABLE_CPU_FEATURES:
                return (p, h) -> h.cpu().maskingSupport().equals(Optional.of(MaskingSupport.BASE))
                        && extra(p, h).word(2) + extra(p, h).word(3) != 0;
            case NO_MASKING_SUPPORT:
                return (p, h) -> h.cpu().maskingSupport().equals(Optional.of(MaskingSupport.NONE)) && !extra(p, h).isEmpty();
            case MASKABLE_CPU_FEATURES:
                return (p, h) -> !extra(p, h).isEmpty()
                        && p.edition().orElseThrow().isAtLeast(LicenceEdition.ENTERPRISE).orElseThrow()
                        && h.licence().equals(p.edition());
            case MASKING_WITHOUT_ENTERPRISE:
                return (p, h) -> !extra(p, h).isEmpty()
                        && !p.edition().orElseThrow().isAtLeast(LicenceEdition.ENTERPRISE).orElseThrow()
                        && h.licence().equals(p.edition());
            case VIRTUALIZATION_OFF:
                return (p, h) -> !h.cpu().virtualizationEnabled().orElseThrow();
            case POOL_FULL:
                return (p, h) -> p.size() == Pools.MAX_SIZE;
            case HA_ENABLED:
                return (p, h) -> p.haEnabled() && p.hasSharedStorage();
            case IN_ANOTHER_POOL:
                return (p, h) -> !h.membership().isFree();
            case EXTERNAL_AUTH:
                return (p, h) -> h.externalAuth().isPresent() && !h.externalAuth().equals(p.master().externalAuth());
            case TLS_VERIFICATION:
                return (p, h) -> !h.ownPool().orElseThrow().tlsVerificationEnabled()
                        .equals(p.configuration().tlsVerificationEnabled());
            case CA_CERTIFICATE_NAME:
                return (p, h) -> certificates(p).stream().anyMatch(ca -> ca.type().equals("ca") && !ca.name().isEmpty()
                        && certificates(h).stream().anyMatch(own -> own.type().equals("ca")
                                && own.name().equals(ca.name()) && !own.fingerprint().equals(ca.fingerprint())));
            case TRUSTED_CERTIFICATE_PURPOSES:
                return (p, h) -> certificates(p).stream().anyMatch(t -> t.name().isEmpty()
                        && certificates(h).stream().anyMatch(own -> own.name().isEmpty()
                                && own.fingerprint().equals(t.fingerprint()) && !own.purposes().equals(t.purposes())
                                && !java.util.Collections.disjoint(own.purposes(), t.purposes())));
            case RUNNING_CONTROL_DOMAIN:
                return (p, h) -> h.nonGuestVms().orElseThrow().stream()
                        .anyMatch(vm -> vm.kind() == Vm.Kind.CONTROL_DOMAIN && vm.powerState() == PowerState.RUNNING);
            case BUSY_NON_GUEST_VM:
                return (p, h) -> h.nonGuestVms().orElseThrow().stream().anyMatch(Vm::isBusy)
                        && h.vms().stream().noneMatch(Vm::isBusy);
            case PENDING_GUIDANCE:
                return (p, h) -> !h.software().pendingGuidance().orElseThrow().isEmpty()
                        || !p.master().software().pendingGuidance().orElseThrow().isEmpty();
            case PLATFORM_VERSION:
                return (p, h) -> !h.software().softwareVersion().platformVersion()
                        .equals(p.master().software().softwareVersion().platformVersion());
            case SOFTWARE_BUILD:
                return (p, h) -> !h.software().softwareVersion().gitId()
                        .equals(p.master().software().softwareVersion().gitId())
                        || h.software().softwareVersion().get("xs:linux").isPresent()
                        != p.master().software().softwareVersion().get("xs:linux").isPresent();
            case API_VERSION:
                return (p, h) -> !h.software().apiVersion().equals(p.master().software().apiVersion());
            case DB_SCHEMA:
                return (p, h) -> !h.software().softwareVersion().dbSchema()
                        .equals(p.master().software().softwareVersion().dbSchema());
            case HOMOGENEOUS_UPDATE:
                return (p, h) -> !h.software().updates().equals(p.master().software().updates());
            case POOLING_UNLICENSED:
                return (p, h) -> restriction(h, "restrict_pooling").equals(Optional.of("true"))
                        && restriction(h, "restrict_pool_size").equals(Optional.of("false"));
            case POOL_SIZE_RESTRICTED:
                return (p, h) -> restriction(h, "restrict_pool_size").equals(Optional.of("true"))
                        && restriction(h, "restrict_pooling").equals(Optional.of("false")) && p.size() >= 3;
            case HA_ENABLED_ON_HOST:
                return (p, h) -> h.ownPool().orElseThrow().haEnabled().equals(Optional.of(true)) && !p.haEnabled();
            case CLUSTERING_ON_HOST:
                return (p, h) -> h.ownPool().orElseThrow().enabledClusterHosts().orElseThrow().size() == 1
                        && h.ownPool().orElseThrow().clustered().equals(Optional.of(true));
            case JOINING_ITSELF:
                return (p, h) -> h.id().equals(p.master().id()) && h.membership().isFree();
            case HOST_APPLYING_UPDATES:
                return (p, h) -> h.ownPool().orElseThrow().currentOperations()
                        .equals(Optional.of(Set.of("apply_updates")))
                        && p.configuration().currentOperations().equals(Optional.of(Set.of()));
            case POOL_APPLYING_UPDATES:
                return (p, h) -> p.configuration().currentOperations().equals(Optional.of(Set.of("apply_updates")))
                        && h.ownPool().orElseThrow().currentOperations().equals(Optional.of(Set.of()));
            case NO_MANAGEMENT_INTERFACE:
                return (p, h) -> !h.managementInterfaceExists().orElseThrow();
            case CLUSTER_NETWORK_ADDRESS:
                return (p, h) -> h.ipv4Bridges().orElseThrow().size() != 1
                        || p.configuration().clusterHosts().orElseThrow().get(0).pif().orElseThrow().vlan() > 0;
            case BOND:
                return (p, h) -> kinds(h).equals(List.of(NetworkInterface.Kind.BOND));
            case TUNNEL:
                return (p, h) -> kinds(h).equals(List.of(NetworkInterface.Kind.TUNNEL));
            case SRIOV_NETWORK:
                return (p, h) -> kinds(h).equals(List.of(NetworkInterface.Kind.SRIOV));
            case VLAN:
                return (p, h) -> kinds(h).equals(List.of(NetworkInterface.Kind.VLAN));
            case MANAGEMENT_VLAN:
                return (p, h) -> h.managementInterface().vlanTag().isPresent()
                        && p.master().managementInterface().vlanTag().isEmpty();
            case NETWORK_BACKEND:
                return (p, h) -> h.software().softwareVersion().networkBackend().equals(Optional.of("bridge"))
                        && p.master().software().softwareVersion().networkBackend().equals(Optional.of("openvswitch"));
            case PRIMARY_ADDRESS_TYPE:
                return (p, h) -> h.managementInterface().primaryAddressType()
                        .equals(Optional.of(PrimaryAddressType.IPV6))
                        && p.master().managementInterface().primaryAddressType()
                                .equals(Optional.of(PrimaryAddressType.IPV4));
            case NBD_PURPOSE:
                return (p, h) -> h.ownPool().orElseThrow().networkPurposes().equals(Optional.of(Set.of("insecure_nbd")))
                        && p.configuration().networkPurposes().equals(Optional.of(Set.of("nbd")));
            case SM_FEATURES:
                return (p, h) -> !drivers(h.ownPool().orElseThrow().storageDrivers().orElseThrow())
                        .equals(drivers(p.configuration().storageDrivers().orElseThrow()));
            default:
                throw new IllegalArgumentException(mutation.toString());
        }
    }

    /** The drivers by type and features, whatever their records. */
    private static List<List<Object>> drivers(List<io.github.xenpool.core.storage.StorageDriver> drivers) {
        return drivers.stream().map(d -> List.<Object>of(d.type(), d.features())).toList();
    }

    private static List<NetworkInterface.Kind> kinds(Host host) {
        return host.networkInterfaces().stream().map(NetworkInterface::kind).toList();
    }

    private static Optional<String> restriction(Host host, String flag) {
        return host.ownPool().orElseThrow().restrictions().orElseThrow().get(flag);
    }

    private static FeatureSet masked(Pool pool, FeatureSet set) {
        return pool.cpuFeatureMask().apply(set);
    }

    private static FeatureSet level(Pool pool) {
        return pool.cpuLevel().orElseThrow().features();
    }

    private static FeatureSet extra(Pool pool, Host host) {
        return masked(pool, host.cpu().physicalFeatures().orElseThrow()).minus(masked(pool, level(pool)));
    }

    @Test
    void mutationsAreAddressableByName() {
        assertEquals(Mutation.RUNNING_VM, Mutation.named("running-vm"));
        assertEquals(Mutation.POOL_FULL, Mutation.named("POOL_FULL"));
        assertEquals("in-another-pool", Mutation.IN_ANOTHER_POOL.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JoinCases.mutated("teleport"));
        assertTrue(e.getMessage().contains("unknown mutation \"teleport\"; known: running-vm, suspended-vm"),
                e.getMessage());
    }
}
