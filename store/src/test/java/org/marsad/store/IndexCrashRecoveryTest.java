package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Event;

/**
 * A crash between DuckDB commits and the event index's next durable commit: the next open indexes only the pages
 * logged since the index's mark, and the index then holds every stored event exactly once.
 */
class IndexCrashRecoveryTest {
    @TempDir
    Path dir;

    private static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, null, null, limit, 0);
    }

    private static List<String> indexedIds(EventStore s) {
        return s.eventJson(all(1000)).stream().map(r -> org.marsad.export.EventJsonReader.read(r).id()).toList();
    }

    private String crashAfterStoring(int from, int to) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Dmarsad.index.durable-ms=3600000", "-cp",
                System.getProperty("java.class.path"), IndexCrashChild.class.getName(), dir.toString(),
                String.valueOf(from), String.valueOf(to)).redirectErrorStream(true).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child ends");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), out);
        return out;
    }

    @Test
    void pagesCommittedAfterTheIndexsLastDurableCommitAreIndexedAgainOnlyOnce() throws Exception {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 10; i++) {
                s.store(Fixtures.page(i));
            }
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(IndexSync.Kind.IN_STEP, s.indexSync().kind(), "a closed store's index is in step");
        }
        String out = crashAfterStoring(10, 40);
        assertTrue(out.contains("stored 80 events; index 80"), "the child stored and indexed before it halted: " + out);
        try (EventStore s = EventStore.open(dir)) {
            IndexSync.Outcome o = s.indexSync();
            assertEquals(IndexSync.Kind.CAUGHT_UP, o.kind(), "caught up, not rebuilt");
            assertTrue(o.pages() >= 30 && o.pages() <= 40, "the pages logged since the mark: " + o.pages());
            assertEquals(80, s.count("events"));
            List<String> indexed = indexedIds(s);
            Set<String> stored = new HashSet<>();
            s.forEach(EventQuery.all(), e -> stored.add(e.id()));
            assertEquals(80, indexed.size(), "no duplicates in the index");
            assertEquals(stored, new HashSet<>(indexed), "no gaps: the index holds exactly the stored events");
            Event late = Fixtures.page(39).events().get(0);
            assertTrue(indexed.contains(late.id()), "an event of the last page before the crash");
            var hits = s.search("قصفت", 100, 0);
            assertEquals(40, hits.total(), "article search: each page's article once");
            assertEquals(40, hits.hits().stream().map(h -> h.docId()).distinct().count());
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(IndexSync.Kind.IN_STEP, s.indexSync().kind(), "the caught-up index was made durable");
        }
    }

    @Test
    void anIndexWithoutAMarkIsRebuilt() {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 5; i++) {
                s.store(Fixtures.page(i));
            }
        }
        try (org.marsad.store.search.EventIndex ix = org.marsad.store.search.EventIndex.open(
                dir.resolve(org.marsad.store.search.EventIndex.FOLDER), StoreException::new)) {
            ix.rebuild(x -> { }, null);
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(IndexSync.Kind.REBUILT, s.indexSync().kind(), "emptied and no mark: rebuilt");
            assertEquals(10, indexedIds(s).size());
        }
    }
}
