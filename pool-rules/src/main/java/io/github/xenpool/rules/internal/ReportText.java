package io.github.xenpool.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.RemediationStep;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.spi.CustomViolationDetails;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Renders a {@link JoinReport} as plain text of at most {@value #WIDTH} columns.
 *
 * <p>Every value is escaped and shortened with {@link Text} before it is laid out, whether a rule
 * escaped it already or not: a line break in a name or a message can never start a line of its
 * own, and the verdict is always the second line and the only one that starts with
 * {@code Verdict:}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ReportText {

    /** The widest line the rendering makes. */
    public static final int WIDTH = 100;

    private static final String LABEL_INDENT = "     ";
    private static final int LABEL_WIDTH = 10;

    /** The most characters of the first line that a rule set's name takes. */
    private static final int RULE_SET_WIDTH = 24;

    /** The most characters of one value a report shows; names are cut much earlier. */
    private static final int VALUE_LIMIT = 2000;

    private ReportText() {
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the text
     */
    public static String render(JoinReport report) {
        StringBuilder out = new StringBuilder();
        out.append(headline(report)).append('\n');
        out.append("Verdict: ").append(report.verdict()).append(" (").append(counts(report)).append(")\n");
        wrap(out, "", "  ", "Host id " + Text.name(report.hostId()) + ", pool id " + Text.name(report.poolId()));
        if (report.xapiChecks().map(ids -> !ids.isEmpty()).orElse(false)) {
            wrap(out, "", "  ", "Foreseen: " + report.xapiAnswer());
        }
        int number = 0;
        for (Violation violation : report.violations()) {
            number++;
            out.append('\n');
            String head = String.format("%2d. %-7s %s", number, violation.severity(), Text.name(violation.ruleId()))
                    + violation.xapiErrorCode().map(code -> "   [xapi " + Text.name(code) + "]").orElse("");
            wrap(out, "", "    ", head);
            field(out, "subject", violation.subject().toString());
            field(out, "problem", violation.message());
            if (!violation.xapiErrorParameters().isEmpty()) {
                field(out, "xapi", XapiError.format(violation.xapiErrorCode().orElseThrow(),
                        violation.xapiErrorParameters()));
            }
            if (!violation.expected().isEmpty() || !violation.actual().isEmpty()) {
                field(out, "expected", violation.expected());
                field(out, "actual", violation.actual());
            }
            if (violation.details() instanceof CustomViolationDetails) {
                field(out, "details", summary((CustomViolationDetails) violation.details()));
            }
            violation.reason().ifPresent(reason -> field(out, "why", reason));
            List<RemediationStep> steps = violation.remediation();
            for (int i = 0; i < steps.size(); i++) {
                field(out, i == 0 ? "fix" : "", (i + 1) + ". " + steps.get(i));
            }
        }
        report.maskingPlan().ifPresent(plan -> {
            out.append('\n');
            wrap(out, "", "  ", "Masking plan: " + Text.name(report.hostname()) + " hides "
                    + FeatureCatalog.x86().describe(plan.hidden()) + "; it must reboot for the mask to take effect.");
        });
        report.resultingCpuLevel().ifPresent(level -> {
            out.append('\n');
            wrap(out, "", "  ", "Pool CPU level after the join: " + level.describe() + ".");
            FeatureSet removed = report.removedFromCpuLevel();
            if (!removed.isEmpty()) {
                wrap(out, "", "  ", "The join removes from the pool's CPU level: "
                        + FeatureCatalog.x86().describe(removed) + ".");
            }
        });
        return out.toString();
    }

    /** A custom summary, or a note when it cannot give one: rendering a report never fails. */
    private static String summary(CustomViolationDetails details) {
        String summary;
        try {
            summary = details.summary();
        } catch (RuntimeException failure) {
            return "(" + details.getClass().getName() + " could not summarise itself: "
                    + failure.getClass().getName() + ")";
        }
        return summary == null ? "(" + details.getClass().getName() + " gave no summary)" : summary;
    }

    /**
     * Says who joins what on one line, so that the verdict is always the second line: names too
     * wide for it are cut.
     */
    private static String headline(JoinReport report) {
        String rules = Text.fit(report.ruleSetName(), RULE_SET_WIDTH);
        int room = WIDTH - ("Joining host  to pool , rules " + rules).length();
        String pool = Text.printable(report.poolName(), room);
        String host = Text.fit(report.hostname(), Math.max(room / 2, room - pool.length()));
        return "Joining host " + host + " to pool " + Text.fit(report.poolName(), room - host.length()) + ", rules "
                + rules;
    }

    /**
     * Counts a report's violations by severity.
     *
     * @param report the report
     * @return for example {@code 2 blockers, 1 warning, 0 notes}
     */
    public static String counts(JoinReport report) {
        return plural(report.blockers().size(), "blocker") + ", " + plural(report.warnings().size(), "warning")
                + ", " + plural(report.notes().size(), "note");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void field(StringBuilder out, String label, String value) {
        String first = LABEL_INDENT + (label.isEmpty() ? " ".repeat(LABEL_WIDTH)
                : String.format("%-" + LABEL_WIDTH + "s", label + ":"));
        wrap(out, first, LABEL_INDENT + " ".repeat(LABEL_WIDTH), Text.printable(value, VALUE_LIMIT));
    }

    /** Writes {@code text} after {@code first}, breaking at spaces so no line passes WIDTH. */
    private static void wrap(StringBuilder out, String first, String continuation, String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : words) {
            while (word.length() > WIDTH - continuation.length()) {
                // A word longer than a line (a long featureset) is cut where it must be.
                if (!empty) {
                    out.append(line).append('\n');
                    line = new StringBuilder(continuation);
                }
                int room = WIDTH - line.length();
                if (Character.isHighSurrogate(word.charAt(room - 1))) {
                    room--; // never split a character in two
                }
                line.append(word, 0, room);
                out.append(line).append('\n');
                line = new StringBuilder(continuation);
                word = word.substring(room);
                empty = true;
            }
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(continuation);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.append(line).append('\n');
    }
}
