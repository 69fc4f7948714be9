package org.marsad.store;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points of a batch's write (after its rows are appended, after clustering, after the DuckDB commit, between
 * the two index publications) where a crash test stops the process. With the system property
 * {@code marsad.crash-at=POINT:N} the N-th arrival at POINT prints {@code crash-point POINT} on standard output
 * and waits there for ever, so that the test kills the JVM (kill -9) exactly there. Without it: nothing.
 */
final class CrashPoints {
    private static final String AT = System.getProperty("marsad.crash-at", "");
    private static final AtomicInteger ARRIVALS = new AtomicInteger();

    private CrashPoints() {
    }

    static void at(String point) {
        if (AT.isEmpty()) {
            return;
        }
        int colon = AT.lastIndexOf(':');
        String name = colon < 0 ? AT : AT.substring(0, colon);
        int n = colon < 0 ? 1 : Integer.parseInt(AT.substring(colon + 1));
        if (!name.equals(point) || ARRIVALS.incrementAndGet() != n) {
            return;
        }
        System.out.println("crash-point " + point);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
