package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.dedup.ClusterRule;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.export.EventJson;
import org.marsad.export.EventJsonReader;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;
import org.marsad.store.search.EventDoc;
import org.marsad.store.search.EventIndex;

/**
 * Clustering asks the event index only for the events of the days around a new event whose place can be its own
 * ({@link ClusterCandidates}): on a random set of reports (places near a few centres, some on the antimeridian and
 * near a pole, some known by name only, some with coordinates that are no point, some provinces and towns in them),
 * every event the full read of the days would link is offered, in the full read's order (day by day, index order within a day), and the look-up
 * offers far fewer.
 */
class ClusterCandidatesTest {
    private static final String[] NAMES = {"إدلب", "حلب", "حماة", "درعا", "الرقة"};
    private static final double[][] CENTRES = {{35.9, 36.6}, {36.2, 37.1}, {33.5, 36.3}, {0.0, 179.9},
        {0.1, -179.95}, {89.8, 20.0}};
    private static final String[] ACTORS = {"SYRMIL", "SYRREB", "TURMIL", null};
    private static final LocalDate FIRST = LocalDate.of(2024, 3, 1);

    @TempDir
    Path dir;

    private static Event report(int i, Random random) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String text = random.nextInt(4) == 0 ? "في " + name : name;
        Double lat = null;
        Double lon = null;
        int kind = random.nextInt(10);
        if (kind < 7) {
            double[] c = CENTRES[random.nextInt(CENTRES.length)];
            lat = Math.max(-90, Math.min(90, c[0] + random.nextGaussian() * 0.2));
            lon = c[1] + random.nextGaussian() * 0.25;
            lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        } else if (kind == 7) {
            lat = 95.0;
            lon = 36.0;
        }
        Random areas = new Random(31L * i); // apart, so that the places above stay those of before
        String admin1 = areas.nextInt(6) != 0 ? null : areas.nextBoolean() ? "Idlib" : "Aleppo";
        int feature = areas.nextInt(5);
        Location place = kind == 9 && random.nextBoolean() ? null
                : new Location(text, 20, 20 + text.length(), null, random.nextInt(3) == 0 ? null : name, null, lat,
                        lon, "SY", admin1, feature == 0 ? "ADM1" : feature < 7 ? "PPL" : null,
                        GeoPrecision.TOWN);
        String code = ACTORS[random.nextInt(ACTORS.length)];
        Entity actor = code == null ? null : new Entity("القوات", 0, 6, code, code.substring(0, 3),
                Sector.fromJson(code.substring(3)), null);
        EventType type = random.nextBoolean() ? EventType.ASSAULT : EventType.PROTEST;
        Trigger t = new Trigger("قصفت", 7, 11);
        String doc = "doc-" + i;
        EventDate date = new EventDate(FIRST.plusDays(random.nextInt(4)).toString(), DatePrecision.DAY, null, null,
                null);
        return new Event(Event.idFor(doc, 0, t, type), doc, 0, type, null, List.of(), null, null,
                EventStatus.OCCURRED, actor, null, t, date, place, Size.NONE, new Span(0, 30), null, "test", 0.7);
    }

    private static EventDoc doc(Event e) {
        String record = EventJson.toJson(e);
        return new EventDoc(e.id(), Rows.day(e), e.type().name(), e.status().json(), null, null, null, null, null,
                null, null, record, EventIndexing.place(record));
    }

    private static List<Event> read(List<String> records) {
        return records.stream().map(EventJsonReader::read).toList();
    }

    @Test
    void thePlaceLookUpOffersEveryEventTheFullReadOfTheDayWouldLinkInItsOrder() throws SQLException {
        offersEveryLinkedEventInOrder(ClusterCandidates::near);
    }

    @Test
    void theDaysKeptInMemoryOfferEveryEventTheFullReadOfTheDayWouldLinkInItsOrder() throws SQLException {
        offersEveryLinkedEventInOrder(index -> new CommittedDays(index.clusterReads()::recordsOn, 1_000_000));
    }

    @Test
    void theDaysKeptInMemoryOfferWhatTheIndexLookUpOffers() throws SQLException {
        Random random = new Random(5);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            events.add(report(i, random));
        }
        try (EventIndex index = EventIndex.open(dir, StoreException::new)) {
            events.forEach(e -> index.put(doc(e)));
            index.commit(null);
            ClusterCandidates.Committed lookUp = ClusterCandidates.near(index);
            CommittedDays kept = new CommittedDays(index.clusterReads()::recordsOn, 1_000_000);
            int compared = 0;
            for (Event e : events) {
                if (!ClusterRule.linkable(e)) {
                    continue;
                }
                LocalDate day = Rows.day(e);
                LocalDate from = day.minusDays(ClusterRule.MAX_DAYS);
                LocalDate to = day.plusDays(ClusterRule.MAX_DAYS);
                assertEquals(sorted(lookUp.events(e, from, to)), sorted(kept.events(e, from, to)), "for " + e.id());
                compared++;
            }
            assertTrue(compared > 300, "compared " + compared);
            assertTrue(kept.reads <= 2 * (4 + 2 * ClusterRule.MAX_DAYS), "each type's day read once: " + kept.reads);
        }
    }

    @Test
    void aCommittedBatchJoinsTheKeptDaysAndTheLeastRecentDaysAreDropped() throws SQLException {
        Random random = new Random(7);
        List<Event> first = new ArrayList<>();
        List<Event> later = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            (i < 300 ? first : later).add(report(i, random));
        }
        try (EventIndex index = EventIndex.open(dir, StoreException::new)) {
            first.forEach(e -> index.put(doc(e)));
            index.commit(null);
            CommittedDays kept = new CommittedDays(index.clusterReads()::recordsOn, 1_000_000);
            Event probe = first.stream().filter(ClusterRule::linkable).findFirst().orElseThrow();
            LocalDate day = Rows.day(probe);
            kept.events(probe, day.minusDays(3), day.plusDays(3));
            int reads = kept.reads;
            later.forEach(e -> index.put(doc(e)));
            index.commit(null);
            kept.committed(later);
            CommittedDays fresh = new CommittedDays(index.clusterReads()::recordsOn, 1_000_000);
            assertEquals(sorted(fresh.events(probe, day.minusDays(3), day.plusDays(3))),
                    sorted(kept.events(probe, day.minusDays(3), day.plusDays(3))), "the batch joined the kept days");
            assertEquals(reads, kept.reads, "the kept days were not read again");
            for (Event e : later) {
                if (ClusterRule.linkable(e) && e.type() == probe.type()) {
                    LocalDate d = Rows.day(e);
                    assertEquals(sorted(fresh.events(e, d.minusDays(1), d.plusDays(1))),
                            sorted(kept.events(e, d.minusDays(1), d.plusDays(1))), "after the batch, for " + e.id());
                }
            }
            CommittedDays small = new CommittedDays(index.clusterReads()::recordsOn, 10);
            for (long d = 0; d < 4; d++) {
                small.events(probe, LocalDate.of(2024, 3, 1).plusDays(d), LocalDate.of(2024, 3, 1).plusDays(d));
            }
            LocalDate last = LocalDate.of(2024, 3, 4);
            long onLast = java.util.stream.Stream.concat(first.stream(), later.stream())
                    .filter(e -> e.type() == probe.type() && last.equals(Rows.day(e))).count();
            assertTrue(onLast > 10);
            assertEquals(onLast, small.size(), "over the bound, only the day last read is kept");
            int before = small.reads;
            small.events(probe, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));
            assertEquals(before + 1, small.reads, "a dropped day is read again");
        }
    }

    /**
     * A store that held no event: the days are made from the committed batches alone, never read from the index,
     * and offer what reading the index after those batches offers; a day dropped for room is read again.
     */
    @Test
    void daysOfAStoreStartedEmptyAreMadeFromItsBatchesAndOfferWhatTheIndexHolds() throws SQLException {
        Random random = new Random(9);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(report(i, random));
        }
        try (EventIndex index = EventIndex.open(dir, StoreException::new)) {
            CommittedDays kept = new CommittedDays(index.clusterReads()::recordsOn, 1_000_000);
            kept.startEmpty();
            CommittedDays small = new CommittedDays(index.clusterReads()::recordsOn, 30);
            small.startEmpty();
            for (int from = 0; from < events.size(); from += 100) {
                List<Event> batch = events.subList(from, from + 100);
                for (Event e : batch) { // the batch's clustering asks for its days before the batch is committed
                    if (ClusterRule.linkable(e)) {
                        LocalDate d = Rows.day(e);
                        kept.events(e, d.minusDays(1), d.plusDays(1));
                        small.events(e, d.minusDays(1), d.plusDays(1));
                    }
                }
                batch.forEach(e -> index.put(doc(e)));
                index.commit(null);
                kept.committed(batch);
                small.committed(batch);
            }
            assertEquals(0, kept.reads, "nothing read");
            CommittedDays fresh = new CommittedDays(index.clusterReads()::recordsOn, 1_000_000);
            int compared = 0;
            for (Event e : events) {
                if (ClusterRule.linkable(e)) {
                    LocalDate d = Rows.day(e);
                    List<String> expected = sorted(fresh.events(e, d.minusDays(2), d.plusDays(2)));
                    assertEquals(expected, sorted(kept.events(e, d.minusDays(2), d.plusDays(2))), "for " + e.id());
                    assertEquals(expected, sorted(small.events(e, d.minusDays(2), d.plusDays(2))), "kept in 30, for " + e.id());
                    compared++;
                }
            }
            assertTrue(compared > 250, "compared " + compared);
            assertEquals(0, kept.reads, "nothing read");
            assertTrue(small.reads > 0, "the days dropped for room are read again");
        }
    }

    private static List<String> sorted(List<Event> events) {
        return events.stream().map(Event::id).sorted().toList();
    }

    private void offersEveryLinkedEventInOrder(java.util.function.Function<EventIndex, ClusterCandidates.Committed> how)
            throws SQLException {
        Random random = new Random(11);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            events.add(report(i, random));
        }
        long offered = 0;
        long read = 0;
        long linked = 0;
        try (EventIndex index = EventIndex.open(dir, StoreException::new)) {
            events.forEach(e -> index.put(doc(e)));
            index.commit(null);
            ClusterCandidates near = new ClusterCandidates(how.apply(index), null, List.of());
            java.util.Map<String, List<Event>> days = new java.util.HashMap<>();
            for (Event e : events) {
                if (!ClusterRule.linkable(e)) {
                    continue;
                }
                long day = ClusterRule.day(e).orElseThrow();
                List<Event> full = new ArrayList<>();
                for (long d = day - ClusterRule.MAX_DAYS; d <= day + ClusterRule.MAX_DAYS; d++) {
                    LocalDate on = LocalDate.ofEpochDay(d);
                    full.addAll(days.computeIfAbsent(e.type() + "|" + on,
                            k -> read(index.clusterReads().recordsOn(e.type().name(), e.status().json(), on))));
                }
                List<Event> some = near.around(e, day);
                assertInOrder(some, full, e);
                List<String> ids = some.stream().map(Event::id).toList();
                for (Event c : full) {
                    if (ClusterRule.linked(e, c)) {
                        linked++;
                        assertTrue(ids.contains(c.id()), "offered: " + c.id() + " to " + e.id());
                    }
                }
                offered += some.size();
                read += full.size();
            }
        }
        assertTrue(linked > 200, "the set has links to find: " + linked);
        assertTrue(offered * 3 < read, "the look-up offers a fraction of the day: " + offered + " of " + read);
    }

    /** {@code some} is {@code full} with events left out, the rest in the same order. */
    private static void assertInOrder(List<Event> some, List<Event> full, Event of) {
        Iterator<Event> it = full.iterator();
        for (Event s : some) {
            boolean seen = false;
            while (!seen && it.hasNext()) {
                seen = it.next().id().equals(s.id());
            }
            assertTrue(seen, "in the full read's order, for " + of.id() + ": " + s.id());
        }
    }

    @Test
    void anEventWithALatitudeButNoLongitudeIsOfferedToEveryPlaceWithCoordinates() throws SQLException {
        Random random = new Random(3);
        Event point = null;
        while (point == null || point.location() == null || !ClusterCandidates.place(point).point()) {
            point = report(0, random);
        }
        Location p = point.location();
        Event odd = copyAt(point, "doc-odd", new Location("قرية نائية", 20, 30, null, null, null, 10.0, null, "SY",
                null, null, GeoPrecision.TOWN));
        try (EventIndex index = EventIndex.open(dir, StoreException::new)) {
            index.put(doc(odd));
            index.commit(null);
            LocalDate day = Rows.day(point);
            List<Event> some = ClusterCandidates.near(index).events(point, day, day);
            assertEquals(List.of(odd.id()), some.stream().map(Event::id).toList(), "at " + p.lat() + ", " + p.lon());
            List<Event> back = ClusterCandidates.near(index).events(odd, day, day);
            assertEquals(1, back.size(), "from the odd place, the whole day");
        }
    }

    private static Event copyAt(Event e, String doc, Location place) {
        return new Event(Event.idFor(doc, 0, e.trigger(), e.type()), doc, 0, e.type(), null, List.of(), null, null,
                e.status(), e.actor(), null, e.trigger(), e.date(), place, Size.NONE, new Span(0, 30), null, "test",
                0.7);
    }
}
