package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SoftwareVersion;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of host software: XenServer versions of the 5.6 to 6.2 era, hotfixes and
 * supplemental packs.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Softwares {

    static final List<String> VERSIONS = List.of("5.6.0", "5.6.100", "6.0.0", "6.0.2", "6.1.0", "6.2.0");
    static final List<String> HOTFIXES = List.of("XS56E001", "XS56E002", "XS56E003", "XS56EFP1001",
            "XS56EFP1002", "XS60E001", "XS60E002", "XS61E001", "XS62E001", "XS62E002");
    static final List<String> PACKS = List.of("hp-insight-manager", "dell-openmanage", "linux-guest-support",
            "citrix-vgpu");
    static final List<String> REVISIONS = List.of("1.0", "1.0.2", "2.1-4", "8.4.0-1");

    private Softwares() {
    }

    /**
     * XenServer 5.6 FP1: version 5.6.100, build 39265p, no hotfixes, no packs.
     *
     * @return the software
     */
    public static Software xenServer56() {
        return Software.builder().productVersion("5.6.100").buildNumber("39265p").build();
    }

    /** What xapi's software_version says of generated software: the Open vSwitch network backend. */
    static final SoftwareVersion SOFTWARE_VERSION = SoftwareVersion.of(Map.of("network_backend", "openvswitch"));

    /**
     * Software with a product version, 0 to 4 hotfixes, 1 or 2 supplemental packs, and the
     * Open vSwitch network backend ({@code software_version:network_backend}).
     *
     * @return the generator; shrinks towards the first version, fewer hotfixes and one pack
     */
    public static Gen<Software> software() {
        Gen<List<String>> hotfixes = lists().of(Generate.pick(HOTFIXES)).ofSizeBetween(0, 4);
        Gen<List<String>> packs = lists().of(Generate.pick(PACKS)).ofSizeBetween(1, 2);
        return Generate.pick(VERSIONS).zip(hotfixes, packs, Generate.pick(REVISIONS),
                (version, fixes, packNames, revision) -> {
                    Software.Builder builder = Software.builder().productVersion(version)
                            .buildNumber("b" + version.replace(".", "")).hotfixes(fixes)
                            .softwareVersion(SOFTWARE_VERSION);
                    for (String pack : new TreeSet<>(packNames)) {
                        builder.supplementalPack(pack, revision);
                    }
                    return builder.build();
                });
    }
}
