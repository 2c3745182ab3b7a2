package io.github.xenpool.rules;

import io.github.xenpool.core.ClusterHost;
import io.github.xenpool.core.ExternalAuth;
import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceParams;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.network.PrimaryAddressType;
import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.testkit.JoinCase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The pool and candidates of {@link JoinFixtures} in the levelling era: every host runs XCP-ng 8.3
 * as released (xapi 24.19.2), and every fact xapi's join checks read is known and agrees, so that
 * the checks of {@code RuleSets.levelling()} pass and a test changes only what matters to it.
 */
public final class LevellingFixtures {

    /** The xapi release of XCP-ng 8.3 at its release (October 2024). */
    public static final String XCP_NG_83_GA = "24.19.2";
    /**
     * A release of xapi that runs every check of {@code RuleSets.xapi()}: the trusted certificates
     * came with 26.13.0, and 26.14.0 brought XenAPI 2.23.
     */
    public static final String EVERY_CHECK = "26.14.0";

    /**
     * XCP-ng 8.3 as released: product version 8.3.0, XenAPI 2.21, the {@code software_version}
     * xapi 24.19.2 prints (db_schema 5.779, Open vSwitch), no update applied, no pending guidance.
     */
    public static final Software XCP_NG_83 = software(XCP_NG_83_GA);

    /** {@link JoinFixtures#POOL} running XCP-ng 8.3. */
    public static final Pool POOL = levelled(JoinFixtures.POOL);

    private LevellingFixtures() {
    }

    /**
     * The software of a host of an xapi release, product version 8.3.0, with the
     * {@code software_version} that release prints: {@code xapi_build} the release, {@code xapi}
     * its major and minor, {@code git_id} the rest, its db_schema (5.779 for 24.19.2, 5.785 for
     * 24.39.1, 5.791 for 25.33.1, 5.793 for the 26.1 line, else 5.909, xapi's in August 2026), the
     * Open vSwitch backend; XenAPI 2.21 (2.23 from 26.14.0), no update, no pending guidance.
     *
     * @param xapiBuild such as {@code 24.19.2}
     * @return the software
     */
    public static Software software(String xapiBuild) {
        String[] parts = xapiBuild.split("\\.", 3);
        Map<String, String> schemas = Map.of("24.19.2", "5.779", "24.39.1", "5.785", "25.33.1", "5.791");
        String schema = schemas.getOrDefault(xapiBuild, xapiBuild.startsWith("26.1.") ? "5.793" : "5.909");
        boolean api223 = XapiVersion.parse(xapiBuild).isAtLeast(XapiVersion.parse("26.14.0"));
        Map<String, String> fields = new TreeMap<>();
        fields.put("product_version", "8.3.0");
        fields.put("product_version_text", "8.3");
        fields.put("product_version_text_short", "8.3");
        fields.put("product_brand", "XCP-ng");
        fields.put("platform_name", "XCP");
        fields.put("platform_version", "3.4.0");
        fields.put("build_number", "cloud");
        fields.put("xapi", parts[0] + "." + parts[1]);
        fields.put("xapi_build", xapiBuild);
        fields.put("git_id", parts.length > 2 ? parts[2] : "0");
        fields.put("db_schema", schema);
        fields.put("network_backend", "openvswitch");
        return Software.builder().productVersion("8.3.0").buildNumber("cloud").hotfixes(List.of())
                .supplementalPacks(List.of()).softwareVersion(SoftwareVersion.of(fields))
                .apiVersion(ApiVersion.parse(api223 ? "2.23" : "2.21")).updates(List.of()).pendingGuidance(List.of())
                .build();
    }

    /**
     * A candidate that meets every requirement of {@link #POOL}.
     *
     * @return a builder of it, to change one aspect
     */
    public static Host.Builder candidate() {
        return levelled(JoinFixtures.candidate().build()).toBuilder();
    }

