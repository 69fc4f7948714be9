package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * What a marsad command's exit status means, the same in every command (issue 19):
 * <ul>
 *   <li>{@link #OK} 0: everything went well (a read that finds nothing is still 0, and says so);</li>
 *   <li>{@link #SOME_FAILED} 1: some inputs failed (a missing path, an unreadable or empty file, a page the store
 *       refused, a store that cannot be opened); each is listed on stderr with its path and reason, and the batch
 *       went on with the others;</li>
 *   <li>{@link #USAGE} 2: bad usage (an unknown option or value, a malformed date, a bad filter); nothing was
 *       done; picocli's {@code ParameterException} gives it, with the allowed values in the message.</li>
 * </ul>
 * A command that reads many inputs counts its failures and ends with {@link #summary}. Paths in its messages go
 * through {@link Printable#of}.
 *
 * <p>Where each command stands: {@code extract}, {@code ingest} and {@code demo --samples} give 1 when a path is
 * missing or a file or page is skipped; {@code events}, {@code search} and {@code export} give 2 for an unknown
 * {@code --type}/{@code --status}/{@code --format} or a {@code --db} without a store, and 1 when the store cannot
 * be opened (held by another process: the message says which); {@code serve} and {@code watch} give 2 for bad
 * options or an unusable feeds file. The measuring commands ({@code eval ...}, {@code bench ...}) list what they
 * could not score and still give 0 when they measured something: 1 only when nothing could be measured
 * ({@code bench-load}: also when its errors or p99 fail the target).
 */
final class Exits {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    private Exits() {
    }

    /** {@link #OK} when nothing failed, else {@link #SOME_FAILED}. */
    static int of(int failed) {
        return failed == 0 ? OK : SOME_FAILED;
    }

    /**
     * Lists the inputs that failed ({@code "marsad ingest: 2 inputs failed: a.txt, b.html"}, names escaped) and
     * returns the exit status.
     */
    static int summary(PrintWriter err, String command, List<?> failed) {
        if (!failed.isEmpty()) {
            StringBuilder sb = new StringBuilder("marsad ").append(command).append(": ").append(failed.size())
                    .append(failed.size() == 1 ? " input failed: " : " inputs failed: ");
            for (int i = 0; i < failed.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(Printable.of(failed.get(i)));
            }
            err.println(sb);
            err.flush();
        }
        return of(failed.size());
    }
}
