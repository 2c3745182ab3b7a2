package io.github.xenpool.core.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.core.internal.Text;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an import made of pool data: per host, the facts it read, the facts that stay unknown
 * (and why), and what it left aside; for the pool, the same; and the warnings of reading.
 *
 * @param source the file or files read
 * @param pool what was read of the pool itself; empty lists for a host imported alone
 * @param hosts one entry per imported host, the master first
 * @param warnings what reading and mapping read past, in the order met
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ImportReport(String source, Facts pool, List<Facts> hosts, List<ImportWarning> warnings) {

    /**
     * What was read of one object (the pool or a host).
     *
     * @param id its UUID
     * @param name its host name, or the pool's name
     * @param read the facts read, such as {@code cpu.vendor} or {@code software.productVersion}
     * @param unknown the facts left unknown, each with the reason
     * @param ignored what was left aside, such as templates or a tunnel PIF
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Facts(String id, String name, List<String> read, Map<String, String> unknown,
            List<String> ignored) {

        /**
         * Checks and copies the components.
         *
         * @param id its UUID
         * @param name its name
         * @param read the facts read
         * @param unknown the facts left unknown, with their reasons
         * @param ignored what was left aside
         * @throws NullPointerException if a component or an element is null
         */
        public Facts {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            read = List.copyOf(Objects.requireNonNull(read, "read"));
            unknown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                    Objects.requireNonNull(unknown, "unknown")));
            ignored = List.copyOf(Objects.requireNonNull(ignored, "ignored"));
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param source the file or files read
     * @param pool what was read of the pool
     * @param hosts one entry per imported host
     * @param warnings the warnings
     * @throws NullPointerException if a component or an element is null
     */
    public ImportReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pool, "pool");
        hosts = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /**
     * Finds the entry of one host.
     *
     * @param hostId the host's UUID
     * @return its entry
     * @throws IllegalArgumentException if the import has no such host
     */
    public Facts host(String hostId) {
        Objects.requireNonNull(hostId, "hostId");
        return hosts.stream().filter(h -> h.id().equalsIgnoreCase(hostId)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("the import of " + source + " has no host " + Text.quoted(hostId)));
    }

    /**
     * Renders the report for a person: per host, what was read, what is unknown and why, what
     * was left aside; then the warnings.
     *
     * @return the text, lines ending in {@code \n}
     */
    public String render() {
        StringBuilder text = new StringBuilder("Imported from ").append(source).append('\n');
        if (!pool.read().isEmpty() || !pool.unknown().isEmpty()) {
            section(text, "Pool " + Text.name(pool.name()) + " (" + pool.id() + ")", pool);
        }
        for (Facts host : hosts) {
            section(text, "Host " + Text.name(host.name()) + " (" + host.id() + ")", host);
        }
        if (!warnings.isEmpty()) {
            text.append("Warnings (").append(warnings.size()).append(")\n");
            for (ImportWarning warning : warnings) {
                text.append("  ").append(Text.printable(warning.toString(), 400)).append('\n');
            }
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String title, Facts facts) {
        text.append(title).append('\n');
        text.append("  read:    ").append(facts.read().isEmpty() ? "nothing" : String.join(", ", facts.read()))
                .append('\n');
        facts.unknown().forEach((fact, why) -> text.append("  unknown: ").append(fact).append(" (")
                .append(Text.printable(why, 200)).append(")\n"));
        for (String ignored : facts.ignored()) {
            text.append("  ignored: ").append(Text.printable(ignored, 200)).append('\n');
        }
    }
}