    /**
     * Another candidate that meets every requirement of {@link #POOL}, with an id and a management
     * address of its own ({@link JoinFixtures#candidate(int)}).
     *
     * @param n 1 to 9999
     * @return a builder of it
     */
    public static Host.Builder candidate(int n) {
        return levelled(JoinFixtures.candidate(n).build()).toBuilder();
    }

    /**
     * A host of the levelling era: XCP-ng 8.3 software, no external authentication, IPv4
     * management, dom0 as its only VM record besides its guests and, for a standalone host, a tidy
     * pool of its own (a licence that allows pooling at any size, HA and clustering off, no
     * operation in progress, TLS verification on, no certificate but its own, no SDN controller,
     * the pool's network purposes and storage drivers).
     *
     * @param host a host
     * @return the host so
     */
    public static Host levelled(Host host) {
        Host.Builder builder = host.toBuilder().software(XCP_NG_83).externalAuth(ExternalAuth.NONE)
                .managementInterface(host.managementInterface().toBuilder()
                        .primaryAddressType(PrimaryAddressType.IPV4).build())
                .nonGuestVms(List.of())
                .managementInterfaceExists(true)
                .ipv4Bridges(List.of("xenbr0"));
        if (host.membership() instanceof Membership.Standalone) {
            builder.ownPool(PoolConfiguration.UNKNOWN.toBuilder()
                    .restrictions(LicenceParams.of(Map.of("restrict_pooling", "false", "restrict_pool_size", "false")))
                    .haEnabled(false).enabledClusterHosts(Set.of()).currentOperations(Set.of())
                    .tlsVerificationEnabled(true).certificates(List.of()).sdnControllers(List.of())
                    .networkPurposes(Set.of()).storageDrivers(List.of()).build());
        }
        return builder.build();
    }

    /**
     * A join case of the levelling era: every host of the pool and the candidate run
     * {@link #XCP_NG_83} instead of their software, everything else as it was. pool-testkit's
     * cases know every fact xapi's checks read, so a compliant case stays compliant.
     *
     * @param joinCase a case of pool-testkit, whose hosts run XenServer 5.6 to 6.2
     * @return the case so
     */
    public static JoinCase levelled(JoinCase joinCase) {
        return levelled(joinCase, XCP_NG_83_GA);
    }

    /**
     * A join case whose hosts all run {@link #software(String)} of a release instead of their
     * software, everything else as it was.
     *
     * @param joinCase a case of pool-testkit, whose hosts run XenServer 5.6 to 6.2
     * @param xapiBuild the release, such as {@link #EVERY_CHECK}
     * @return the case so
     */
    public static JoinCase levelled(JoinCase joinCase, String xapiBuild) {
        Software software = software(xapiBuild);
        UnaryOperator<Host> upgrade = host -> host.toBuilder().software(software).build();
        Pool pool = joinCase.pool();
        return new JoinCase(pool.toBuilder().master(upgrade.apply(pool.master()))
                .secondaries(pool.secondaries().stream().map(upgrade).toList()).build(),
                upgrade.apply(joinCase.host()), joinCase.mutation());
    }

    /**
     * A pool of the levelling era: its hosts {@link #levelled(Host)}, and what xapi knows of the
     * pool as a whole given: TLS verification on, no certificate, no operation in progress, no
     * cluster, no SDN controller, no network purpose, no storage driver, its master's CPU vendor.
     *
     * @param pool a pool
     * @return the pool so
     */
    public static Pool levelled(Pool pool) {
        Pool.Builder builder = pool.toBuilder().master(levelled(pool.master()))
                .secondaries(pool.secondaries().stream().map(LevellingFixtures::levelled).toList());
        PoolConfiguration configuration = pool.configuration().toBuilder().tlsVerificationEnabled(true)
                .certificates(List.of()).currentOperations(Set.of()).clusterHosts(List.<ClusterHost>of())
                .sdnControllers(List.of()).networkPurposes(Set.of()).storageDrivers(List.of())
                .cpuInfo(CpuInfo.of(Map.of("vendor", pool.master().cpu().vendor().orElseThrow().cpuidString())))
                .build();
        return builder.configuration(configuration).build();
    }
}
