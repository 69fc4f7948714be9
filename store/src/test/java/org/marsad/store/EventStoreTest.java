package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.segment.Diagnostic;
import org.marsad.model.Event;

class EventStoreTest {
    @TempDir
    Path dir;

    private static EventQuery q(String type, String country, String actor, String text) {
        return new EventQuery(type, null, country, actor, null, null, text, 100, 0);
    }

    @Test
    void duckDbCheckpointsAtTheStoresThresholdNotItsDefault() {
        try (EventStore s = EventStore.open(dir)) {
            String t = s.checkpointThreshold();
            assertTrue(t.startsWith("256") || t.startsWith("244"), "256 MB (DuckDB may print MiB): " + t);
        }
    }

    @Test
    void theSamePageTwiceIsStoredOnce() {
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(IngestOutcome.STORED, s.store(Fixtures.page(1)));
            assertEquals(IngestOutcome.DUPLICATE, s.store(Fixtures.page(1)));
            assertEquals(1, s.count("pages"));
            assertEquals(2, s.count("events"));
            assertEquals(2, s.count("ingest_log"), "both attempts are logged");
        }
    }

    @Test
    void aBatchStoresEachPageOnceEvenWhenRepeatedInside() {
        try (EventStore s = EventStore.open(dir)) {
            List<IngestOutcome> out = s.storeAll(List.of(Fixtures.page(1), Fixtures.page(2), Fixtures.page(1)));
            assertEquals(List.of(IngestOutcome.STORED, IngestOutcome.STORED, IngestOutcome.DUPLICATE), out);
            assertEquals(2, s.count("pages"));
        }
    }

    @Test
    void eventsReadBackEqualToWhatWasStored() {
        try (EventStore s = EventStore.open(dir)) {
            s.store(Fixtures.page(3));
            List<Event> back = s.events(EventQuery.all());
            assertEquals(2, back.size());
            assertTrue(back.containsAll(Fixtures.page(3).events()));
        }
    }

    @Test
    void filtersSelectByTypeCountryActorTextAndDates() {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 9; i++) {
                s.store(Fixtures.page(i));
            }
            assertEquals(9, s.events(q("ASSAULT", null, null, null)).size());
            assertEquals(9, s.events(q(null, "TUR", null, null)).size(), "actor country");
            assertEquals(9, s.events(q(null, "SY", null, null)).size(), "place country");
            assertEquals(9, s.events(q(null, null, "TURM", null)).size(), "actor code prefix");
            assertEquals(2, s.events(q(null, null, null, "يوم 4.")).size(), "sentence text: both events of page 4");
            EventQuery days = new EventQuery(null, null, null, null, LocalDate.of(2024, 11, 2), LocalDate.of(2024, 11, 3),
                    null, 100, 0);
            assertEquals(4, s.events(days).size(), "two days, two events a day");
            assertEquals(5, s.events(new EventQuery(null, null, null, null, null, null, null, 5, 0)).size(), "limit");
        }
    }

    @Test
    void oneEventItsPageAndCountsForCharts() {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                s.store(Fixtures.page(i));
            }
            Event e = Fixtures.page(1).events().get(0);
            assertEquals(e, s.event(e.id()).orElseThrow());
            assertTrue(s.event("e-nothing").isEmpty());
            String text = s.page(e.docId()).orElseThrow().text();
            assertEquals("قصفت", text.substring(e.trigger().start(), e.trigger().end()));
            assertEquals(java.util.Map.of("ASSAULT", 3L, "PROTEST", 3L), s.countBy(Dimension.TYPE, EventQuery.all()));
            assertEquals(java.util.List.of("2024-11-01", "2024-11-02", "2024-11-03"),
                    new java.util.ArrayList<>(s.countBy(Dimension.DAY, EventQuery.all()).keySet()), "days in order");
            assertEquals(3, s.count(q("ASSAULT", null, null, null)));
        }
    }

    @Test
    void injectionStringsAreJustValues() {
        try (EventStore s = EventStore.open(dir)) {
            s.store(Fixtures.page(1));
            assertEquals(0, s.events(q("ASSAULT' OR '1'='1", null, null, null)).size());
            assertEquals(0, s.events(q(null, null, null, "'; DROP TABLE events; --")).size());
            assertEquals(2, s.count("events"), "the table is still there");
        }
    }

    @Test
    void problemsGoToTheIngestLog() {
        try (EventStore s = EventStore.open(dir)) {
            s.logProblem(new Diagnostic("broken.txt", "not a text page (binary)"));
            assertEquals(1, s.count("ingest_log"));
            assertEquals(0, s.count("pages"));
        }
    }

    @Test
    void parquetIsWrittenThroughDuckDb() throws Exception {
        Path out = dir.resolve("events.parquet");
        try (EventStore s = EventStore.open(dir.resolve("db"))) {
            s.store(Fixtures.page(1));
            s.exportParquet(EventQuery.all(), out);
        }
        byte[] head = Files.readAllBytes(out);
        assertEquals("PAR1", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void badQueriesAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, null, null, null, null, null, null, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, null, null, null,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null, 10, 0));
    }
    @Test
    void lookUpsByIdSeeWhatWasStoredAfterTheirStatementWasFirstUsed() {
        try (EventStore s = EventStore.open(dir)) {
            s.store(Fixtures.page(1));
            var later = Fixtures.page(2);
            Event e = later.events().get(0);
            String docId = later.page().docId();
            for (int i = 0; i < 2 * EventStore.READERS; i++) {
                assertTrue(s.event(e.id()).isEmpty(), "not stored yet");
                assertTrue(s.page(docId).isEmpty(), "not stored yet");
            }
            s.store(later);
            for (int i = 0; i < 2 * EventStore.READERS; i++) {
                assertEquals(e, s.event(e.id()).orElseThrow(), "the kept statement reads the new snapshot");
                assertEquals(docId, s.page(docId).orElseThrow().docId());
                assertTrue(s.eventJson(e.id()).orElseThrow().contains(e.id()));
            }
        }
    }
}
