package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** The article frame's hand-counted dominant country and its one-event shortcut give what the plain way gives. */
class FrameShortcutTest {

    private static Entity side(String code, String country) {
        return new Entity("القوات", 0, 6, code, country, Sector.fromJson(country == null ? code : code.substring(3)), null,
                false);
    }

    private static Event event(int sentence, Entity actor, Entity recipient) {
        Trigger t = new Trigger("قصف", sentence * 100 + 10, sentence * 100 + 13);
        return new Event("e-" + sentence, "d-1", 0, EventType.ASSAULT, null, List.of(), "190", 4, EventStatus.OCCURRED,
                actor, recipient, t, EventDate.UNKNOWN, null, Size.NONE, new Span(sentence * 100, sentence * 100 + 90),
                null, "ASSAULT/قصف", 0.8);
    }

    /** The most named country by a map, the greatest code on a tie: the formula the frame counts by hand. */
    private static String byMap(List<Event> events) {
        Map<String, Integer> n = new HashMap<>();
        for (Event e : events) {
            for (Entity x : new Entity[] {e.actor(), e.recipient()}) {
                if (x != null && x.country() != null && x.country().length() == 3) {
                    n.merge(x.country(), 1, Integer::sum);
                }
            }
        }
        return n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    @Test
    void dominantCountryCountsAsAMapWould() {
        String[] codes = {"TURMIL", "SYRMIL", "ISRGOV", "IRQMIL", "MIL", null};
        for (int seed = 0; seed < 300; seed++) {
            List<Event> events = new ArrayList<>();
            int k = seed;
            for (int i = 0; i < 1 + seed % 5; i++) {
                String a = codes[k % codes.length];
                String b = codes[(k / 7) % codes.length];
                k = k * 31 + 17;
                events.add(event(i, a == null ? null : side(a, a.length() == 6 ? a.substring(0, 3) : null),
                        b == null ? null : side(b, b.length() == 6 ? b.substring(0, 3) : null)));
            }
            assertEquals(byMap(events), ArticleFrame.dominantCountry(events), "seed " + seed);
        }
        assertNull(ArticleFrame.dominantCountry(List.of()));
    }

    @Test
    void aTieGoesToTheGreatestCode() {
        List<Event> events = List.of(event(0, side("TURMIL", "TUR"), side("SYRMIL", "SYR")),
                event(1, side("IRQMIL", "IRQ"), null));
        assertEquals("TUR", ArticleFrame.dominantCountry(events));
    }

    @Test
    void oneEventIsMergedAsItStands() {
        Event e = event(0, side("MIL", null), side("TURMIL", "TUR"));
        Event dated = e.merged(e.actor(), e.recipient(), new EventDate("2024-11-09", DatePrecision.DAY, "السبت", 0, 5),
                null, e.size(), List.of());
        for (Event one : List.of(e, dated)) {
            assertEquals(List.of(one), ArticleFrame.apply(List.of(one)));
            assertEquals(List.of(one), new ArticleEventMerger().merge(List.of(one)));
        }
        assertEquals(List.of(), new ArticleEventMerger().merge(List.of()));
    }
}
