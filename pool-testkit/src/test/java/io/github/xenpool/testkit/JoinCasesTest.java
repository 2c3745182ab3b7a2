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
import java.util.List;
import java.util.function.BiPredicate;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each mutation changes exactly the aspect it names; rules are not involved. */
class JoinCasesTest {

    @Test
    void compliantCandidatesMatchTheirPool() {
        qt(200).forAll(JoinCases.compliant()).check(c -> {
            Host host = c.host();
            Pool pool = c.pool();
            return c.mutation().isEmpty()
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
                    && host.ownPool().orElseThrow().storageDrivers().equals(pool.configuration().storageDrivers())
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
                .check(c -> c.mutation().orElseThrow() == mutation && changed.test(c.pool(), c.host()));
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
                return (p, h) -> !h.ownPool().orElseThrow().storageDrivers().equals(p.configuration().storageDrivers());
            default:
                throw new IllegalArgumentException(mutation.toString());
        }
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
