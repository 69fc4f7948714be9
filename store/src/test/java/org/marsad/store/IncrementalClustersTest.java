package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.dedup.ClusterJson;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * The store re-places only the events a batch can move, never the whole connected component, and its clusters
 * stay those of clustering every stored event at once, whatever the batches and their order.
 */
class IncrementalClustersTest {
    @TempDir
    Path dir;

    private static final Location[] PLACES = {
        new Location("الساحة", 0, 6, "Square", "الساحة", 1L, 33.89, 35.50, "LB", null, null, GeoPrecision.TOWN),
        new Location("الميناء", 0, 7, "Port", "الميناء", 2L, 33.90, 35.52, "LB", null, null, GeoPrecision.TOWN),
        new Location("الجبل", 0, 5, "Mount", "الجبل", 3L, 34.40, 35.90, "LB", null, null, GeoPrecision.TOWN),
        new Location("البلدة", 0, 6, null, null, null, null, null, "LB", null, null, GeoPrecision.REGION)};
    private static final Entity[] ACTORS = {
        null, new Entity("طلاب", 0, 4, "LBNEDU", "LBN", Sector.EDU, null),
        new Entity("عمال", 0, 4, "LBNLAB", "LBN", Sector.LAB, null), new Entity("جيش", 0, 3, "ISRMIL", "ISR", Sector.MIL, null)};

    /** Page {@code n} telling {@code k} events of the given days, places and actors. */
    private static PageResult page(int n, Random r, int days, int first) {
        return page(n, r, days, first, PLACES);
    }

    /**
     * Towns of one province, each farther than the link distance from the province's point and from each other,
     * the province itself (an ADM1 entry) and another province: a town and its province link at any distance.
     */
    private static final Location[] AREAS = {
        new Location("النبطية", 0, 7, "Nabatieh", "النبطية", 4L, 33.38, 35.48, "LB", "Nabatiye", "PPLA", GeoPrecision.TOWN),
        new Location("حاصبيا", 0, 6, "Hasbaya", "حاصبيا", 5L, 33.20, 35.76, "LB", "Nabatiye", "PPL", GeoPrecision.TOWN),
        new Location("محافظة النبطية", 0, 14, "Nabatiye", "محافظة النبطية", 6L, 33.70, 35.90, "LB", "Nabatiye",
                "ADM1", GeoPrecision.REGION),
        new Location("البقاع", 0, 6, "Beqaa", "البقاع", 7L, 34.00, 36.20, "LB", "Beqaa", "ADM1", GeoPrecision.REGION)};

    private static PageResult page(int n, Random r, int days, int first, Location[] places) {
        return page(n, r, days, first, places, false);
    }

    /** As above; with {@code reported}, a third of the events have a {@code reported} date (no day in the text). */
    private static PageResult page(int n, Random r, int days, int first, Location[] places, boolean reported) {
        String text = "خبر رقم " + n + "\n\n" + "تظاهر مئات في الساحة اليوم. ".repeat(3);
        Page page = Page.of("inc-" + n + ".txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, "example.org", LocalDate.of(2024, 11, 30), null));
        int body = text.indexOf("تظاهر");
        Article a = new Article(0, "خبر رقم " + n, new Span(0, text.indexOf('\n')),
                List.of(new Block(BlockKind.BODY, new Span(body, text.length()))), false);
        List<Event> events = new ArrayList<>();
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            int at = body + 28 * i;
            Trigger t = new Trigger("تظاهر", at, at + 5);
            EventType type = r.nextInt(4) == 0 ? EventType.ASSAULT : EventType.PROTEST;
            String day = LocalDate.of(2024, 11, 1).plusDays(first + r.nextInt(days)).toString();
            boolean undated = reported && r.nextInt(3) == 0;
            events.add(new Event(Event.idFor(page.docId(), 0, t, type), page.docId(), 0, type, null, null, null, null,
                    EventStatus.OCCURRED, ACTORS[r.nextInt(ACTORS.length)], null, t,
                    undated ? new EventDate(day, DatePrecision.REPORTED, null, null, null)
                            : new EventDate(r.nextInt(12) == 0 ? "2024-11" : day,
                            r.nextInt(12) == 0 ? DatePrecision.MONTH : DatePrecision.DAY, null, null, null),
                    places[r.nextInt(places.length)], Size.NONE, new Span(at, at + 27), null, "test", 0.7));
        }
        return new PageResult(page, List.of(a), events);
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
    void randomBatchesInRandomOrderGiveTheClustersOfAllAtOnce() {
        for (int seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            List<PageResult> pages = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                pages.add(page(i, r, 6, 0));
            }
            List<String> expected = allAtOnce(pages);
            Collections.shuffle(pages, r);
            try (EventStore s = EventStore.open(dir.resolve("s" + seed))) {
                for (int from = 0; from < pages.size(); ) {
                    int to = Math.min(pages.size(), from + 1 + r.nextInt(25));
                    s.storeBatch(pages.subList(from, to));
                    from = to;
                }
                assertEquals(expected, stored(s), "seed " + seed);
                assertEquals(s.count("events"), s.clusters().reportCount());
            }
        }
    }

