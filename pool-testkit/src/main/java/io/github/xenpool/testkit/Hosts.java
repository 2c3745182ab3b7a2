package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.LicenceParams;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of hosts: standalone hosts of any kind, and hosts that meet every requirement of
 * the XenServer 5.6 seed for a given pool; and {@link #known(String, String)}, a host whose every
 * fact a join rule reads is given, for example tests.
 *
 * <p>Generated hosts have ids derived from the random choices behind them, so that a fixed seed
 * gives the same hosts. They shrink towards fewer VMs and SRs, a clock closer to the master's,
 * and the first CPU models and software versions.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Hosts {

    /** The real CPU of {@link #known(String, String)}. */
    static final String KNOWN_CPU = "Xeon-E5-2650";

    /**
     * The pool a tidy standalone host heads, as xapi's join checks read it: a licence that allows
     * pooling and does not restrict the pool size, HA off, no enabled {@code Cluster_host}, no
     * operation in progress.
     */
    static final PoolConfiguration TIDY_OWN_POOL = tidy(PoolConfiguration.UNKNOWN);

    private Hosts() {
    }

    /**
     * Starts a standalone host whose every fact a join rule reads is given, so that a test
     * changes only what matters to it: a Xeon E5-2650 with full masking support, XenServer
     * 5.6.100 build 39265p ({@link Softwares#xenServer56()}) with virtualization enabled, the
     * Enterprise edition, a static management address on a physical NIC, a clock in step with
     * the master's kept by NTP, a running dom0 and a template as the VM records besides its guests,
     * a random id; the pool it heads has a licence that allows pooling and does not restrict the
     * pool size, HA and clustering off and no operation in progress. Hosts made from one call each
     * agree on everything but their names, ids and addresses.
     *
     * @param hostname its host name
     * @param managementAddress its management IP address
     * @return a builder of the host
     */
    public static Host.Builder known(String hostname, String managementAddress) {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(managementAddress, "managementAddress");
        return Host.builder()
                .hostname(hostname)
                .cpu(CpuCatalog.shipped().realHost(KNOWN_CPU).toCpuBuilder().maskingSupport(MaskingSupport.FULL)
                        .virtualizationEnabled(true).build())
                .software(Softwares.xenServer56())
                .licence(LicenceEdition.ENTERPRISE)
                .clock(HostClock.SYNCHRONIZED)
                .ownPool(TIDY_OWN_POOL)
                .managementInterface(ManagementInterface.builder().ipAddress(managementAddress)
                        .addressing(Addressing.STATIC).bonded(false).build())
                .nonGuestVms(nonGuestVms(hostname));
    }

    /**
     * The VM records of a host's own database besides its guests: dom0, running and idle, and
     * one halted template.
     */
    static List<Vm> nonGuestVms(String hostname) {
        return List.of(
                Vm.builder().uuid(Ids.uuid("dom0", hostname)).name("Control domain").kind(Vm.Kind.DOM0)
                        .powerState(PowerState.RUNNING).mode(VirtualizationMode.PV).build(),
                Vm.builder().uuid(Ids.uuid("template", hostname)).name("Debian Squeeze 6.0 (64-bit)")
                        .kind(Vm.Kind.TEMPLATE).mode(VirtualizationMode.PV).build());
    }

    /**
     * Standalone hosts with a real CPU, any software and licence, a static or reserved
     * management address in 10.0.0.0/16, a clock within 2 seconds of the master kept by NTP, 0
     * to 3 halted idle VMs, a running dom0 and a template, and 0 to 2 local SRs.
     *
     * @return the generator; shrinks towards fewer VMs and SRs
     */
    public static Gen<Host> standalone() {
        return Cpus.cpus().zip(Softwares.software(), Generate.pick(LicenceEdition.XENSERVER_5_EDITIONS),
                integers().between(0, 999), (cpu, software, edition, n) -> Host.builder()
                        .id(Ids.uuid("standalone", String.valueOf(n)))
                        .hostname("standalone-" + n)
                        .cpu(cpu)
                        .software(software)
                        .licence(edition)
                        .managementInterface(ManagementInterface.builder()
                                .ipAddress("10.0." + n / 256 + "." + n % 256).build())
                        .build())
                .zip(tidyExtras(), (host, extras) -> extras.applyTo(host, host.hostname()));
    }

    /**
     * Standalone hosts that meet every requirement of the XenServer 5.6 seed for {@code pool}:
     * the pool's CPU (vendor and features, exposed unmasked, with full masking support and
     * virtualization enabled), the master's software, the pool's edition, the master's external
     * authentication, a static or reserved management address on a physical NIC, a clock within 2
     * seconds of the master kept by NTP, only halted idle VMs (a running dom0 and an idle template
     * besides) and only local storage; its own pool has the pool's TLS verification setting and
     * trusts copies of the pool's trusted certificates besides its own host certificate, has a
     * licence that allows pooling and does not restrict the pool size, HA and clustering off and
     * no operation in progress. The pool itself must have room for one more, and HA off: no host
     * can join a pool with HA on. What xapi's later network and storage checks read is the pool's
     * too: the master's address family first (IPv4 when the master's is unknown), one IPv4 address
     * on the network the pool clusters on (the management network's bridge otherwise), and an own
     * pool with no SDN controller and the pool's network purposes and storage drivers (the same types
     * and features in records of its own; none when the pool's are unknown).
     *
     * @param pool the pool to join
     * @return the generator
     */
    public static Gen<Host> compliantWith(Pool pool) {
        Objects.requireNonNull(pool, "pool");
        Cpu cpu = pool.master().cpu().unmasked().toBuilder().maskingSupport(MaskingSupport.FULL)
                .virtualizationEnabled(true).build();
        String hostname = pool.name() + "-candidate";
        PoolConfiguration pools = pool.configuration();
        Host.Builder builder = Host.builder()
                .id(Ids.uuid("candidate", pool.id()))
                .xapiReference(Pools.reference(hostname))
                .hostname(hostname)
                .cpu(cpu)
                .software(pool.master().software())
                .managementInterface(ManagementInterface.builder().ipAddress("203.0.113.10")
                        .primaryAddressType(pool.master().managementInterface().primaryAddressType()
                                .orElse(PrimaryAddressType.IPV4)).build())
                .ipv4Bridges(List.of(pools.clusterHosts().flatMap(hosts -> hosts.stream().findFirst())
                        .flatMap(ClusterHost::pif).flatMap(pif -> pif.bridges().stream().findFirst())
                        .orElse(Pools.CLUSTER_BRIDGE)));
        // A pool whose edition is unknown gets a candidate whose edition is unknown too; so for the other facts.
        pool.edition().ifPresent(builder::licence);
        pool.master().externalAuth().ifPresent(builder::externalAuth);
        builder.ownPool(tidy(Trust.ownPoolCompliantWith(pool, hostname)).withSdnControllers(List.of())
                .withNetworkPurposes(pools.networkPurposes().orElse(Set.of()))
                .withStorageDrivers(ownDrivers(pools.storageDrivers().orElse(List.of()), hostname)));
        Host base = builder.build();
        return tidyExtras().map(extras -> extras.applyTo(base, hostname));
    }

    /**
     * The pool's storage drivers as records of the host's own database: the same types and
     * features, each under a reference of its own.
     */
    static List<StorageDriver> ownDrivers(List<StorageDriver> drivers, String hostname) {
        List<StorageDriver> own = new java.util.ArrayList<>(drivers.size());
        for (StorageDriver driver : drivers) {
            own.add(driver.identifiedBy(Optional.of("OpaqueRef:" + Ids.uuid("sm", hostname, driver.type())),
                    Optional.empty()));
        }
        return own;
    }

    /**
     * A host's own pool as xapi's join checks want it: a licence that allows pooling and does not
     * restrict the pool size, HA off, no enabled {@code Cluster_host}, no operation in progress.
     */
    static PoolConfiguration tidy(PoolConfiguration ownPool) {
        return ownPool.toBuilder()
                .restrictions(LicenceParams.of(Map.of("restrict_pooling", "false", "restrict_pool_size", "false")))
                .haEnabled(false)
                .enabledClusterHosts(Set.of())
                .currentOperations(Set.of())
                .build();
    }

    /** What a tidy host carries beyond its identity: harmless VMs, local SRs, a clock in step. */
    record Extras(int vms, boolean hvm, int localSrs, int clockMillis, boolean reserved) {
        Host applyTo(Host host, String hostname) {
            Host.Builder builder = host.toBuilder()
                    .clock(new HostClock(Duration.ofMillis(clockMillis), true))
                    .managementInterface(host.managementInterface().toBuilder()
                            .addressing(reserved ? Addressing.DHCP_RESERVED : Addressing.STATIC).bonded(false).build())
                    .nonGuestVms(nonGuestVms(hostname));
            for (int i = 0; i < vms; i++) {
                builder.vm(Vm.builder().uuid(Ids.uuid("vm", hostname, String.valueOf(i))).name("vm-" + i)
                        .powerState(PowerState.HALTED)
                        .mode(hvm ? VirtualizationMode.HVM : VirtualizationMode.PV).build());
            }
            for (int i = 0; i < localSrs; i++) {
                builder.storageRepository(StorageRepository.builder().uuid(Ids.uuid("local-sr", hostname,
                        String.valueOf(i))).name("Local storage " + i).build());
            }
            return builder.build();
        }
    }

    static Gen<Extras> tidyExtras() {
        return integers().between(0, 3).zip(Generate.booleans(), integers().between(0, 2),
                integers().between(-2000, 2000), (vms, hvm, srs, millis) -> new Extras(vms, hvm, srs, millis, false))
                .zip(Generate.booleans(), (e, reserved) -> new Extras(e.vms(), e.hvm(), e.localSrs(),
                        e.clockMillis(), reserved));
    }
}
