package io.github.xenpool.core.json;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.LicenceParams;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.network.SdnController;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.software.Update;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.vm.VmOperation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pool and a standalone host of which every fact is known and every kind of value occurs, so
 * that their documents hold every field of the schema with a value.
 */
final class FullModel {

    static final String POOL_ID = "0b5e2a52-7a3f-4a61-9b52-7ac8d3f2e001";

    private FullModel() {
    }

    /** A pool of two, HA on, a master offline, every fact known. */
    static Pool pool() {
        StorageRepository nfs = StorageRepository.builder().uuid("5f1c2a9e-7d3b-4c1a-9e2f-0a1b2c3d4e5f")
                .name("NFS").type("nfs").shared(true).server("nfs01.example.com", Addressing.STATIC).build();
        Host master = host("a1b2c3d4-0000-4000-8000-000000000001", "xs-01", "192.0.2.1").toBuilder()
                .storageRepository(nfs).clock(Duration.ZERO, true).build();
        Host secondary = host("a1b2c3d4-0000-4000-8000-000000000002", "xs-02", "192.0.2.2");
        return Pool.builder().id(POOL_ID).name("prod").master(master).secondary(secondary)
                .sharedStorageRepository(nfs).configuration(configuration().toBuilder().haEnabled(true).build())
                .cpuFeatureMask(FeatureMask.parse("ffffffff-ffffff7f-ffffffff-ffffffff-ffffffdf"))
                .offline(secondary.id()).build();
    }

    /** A standalone host that knows the pool it heads. */
    static Host standalone() {
        return host("a1b2c3d4-0000-4000-8000-000000000003", "xs-03", "192.0.2.3").toBuilder()
                .ownPool(configuration()).build();
    }

    static Host host(String id, String hostname, String address) {
        FeatureSet physical = FeatureSet.parse("bfebfbff-0000e43d-20100800-00000001-00000000-00000000-00000000"
                + "-00000228-80000000");
        Cpu cpu = Cpu.builder().vendor(CpuVendor.INTEL).modelName("Intel(R) Xeon(R) CPU E5-2650 v3")
                .family(6).model(63).stepping(2).physicalFeatures(physical)
                .features(physical.without(7 * 32 + 9)).maskingSupport(MaskingSupport.FULL)
                .virtualizationEnabled(true).sockets(2).cpuCount(40)
                .info(CpuInfo.of(Map.of("vendor", "GenuineIntel", "cpu_count", "40", "socket_count", "2",
                        "features_pv_host", "1fc9cbf5-f6f83203-2191cbf5-00000123-00000001-00000329-00000000")))
                .build();
        Software software = Software.builder().productVersion("8.2.1").buildNumber("release/yangtze/master/58")
                .hotfixes(List.of("XS82E001", "XS82E002")).supplementalPack("xs:linux", "8.2.1")
                .apiVersion(new ApiVersion(2, 16))
                .updates(List.of(new Update("7b1c6a54-2a55-4f8c-9a0e-5e2c1e2b3c01", "XS82ECU1001", "1.0",
                        Update.Kind.UPDATE, Optional.of(true)), new Update("7b1c6a54-2a55-4f8c-9a0e-5e2c1e2b3c02",
                        "XS82E003", "1.0", Update.Kind.PATCH, Optional.of(false))))
                .pendingGuidance(Set.of("restart_toolstack"))
                .softwareVersion(SoftwareVersion.of(Map.of("product_version", "8.2.1", "db_schema", "5.603")))
                .build();
        return Host.builder().id(id).hostname(hostname).nameLabel(hostname + " (rack 7)")
                .xapiReference("OpaqueRef:" + id).cpu(cpu).software(software).licence(LicenceEdition.ENTERPRISE)
                .licenceParams(LicenceParams.of(Map.of("restrict_pooling", "false", "sku_type", "enterprise")))
                .managementInterface(ManagementInterface.builder().device("bond0").addressing(Addressing.DHCP_RESERVED)
                        .ipAddress(address).bonded(true).vlanTag(12).primaryAddressType(PrimaryAddressType.IPV4)
                        .build())
                .networkInterfaces(List.of(NetworkInterface.physical("eth0"), NetworkInterface.bond("bond1"),
                        NetworkInterface.vlan("eth1", 20), NetworkInterface.tunnel("tunnel0"),
                        NetworkInterface.sriov("eth2")))
                .ipv4Bridges(List.of("xenbr0", "xapi1"))
                .clock(Duration.ofMillis(-2500), true)
                .vms(List.of(vm("9e0e1c52-1111-4c3a-8f6e-000000000001", PowerState.RUNNING, Vm.Kind.GUEST,
                        VmOperation.CLEAN_SHUTDOWN, VmOperation.OTHER),
                        vm("9e0e1c52-1111-4c3a-8f6e-000000000002", PowerState.SUSPENDED, Vm.Kind.GUEST),
                        vm("9e0e1c52-1111-4c3a-8f6e-000000000003", PowerState.PAUSED, Vm.Kind.GUEST)))
                .nonGuestVms(List.of(vm("9e0e1c52-2222-4c3a-8f6e-000000000001", PowerState.HALTED, Vm.Kind.TEMPLATE),
                        vm("9e0e1c52-2222-4c3a-8f6e-000000000002", PowerState.HALTED, Vm.Kind.SNAPSHOT),
                        vm("9e0e1c52-2222-4c3a-8f6e-000000000003", PowerState.RUNNING, Vm.Kind.DOM0),
                        vm("9e0e1c52-2222-4c3a-8f6e-000000000004", PowerState.RUNNING, Vm.Kind.CONTROL_DOMAIN)))
                .storage(List.of(StorageRepository.builder().uuid("46e07d5a-0c80-0578-0521-1ede5d0f293b")
                        .name("XenServer Tools").type("iso").tools(true).build(),
                        StorageRepository.builder().uuid("46e07d5a-0c80-0578-0521-1ede5d0f2940").name("iSCSI")
                                .type("lvmoiscsi").server("192.0.2.200", Addressing.DHCP).build(),
                        StorageRepository.builder().uuid("46e07d5a-0c80-0578-0521-1ede5d0f2941").name("Old NFS")
                                .type("nfs").server("nfs02.example.com").build()))
                .externalAuth(new ExternalAuth("AD", "corp.example.com"))
                .incomplete(Host.Listing.VMS).incomplete(Host.Listing.STORAGE)
                .incomplete(Host.Listing.NETWORK_INTERFACES)
                .build();
    }

