package org.marsad.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link CrashRecoveryTest}: ingests pages 0..n-1 slowly, saying after each commit. */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = Integer.parseInt(args[1]);
        try (EventStore s = EventStore.open(Path.of(args[0]))) {
            for (int i = 0; i < n; i++) {
                s.store(Fixtures.page(i));
                System.out.println("stored " + i);
                System.out.flush();
                Thread.sleep(5);
            }
        }
    }
}
