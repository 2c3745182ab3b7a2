package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureMask;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.XapiVersion;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * xapi's {@code assert_hosts_homogeneous}, which {@code Pool.join_force} skips: the fields of the
 * joining host's {@code software_version} that xapi compares are the master's ({@code HOSTS_NOT_HOMOGENEOUS
 * ["Software version differs"]}), then its CPUs are the pool's ({@code ["CPUs differ"]}). What it
 * compares changed four times; {@link Era} holds each version.
 */
final class HostsHomogeneousRule extends DescribedRule {

    private static final String CHECK = "assert_hosts_homogeneous";
    private static final String LINUX_PACK = "xs:linux";
    private static final String CPU_INFO = "cpu_info:vendor of the host record (xe host-param-get"
            + " param-name=cpu_info)";

    /** What one span of xapi releases compares. */
    enum Era {
        /**
         * Before 1.9.81 (XenServer 6.x): {@code platform_version} and the build number, and the
         * CPU vendor and features, masked by {@code pool.other_config:cpuid_feature_mask}, against
         * the master's {@code cpu_info}.
         */
        MASTER_CPU_FEATURES(XapiReleases.until("1.9.81"), "software version differs", "platform_version", true,
                false),
        /** 1.9.81 to 1.9.90 (XenServer 7.0): the CPU vendor only, against {@code pool.cpu_info} (d767a5efa7). */
        POOL_CPU_VENDOR(XapiReleases.between("1.9.81", "1.9.91"), "software version differs", "platform_version",
                true, true),
        /** 1.9.91 to 1.31 (XenServer 7.1): the parameter capitalised (4b8a479b93). */
        CAPITALISED(XapiReleases.between("1.9.91", "1.32.0"), "Software version differs", "platform_version", true,
                true),
        /** 1.32.0 to 22.12 (XenServer 7.2 to Citrix Hypervisor 8.2, XCP-ng 8.2): no build number (CA-249786). */
        WITHOUT_BUILD_NUMBER(XapiReleases.between("1.32.0", "22.13.0"), "Software version differs",
                "platform_version", false, true),
        /** 22.13.0 on (XenServer 8, XCP-ng 8.3): the {@code xapi} version instead of the platform's (CA-365121). */
        XAPI_VERSION(XapiReleases.since("22.13.0"), "Software version differs", "xapi", false, true);

        private final XapiReleases releases;
        private final String softwareDiffers;
        private final String versionKey;
        private final boolean buildNumber;
        private final boolean poolCpuVendor;

        Era(XapiReleases releases, String softwareDiffers, String versionKey, boolean buildNumber,
                boolean poolCpuVendor) {
            this.releases = releases;
            this.softwareDiffers = softwareDiffers;
            this.versionKey = versionKey;
            this.buildNumber = buildNumber;
            this.poolCpuVendor = poolCpuVendor;
        }

        static Era of(XapiVersion release) {
            for (Era era : values()) {
                if (era.releases.contains(release)) {
                    return era;
                }
            }
            throw new IllegalStateException("no era of assert_hosts_homogeneous holds xapi " + release);
        }

        RuleDescriptor descriptor() {
            return RuleDescriptor.of(SoftwareRules.HOSTS_HOMOGENEOUS, "the host's " + versionKey
                            + (buildNumber ? ", build number" : "") + ", product, git id and Linux pack are the"
                            + " master's, and its CPU " + (poolCpuVendor ? "vendor is the pool's"
                            : "vendor and features (under the pool's mask) are the master's"), Severity.BLOCKER)
                    .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
                    .withSources(RuleDescriptor.Source.xapiCheck(CHECK))
                    .withFixableByConfiguration(true)
                    .withXapiReleases(releases);
        }
    }