    private static Vm vm(String uuid, PowerState state, Vm.Kind kind, VmOperation... operations) {
        return Vm.builder().uuid(uuid).name("vm " + uuid.substring(uuid.length() - 4)).powerState(state)
                .mode(kind == Vm.Kind.GUEST && state == PowerState.PAUSED ? VirtualizationMode.PV
                        : VirtualizationMode.HVM)
                .kind(kind).currentOperations(List.of(operations)).build();
    }

    static PoolConfiguration configuration() {
        return PoolConfiguration.builder().tlsVerificationEnabled(true)
                .restrictions(LicenceParams.of(Map.of("restrict_pool_size", "false")))
                .currentOperations(Set.of("apply_updates"))
                .cpuInfo(CpuInfo.of(Map.of("vendor", "GenuineIntel", "cpu_count", "80")))
                .networkPurposes(Set.of("nbd"))
                .storageDrivers(List.of(StorageDriver.of("nfs", Map.of("SR_PROBE", 1L, "VDI_MIRROR", 2L))
                        .identifiedBy(Optional.of("OpaqueRef:sm-nfs"), Optional.of(
                                "d0b1c2e3-0000-4000-8000-0000000000aa"))))
                .haEnabled(false)
                .enabledClusterHosts(Set.of("OpaqueRef:cluster-host-1"))
                .clusterHosts(List.of(new ClusterHost(true, Optional.of(new ClusterHost.Pif(-1, true,
                        List.of("xenbr0")))), new ClusterHost(false, Optional.empty())))
                .sdnControllers(List.of(new SdnController("ssl", "192.0.2.50", 6632)))
                .certificates(List.of(new Certificate("corp-ca", "AA:BB:CC", Certificate.TYPE_CA, Set.of("ldaps"),
                        Optional.of("c0c0c0c0-0000-4000-8000-000000000001"), Optional.of("OpaqueRef:cert-1"))))
                .build();
    }
}
