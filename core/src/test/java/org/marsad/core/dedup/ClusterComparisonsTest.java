package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.dedup.Reports.actor;
import static org.marsad.core.dedup.Reports.day;
import static org.marsad.core.dedup.Reports.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * Many reports of one day in one city: clustering compares pairs of signatures, not pairs of reports, so the
 * comparisons stay bounded as the reports grow, and the clusters stay those of comparing every pair.
 */
class ClusterComparisonsTest {
    private static final Location[] PLACES = {
        place("المدينة", 33.51, 36.29, 1), place("الحي الشرقي", 33.52, 36.31, 1), place("الضاحية", 33.45, 36.25, 1),
        place("المدينة", null, null, 1), place("البلدة", 33.60, 36.40, 1)};
    private static final Entity[] ACTORS = {
        null, actor("SYRMIL", "SYR", "MIL"), actor("SYRGOV", "SYR", "GOV"), actor("ISR", "ISR", null),
        actor("REB", null, "REB"), actor("TUR", "TUR", null)};

    /** {@code n} reports of 2024-11-01, some articles telling two or three, some pages with two articles. */
    private static List<Event> sameDay(int n, long seed) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        int doc = 0;
        while (out.size() < n) {
            int articles = r.nextInt(4) == 0 ? 2 : 1;
            for (int a = 0; a < articles && out.size() < n; a++) {
                int events = 1 + (r.nextInt(3) == 0 ? r.nextInt(3) : 0);
                for (int k = 0; k < events && out.size() < n; k++) {
                    EventType type = r.nextInt(5) == 0 ? EventType.PROTEST : EventType.ASSAULT;
                    out.add(report("doc-" + doc, a, k, type, ACTORS[r.nextInt(ACTORS.length)],
                            ACTORS[r.nextInt(ACTORS.length)], PLACES[r.nextInt(PLACES.length)],
                            r.nextInt(10) == 0 ? "2024-11-02" : "2024-11-01"));
                }
            }
            doc++;
        }
        return out;
    }

    private static Event report(String doc, int article, int k, EventType type, Entity actor, Entity recipient,
            Location where, String date) {
        Trigger t = new Trigger("قصفت", 5 + 50 * k, 9 + 50 * k);
        var when = day(date);
        return new Event(Event.idFor(doc, article, t, type), doc, article, type, null, List.of(), null, null,
                EventStatus.OCCURRED, actor, recipient, t, when, where, Size.NONE, new Span(50 * k, 50 * k + 40),
                new Source(null, "example.org", date, null), "test", 0.8);
    }

    @Test
    void tenThousandSameDayReportsAreComparedByTheirSignaturesNotPairwise() {
        EventClusterer small = new EventClusterer();
        List<EventCluster> fewer = small.cluster(sameDay(1_000, 3));
        EventClusterer large = new EventClusterer();
        List<EventCluster> clusters = large.cluster(sameDay(10_000, 3));
        long pairs = 10_000L * 9_999 / 2;
        System.out.printf("same-day reports: 1,000 -> %d comparisons, 10,000 -> %d (%d pairs)%n",
                small.comparisons(), large.comparisons(), pairs);
        // 5 places x 6 actors x 6 recipients x 2 types x 2 days: at most 720 signatures, so at most ~260,000 pairs
        // of signatures whatever the reports; comparing reports pairwise would ask 5 * 10^7 times
        assertTrue(large.comparisons() < 300_000, large.comparisons() + " comparisons");
        assertTrue(large.comparisons() < pairs / 100, large.comparisons() + " of " + pairs + " pairs");
        assertTrue(large.comparisons() < 5 * small.comparisons(),
                "ten times the reports, not ten times the comparisons: " + small.comparisons() + " -> "
                        + large.comparisons());
        assertTrue(clusters.size() < fewer.size() * 10, "same-day reports merge");
        assertEquals(10_000, clusters.stream().mapToInt(EventCluster::mentions).sum());
    }

    @Test
    void theSameClustersAsComparingEveryPair() {
        for (long seed = 1; seed <= 2; seed++) {
            List<Event> reports = sameDay(1_200, seed);
            assertEquals(bruteForce(reports), new EventClusterer().cluster(reports), "seed " + seed);
        }
    }

    /**
     * Reports over two weeks, half dated to the day and half {@code reported} (no date in the text: linked to the
     * week before their publication, and to each other a week apart), so that the blocking of both kinds of date
     * and the largest-group choice are checked against comparing every pair.
     */
    @Test
    void dayAndReportedDatesOverTwoWeeksClusterAsComparingEveryPair() {
        for (long seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            List<Event> reports = new ArrayList<>();
            for (int i = 0; i < 900; i++) {
                String date = java.time.LocalDate.of(2024, 11, 1).plusDays(r.nextInt(14)).toString();
                Event e = report("doc-" + i / 2, i % 2, 0, r.nextInt(5) == 0 ? EventType.PROTEST : EventType.ASSAULT,
                        ACTORS[r.nextInt(ACTORS.length)], null, PLACES[r.nextInt(PLACES.length)], date);
                if (r.nextBoolean()) {
                    e = new Event(e.id(), e.docId(), e.article(), e.type(), e.mode(), e.contexts(), e.cameo(),
                            e.quadClass(), e.status(), e.actor(), e.recipient(), e.trigger(),
                            new org.marsad.model.EventDate(date, org.marsad.model.DatePrecision.REPORTED, null, null,
                                    null), e.location(), e.size(), e.sentence(), e.source(), e.rule(), e.confidence());
                }
                reports.add(e);
            }
            assertTrue(reports.stream().anyMatch(a -> reports.stream().anyMatch(b -> ClusterRule.linked(a, b)
                    && Math.abs(ClusterRule.day(a).getAsLong() - ClusterRule.day(b).getAsLong()) > 2)),
                    "some pairs are linked across more than two days");
            assertEquals(bruteForce(reports), new EventClusterer().cluster(reports), "seed " + seed);
            assertEquals(components(reports, true), components(reports, false), "seed " + seed);
        }
    }

    /**
     * {@link EventClusterer#recluster} (the store's path) tries only the open groups whose first report has the new
     * report's type and status, and none for a report without a place: over reports of two types, two statuses, some
     * without a place and half of them {@code reported}, placing every report that way gives the clusters of
     * comparing every pair, as does placing the later reports against the clusters of the earlier ones.
     */
    @Test
    void reclusteringTriesOnlyGroupsOfTheSameTypeAndStatusAndGivesTheClustersOfEveryPair() {
        for (long seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            List<Event> reports = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                String date = java.time.LocalDate.of(2024, 11, 1).plusDays(r.nextInt(20)).toString();
                Event e = report("doc-" + i / 2, i % 2, 0, r.nextInt(3) == 0 ? EventType.PROTEST : EventType.ASSAULT,
                        ACTORS[r.nextInt(ACTORS.length)], null,
                        r.nextInt(8) == 0 ? null : PLACES[r.nextInt(PLACES.length)], date);
                EventStatus status = r.nextInt(4) == 0 ? EventStatus.ONGOING : EventStatus.OCCURRED;
                var when = r.nextBoolean() ? e.date()
                        : new org.marsad.model.EventDate(date, org.marsad.model.DatePrecision.REPORTED, null, null, null);
                reports.add(new Event(e.id(), e.docId(), e.article(), e.type(), e.mode(), e.contexts(), e.cameo(),
                        e.quadClass(), status, e.actor(), e.recipient(), e.trigger(), when, e.location(), e.size(),
                        e.sentence(), e.source(), e.rule(), e.confidence()));
            }
            List<EventCluster> expected = bruteForce(reports);
            assertTrue(expected.stream().anyMatch(c -> c.mentions() > 2), "some clusters take several reports");
            EventClusterer all = new EventClusterer();
            assertEquals(expected, all.recluster(List.of(), reports), "seed " + seed);
            // the earlier reports' clusters kept, the later ones placed against them, as the store does per batch
            List<Event> sorted = new ArrayList<>(reports);
            sorted.sort(EventClusterer.ORDER);
            long cut = ClusterRule.day(sorted.get(sorted.size() / 2)).orElse(Long.MAX_VALUE);
            List<Event> before = new ArrayList<>();
            List<Event> after = new ArrayList<>();
            for (Event e : sorted) {
                (ClusterRule.day(e).orElse(Long.MAX_VALUE) < cut - ClusterRule.MAX_DAYS ? before : after).add(e);
            }
            List<List<Event>> kept = new ArrayList<>();
            for (EventCluster c : new EventClusterer().recluster(List.of(), before)) {
                kept.add(before.stream().filter(e -> c.reports().contains(e.id())).toList());
            }
            assertEquals(expected, new EventClusterer().recluster(kept, after), "seed " + seed + ", in two parts");
            assertTrue(!before.isEmpty() && !kept.isEmpty(), "seed " + seed);
        }
    }

    @Test
    void articleGroupsConnectExactlyAsEveryPair() {
        // two signatures whose reports come from few articles: the shapes where leaving out the pairs within an
        // article splits components (two articles on each side) or leaves reports alone (one article on a side)
        Random r = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Event> reports = new ArrayList<>();
            int n = 2 + r.nextInt(7);
            for (int i = 0; i < n; i++) {
                int doc = r.nextInt(3);
                reports.add(report("d" + doc, 0, i, EventType.ASSAULT, ACTORS[1 + r.nextInt(2)], null,
                        PLACES[r.nextInt(2)], "2024-11-01"));
            }
            assertEquals(components(reports, true), components(reports, false), "round " + round);
        }
    }

    /** A place of the admin hierarchy: a town (PPL) or a province (ADM1) of Syria. */
    private static Location area(String nameAr, double lat, double lon, String admin1, String featureCode) {
        return new Location(nameAr, 10, 10 + nameAr.length(), null, nameAr, null, lat, lon, "SY", admin1,
                featureCode, featureCode.equals("ADM1") ? GeoPrecision.REGION : GeoPrecision.TOWN);
    }

    /**
     * {@code n} reports over two days in {@code towns} towns of one province, each about 55 km from the next, and
     * one report in ten placed at the province itself or at another province.
     */
    private static List<Event> inProvinces(int n, int towns, long seed) {
        Random r = new Random(seed);
        Location[] town = new Location[towns];
        for (int i = 0; i < towns; i++) {
            town[i] = area("بلدة " + i, 30 + (i / 20) * 0.5, 36 + (i % 20) * 0.5, "P1", "PPL");
        }
        Location[] provinces = {area("المحافظة", 31, 37, "P1", "ADM1"), area("محافظة أخرى", 31, 37.2, "P2", "ADM1")};
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Location where = r.nextInt(10) == 0 ? provinces[r.nextInt(2)] : town[r.nextInt(towns)];
            out.add(report("doc-" + i / 2, i % 2, 0, EventType.ASSAULT, ACTORS[r.nextInt(3)], null, where,
                    r.nextInt(5) == 0 ? "2024-11-02" : "2024-11-01"));
        }
        return out;
    }

    @Test
    void townsAndTheirProvinceClusterAsComparingEveryPair() {
        for (long seed = 1; seed <= 2; seed++) {
            List<Event> reports = inProvinces(1_000, 12, seed);
            assertEquals(bruteForce(reports), new EventClusterer().cluster(reports), "seed " + seed);
            assertEquals(components(reports, true), components(reports, false), "seed " + seed);
        }
    }

    @Test
    void tenThousandReportsInOneProvinceAreNotComparedTownWithTown() {
        // 200 towns x 3 actors x 2 days: 1,200 town signatures; the province reports: 2 x 3 x 2 = 12. A town meets
        // its province in the province's buckets, never the province's other towns: about 1,200 x 12 comparisons
        // there, and each town's own few signatures at its own place
        EventClusterer large = new EventClusterer();
        List<EventCluster> clusters = large.cluster(inProvinces(10_000, 200, 5));
        System.out.printf("10,000 reports in 200 towns of one province: %d comparisons%n", large.comparisons());
        assertTrue(large.comparisons() < 40_000, large.comparisons() + " comparisons");
        assertEquals(10_000, clusters.stream().mapToInt(EventCluster::mentions).sum());
    }

    /** Connected components (as sorted id lists) from every linked pair, or from the bucket links. */
    private static List<List<String>> components(List<Event> reports, boolean everyPair) {
        EventClusterer.UnionFind uf = new EventClusterer.UnionFind();
        if (everyPair) {
            for (int i = 0; i < reports.size(); i++) {
                for (int j = i + 1; j < reports.size(); j++) {
                    if (ClusterRule.linked(reports.get(i), reports.get(j))) {
                        uf.union(reports.get(i).id(), reports.get(j).id());
                    }
                }
            }
        } else {
            for (EventClusterer.Bucket b : EventClusterer.buckets(reports).values()) {
                for (String[] l : EventClusterer.links(b.home, b.visitors)) {
                    assertTrue(ClusterRule.linked(byId(reports, l[0]), byId(reports, l[1])), "only real links");
                    uf.union(l[0], l[1]);
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        reports.forEach(e -> out.computeIfAbsent(uf.find(e.id()), k -> new ArrayList<>()).add(e.id()));
        out.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return new ArrayList<>(out.values());
    }

    private static Event byId(List<Event> reports, String id) {
        return reports.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Components by comparing every pair, then every group tested report by report, the report joining the largest that takes it (the rule as written). */
    private static List<EventCluster> bruteForce(List<Event> reports) {
        EventClusterer.UnionFind uf = new EventClusterer.UnionFind();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                if (ClusterRule.linked(reports.get(i), reports.get(j))) {
                    uf.union(reports.get(i).id(), reports.get(j).id());
                }
            }
        }
        Map<String, List<Event>> components = new TreeMap<>();
        reports.forEach(e -> components.computeIfAbsent(uf.find(e.id()), k -> new ArrayList<>()).add(e));
        List<EventCluster> out = new ArrayList<>();
        for (List<Event> component : components.values()) {
            List<Event> ordered = new ArrayList<>(component);
            ordered.sort(EventClusterer.ORDER);
            List<List<Event>> groups = new ArrayList<>();
            for (Event e : ordered) {
                long day = ClusterRule.day(e).orElse(Long.MAX_VALUE);
                List<Event> into = null;
                for (List<Event> g : groups) {
                    long first = ClusterRule.day(g.get(0)).orElse(Long.MAX_VALUE);
                    if (first >= day - ClusterRule.MAX_DAYS && (into == null || g.size() > into.size())
                            && g.stream().allMatch(m -> ClusterRule.linked(m, e))) {
                        into = g; // the largest group that takes it, the first made on a tie
                    }
                }
                if (into == null) {
                    into = new ArrayList<>();
                    groups.add(into);
                }
                into.add(e);
            }
            groups.forEach(g -> out.add(ClusterMerge.merge(g)));
        }
        out.sort(Comparator.comparing(EventCluster::id));
        return out;
    }
}
