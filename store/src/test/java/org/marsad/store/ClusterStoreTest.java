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

    private static List<String> allAtOnce(List<PageResult> pages) {
        List<Event> events = new ArrayList<>();
        pages.forEach(p -> events.addAll(p.events()));
        return new EventClusterer().cluster(events).stream().map(ClusterJson::toJson).sorted().toList();
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
}
