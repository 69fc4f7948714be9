package org.marsad.eval.happenings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.dedup.EventCluster;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * The verbose listing of {@code eval clusters} says why a report of a happening sits outside the cluster holding
 * most of its reports: the reports there it is not linked to, with the keys the rule refuses each pair on.
 */
class KeptApartTest {
    private static final Location TOWN = new Location("البلدة", 0, 6, null, "البلدة", null, 33.57, 36.40, "SY",
            null, "PPLA2", GeoPrecision.of(1));

    private static Event report(String doc, Entity actor, Entity recipient) {
        Trigger t = new Trigger("هجوم", 0, 4);
        EventDate day = new EventDate("2024-04-06", DatePrecision.DAY, "السبت", 10, 15);
        return new Event(Event.idFor(doc, 0, t, EventType.ASSAULT), doc, 0, EventType.ASSAULT, null, List.of(), null,
                null, EventStatus.OCCURRED, actor, recipient, t, day, TOWN, Size.NONE, new Span(0, 30),
                new Source(null, doc + ".example", "2024-04-07", null), "test", 0.8);
    }

    private static Entity side(String code, String country) {
        return new Entity("x", 0, 1, code, country, null, null);
    }

    @Test
    void aReportOutsideTheClusterNamesTheReportsItIsNotLinkedToAndTheKeys() {
        // "هجوم على البلدة السبت" told by three outlets; the third reads France (the actor's partner) as the victim
        // and so is refused by the report that reads Syrian medics as the attacker and the United States as the victim
        Event a = report("d-1", null, null);
        Event b = report("d-2", side("SYRHLH", "SYR"), side("USA", "USA"));
        Event c = report("d-3", null, side("FRA", "FRA"));
        List<EventCluster> clusters = new EventClusterer().cluster(List.of(a, b, c));
        assertEquals(2, clusters.size());
        EventCluster two = clusters.stream().filter(x -> x.reports().size() == 2).findFirst().orElseThrow();
        Event out = two.reports().contains(c.id()) ? b : c;
        Map<String, Event> byId = new HashMap<>();
        List.of(a, b, c).forEach(e -> byId.put(e.id(), e));
        String why = ClustersEvaluation.keptApart(out, two, byId);
        assertTrue(why.startsWith("not linked to 1 of 2: actor with ASSAULT"), why);
        assertTrue(why.endsWith(two.reports().contains(c.id()) ? "d-3" : "d-2"), why);
    }

    @Test
    void aReportLinkedToEveryReportSaysTheOrderOrTheWindowKeptItOut() {
        Event a = report("d-1", null, null);
        Event b = report("d-2", null, null);
        EventCluster one = new EventClusterer().cluster(List.of(a)).get(0);
        Map<String, Event> byId = Map.of(a.id(), a, b.id(), b);
        assertEquals("linked to all 1 reports (order or window)", ClustersEvaluation.keptApart(b, one, byId));
    }

    @Test
    void goldPairsWithAnUnmatchedReportTheArticleGoldMarksOptionalAreCountedApart() {
        // one happening told by three articles; the third tells it only as context ("بعد الهجوم الكيميائي على
        // البلدة") and the article gold marks it optional; the second report of another happening is required
        Event a = report("d-1", null, null);
        Event b = report("d-2", null, null);
        List<String> items = List.of("r1", "r2", "r3", "s1", "s2");
        Map<String, String> gold = Map.of("r1", "H", "r2", "H", "r3", "H", "s1", "S", "s2", "S");
        Map<String, String> system = Map.of("r1", "c", "r2", "c", "r3", "unmatched:r3", "s1", "c2",
                "s2", "unmatched:s2");
        Map<String, String> eventOf = Map.of("r1", a.id(), "r2", b.id(), "s1", a.id());
        Map<String, Event> byId = Map.of(a.id(), a, b.id(), b);
        Map<String, Integer> apart = ClustersEvaluation.apart(items, gold, system, eventOf, byId,
                java.util.Set.of("r3"));
        assertEquals(3, apart.get("pairs"));
        assertEquals(3, apart.get("unmatched"));
        assertEquals(2, apart.get("unmatched-optional"), "r1-r3 and r2-r3, not s1-s2");
    }
}
