package org.marsad.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link IndexCrashRecoveryTest} with index commits made durable only at close: stores pages
 * {@code from..to-1} one by one (each a DuckDB commit, its events visible in the index but not yet durable there),
 * then halts as kill -9 would (no close, no shutdown hook).
 */
public final class IndexCrashChild {
    private IndexCrashChild() {
    }

    public static void main(String[] args) {
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        EventStore s = EventStore.open(Path.of(args[0]));
        for (int i = from; i < to; i++) {
            s.store(Fixtures.page(i));
        }
        System.out.println("stored " + s.count("events") + " events; index " + s.count(EventQuery.all()));
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