    /** Every release, each as it checks: the rule of {@link SoftwareRules#hostsHomogeneous()}. */
    static final RuleDescriptor OF_THE_HOSTS_RELEASE = RuleDescriptor.of(SoftwareRules.HOSTS_HOMOGENEOUS,
                    "the host's software_version fields that its xapi compares are the master's, and its CPU vendor"
                    + " is the pool's (before xapi 1.9.81, its CPU vendor and masked features are the master's)",
                    Severity.BLOCKER)
            .withXapiErrors(XapiError.HOSTS_NOT_HOMOGENEOUS)
            .withSources(RuleDescriptor.Source.xapiCheck(CHECK))
            .withFixableByConfiguration(true)
            .withXapiReleases(XapiReleases.ALWAYS);

    private final Era era;

    HostsHomogeneousRule(Era era) {
        super(era.descriptor());
        this.era = era;
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (softwareAgrees(pool, host) && cpusAgree(pool, host)) {
            return List.of();   // the usual answer, without a report to build
        }
        UnknownFacts unknown = new UnknownFacts();
        List<Violation> found = new ArrayList<>(3);
        software(pool, host, unknown).ifPresent(found::add);
        (era.poolCpuVendor ? poolVendor(pool, host, unknown) : masterCpu(pool, host, unknown)).ifPresent(found::add);
        found.addAll(unknown.cannotCheck(id()));
        return found;
    }

    // --- software -------------------------------------------------------------------------

