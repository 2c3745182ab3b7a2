package io.github.xenpool.rules.cli;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.xapi.ImportReport;

/** What an import made of a file, in a line or two; all of it with --verbose. */
final class ImportSummary {

    private static final int WARNINGS_SHOWN = 10;

    private ImportSummary() {
    }

    static String of(PoolData.Loaded<?> loaded, boolean verbose) {
        if (loaded.report().isEmpty()) {
            return "Read " + loaded.file() + " (" + loaded.format() + ")\n";
        }
        ImportReport report = loaded.report().get();
        if (verbose) {
            return report.render();
        }
        int unknown = report.pool().unknown().size();
        int ignored = report.pool().ignored().size();
        for (ImportReport.Facts host : report.hosts()) {
            unknown += host.unknown().size();
            ignored += host.ignored().size();
        }
        int warnings = report.warnings().size();
        StringBuilder text = new StringBuilder("Imported ").append(loaded.file()).append(" (").append(loaded.format())
                .append("): ").append(count(unknown, "fact")).append(" unknown, ").append(count(ignored, "thing"))
                .append(" left aside, ").append(count(warnings, "warning"));
        text.append(unknown + ignored > 0 ? " (--verbose lists them all)" : "").append('\n');
        // What reading had to pass over is a problem of the data itself: shown without --verbose.
        for (int i = 0; i < Math.min(warnings, WARNINGS_SHOWN); i++) {
            text.append("  warning: ").append(Text.printable(report.warnings().get(i).toString(), 400)).append('\n');
        }
        if (warnings > WARNINGS_SHOWN) {
            text.append("  and ").append(count(warnings - WARNINGS_SHOWN, "more warning")).append('\n');
        }
        return text.toString();
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
