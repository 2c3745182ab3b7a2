package io.github.xenpool.rules.bench;

import io.github.xenpool.core.Certificate;
import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.storage.StorageDriver;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.XapiReleases;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of {@code RuleSets.xapi()} on a host of one known release, written by hand as a chain
 * of ifs that answers only yes or no: the baseline of {@link XapiEvaluateBenchmark}. It reads the
 * same facts as the rules, in their order, and stops at the first that fails or is unknown.
 */
final class XapiIfChain {

    private XapiIfChain() {
    }

    /**
     * Tells whether the host may join the pool.
     *
     * @param pool the pool
     * @param host the joining host
     * @return true if every check passes
     */
    static boolean joins(Pool pool, Host host) {
        Host master = pool.master();
        Software software = host.software();
        Software mastersSoftware = master.software();
        SoftwareVersion mine = software.softwareVersion();
        SoftwareVersion masters = mastersSoftware.softwareVersion();
        // xapi.release: the host's own release, known exactly.
        if (XapiReleases.of(mine).single().isEmpty() || host.ownPool().isEmpty()) {
            return false;
        }
        PoolConfiguration own = host.ownPool().get();
        PoolConfiguration pools = pool.configuration();
        // licence.pooling, licence.pool-size
        if (!own.restrictions().flatMap(r -> r.get("restrict_pooling")).map(f -> f.strip().equals("false"))
                .orElse(false)) {
            return false;
        }
        if (pool.size() >= 3 && !own.restrictions().flatMap(r -> r.get("restrict_pool_size"))
                .map(f -> f.strip().equals("false")).orElse(false)) {
            return false;
        }
        // network.management-interface, host.ha-disabled, host.clustering-disabled
        if (!host.managementInterfaceExists().orElse(false) || own.haEnabled().orElse(true)
                || !own.enabledClusterHosts().map(Set::isEmpty).orElse(false)) {
            return false;
        }
        // network.cluster-ip
        if (pools.clusterHosts().isEmpty()) {
            return false;
        }
        List<ClusterHost> clusterHosts = pools.clusterHosts().get();
        if (!clusterHosts.isEmpty() && clusterHosts.get(0).poolAutoJoin() && clusterHosts.get(0).pif().isPresent()) {
            ClusterHost.Pif pif = clusterHosts.get(0).pif().get();
            if (pif.vlan() > 0 && !pif.management() || host.ipv4Bridges().isEmpty()) {
                return false;
            }
            int addresses = 0;
            for (String bridge : host.ipv4Bridges().get()) {
                addresses += pif.bridges().contains(bridge) ? 1 : 0;
            }
            if (addresses != 1) {
                return false;
            }
        }
        // pool.ha-disabled, host.not-itself, host.no-other-hosts
        if (pool.haEnabled() || host.id().equals(master.id()) || !host.membership().isFree()) {
            return false;
        }
        // vm.running, vm.active-operations
        if (!host.isComplete(Host.Listing.VMS) || host.nonGuestVms().isEmpty()) {
            return false;
        }
        for (Vm vm : host.vms()) {
            if (vm.powerState() == PowerState.RUNNING || vm.isBusy()) {
                return false;
            }
        }
        for (Vm vm : host.nonGuestVms().get()) {
            if (vm.powerState() == PowerState.RUNNING && vm.kind() != Vm.Kind.DOM0 || vm.isBusy()) {
                return false;
            }
        }
        // software.pending-guidance, software.compatible
        if (!software.pendingGuidance().map(Set::isEmpty).orElse(false)
                || !mastersSoftware.pendingGuidance().map(Set::isEmpty).orElse(false)) {
            return false;
        }
        if (mine.isEmpty() || masters.isEmpty() || !mine.platformVersion().equals(masters.platformVersion())
                || !mine.compatibilityName().equals(masters.compatibilityName())) {
            return false;
        }
        // host.homogeneous: the build, then the CPU vendor of the pool.
        if (!mine.get("platform_version").equals(masters.get("platform_version"))
                || !mine.get("build_number").equals(masters.get("build_number"))
                || !mine.gitId().equals(masters.gitId())
                || mine.get("xs:linux").isPresent() != masters.get("xs:linux").isPresent()) {
            return false;
        }
        Optional<String> vendor = host.cpu().vendor().map(v -> v.cpuidString());
        if (vendor.isEmpty() || !vendor.equals(pools.cpuInfo().flatMap(info -> info.vendor()))) {
            return false;
        }
        // storage.shared
        if (!host.isComplete(Host.Listing.STORAGE)) {
            return false;
        }
        for (StorageRepository sr : host.storage()) {
            if (sr.shared() && !sr.tools()) {
                return false;
            }
        }
        // network.bonds, network.tunnels, network.sriovs, network.non-management-vlans, network.management-vlan
        ManagementInterface nic = host.managementInterface();
        if (nic.bonded().orElse(true) || !host.isComplete(Host.Listing.NETWORK_INTERFACES)) {
            return false;
        }
        for (NetworkInterface other : host.networkInterfaces()) {
            if (other.kind() != NetworkInterface.Kind.PHYSICAL) {
                return false;
            }
        }
        if (nic.xapiVlan().isEmpty() || master.managementInterface().xapiVlan().isEmpty()
                || nic.xapiVlan().getAsInt() != master.managementInterface().xapiVlan().getAsInt()) {
            return false;
        }
        // auth.external
        Optional<ExternalAuth> auth = host.externalAuth();
        if (auth.isEmpty() || !auth.equals(master.externalAuth())) {
            return false;
        }
        // licence.pool-edition
        Optional<LicenceEdition> edition = host.licence();
        for (Host member : pool.members()) {
            if (edition.isEmpty() || !member.licence().equals(edition)) {
                return false;
            }
        }
        // network.backend: the same, and no SDN controller on an Open vSwitch host
        Optional<String> backend = mine.networkBackend();
        if (backend.isEmpty() || !backend.get().equals(masters.networkBackend().orElse("bridge"))
                || backend.get().equals("openvswitch") && !own.sdnControllers().map(List::isEmpty).orElse(false)) {
            return false;
        }
        // software.api-version, software.db-schema, software.updates
        if (software.apiVersion().isEmpty() || !software.apiVersion().equals(mastersSoftware.apiVersion())
                || mine.dbSchema().isEmpty() || !mine.dbSchema().equals(masters.dbSchema())
                || software.updates().isEmpty() || !software.updates().equals(mastersSoftware.updates())) {
            return false;
        }
        // network.primary-address-type, network.purpose
        if (nic.primaryAddressType().isEmpty()
                || !nic.primaryAddressType().equals(master.managementInterface().primaryAddressType())) {
            return false;
        }
        Optional<Set<String>> purposes = own.networkPurposes();
        Optional<Set<String>> poolsPurposes = pools.networkPurposes();
        if (purposes.isEmpty() || poolsPurposes.isEmpty()) {
            return false;
        }
        Set<String> a = purposes.get();
        Set<String> b = poolsPurposes.get();
        if (nbd(a) && nbd(b) && (a.contains("nbd") != b.contains("nbd")
                || a.contains("insecure_nbd") != b.contains("insecure_nbd"))) {
            return false;
        }
        // tls.verification, tls.ca-certificates: a CA name stands for one certificate on both sides
        if (own.tlsVerificationEnabled().isEmpty()
                || !own.tlsVerificationEnabled().equals(pools.tlsVerificationEnabled())
                || own.certificates().isEmpty() || pools.certificates().isEmpty()) {
            return false;
        }
        for (Certificate mineCertificate : own.certificates().get()) {
            for (Certificate theirs : pools.certificates().get()) {
                if (Certificate.TYPE_CA.equals(mineCertificate.type()) && Certificate.TYPE_CA.equals(theirs.type())
                        && !mineCertificate.name().isEmpty() && mineCertificate.name().equals(theirs.name())
                        && !mineCertificate.fingerprint().equals(theirs.fingerprint())) {
                    return false;
                }
            }
        }
        // host.not-updating, pool.not-updating
        if (own.currentOperations().isEmpty() || pools.currentOperations().isEmpty()
                || own.currentOperations().get().contains("apply_updates")
                || pools.currentOperations().get().contains("apply_updates")) {
            return false;
        }
        // storage.sm-features: every driver of the pool, once on the host, with its features
        if (pools.storageDrivers().isEmpty() || own.storageDrivers().isEmpty()) {
            return false;
        }
        for (StorageDriver wanted : pools.storageDrivers().get()) {
            int same = 0;
            for (StorageDriver driver : own.storageDrivers().get()) {
                if (driver.type().equals(wanted.type())) {
                    if (!driver.features().equals(wanted.features())) {
                        return false;
                    }
                    same++;
                }
            }
            if (same != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean nbd(Set<String> purposes) {
        return purposes.contains("nbd") || purposes.contains("insecure_nbd");
    }
}
