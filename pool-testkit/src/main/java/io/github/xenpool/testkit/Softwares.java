package io.github.xenpool.testkit;

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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of host software: XenServer versions of the 5.6 to 6.2 era, hotfixes and
 * supplemental packs, with what xapi says of them: {@code software_version}, the XenAPI version,
 * the applied patches and no pending update guidance.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Softwares {

    static final List<String> VERSIONS = List.of("5.6.0", "5.6.100", "6.0.0", "6.0.2", "6.1.0", "6.2.0");
    static final List<String> HOTFIXES = List.of("XS56E001", "XS56E002", "XS56E003", "XS56EFP1001",
            "XS56EFP1002", "XS60E001", "XS60E002", "XS61E001", "XS62E001", "XS62E002");
    static final List<String> PACKS = List.of("hp-insight-manager", "dell-openmanage", "linux-guest-support",
            "citrix-vgpu");
    static final List<String> REVISIONS = List.of("1.0", "1.0.2", "2.1-4", "8.4.0-1");

    /** The XenAPI version and the platform version (6.0 on) of each product version. */
    private static final Map<String, String[]> RELEASES = Map.of(
            "5.6.0", new String[] {"1.7", ""},
            "5.6.100", new String[] {"1.8", ""},
            "6.0.0", new String[] {"1.9", "1.4.90"},
            "6.0.2", new String[] {"1.9", "1.4.90"},
            "6.1.0", new String[] {"1.10", "1.6.10"},
            "6.2.0", new String[] {"2.0", "1.8.0"});

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
     * Software with a product version, 0 to 4 hotfixes and 1 or 2 supplemental packs, and what
     * xapi says of it ({@link Software#softwareVersion()} with the Open vSwitch network backend, the
     * XenAPI version, the hotfixes as applied patches, no pending update guidance).
     *
     * @return the generator; shrinks towards the first version, fewer hotfixes and one pack
     */
    public static Gen<Software> software() {
        Gen<List<String>> hotfixes = lists().of(Generate.pick(HOTFIXES)).ofSizeBetween(0, 4);
        Gen<List<String>> packs = lists().of(Generate.pick(PACKS)).ofSizeBetween(1, 2);
        return Generate.pick(VERSIONS).zip(hotfixes, packs, Generate.pick(REVISIONS),
                (version, fixes, packNames, revision) -> {
                    String build = "b" + version.replace(".", "");
                    Software.Builder builder = Software.builder().productVersion(version).buildNumber(build);
                    for (String pack : new TreeSet<>(packNames)) {
                        builder.supplementalPack(pack, revision);
                    }
                    return withXapiFacts(builder, version, build, fixes, true);
                });
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
}
