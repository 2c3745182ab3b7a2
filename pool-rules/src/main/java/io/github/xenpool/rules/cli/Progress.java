package io.github.xenpool.rules.cli;

import java.io.PrintWriter;

/**
 * A progress bar on the error stream, shown only on a terminal and only once the work has run
 * longer than a second; never in a pipe or a test.
 */
final class Progress implements AutoCloseable {

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final String what;
    private final int total;
    private final boolean shown;
    private final long start;
    private long lastDrawn;
    private int done;
    private boolean drawn;

    private Progress(PrintWriter err, String what, int total, boolean shown) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.shown = shown;
        this.start = System.nanoTime();
    }

    /** A bar for work of {@code total} steps, drawn when the process has a terminal. */
    static Progress onTerminal(PrintWriter err, String what, int total) {
        return new Progress(err, what, total, System.console() != null);
    }

    /** Counts one step done, and redraws the bar now and then. */
    void step() {
        done++;
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || drawn && now - lastDrawn < REDRAW_NANOS && done < total) {
            return;
        }
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        err.print("\r" + what + " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
        lastDrawn = now;
    }

    /** Clears the bar, if it was drawn. */
    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(what.length() + BAR + 24) + "\r");
            err.flush();
        }
    }
}