    private Optional<Violation> software(Pool pool, Host host, UnknownFacts unknown) {
        SoftwareVersion mine = host.software().softwareVersion();
        SoftwareVersion master = pool.master().software().softwareVersion();
        unknown.note(mine.isEmpty(), SoftwareSubjects.host(host, "softwareVersion"), "the software_version of "
                + Text.name(host.hostname()), SoftwareSubjects.SOFTWARE_VERSION + " of the host")
                .note(master.isEmpty(), SoftwareSubjects.master(pool, "softwareVersion"), "the software_version of "
                        + SoftwareSubjects.theMaster(pool), SoftwareSubjects.SOFTWARE_VERSION + " of the master");
        if (mine.isEmpty() || master.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> wanted = compared(master);
        Map<String, String> actual = compared(mine);
        if (wanted.equals(actual)) {
            return Optional.empty();
        }
        List<String> differences = new ArrayList<>();
        wanted.forEach((field, value) -> {
            if (!value.equals(actual.get(field))) {
                differences.add(field + " " + shown(actual.get(field)) + " instead of " + shown(value));
            }
        });
        return Optional.of(Violation.of(descriptor(), SoftwareSubjects.host(host, "softwareVersion"))
                .message(Text.name(host.hostname()) + " differs from " + SoftwareSubjects.theMaster(pool) + " in "
                        + String.join(", ", differences) + "; xapi joins only hosts of the same build"
                        + " (Pool.join_force skips this check)")
                .xapiError(XapiError.HOSTS_NOT_HOMOGENEOUS, era.softwareDiffers)
                .expectedActual(describe(wanted), describe(actual))
                .step("Install on " + Text.name(host.hostname()) + " the release and the packs the master runs: "
                        + describe(wanted))
                .build());
    }

    /** The fields xapi compares, by the words a message uses; an absent key is xapi's {@code ""}. */
    /** Whether both software versions are known and every field {@link #compared} holds agrees. */
    private boolean softwareAgrees(Pool pool, Host host) {
        SoftwareVersion mine = host.software().softwareVersion();
        SoftwareVersion master = pool.master().software().softwareVersion();
        return !mine.isEmpty() && !master.isEmpty()
                && mine.get(era.versionKey).orElse("").equals(master.get(era.versionKey).orElse(""))
                && mine.compatibilityName().orElse("").equals(master.compatibilityName().orElse(""))
                && (!era.buildNumber
                        || mine.get("build_number").orElse("").equals(master.get("build_number").orElse("")))
                && mine.gitId().orElse("").equals(master.gitId().orElse(""))
                && mine.get(LINUX_PACK).isPresent() == master.get(LINUX_PACK).isPresent();
    }

    /** Whether every CPU fact the era compares is known and agrees. */
    private boolean cpusAgree(Pool pool, Host host) {
        Optional<String> mine = vendor(host);
        if (mine.isEmpty()) {
            return false;
        }
        if (era.poolCpuVendor) {
            return mine.equals(pool.configuration().cpuInfo().flatMap(CpuInfo::vendor));
        }
        Host master = pool.master();
        Optional<FeatureSet> myFeatures = features(host);
        Optional<FeatureSet> masterFeatures = features(master);
        return mine.equals(vendor(master)) && myFeatures.isPresent() && masterFeatures.isPresent()
                && pool.cpuFeatureMask().equalUnder(myFeatures.get(), masterFeatures.get());
    }

    private Map<String, String> compared(SoftwareVersion version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(era.versionKey.equals("xapi") ? "xapi version" : "platform version",
                version.get(era.versionKey).orElse(""));
        fields.put("product", version.compatibilityName().orElse(""));
        if (era.buildNumber) {
            fields.put("build number", version.get("build_number").orElse(""));
        }
        fields.put("git id", version.gitId().orElse(""));
        fields.put("Linux pack", version.get(LINUX_PACK).isPresent() ? "installed" : "not present");
        return fields;
    }

    private static String shown(String value) {
        return value.isEmpty() ? "none" : Text.name(value);
    }

    private static String describe(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + " " + shown(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    // --- CPUs -----------------------------------------------------------------------------

    /** xapi 1.9.81 on: the vendor of the host's {@code cpu_info} is that of {@code pool.cpu_info}. */
    private Optional<Violation> poolVendor(Pool pool, Host host, UnknownFacts unknown) {
        Optional<String> mine = vendor(host);
        Optional<String> pools = pool.configuration().cpuInfo().flatMap(CpuInfo::vendor);
        unknown.note(mine.isEmpty(), Subject.of(Subject.Kind.CPU, host, "cpu", "vendor"),
                "the CPU vendor of " + Text.name(host.hostname()), CPU_INFO)
                .note(pools.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "configuration", "cpuInfo"),
                        "the CPU vendor of pool " + Text.name(pool.name()) + " (pool.cpu_info)",
                        "cpu_info:vendor of the pool record (xe pool-param-get param-name=cpu_info)");
        if (mine.isEmpty() || pools.isEmpty() || mine.equals(pools)) {
            return Optional.empty();
        }
        return Optional.of(cpusDiffer(host, vendors(pools.get(), mine.get()), false)
                .message("the CPUs of " + Text.name(host.hostname()) + " are " + Text.name(mine.get()) + " and those"
                        + " of pool " + Text.name(pool.name()) + " " + Text.name(pools.get()) + " (pool.cpu_info);"
                        + " xapi joins only hosts of the pool's CPU vendor (Pool.join_force skips this check)")
                .expectedActual(pools.get(), mine.get())
                .step("Join " + Text.name(host.hostname()) + " to a pool of " + Text.name(mine.get()) + " CPUs instead")
                .build());
    }

    /**
     * xapi before 1.9.81: the vendor and the {@code features} of the host's {@code cpu_info} are
     * the master's, the features compared under {@code pool.other_config:cpuid_feature_mask}.
     */
    private Optional<Violation> masterCpu(Pool pool, Host host, UnknownFacts unknown) {
        Host master = pool.master();
        Optional<String> mine = vendor(host);
        Optional<String> masters = vendor(master);
        Optional<FeatureSet> myFeatures = features(host);
        Optional<FeatureSet> masterFeatures = features(master);
        unknown.note(mine.isEmpty(), Subject.of(Subject.Kind.CPU, host, "cpu", "vendor"),
                "the CPU vendor of " + Text.name(host.hostname()), CPU_INFO)
                .note(masters.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "master", "cpu", "vendor"),
                        "the CPU vendor of " + SoftwareSubjects.theMaster(pool), CPU_INFO)
                .note(myFeatures.isEmpty(), Subject.of(Subject.Kind.CPU, host, "cpu", "features"),
                        "the CPU features of " + Text.name(host.hostname()), "cpu_info:features of the host record")
                .note(masterFeatures.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "master", "cpu", "features"),
                        "the CPU features of " + SoftwareSubjects.theMaster(pool), "cpu_info:features of the host"
                        + " record");
        if (mine.isPresent() && masters.isPresent() && !mine.equals(masters)) {
            return Optional.of(cpusDiffer(host, vendors(masters.get(), mine.get()), false)
                    .message("the CPUs of " + Text.name(host.hostname()) + " are " + Text.name(mine.get())
                            + " and those of " + SoftwareSubjects.theMaster(pool) + " " + Text.name(masters.get())
                            + "; xapi joins only hosts of the master's CPU vendor (Pool.join_force skips this check)")
                    .expectedActual(masters.get(), mine.get())
                    .step("Join " + Text.name(host.hostname()) + " to a pool of " + Text.name(mine.get())
                            + " CPUs instead")
                    .build());
        }
        if (mine.isEmpty() || masters.isEmpty() || myFeatures.isEmpty() || masterFeatures.isEmpty()) {
            return Optional.empty();
        }
        FeatureMask mask = pool.cpuFeatureMask();
        if (mask.equalUnder(myFeatures.get(), masterFeatures.get())) {
            return Optional.empty();
        }
        FeatureSet wanted = mask.apply(masterFeatures.get());
        FeatureSet actual = mask.apply(myFeatures.get());
        // A host whose features include the master's can hide the rest with a mask of its own.
        boolean maskable = wanted.isSubsetOf(actual);
        Violation.Builder violation = cpusDiffer(host, ViolationDetails.NONE, maskable)
                .message("the CPU features of " + Text.name(host.hostname()) + " differ from those of "
                        + SoftwareSubjects.theMaster(pool) + " under the pool's feature mask ("
                        + FeatureCatalog.x86().describeDifference(wanted, actual)
                        + "); xapi joins only hosts whose masked CPU features are the master's"
                        + " (Pool.join_force skips this check)")
                .expectedActual(wanted, actual);
        return Optional.of((maskable
                ? violation.step("Mask the CPU features of " + Text.name(host.hostname()) + " down to the master's ("
                        + FeatureCatalog.x86().describe(actual.minus(wanted)) + " hidden) and reboot it")
                : violation.step("Join " + Text.name(host.hostname()) + " to a pool whose CPUs have no features it"
                        + " lacks (" + FeatureCatalog.x86().describe(wanted.minus(actual)) + ")")).build());
    }

