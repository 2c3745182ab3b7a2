package io.github.xenpool.rules.cpu;

import io.github.xenpool.core.Host;
import io.github.xenpool.rules.CpuComparison;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;

/** How the CPU rules say that they cannot compare CPUs whose features are unknown. */
final class CpuUnknowns {

    private CpuUnknowns() {
    }

    /**
     * Makes the "cannot check" warning of a CPU rule whose comparison is unknown.
     *
     * @param ruleId the rule's id
     * @param host the joining host
     * @param comparison the unknown comparison
     * @return the warning, naming every unknown fact
     */
    static Violation cannotCompare(String ruleId, Host host, CpuComparison comparison) {
        return Violation.cannotCheck(ruleId, Subject.of(Subject.Kind.CPU, host, "cpu", "features"),
                String.join(" and ", comparison.unknownFacts()),
                "cpu_info:features of every host, as xe host-param-get param-name=cpu_info prints it");
    }
}
