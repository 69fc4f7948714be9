package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.dedup.Reports.day;
import static org.marsad.core.dedup.Reports.place;
import static org.marsad.core.dedup.Reports.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Size;

class EventClustererTest {
    private final EventClusterer clusterer = new EventClusterer();

    @Test
    void blockingFindsTheSameClustersAsComparingEveryPair() {
        Random random = new Random(7);
        List<Event> reports = new ArrayList<>();
        String[] names = {"المدينة", "البلدة", "القرية"};
        // three hot spots, one near the antimeridian and one far north, where grid cells are narrow
        double[][] centres = {{35.9, 36.6}, {64.2, -51.7}, {-17.7, 179.9}};
        for (int i = 0; i < 600; i++) {
            double[] c = centres[random.nextInt(centres.length)];
            double lat = c[0] + random.nextGaussian() * 0.25;
            double lon = c[1] + random.nextGaussian() * 0.35;
            lon = lon > 180 ? lon - 360 : lon;
            boolean resolved = random.nextInt(5) > 0;
            var where = place(names[random.nextInt(names.length)], resolved ? lat : null, resolved ? lon : null, 1);
            var when = day(LocalDate.of(2024, 11, 1).plusDays(random.nextInt(6)).toString());
            EventType type = random.nextBoolean() ? EventType.ASSAULT : EventType.PROTEST;
            reports.add(report("d-" + i, type, when, where));
        }
        assertEquals(bruteForce(reports), clusterer.cluster(reports));
        for (int i = 0; i + 1 < reports.size(); i += 2) {
            Event a = reports.get(i);
            Event b = reports.get(i + 1);
            assertEquals(ClusterRule.linked(a, b),
                    ClusterRule.linked(ClusterRule.essentials(a), ClusterRule.essentials(b)), "essentials suffice");
        }
        assertTrue(clusterer.cluster(reports).stream().anyMatch(c -> c.mentions() > 2), "the sample has merges");
    }

    /** Components by comparing every pair, then the same per-component clustering. */
    private List<EventCluster> bruteForce(List<Event> reports) {
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
        components.values().forEach(c -> out.addAll(clusterer.clusterComponent(c)));
        out.sort(java.util.Comparator.comparing(EventCluster::id));
        return out;
    }

    @Test
    void dailyProtestsInOneSquareDoNotChainIntoOneCluster() {
        var square = place("ساحة الشهداء", 33.89, 35.50, 1);
        List<Event> reports = List.of(
                report("d-1", EventType.PROTEST, day("2024-11-01"), square),
                report("d-2", EventType.PROTEST, day("2024-11-02"), square),
                report("d-3", EventType.PROTEST, day("2024-11-03"), square),
                report("d-4", EventType.PROTEST, day("2024-11-04"), square));
        List<EventCluster> clusters = clusterer.cluster(reports);
        assertEquals(2, clusters.size());
        assertTrue(clusters.stream().allMatch(c -> c.mentions() == 2));
    }

    @Test
    void theClusterTakesTheMostPreciseDateAndPlaceAndSaysWhichReportGaveThem() {
        var region = place("ريف إدلب", 35.93, 36.63, 3);
        var town = place("معرة النعمان", 35.65, 36.68, 1);
        var a = report("d-1", EventType.ASSAULT, day("2024-11-09"), region);
        var b = report("d-2", EventType.ASSAULT, day("2024-11-09"), region);
        var c = report("d-3", EventType.ASSAULT, new EventDate("2024-11", DatePrecision.MONTH, "الشهر", 1, 6), town);
        List<EventCluster> linkedOnly = clusterer.cluster(List.of(a, b));
        assertEquals(1, linkedOnly.size());
        EventCluster one = linkedOnly.get(0);
        assertEquals(2, one.mentions());
        assertEquals(2, one.docs());
        assertEquals("2024-11-09", one.date().value());
        // the month-precise report has no day, so it stays a cluster of its own
        assertEquals(2, clusterer.cluster(List.of(a, b, c)).size());
    }

