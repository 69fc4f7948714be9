package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.pipeline.PageResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an ingest, then the same ingest again: no duplicates, no gaps. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aKilledIngestIsCompletedByTheNextRun() throws Exception {
        int n = 120;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), dir.toString(), String.valueOf(n)).redirectErrorStream(true).start();
        int seen = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && seen < 20) {
                if (line.startsWith("stored ")) {
                    seen = Integer.parseInt(line.substring(7));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(seen >= 20, "the child got going before it was killed");
        try (EventStore s = EventStore.open(dir)) {
            long pages = s.count("pages");
            assertTrue(pages > seen && pages < n, "killed part-way: " + pages + " pages");
            assertEquals(pages, s.count("articles"), "no page without its article");
            assertEquals(2 * pages, s.count("events"), "no page without its events");
            List<PageResult> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(Fixtures.page(i));
            }
            long t0 = System.nanoTime();
            s.storeAll(all);
            System.out.printf("re-ingest of %d pages in one transaction: %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
            assertEquals(n, s.count("pages"), "no gaps");
            assertEquals(2L * n, s.count("events"), "no duplicates");
        }
    }
}
