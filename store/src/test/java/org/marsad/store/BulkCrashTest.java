package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.model.Event;

/**
 * kill -9 of a bulk ingest at several points of a batch, then the same ingest again: the store equals the one an
 * uninterrupted ingest gives (pages, events, clusters and both search indexes; nothing doubled or missing). The
 * child JVM waits at a named {@link CrashPoints crash point} and is killed there with SIGKILL.
 */
class BulkCrashTest {
    private static final int PAGES = 60;
    private static final int BATCH = 10;

    @TempDir
    Path dir;

    /** {@code background}: as {@code marsad ingest} stores, each batch indexed while the next is written. */
    static void ingest(EventStore s, int n, int batch, boolean background) {
        for (List<PageResult> b : BulkIngestChild.batches(n, batch)) {
            EventStore.Batch r = background ? s.storeBulk(b.stream().map(PreparedPage::of).toList()) : s.storeBatch(b);
            assertTrue(r.failures().isEmpty(), r.failures().toString());
            System.out.println("batch " + b.size());
            System.out.flush();
        }
    }

    /** What must be equal: page ids, event records, cluster records and reports, what the indexes answer. */
    private static String state(Path store) {
        try (EventStore s = EventStore.open(store)) {
            TreeMap<String, String> events = new TreeMap<>();
            s.forEach(EventQuery.all(), e -> events.put(e.id(), String.valueOf(e)));
            List<String> clusters = new ArrayList<>(s.clusters().records(ClusterQuery.all()));
            clusters.sort(null);
            List<String> pages = new ArrayList<>(s.docIds());
            pages.sort(null);
            return "pages " + s.count("pages") + " " + pages + "\narticles " + s.count("articles")
                    + "\nevents " + s.count("events") + " " + events
                    + "\nevent index " + s.count(EventQuery.all())
                    + "\nsearch " + s.search("قصفت", 1000, 0).total()
                    + "\nclusters " + clusters.size() + " reports " + s.clusters().reportCount() + " " + clusters;
        }
    }

    @Test
    void killedAtAnyPointOfABatchAndRunAgainGivesTheUninterruptedStore() throws Exception {
        killedAndRunAgain(false);
    }

    /**
     * As {@code marsad ingest} stores: a batch's indexing runs on its own thread while the next batch is written, so
     * a kill "between the two indexes" leaves the next batch committed in DuckDB as well.
     */
    @Test
    void killedAtAnyPointOfABulkIngestIndexedInTheBackgroundAndRunAgainGivesTheUninterruptedStore() throws Exception {
        killedAndRunAgain(true);
    }

    private void killedAndRunAgain(boolean background) throws Exception {
        Path reference = dir.resolve("reference");
        try (EventStore s = EventStore.open(reference)) {
            ingest(s, PAGES, BATCH, false);
        }
        String expected = state(reference);
        assertTrue(expected.contains("pages " + PAGES + " "), expected);
        assertTrue(expected.contains("reports " + 2 * PAGES), "every event is in a cluster: " + expected);
        // mid-batch (rows appended, nothing committed); clustered but not committed; old clusters deleted, new
        // ones not yet written; committed in DuckDB, neither index published; articles published, events not
        // in the background path, the points where the batch before may still be being indexed (the others are the
        // same code as at once)
        List<String> points = background ? List.of("batch-clustered:2", "batch-committed:3", "articles-published:2")
                : List.of("batch-appended:3", "batch-clustered:2", "clusters-deleted:4", "batch-committed:3",
                "articles-published:2");
        for (String point : points) {
            Path store = dir.resolve(point.replace(':', '-') + (background ? "-bulk" : ""));
            String seen = killAt(store, point, background);
            assertEquals("crash-point " + point.substring(0, point.indexOf(':')), seen, point);
            long stored;
            try (EventStore s = EventStore.open(store)) {
                stored = s.count("pages");
                assertTrue(stored < PAGES, point + ": killed part-way, " + stored + " pages");
                assertEquals(2 * stored, s.count("events"), point + ": no page without its events");
                assertEquals(s.count("events"), s.clusters().reportCount(), point + ": every event clustered once");
                ingest(s, PAGES, BATCH, background);
            }
            assertEquals(expected, state(store), point);
        }
    }

    /** Runs the child until it reports the crash point, then kills it with SIGKILL; returns the line it printed. */
    private static String killAt(Path store, String point, boolean background) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Dmarsad.crash-at=" + point, "-cp",
                System.getProperty("java.class.path"), BulkIngestChild.class.getName(), store.toString(),
                String.valueOf(PAGES), String.valueOf(BATCH), background ? "background" : "at-once")
                .redirectErrorStream(true).start();
        String seen = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                all.append(line).append('\n');
                if (line.startsWith("crash-point ")) {
                    seen = line;
                    break;
                }
            }
            child.destroyForcibly(); // SIGKILL, at the point: no shutdown hook, no close
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertTrue(seen != null, "the child reached " + point + ":\n" + all);
        return seen;
    }
}