    @Test
    void theHighestCredibleCountWinsAndAnOutlierDoesNot() {
        var here = place("كركوك", 35.47, 44.39, 1);
        var a = report("d-1", EventType.ASSAULT, null, day("2024-11-09"), here, new Size(5, null, null, null, false));
        var b = report("d-2", EventType.ASSAULT, null, day("2024-11-09"), here, new Size(7, 12, null, null, false));
        var c = report("d-3", EventType.ASSAULT, null, day("2024-11-10"), here, new Size(7, null, null, null, false));
        var d = report("d-4", EventType.ASSAULT, null, day("2024-11-09"), here, new Size(100, null, null, null, false));
        List<EventCluster> clusters = clusterer.cluster(List.of(a, b, c, d));
        assertEquals(1, clusters.size());
        EventCluster.CountClaim dead = clusters.get(0).counts().get(0);
        assertEquals("dead", dead.field());
        assertEquals(7, dead.value());
        assertEquals(List.of(b.id(), c.id()).stream().sorted().toList(), dead.reports());
        assertEquals(12, clusters.get(0).counts().get(1).value());
    }

    @Test
    void aReportGivenTwiceIsCountedOnceAndUnlinkableReportsStandAlone() {
        var here = place("كركوك", 35.47, 44.39, 1);
        var a = report("d-1", EventType.ASSAULT, day("2024-11-09"), here);
        var undated = report("d-2", EventType.ASSAULT, EventDate.UNKNOWN, here);
        List<EventCluster> clusters = clusterer.cluster(List.of(a, a, undated));
        assertEquals(2, clusters.size());
        EventCluster alone = clusters.stream().filter(c -> c.reports().contains(undated.id())).findFirst().orElseThrow();
        assertNull(alone.date().value());
        assertEquals(1, alone.mentions());
    }

    @Test
    void theJsonNamesTheReportsAndWhereEachFieldCameFrom() {
        var here = place("كركوك", 35.47, 44.39, 1);
        var a = report("d-1", EventType.ASSAULT, null, day("2024-11-09"), here, new Size(3, null, null, null, true));
        var b = report("d-2", EventType.ASSAULT, day("2024-11-10"), here);
        String json = ClusterJson.toJson(clusterer.cluster(List.of(a, b)).get(0));
        assertTrue(json.contains("\"mentions\":2"), json);
        assertTrue(json.contains("\"dead\":{\"value\":3,\"approximate\":true,\"reports\":[\"" + a.id() + "\"]}"), json);
        assertTrue(json.contains("\"name_ar\":\"كركوك\""), json);
    }

    @Test
    void theJsonAlwaysHasADateAndEveryCount() {
        var here = place("كركوك", 35.47, 44.39, 1);
        Event undated = report("d-9", EventType.ASSAULT, EventDate.UNKNOWN, here);
        undated = new Event(undated.id(), undated.docId(), 0, undated.type(), null, List.of(), null, null,
                undated.status(), null, null, undated.trigger(), EventDate.UNKNOWN, here, new Size(2, null, null, null, false),
                undated.sentence(), new org.marsad.model.Source(null, "example.org", "2024-11-12", null), "test", 0.8);
        String json = ClusterJson.toJson(clusterer.cluster(List.of(undated)).get(0));
        assertTrue(json.contains("\"date\":{\"value\":\"2024-11-12\",\"precision\":\"reported\",\"from\":null}"), json);
        assertTrue(json.contains("\"size\":{\"dead\":{\"value\":2,"), json);
        assertTrue(json.contains("\"injured\":null,\"arrested\":null,\"displaced\":null}"), json);
        String dated = ClusterJson.toJson(clusterer.cluster(List.of(report("d-8", EventType.ASSAULT, day("2024-11-09"), here))).get(0));
        assertTrue(dated.contains("\"value\":\"2024-11-09\",\"precision\":\"day\""), dated);
    }
}
