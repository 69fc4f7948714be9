package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.model.EventStatus;

/** {@link EventStore#storeBulk}: a batch committed at once, indexed in the background, the same store in the end. */
class BackgroundIndexingTest {
    @TempDir
    Path dir;

    private static List<PreparedPage> prepared(int from, int to) {
        List<PreparedPage> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(PreparedPage.of(Fixtures.page(i)));
        }
        return out;
    }

    private static void await(CountDownLatch l) {
        try {
            assertTrue(l.await(60, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBulkBatchIsCommittedAtOnceAndSearchableWhenItsIndexingEnds() {
        try (EventStore s = EventStore.open(dir)) {
            CountDownLatch go = new CountDownLatch(1);
            s.beforeBackgroundIndexing(() -> await(go));
            EventStore.Batch b = s.storeBulk(prepared(0, 5));
            assertEquals(List.of(IngestOutcome.STORED, IngestOutcome.STORED, IngestOutcome.STORED,
                    IngestOutcome.STORED, IngestOutcome.STORED), b.outcomes());
            assertEquals(5, s.count("pages"), "committed when storeBulk returns");
            assertEquals(10, s.clusters().reportCount(), "clustered when storeBulk returns");
            assertEquals(0, s.count(EventQuery.all()), "not yet in the event index");
            assertEquals(0, s.search("قصفت", 100, 0).total(), "not yet in the article index");
            go.countDown();
            s.awaitIndexed();
            assertEquals(10, s.count(EventQuery.all()));
            assertEquals(5, s.search("قصفت", 100, 0).total());
        }
    }

    @Test
    void clusteringReadsTheEventIndexOnlyOnceTheBatchBeforeIsInIt() {
        PageResult one = Fixtures.page(1);
        LocalDate day = LocalDate.parse(one.events().get(0).date().value());
        try (EventStore s = EventStore.open(dir)) {
            s.beforeBackgroundIndexing(pause(300));
            s.storeBulk(List.of(PreparedPage.of(one)));
            // without waiting, the read would find the index empty for another 300 ms
            List<String> read = s.committedRecordsOn("ASSAULT", EventStatus.OCCURRED.json(), day);
            assertEquals(1, read.size(), read.toString());
            assertTrue(read.get(0).contains(one.events().get(0).id()), read.toString());
        }
    }

    @Test
    void closingWaitsForTheIndexingSoTheReopenedIndexIsInStep() {
        try (EventStore s = EventStore.open(dir)) {
            s.beforeBackgroundIndexing(pause(200));
            s.storeBulk(prepared(0, 4));
            s.storeBulk(prepared(4, 8));
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(IndexSync.Kind.IN_STEP, s.indexSync().kind());
            assertEquals(16, s.count(EventQuery.all()));
            assertEquals(8, s.search("قصفت", 100, 0).total());
        }
    }

    /** A hook that holds the indexing thread for {@code millis} before each batch it indexes. */
    private static Runnable pause(long millis) {
        return () -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Pages, event records, clusters and what both indexes answer. */
    private static String state(EventStore s) {
        TreeMap<String, String> events = new TreeMap<>();
        s.forEach(EventQuery.all(), e -> events.put(e.id(), String.valueOf(e)));
        List<String> clusters = new ArrayList<>(s.clusters().records(ClusterQuery.all()));
        clusters.sort(null);
        return "pages " + s.count("pages") + " events " + events + " index " + s.count(EventQuery.all())
                + " search " + s.search("قصفت", 1000, 0).total() + " clusters " + clusters;
    }

    @Test
    void batchesStoredInBulkGiveTheStoreThatBatchesStoredAtOnceGive() {
        Path bulk = dir.resolve("bulk");
        Path once = dir.resolve("once");
        // a first part, then the store opened again holding events: clustering then reads days from the event index
        try (EventStore a = EventStore.open(once); EventStore b = EventStore.open(bulk)) {
            for (int from = 0; from < 20; from += 5) {
                a.storePrepared(prepared(from, from + 5));
                b.storeBulk(prepared(from, from + 5));
            }
        }
        try (EventStore a = EventStore.open(once); EventStore b = EventStore.open(bulk)) {
            b.beforeBackgroundIndexing(pause(50));
            for (int from = 20; from < 50; from += 6) {
                a.storePrepared(prepared(from, from + 6));
                b.storeBulk(prepared(from, from + 6));
            }
            b.awaitIndexed();
            String expected = state(a);
            assertTrue(expected.startsWith("pages 50 "), expected);
            assertEquals(expected, state(b));
        }
    }

    @Test
    void aBatchStoredAtOnceWaitsForTheBulkBatchBefore() {
        try (EventStore s = EventStore.open(dir)) {
            s.beforeBackgroundIndexing(pause(200));
            s.storeBulk(prepared(0, 3));
            s.storePrepared(prepared(3, 4));
            assertEquals(8, s.count(EventQuery.all()), "both batches searchable when storePrepared returns");
        }
    }

    @Test
    void whichPagesAreStoredIsAnsweredFromTheKeptIdsAndTheTable() {
        try (EventStore s = EventStore.open(dir)) {
            s.storeBulk(prepared(0, 3));
        }
        String p1 = Fixtures.page(1).page().docId();
        String p4 = Fixtures.page(4).page().docId();
        String p5 = Fixtures.page(5).page().docId();
        try (EventStore s = EventStore.open(dir)) {
            assertTrue(!s.keepsStoredIds());
            assertEquals(java.util.Set.of(p1), s.stored(List.of(p1, p4)), "read from the table at the first call");
            assertTrue(s.keepsStoredIds());
            s.storeBulk(prepared(3, 5));
            assertEquals(java.util.Set.of(p1, p4), s.stored(List.of(p1, p4, p5)), "a committed batch's pages are kept");
            assertEquals(java.util.Set.of(), s.stored(List.of(p5)));
            s.storeBulk(List.of(PreparedPage.of(Fixtures.page(4)), PreparedPage.of(Fixtures.page(5))));
            assertEquals(6, s.count("pages"), "a page stored before is a duplicate, the new one stored");
        }
    }
}