    private Violation.Builder cpusDiffer(Host host, ViolationDetails details, boolean fixable) {
        return Violation.of(descriptor(), Subject.of(Subject.Kind.CPU, host, "cpu"))
                .xapiError(XapiError.HOSTS_NOT_HOMOGENEOUS, "CPUs differ")
                .fixableByConfiguration(fixable)
                .details(details);
    }

    /**
     * {@code cpu_info:vendor}: the model's vendor as {@code cpu_info} prints it, which the importer
     * reads from there, or the raw value of a vendor the model does not know.
     */
    private static Optional<String> vendor(Host host) {
        return host.cpu().vendor().map(CpuVendor::cpuidString).or(() -> host.cpu().info().vendor());
    }

    /** {@code cpu_info:features}: the features the model's CPU exposes, which the importer reads from there. */
    private static Optional<FeatureSet> features(Host host) {
        return host.cpu().features().or(() -> host.cpu().info().features());
    }

    private static ViolationDetails vendors(String pool, String host) {
        try {
            return new ViolationDetails.Vendors(CpuVendor.fromCpuidString(pool), CpuVendor.fromCpuidString(host));
        } catch (IllegalArgumentException e) {
            return ViolationDetails.NONE;   // a vendor the model does not know has no typed name
        }
    }
}
