package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class ArticlePlaceTest {
    private static final Location SYRIA = place("سوريا", 35.02, 38.50, "SY", "PCLI");
    private static final Location TOWN = place("سراقب", 35.86, 36.80, "SY", "PPL");
    private static final Location NEAR_TOWN = place("حي في سراقب", 35.87, 36.81, "SY", "PPLX");
    private static final Location FAR_TOWN = place("درعا", 32.62, 36.10, "SY", "PPLA");
    private static final Location WASHINGTON = place("واشنطن", 38.9, -77.04, "US", "PPLC");

    private static Location place(String name, double lat, double lon, String cc, String fc) {
        return new Location(name, 0, name.length(), name, name, null, lat, lon, cc, null, fc, GeoPrecision.TOWN);
    }

    private static Event event(EventType type, Location l, String actorCountry) {
        Entity actor = actorCountry == null ? null
                : new Entity("x", 0, 1, actorCountry + "MIL", actorCountry, null, null);
        return new Event("e", "d", 0, type, null, List.of(), null, null, EventStatus.OCCURRED, actor, null,
                new Trigger("قصفت", 0, 4), null, l, null, new Span(0, 10), null, "r", 1.0);
    }

    @Test
    void theFirstTownWinsWhenAllAgree() {
        assertSame(TOWN, ArticlePlace.agreedPlace(List.of(SYRIA, TOWN, NEAR_TOWN), SYRIA));
        assertSame(TOWN, ArticlePlace.agreedPlace(List.of(TOWN), null));
    }

    @Test
    void townsFarApartOrAnotherCountryAgreeOnNothing() {
        assertNull(ArticlePlace.agreedPlace(List.of(TOWN, FAR_TOWN), SYRIA));
        assertNull(ArticlePlace.agreedPlace(List.of(TOWN, WASHINGTON), SYRIA), "the article speaks of two countries");
        assertNull(ArticlePlace.agreedPlace(List.of(SYRIA), SYRIA), "a country is no finer place");
    }

    @Test
    void onlyActsOnTheGroundWithoutAFinePlaceAreFilled() {
        List<Event> filled = ArticlePlace.fill(List.of(event(EventType.ASSAULT, SYRIA, "SYR"),
                event(EventType.ACCUSE, SYRIA, "SYR"), event(EventType.ASSAULT, FAR_TOWN, "SYR")),
                Map.of(EventType.ASSAULT, List.of(TOWN), EventType.ACCUSE, List.of(TOWN)));
        assertSame(TOWN, filled.get(0).location());
        assertSame(SYRIA, filled.get(1).location(), "a statement keeps its clause's place");
        assertSame(FAR_TOWN, filled.get(2).location(), "a town named by the clause stays");
    }

    @Test
    void anUnplacedActTakesOnlyAPlaceInTheCountryOfItsSides() {
        Event russian = event(EventType.ASSAULT, null, "RUS");
        assertFalse(ArticlePlace.ofTheSides(russian, WASHINGTON));
        assertNull(ArticlePlace.fill(List.of(russian), Map.of(EventType.ASSAULT, List.of(WASHINGTON))).get(0).location());
        assertTrue(ArticlePlace.ofTheSides(event(EventType.ASSAULT, null, "SYR"), TOWN));
        assertEquals(TOWN, ArticlePlace.fill(List.of(event(EventType.ASSAULT, null, null)),
                Map.of(EventType.ASSAULT, List.of(TOWN))).get(0).location(), "no side: any agreed place");
    }
}
