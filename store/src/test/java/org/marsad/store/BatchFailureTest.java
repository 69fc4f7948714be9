package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.model.Event;

/** A batch with one bad page stores the others and names it; a store without clusters clusters in chunks. */
class BatchFailureTest {
    @TempDir
    Path dir;

    /** Page {@code n} with an event the events table refuses (no id). */
    private static PageResult bad(int n) {
        PageResult p = Fixtures.page(n);
        Event e = p.events().get(0);
        Event noId = new Event(null, e.docId(), e.article(), e.type(), e.mode(), e.contexts(), e.cameo(),
                e.quadClass(), e.status(), e.actor(), e.recipient(), e.trigger(), e.date(), e.location(), e.size(),
                e.sentence(), e.source(), e.rule(), e.confidence());
        return new PageResult(p.page(), p.articles(), List.of(noId, p.events().get(1)));
    }

    @Test
    void aBadPageIsReportedAndTheRestOfItsBatchIsStored() {
        try (EventStore s = EventStore.open(dir)) {
            List<PageResult> batch = List.of(Fixtures.page(0), bad(1), Fixtures.page(2), Fixtures.page(0));
            EventStore.Batch b = s.storeBatch(batch);
            assertEquals(List.of(IngestOutcome.STORED, IngestOutcome.FAILED, IngestOutcome.STORED,
                    IngestOutcome.DUPLICATE), b.outcomes());
            assertEquals(1, b.failures().size());
            assertEquals("page-1.txt", b.failures().get(0).origin());
            assertEquals(2, s.count("pages"));
            assertEquals(4, s.count("events"));
            assertEquals(4, s.clusters().reportCount());
            assertEquals(4, s.count(EventQuery.all()), "the event index holds the stored events");
            assertEquals(List.of(IngestOutcome.STORED), s.storeAll(List.of(Fixtures.page(1))), "a good copy later");
        }
    }

    @Test
    void aStoreWithoutClustersIsClusteredAFewDaysAtATime() throws Exception {
        List<String> expected;
        try (EventStore s = EventStore.open(dir)) {
            for (int from = 0; from < 90; from += 30) {
                List<PageResult> b = new ArrayList<>();
                for (int i = from; i < from + 30; i++) {
                    b.add(Fixtures.page(i));
                }
                s.storeBatch(b);
            }
            expected = new ArrayList<>(s.clusters().records(ClusterQuery.all()));
        }
        expected.sort(null);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("DELETE FROM clusters");
            st.execute("DELETE FROM cluster_reports");
        }
        int chunk = ClusterStore.openChunk;
        ClusterStore.openChunk = 25;
        try (EventStore s = EventStore.open(dir)) {
            List<String> again = new ArrayList<>(s.clusters().records(ClusterQuery.all()));
            again.sort(null);
            assertEquals(expected, again);
            assertEquals(180, s.clusters().reportCount());
            // 180 events over 9 days (20 a day): chunks of whole days reaching 25 events, never the table
            assertTrue(ClusterStore.largestChunk <= 40, "largest chunk " + ClusterStore.largestChunk);
            assertTrue(ClusterStore.largestChunk > 0);
        } finally {
            ClusterStore.openChunk = chunk;
        }
    }
}
