package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of long work on standard error: a redrawn bar when stderr is a terminal, otherwise a line every
 * few seconds, so that logs of CI runs stay short. Thread-confined.
 */
final class Progress {
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 100_000_000L;
    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long done;
    private long lastShown;

    /** {@code total} may be 0 when unknown. */
    Progress(PrintWriter err, String label, long total) {
        this(err, label, total, System.console() != null);
    }

    Progress(PrintWriter err, String label, long total, boolean terminal) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.terminal = terminal;
        this.lastShown = started;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastShown >= (terminal ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
            lastShown = now;
            show(now);
        }
    }

    /** Clears the bar (terminal) or prints a last line (log). */
    void finish() {
        if (terminal) {
            err.print("\r" + " ".repeat(72) + "\r");
            err.flush();
        } else if (System.nanoTime() - started >= LINE_EVERY_NANOS) {
            show(System.nanoTime());
        }
    }

    private void show(long now) {
        double secs = (now - started) / 1e9;
        String rate = String.format(Locale.ROOT, "%.0f/s", done / Math.max(secs, 1e-9));
        String eta = eta(secs);
        if (!terminal) {
            err.println("marsad: " + label + " " + done + (total > 0 ? "/" + total : "") + " (" + rate + eta + ")");
            return;
        }
        String bar = "";
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            bar = "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] ";
        }
        err.print("\r" + label + " " + bar + done + (total > 0 ? "/" + total : "") + " " + rate + eta + "   ");
        err.flush();
    }

    /** ", ETA 1:05" when the total is known and some work is done; empty otherwise. */
    String eta(double secs) {
        if (total <= 0 || done <= 0 || done >= total) {
            return "";
        }
        long left = Math.round((total - done) * secs / done);
        return left >= 3600
                ? String.format(Locale.ROOT, ", ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60)
                : String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60);
    }

    long done() {
        return done;
    }
}