    /**
     * Follow-ups with no day of their own (a {@code reported} date links to the week before it) over two weeks: the
     * store, batch by batch in random order, keeps the clusters of all at once.
     */
    @Test
    void reportedFollowUpsOverTwoWeeksClusterInTheStoreAsAllAtOnce() {
        for (int seed = 1; seed <= 2; seed++) {
            Random r = new Random(seed);
            List<PageResult> pages = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                pages.add(page(i, r, 14, 0, PLACES, true));
            }
            List<String> expected = allAtOnce(pages);
            assertTrue(expected.stream().anyMatch(c -> c.contains("\"precision\":\"reported\"")),
                    "some happenings are told by undated reports only");
            Collections.shuffle(pages, r);
            try (EventStore s = EventStore.open(dir.resolve("f" + seed))) {
                for (int from = 0; from < pages.size(); ) {
                    int to = Math.min(pages.size(), from + 1 + r.nextInt(25));
                    s.storeBatch(pages.subList(from, to));
                    from = to;
                }
                assertEquals(expected, stored(s), "seed " + seed);
            }
        }
    }

    @Test
    void townsAndTheirProvinceFarApartClusterInTheStoreAsAllAtOnce() {
        for (int seed = 1; seed <= 2; seed++) {
            Random r = new Random(seed);
            List<PageResult> pages = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                pages.add(page(i, r, 5, 0, AREAS));
            }
            List<String> expected = allAtOnce(pages);
            List<Event> events = new ArrayList<>();
            pages.forEach(p -> events.addAll(p.events()));
            java.util.Map<String, Event> byId = new java.util.HashMap<>();
            events.forEach(e -> byId.put(e.id(), e));
            assertTrue(new EventClusterer().cluster(events).stream().anyMatch(c -> c.reports().stream()
                    .map(id -> byId.get(id).location().featureCode()).distinct().count() > 1),
                    "a province report merged with a town's");
            Collections.shuffle(pages, r);
            try (EventStore s = EventStore.open(dir.resolve("a" + seed))) {
                for (int from = 0; from < pages.size(); ) {
                    int to = Math.min(pages.size(), from + 1 + r.nextInt(15));
                    s.storeBatch(pages.subList(from, to));
                    from = to;
                }
                assertEquals(expected, stored(s), "seed " + seed);
            }
        }
    }

    @Test
    void aReportOnTheLastDayOfAMonthLongChainRedoesItsDaysNotTheMonth() {
        Random r = new Random(5);
        List<PageResult> month = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            month.add(page(i, r, 30, 0)); // 30 days of reports at four places, linked day to day
        }
        try (EventStore s = EventStore.open(dir)) {
            for (int from = 0; from < month.size(); from += 50) {
                s.storeBatch(month.subList(from, from + 50));
            }
            long events = s.count("events");
            PageResult last = page(1_000, new Random(9), 1, 29);
            s.storeBatch(List.of(last));
            List<PageResult> all = new ArrayList<>(month);
            all.add(last);
            assertEquals(allAtOnce(all), stored(s));
            int region = s.clusterStore().lastRegion;
            System.out.printf("a report on day 30 of %d events: region %d, placed again %d%n", events, region,
                    s.clusterStore().lastReplayed);
            assertTrue(region < events / 5, "the region is the last days, not the month: " + region + " of " + events);
        }
    }
}
