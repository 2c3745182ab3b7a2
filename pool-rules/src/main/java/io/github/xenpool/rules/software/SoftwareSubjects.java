package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;

/** The subjects, the names and the references the software rules give of the joining host and the master. */
final class SoftwareSubjects {

    /** Where the keys of {@code software_version} come from. */
    static final String SOFTWARE_VERSION = "xe host-param-get param-name=software-version, or software_version of"
            + " the host record";

    private SoftwareSubjects() {
    }

    /** A fact of the joining host's software, such as {@code host.software.apiVersion}. */
    static Subject host(Host host, String... properties) {
        String[] path = new String[properties.length + 1];
        path[0] = "software";
        System.arraycopy(properties, 0, path, 1, properties.length);
        return Subject.of(Subject.Kind.SOFTWARE, host, path);
    }

    /** A fact of the master's software, such as {@code pool.master.software.apiVersion}. */
    static Subject master(Pool pool, String... properties) {
        String[] path = new String[properties.length + 2];
        path[0] = "master";
        path[1] = "software";
        System.arraycopy(properties, 0, path, 2, properties.length);
        return Subject.of(Subject.Kind.POOL, pool, path);
    }

    /** The master in words: {@code the master xs-01 of pool prod}. */
    static String theMaster(Pool pool) {
        return "the master " + Text.name(pool.master().hostname()) + " of pool " + Text.name(pool.name());
    }

    /**
     * What xapi puts for a host reference in an error's parameters: the host's reference in its
     * pool's database when the model knows it, otherwise its UUID.
     */
    static String reference(Host host) {
        return host.xapiReference().orElse(host.id());
    }

    /** What xapi names a host by in its messages: its name label, or its host name when that is unknown. */
    static String nameLabel(Host host) {
        return host.nameLabel().orElse(host.hostname());
    }

    /**
     * The "cannot check" warning of a rule that compares the host's {@code software_version} with
     * the master's, when either is unknown; a note for each one that is.
     */
    static List<Violation> softwareVersionsUnknown(String ruleId, Pool pool, Host host) {
        return new UnknownFacts()
                .note(host.software().softwareVersion().isEmpty(), host(host, "softwareVersion"),
                        "the software_version of " + Text.name(host.hostname()), SOFTWARE_VERSION + " of the host")
                .note(pool.master().software().softwareVersion().isEmpty(), master(pool, "softwareVersion"),
                        "the software_version of " + theMaster(pool), SOFTWARE_VERSION + " of the master")
                .cannotCheck(ruleId);
    }
}
