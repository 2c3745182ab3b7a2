package io.github.xenpool.rules;

import java.util.Objects;

/**
 * Thrown by {@link RuleSet#check(io.github.xenpool.core.Pool, io.github.xenpool.core.Host)} when a
 * join is blocked. Its message is the rendered report; {@link #report()} holds the report itself.
 */
public final class JoinBlockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // Reports are not serializable; a deserialized exception keeps its message only.
    private final transient JoinReport report;

    /**
     * Makes the exception of a blocked join.
     *
     * @param report the report, whose verdict is BLOCKED
     * @throws NullPointerException if the report is null
     * @throws IllegalArgumentException if the report's verdict is not BLOCKED
     */
    public JoinBlockedException(JoinReport report) {
        super(rendered(report));
        if (report.verdict() != Verdict.BLOCKED) {
            throw new IllegalArgumentException("a join is blocked only by a BLOCKED report, got " + report.verdict());
        }
        this.report = report;
    }

    private static String rendered(JoinReport report) {
        Objects.requireNonNull(report, "report");
        return "join blocked by " + String.join(", ", report.blockingRuleIds()) + "\n" + report.render();
    }

    /**
     * Returns the report of the blocked join.
     *
     * @return the report, or null in an exception that was serialized and read back
     */
    public JoinReport report() {
        return report;
    }
}
