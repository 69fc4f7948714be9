package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class ArticleFrameTest {
    private static final Source SOURCE = new Source(null, "example.org", "2025-01-16", null);
    private static final EventDate TODAY = new EventDate("2025-01-16", DatePrecision.DAY, "اليوم", 1, 2);
    private static final EventDate TUESDAY = new EventDate("2025-01-14", DatePrecision.DAY, "الثلاثاء", 1, 2);

    private static Entity who(String code, String country, String sector) {
        return new Entity("x", 0, 1, code, country, Sector.fromJson(sector), null);
    }

    private static Event event(int sentence, EventType type, Entity actor, Entity recipient, EventDate date, Location place) {
        Trigger t = new Trigger("قال", sentence * 100 + 5, sentence * 100 + 8);
        return new Event("e-" + sentence, "d-1", 0, type, null, null, null, null, EventStatus.OCCURRED, actor, recipient,
                t, date, place, null, new Span(sentence * 100, sentence * 100 + 90), SOURCE, "test", 0.5);
    }

    @Test
    void aBareSectorTakesTheCountryOfTheEventsPlace() {
        Location town = new Location("البلدة", 0, 1, "Town", "البلدة", null, 13.6, 25.3, "SD", null, "PPL", GeoPrecision.TOWN);
        Event e = event(0, EventType.ASSAULT, who("MIL", null, "MIL"), who("CVL", null, "CVL"), EventDate.UNKNOWN, town);
        Event other = event(1, EventType.REQUEST, who("IGOUNO", null, null), null, EventDate.UNKNOWN, null);
        Event out = ArticleFrame.apply(List.of(e, other)).get(0);
        assertEquals("SDNMIL", out.actor().code());
        assertEquals("SDNCVL", out.recipient().code());
        assertTrue(out.actor().countryInferred(), "the text states no country: the record says it was inferred");
        assertNull(out.actor().statedCountry());
    }

    @Test
    void withoutAPlaceABareSectorTakesTheArticlesMostNamedCountry() {
        Event a = event(0, EventType.ASSAULT, who("YEMREB", "YEM", "REB"), who("YEMMIL", "YEM", "MIL"), EventDate.UNKNOWN, null);
        Event b = event(1, EventType.ACCUSE, who("GOV", null, "GOV"), who("IGOUNO", null, null), EventDate.UNKNOWN, null);
        Event out = ArticleFrame.apply(List.of(a, b)).get(1);
        assertEquals("YEMGOV", out.actor().code());
        assertEquals("IGOUNO", out.recipient().code(), "an organisation code is no bare sector");
    }

    @Test
    void aStatementWithoutADateInheritsTheDayTheArticleToldAsToday() {
        Event lead = event(0, EventType.THREATEN, who("ISRGOV", "ISR", "GOV"), null, TODAY, null);
        Event call = event(1, EventType.REQUEST, who("ISRGOV", "ISR", "GOV"), null, EventDate.UNKNOWN, null);
        assertEquals("2025-01-16", ArticleFrame.apply(List.of(lead, call)).get(1).date().value());
    }

    @Test
    void noInheritanceFromAnEarlierDayOrIntoAnAttack() {
        Event lead = event(0, EventType.THREATEN, who("ISRGOV", "ISR", "GOV"), null, TUESDAY, null);
        Event call = event(1, EventType.REQUEST, who("ISRGOV", "ISR", "GOV"), null, EventDate.UNKNOWN, null);
        assertNull(ArticleFrame.apply(List.of(lead, call)).get(1).date().value());
        Event today = event(0, EventType.THREATEN, who("ISRGOV", "ISR", "GOV"), null, TODAY, null);
        Event attack = event(1, EventType.ASSAULT, who("ISRMIL", "ISR", "MIL"), null, EventDate.UNKNOWN, null);
        assertNull(ArticleFrame.apply(List.of(today, attack)).get(1).date().value());
    }

    @Test
    void aSentenceCodedAloneKeepsItsBareSectors() {
        Location town = new Location("البلدة", 0, 1, "Town", "البلدة", null, 13.6, 25.3, "SD", null, "PPL", GeoPrecision.TOWN);
        Event e = event(0, EventType.ASSAULT, who("MIL", null, "MIL"), null, EventDate.UNKNOWN, town);
        assertEquals("MIL", ArticleFrame.apply(List.of(e)).get(0).actor().code());
    }
}
