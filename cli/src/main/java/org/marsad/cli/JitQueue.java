package org.marsad.cli;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * The HotSpot JIT's compile queues, as {@code jcmd PID Compiler.queue} prints them (the DiagnosticCommand MBean's
 * {@code compilerQueue}), and a wait for them to empty. On a 2-core JVM the one C2 compiler thread can be a minute
 * behind, so a timed phase that starts at once pays for compiling what the phase before it made hot (docs/scale.md):
 * {@code bench-ingest} waits before each timed phase, so each starts with nothing queued.
 */
final class JitQueue {
    /** The longest wait, in seconds. */
    static final int MAX_WAIT_S = 120;
    /** Polls in a row that must find the queues empty. */
    private static final int EMPTY_POLLS = 3;
    private static final long POLL_MS = 100;

    private JitQueue() {
    }

    /** What a wait found: the methods queued when it began, how long it took, whether the queues emptied. */
    record Wait(int queuedAtStart, double seconds, boolean empty) {
    }

    /**
     * The methods waiting in the compile queues of this report (current compiles not counted: they are being
     * compiled); -1 when the report names no queue (not HotSpot, or another layout).
     */
    static int queued(String report) {
        int n = 0;
        boolean inQueue = false;
        boolean sawQueue = false;
        for (String line : report.split("\n")) {
            String t = line.strip();
            if (t.endsWith("compile queue:")) {
                inQueue = true;
                sawQueue = true;
            } else if (t.endsWith(":")) {
                inQueue = false; // "Current compiles:" or another heading
            } else if (inQueue && !t.isEmpty() && !t.equals("Empty")) {
                n++;
            }
        }
        return sawQueue ? n : -1;
    }

    /** This JVM's compile queues now, or null when they cannot be read. */
    static String report() {
        try {
            Object r = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerQueue",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return r instanceof String s ? s : null;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /**
     * Waits until {@value #EMPTY_POLLS} polls in a row ({@value #POLL_MS} ms apart) find the queues empty, at most
     * {@value #MAX_WAIT_S} s; at once when they cannot be read.
     */
    static Wait awaitEmpty() {
        long t0 = System.nanoTime();
        String first = report();
        int start = first == null ? -1 : queued(first);
        if (start < 0) {
            return new Wait(0, 0, false);
        }
        int emptyPolls = start == 0 ? 1 : 0;
        while (emptyPolls < EMPTY_POLLS) {
            if (System.nanoTime() - t0 > MAX_WAIT_S * 1_000_000_000L) {
                return new Wait(start, (System.nanoTime() - t0) / 1e9, false);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Wait(start, (System.nanoTime() - t0) / 1e9, false);
            }
            String r = report();
            int q = r == null ? -1 : queued(r);
            emptyPolls = q == 0 ? emptyPolls + 1 : 0;
        }
        return new Wait(start, (System.nanoTime() - t0) / 1e9, true);
    }
}
