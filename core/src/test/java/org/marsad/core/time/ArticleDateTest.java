package org.marsad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class ArticleDateTest {
    private static final Location TOWN = place("سراقب", 35.86, 36.80, "PPL");
    private static final Location NEAR = place("حي في سراقب", 35.87, 36.81, "PPLX");
    private static final Location FAR = place("درعا", 32.62, 36.10, "PPLA");
    private static final Location COUNTRY = place("سوريا", 35.02, 38.50, "PCLI");
    private static final EventDate MONDAY = day("2025-06-09");
    private static final EventDate SATURDAY = day("2025-06-07");

    private static Location place(String name, double lat, double lon, String fc) {
        return new Location(name, 0, name.length(), name, name, null, lat, lon, "SY", null, fc, GeoPrecision.TOWN);
    }

    private static EventDate day(String v) {
        return new EventDate(v, DatePrecision.DAY, "يوم", 0, 3);
    }

    private static Event event(EventType type, EventDate d, Location l) {
        return new Event("e", "d", 0, type, null, List.of(), null, null, EventStatus.OCCURRED, null, null,
                new Trigger("قصفت", 0, 4), d, l, null, new Span(0, 10), null, "r", 1.0);
    }

    @Test
    void anUndatedActTakesTheOneDayOfItsKindAtItsPlace() {
        Event undated = event(EventType.ASSAULT, null, TOWN);
        List<Event> reports = List.of(undated, event(EventType.ASSAULT, MONDAY, NEAR),
                event(EventType.ASSAULT, SATURDAY, FAR), event(EventType.PROTEST, SATURDAY, TOWN));
        assertSame(MONDAY, ArticleDate.fill(List.of(undated), reports).get(0).date());
    }

    @Test
    void twoDaysAtOnePlaceOrNoFinePlaceLeaveItUndated() {
        Event undated = event(EventType.ASSAULT, null, TOWN);
        assertNull(ArticleDate.fill(List.of(undated), List.of(event(EventType.ASSAULT, MONDAY, TOWN),
                event(EventType.ASSAULT, SATURDAY, NEAR))).get(0).date().value());
        Event atCountry = event(EventType.ASSAULT, null, COUNTRY);
        assertNull(ArticleDate.fill(List.of(atCountry), List.of(event(EventType.ASSAULT, MONDAY, COUNTRY)))
                .get(0).date().value());
    }

    @Test
    void statementsAndDatedActsAreLeftAlone() {
        Event call = event(EventType.REQUEST, null, TOWN);
        Event dated = event(EventType.ASSAULT, SATURDAY, TOWN);
        List<Event> out = ArticleDate.fill(List.of(call, dated), List.of(event(EventType.REQUEST, MONDAY, TOWN),
                event(EventType.ASSAULT, MONDAY, TOWN)));
        assertNull(out.get(0).date().value());
        assertEquals("2025-06-07", out.get(1).date().value());
    }
}
