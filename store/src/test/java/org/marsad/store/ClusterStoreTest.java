package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.dedup.ClusterJson;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.pipeline.PageResult;
import org.marsad.model.Event;

class ClusterStoreTest {
    @TempDir
    Path dir;

    /** Fixture pages 0..8 date their shelling in Idlib a day apart: neighbours link, and chains split in pairs. */
    private static List<PageResult> pages() {
        List<PageResult> out = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            out.add(Fixtures.page(i));
        }
        return out;
    }

    /** All events clustered at once, near-duplicate pages counted as one source ({@link org.marsad.core.dedup.Sources}), as the store does. */
    private static List<String> allAtOnce(List<PageResult> pages) {
        List<Event> events = new ArrayList<>();
        org.marsad.core.dedup.Sources sources = new org.marsad.core.dedup.Sources();
        pages.forEach(p -> {
            events.addAll(p.events());
            sources.page(p.page().docId(), p.page().text(), p.events());
        });
        return new EventClusterer(sources::of).cluster(events).stream().map(ClusterJson::toJson).sorted().toList();
    }

    private static List<String> stored(EventStore s) {
        return s.clusters().records(ClusterQuery.all()).stream().sorted().toList();
    }

    @Test
    void clustersKeptPageByPageEqualClusteringAllEventsAtOnce() {
        List<PageResult> pages = pages();
        try (EventStore s = EventStore.open(dir)) {
            for (PageResult p : pages) {
                s.store(p);
            }
            assertEquals(allAtOnce(pages), stored(s));
            assertEquals(s.count("events"), s.clusters().reportCount(), "every event is in one cluster");
            assertTrue(s.clusters().count(new ClusterQuery("ASSAULT", null, null, 2, 100, 0)) > 0, "pages merge");
        }
    }

    @Test
    void theOrderOfIngestDoesNotChangeTheClusters() {
        List<PageResult> reversed = new ArrayList<>(pages());
        java.util.Collections.reverse(reversed);
        try (EventStore s = EventStore.open(dir)) {
            s.storeAll(reversed.subList(0, 4));
            for (PageResult p : reversed.subList(4, reversed.size())) {
                s.store(p);
            }
            assertEquals(allAtOnce(pages()), stored(s));
        }
    }

    @Test
    void aClusterListsItsReportsAndAReopenedStoreKeepsThem() {
        String id;
        try (EventStore s = EventStore.open(dir)) {
            s.storeAll(pages());
            String top = s.clusters().records(new ClusterQuery("ASSAULT", null, null, 2, 1, 0)).get(0);
            id = top.substring(top.indexOf("\"id\":\"") + 6, top.indexOf("\"", top.indexOf("\"id\":\"") + 6));
            assertEquals(2, s.clusters().reports(id).size());
        }
        try (EventStore s = EventStore.open(dir)) {
            assertTrue(s.clusters().record(id).isPresent());
            assertEquals(2, s.clusters().reports(id).size());
        }
    }

    /**
     * A store whose event index was written in the layout before places were indexed (same size, same mark, no place
     * fields): the open rebuilds it once, and a new page then joins the clusters of the stored ones as before.
     */
    @Test
    void anEventIndexOfThePreviousLayoutIsRebuiltOnceAndClusteringStillLinksToIt() throws java.io.IOException {
        List<PageResult> pages = pages();
        try (EventStore s = EventStore.open(dir)) {
            s.storeAll(pages.subList(0, 8));
        }
        withoutPlaces(dir.resolve(org.marsad.store.search.EventIndex.FOLDER));
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(IndexSync.Kind.REBUILT, s.indexSync().kind(), "the previous layout is rebuilt");
            s.store(pages.get(8));
            assertEquals(allAtOnce(pages), stored(s));
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(IndexSync.Kind.IN_STEP, s.indexSync().kind(), "rebuilt once");
        }
    }

    /** Rewrites the event index as the previous layout wrote it: every event (id, filters, record), no place. */
    private static void withoutPlaces(Path folder) throws java.io.IOException {
        try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            List<org.apache.lucene.document.Document> old = new ArrayList<>();
            try (var reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
                var stored = reader.storedFields();
                for (int i = 0; i < reader.maxDoc(); i++) {
                    String record = stored.document(i).get("record");
                    Event e = org.marsad.export.EventJsonReader.read(record);
                    var d = new org.apache.lucene.document.Document();
                    d.add(new org.apache.lucene.document.StringField("id", e.id(),
                            org.apache.lucene.document.Field.Store.NO));
                    d.add(new org.apache.lucene.document.StoredField("record", record));
                    d.add(new org.apache.lucene.document.StringField("type", e.type().name(),
                            org.apache.lucene.document.Field.Store.NO));
                    d.add(new org.apache.lucene.document.StringField("status", e.status().json(),
                            org.apache.lucene.document.Field.Store.NO));
                    d.add(new org.apache.lucene.document.LongPoint("day",
                            java.time.LocalDate.parse(e.date().value()).toEpochDay()));
                    old.add(d);
                }
            }
            java.util.Map<String, String> data = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(x -> data.put(x.getKey(), x.getValue()));
            data.put("marsad.event-index", "2");
            writer.deleteAll();
            writer.addDocuments(old);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }
}
