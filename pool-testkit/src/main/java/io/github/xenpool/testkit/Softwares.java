package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.software.ApiVersion;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.core.software.Update;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of host software, with what xapi says of it: {@code software_version}, the XenAPI
 * version, the applied updates and no pending update guidance. Two eras: XenServer 5.6 to 6.2
 * ({@link #xenServer5And6()}), and the xapi releases of Citrix Hypervisor 8.2, XCP-ng 8.2 and 8.3
 * and XenServer 8 ({@link #of(String)}, {@link #XAPI_RELEASES}), each with the
 * {@code software_version} its xapi fills in. {@link #software()} draws from both.
 *
 * <pre>{@code
 * qt().withFixedSeed(7).forAll(Softwares.of("24.19.2"))
 *         .check(s -> s.softwareVersion().xapiBuild().equals(Optional.of("24.19.2")));
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Softwares {

    /** The product versions of XenServer 5.6 to 6.2. */
    static final List<String> VERSIONS = List.of("5.6.0", "5.6.100", "6.0.0", "6.0.2", "6.1.0", "6.2.0");
    // A host has at most 4 hotfixes of a list: the HOTFIX mutation always finds one more.
    /** The hotfixes of XenServer 5.6 to 6.2, applied as {@code pool_patch}es. */
    static final List<String> HOTFIXES = List.of("XS56E001", "XS56E002", "XS56E003", "XS56EFP1001",
            "XS56EFP1002", "XS60E001", "XS60E002", "XS61E001", "XS62E001", "XS62E002");
    /** The hotfixes of Citrix Hypervisor 8.2, applied as {@code pool_update}s. */
    static final List<String> HOTFIXES_82 = List.of("XS82E001", "XS82E002", "XS82E003", "XS82E004",
            "XS82ECU1001", "XS82ECU1002");
    /**
     * Updates of XenServer 8 and XCP-ng 8.3 applied from an update ISO, as {@code pool_update}s;
     * their regular updates come from repositories and leave no record.
     */
    static final List<String> HOTFIXES_8 = List.of("XS8E001", "XS8E002", "XS8E003", "XS8E004", "XS8E005",
            "XS8E006");
    static final List<String> PACKS = List.of("hp-insight-manager", "dell-openmanage", "linux-guest-support",
            "citrix-vgpu");
    static final List<String> REVISIONS = List.of("1.0", "1.0.2", "2.1-4", "8.4.0-1");

    /**
     * The xapi releases whose software {@link #of(String)} generates, oldest first: 1.249.26 (Citrix
     * Hypervisor 8.2 CU1, XCP-ng 8.2.1), 24.19.2 (XCP-ng 8.3 at its release, XenServer 8), 24.39.1,
     * 25.33.1 and 26.1.4 (later updates of both).
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static final List<String> XAPI_RELEASES = List.of("1.249.26", "24.19.2", "24.39.1", "25.33.1", "26.1.4");

    /** The XenAPI version and the platform version (6.0 on) of each product version before 7.0. */
    private static final Map<String, String[]> RELEASES = Map.of(
            "5.6.0", new String[] {"1.7", ""},
            "5.6.100", new String[] {"1.8", ""},
            "6.0.0", new String[] {"1.9", "1.4.90"},
            "6.0.2", new String[] {"1.9", "1.4.90"},
            "6.1.0", new String[] {"1.10", "1.6.10"},
            "6.2.0", new String[] {"2.0", "1.8.0"});

    /**
     * What one xapi release puts in {@code software_version} whatever the product: {@code xapi}
     * (fixed at 1.20 on the 1.31 to 1.249 releases), {@code xapi_build} and {@code git_id} (the text
     * after major.minor, from 22.35 on; absent before), {@code db_schema}, the XenAPI version (also
     * {@code xencenter_min} and {@code xencenter_max}), and the hotfixes of its line. The Xen version
     * and the build date stand for those of a build of the release: no check reads them.
     */
    record XapiRelease(String release, String xapi, Optional<String> xapiBuild, Optional<String> gitId,
            String dbSchema, String api, String xen, String date, List<String> hotfixes) {
    }

    private static final XapiRelease R1_249_26 = new XapiRelease("1.249.26", "1.20", Optional.empty(),
            Optional.empty(), "5.602", "2.15", "4.13.5-9.38", "2022-06-07", HOTFIXES_82);
    private static final XapiRelease R24_19_2 = modern("24.19.2", "5.779", "4.17.5-3", "2024-10-08");
    private static final XapiRelease R24_39_1 = modern("24.39.1", "5.785", "4.17.5-9", "2025-02-10");
    private static final XapiRelease R25_33_1 = modern("25.33.1", "5.791", "4.17.5-20", "2025-11-04");
    private static final XapiRelease R26_1_4 = modern("26.1.4", "5.793", "4.17.6-2", "2026-02-17");

    /** A release from 22.35 on: {@code xapi} is its major.minor, {@code git_id} the rest. */
    private static XapiRelease modern(String release, String dbSchema, String xen, String date) {
        int second = release.indexOf('.', release.indexOf('.') + 1);
        return new XapiRelease(release, release.substring(0, second), Optional.of(release),
                Optional.of(release.substring(second + 1)), dbSchema, "2.21", xen, date, HOTFIXES_8);
    }

    /**
     * A product running a release, as its inventory ({@code /etc/xensource-inventory}) describes
     * it; {@code v6d} holds the keys the licensing daemon adds.
     */
    record Product(XapiRelease release, String brand, String productVersion, String versionText,
            String platformVersion, String buildNumber, Map<String, String> v6d) {
    }

    /** Every product of a modern release, by release. */
    static final List<Product> PRODUCTS = List.of(
            new Product(R1_249_26, "Citrix Hypervisor", "8.2.1", "8.2", "3.2.1", "release/yangtze/master/58",
                    Map.of()),
            new Product(R1_249_26, "XCP-ng", "8.2.1", "8.2", "3.2.1", "release/yangtze/master/58", Map.of()),
            xcpNg83(R24_19_2), xenServer8(R24_19_2),
            xcpNg83(R24_39_1), xenServer8(R24_39_1),
            xcpNg83(R25_33_1), xenServer8(R25_33_1),
            xcpNg83(R26_1_4), xenServer8(R26_1_4));

    private static Product xcpNg83(XapiRelease release) {
        return new Product(release, "XCP-ng", "8.3.0", "8.3", "3.4.0", "8.3.0", Map.of());
    }

    private static Product xenServer8(XapiRelease release) {
        return new Product(release, "XenServer", "8.4.0", "8", "3.4.0", "stream",
                Map.of("dbv", "2024.0229", "is_preview_release", "false"));
    }

    private Softwares() {
    }

    /**
     * XenServer 5.6 FP1: version 5.6.100, build 39265p, no hotfixes, no packs, XenAPI 1.8, no
     * pending update guidance.
     *
     * @return the software
     */
    public static Software xenServer56() {
        return withXapiFacts(Software.builder().productVersion("5.6.100").buildNumber("39265p"), "5.6.100", "39265p",
                List.of(), false);
    }

    /**
     * Software of any era: XenServer 5.6 to 6.2 ({@link #xenServer5And6()}) or a product of one of
     * the {@link #XAPI_RELEASES} ({@link #of(String)}), each equally likely.
     *
     * @return the generator; shrinks towards XenServer 5.6, fewer hotfixes and one pack
     */
    public static Gen<Software> software() {
        // One kind per product version of XenServer 5.6 to 6.2 and per product of a later release, the
        // old ones first, so that shrinking reaches XenServer 5.6.
        List<Gen<Software>> kinds = new ArrayList<>();
        VERSIONS.forEach(v -> kinds.add(oldSoftware(Generate.constant(v))));
        PRODUCTS.forEach(p -> kinds.add(modernSoftware(List.of(p))));
        return Generate.pick(kinds).flatMap(kind -> kind);
    }

    /**
     * XenServer 5.6 to 6.2: a product version, 0 to 4 hotfixes applied as {@code pool_patch}es and
     * 1 or 2 supplemental packs, with what xapi says of it ({@link Software#softwareVersion()} with the
     * Open vSwitch network backend and a {@code db_schema} that these releases do not have yet, so that
     * every xapi check of any release passes between two hosts of the same software; the XenAPI
     * version, the hotfixes as applied patches, no pending update guidance). Their xapi is older than
     * 1.9.81, the release of XenServer 7.0: {@code software_version} names no release exactly.
     *
     * @return the generator; shrinks towards 5.6.0, fewer hotfixes and one pack
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static Gen<Software> xenServer5And6() {
        return oldSoftware(Generate.pick(VERSIONS));
    }

    /**
     * Software of one xapi release, with the {@code software_version} that release's xapi fills in:
     * for 1.249.26, Citrix Hypervisor or XCP-ng 8.2.1 ({@code xapi} 1.20, no {@code xapi_build} and no
     * {@code git_id}, so the software names only the 1.249 line, {@code db_schema} 5.602, XenAPI 2.15);
     * for the later releases, XCP-ng 8.3 or XenServer 8 ({@code xapi_build} the release,
     * {@code xapi} its major and minor, {@code git_id} the rest, the release's {@code db_schema},
     * XenAPI 2.21). Each has the Open vSwitch network backend, 0 to 4 hotfixes applied as
     * {@code pool_update}s that enforce homogeneity, 1 or 2 supplemental packs and no pending update
     * guidance.
     *
     * <pre>{@code
     * qt().forAll(JoinCases.compliant(Softwares.of("24.19.2")))
     *         .check(c -> RuleSets.xapi().evaluate(c.pool(), c.host()).violations().isEmpty());
     * }</pre>
     *
     * @param xapiRelease one of {@link #XAPI_RELEASES}, as {@code XapiVersion.toString()} prints it,
     *     such as {@code 24.19.2}
     * @return the generator; shrinks towards the first product of the release, fewer hotfixes and
     *     one pack
     * @throws IllegalArgumentException if the testkit knows no such release; the message lists those
     *     it knows
     */
    @API(status = EXPERIMENTAL, since = "0.3.0")
    public static Gen<Software> of(String xapiRelease) {
        Objects.requireNonNull(xapiRelease, "xapiRelease");
        List<Product> products = PRODUCTS.stream().filter(p -> p.release().release().equals(xapiRelease))
                .collect(Collectors.toList());
        if (products.isEmpty()) {
            throw new IllegalArgumentException("the testkit generates no software of xapi \"" + xapiRelease
                    + "\"; it knows " + String.join(", ", XAPI_RELEASES));
        }
        return modernSoftware(products);
    }

    private static Gen<Software> oldSoftware(Gen<String> versions) {
        Gen<List<String>> hotfixes = lists().of(Generate.pick(HOTFIXES)).ofSizeBetween(0, 4);
        return versions.zip(hotfixes, packs(), Generate.pick(REVISIONS), (version, fixes, packNames, revision) -> {
            String build = "b" + version.replace(".", "");
            Software.Builder builder = Software.builder().productVersion(version).buildNumber(build);
            for (String pack : new TreeSet<>(packNames)) {
                builder.supplementalPack(pack, revision);
            }
            return withXapiFacts(builder, version, build, fixes, true);
        });
    }

    private static Gen<List<String>> packs() {
        return lists().of(Generate.pick(PACKS)).ofSizeBetween(1, 2);
    }

    private static Gen<Software> modernSoftware(List<Product> products) {
        return Generate.pick(products).flatMap(product -> lists().of(Generate.pick(product.release().hotfixes()))
                .ofSizeBetween(0, 4).zip(packs(), Generate.pick(REVISIONS), (fixes, packNames, revision) -> {
                    Software.Builder builder = Software.builder().productVersion(product.productVersion())
                            .buildNumber(product.buildNumber());
                    for (String pack : new TreeSet<>(packNames)) {
                        builder.supplementalPack(pack, revision);
                    }
                    return builder.hotfixes(fixes).softwareVersion(softwareVersion(product))
                            .apiVersion(ApiVersion.parse(product.release().api()))
                            .updates(poolUpdates(fixes)).pendingGuidance(List.of()).build();
                }));
    }

    /** The {@code software_version} a product's xapi fills in: the inventory's keys, then xapi's own. */
    static SoftwareVersion softwareVersion(Product product) {
        XapiRelease release = product.release();
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("product_version", product.productVersion());
        fields.put("product_version_text", product.versionText());
        fields.put("product_version_text_short", product.versionText());
        fields.put("platform_name", "XCP");
        fields.put("platform_version", product.platformVersion());
        fields.put("product_brand", product.brand());
        fields.put("build_number", product.buildNumber());
        fields.put("hostname", "localhost");
        fields.put("date", release.date());
        fields.putAll(product.v6d());
        fields.put("xapi", release.xapi());
        release.xapiBuild().ifPresent(build -> fields.put("xapi_build", build));
        release.gitId().ifPresent(id -> fields.put("git_id", id));
        fields.put("xen", release.xen());
        fields.put("linux", "4.19.0+1");
        fields.put("xencenter_min", release.api());
        fields.put("xencenter_max", release.api());
        fields.put("network_backend", "openvswitch");
        fields.put("db_schema", release.dbSchema());
        return SoftwareVersion.of(fields);
    }

    /**
     * The hotfixes a release of the software's line offers: those of Citrix Hypervisor 8.2 for a
     * host whose {@code xapi} says 1.20, those of XenServer 8 for one with {@code xapi_build},
     * XenServer 5.6 to 6.2's otherwise.
     */
    static List<String> hotfixesOf(Software software) {
        SoftwareVersion version = software.softwareVersion();
        if (version.xapiBuild().isPresent()) {
            return HOTFIXES_8;
        }
        return version.xapi().filter("1.20"::equals).isPresent() ? HOTFIXES_82 : HOTFIXES;
    }

    /**
     * The software with other hotfixes, and the updates xapi records of them changed alike: the
     * {@code pool_patch}es of XenServer 5.6 to 6.2, the {@code pool_update}s of later releases. Other
     * updates stay.
     */
    static Software withHotfixes(Software software, Collection<String> hotfixes) {
        boolean patches = hotfixesOf(software).equals(HOTFIXES);
        java.util.Set<String> old = software.hotfixes().orElse(java.util.Set.of());
        List<Update> updates = new ArrayList<>(patches ? patches(hotfixes) : poolUpdates(hotfixes));
        software.updates().orElseThrow().stream().filter(u -> !old.contains(u.name())).forEach(updates::add);
        return software.toBuilder().hotfixes(hotfixes).updates(updates).build();
    }

    /**
     * The software with what xapi says of it. db_schema came with XenServer 7.2: the generated
     * software has one all the same, so that every xapi check of any release passes between two
     * hosts of the same software. The network backend is Open vSwitch when {@code openvswitch}, else
     * left out.
     */
    private static Software withXapiFacts(Software.Builder builder, String version, String build,
            Collection<String> hotfixes, boolean openvswitch) {
        String[] release = RELEASES.get(version);
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("product_version", version);
        fields.put("product_brand", "XenServer");
        fields.put("build_number", build);
        fields.put("xapi", "1.3");
        fields.put("db_schema", "5." + version.replace(".", ""));
        if (openvswitch) {
            fields.put("network_backend", "openvswitch");
        }
        if (!release[1].isEmpty()) {
            fields.put("platform_name", "XCP");
            fields.put("platform_version", release[1]);
        }
        return builder.hotfixes(hotfixes).softwareVersion(SoftwareVersion.of(fields))
                .apiVersion(ApiVersion.parse(release[0])).updates(patches(hotfixes)).pendingGuidance(List.of())
                .build();
    }

    /** The hotfixes as xapi's applied pool_patches, each of one UUID wherever it is applied. */
    static List<Update> patches(Collection<String> hotfixes) {
        List<Update> patches = new ArrayList<>();
        for (String hotfix : new TreeSet<>(hotfixes)) {
            patches.add(new Update(Ids.uuid("patch", hotfix), hotfix, "1.0", Update.Kind.PATCH, Optional.empty()));
        }
        return patches;
    }

    /** The hotfixes as xapi's applied pool_updates that enforce homogeneity, each of one UUID. */
    static List<Update> poolUpdates(Collection<String> hotfixes) {
        List<Update> updates = new ArrayList<>();
        for (String hotfix : new TreeSet<>(hotfixes)) {
            updates.add(new Update(Ids.uuid("pool-update", hotfix), hotfix, "1.0", Update.Kind.UPDATE,
                    Optional.of(true)));
        }
        return updates;
    }
}
