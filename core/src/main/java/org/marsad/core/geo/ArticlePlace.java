package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Location;

/**
 * The article-level place (issue 16: "an article-level place is used only when the clause names none"). An act on
 * the ground whose own clause names no place, or only a whole country ("هجوم على بلدة عراقية محاصرة": a town left
 * unnamed, placed at the country), happened at the one place the article names finer than a country, when all the
 * places it names agree: a headline "قصف على بلدة الترنبة" and a body that speaks only of "القصف على البلدة" and
 * "مدينة سورية". When the article names two places farther apart than {@value #SAME_PLACE_KM} km, none is
 * guessed; a country-wide place takes only a place in that country. Statements (a call, an accusation, a meeting)
 * happen where their speakers are, which the article's places do not say: they keep what their clause gives.
 * Stateless.
 */
public final class ArticlePlace {
    /** The acts that happen somewhere the article names: force, protest, arrest, deployment, withdrawal. */
    public static final Set<EventType> ON_THE_GROUND = Collections.unmodifiableSet(EnumSet.of(EventType.ASSAULT,
            EventType.PROTEST, EventType.COERCE, EventType.MOBILIZE, EventType.RETREAT));
    /** How far apart two places may stand and still be one place (km). */
    public static final double SAME_PLACE_KM = 25;

    private ArticlePlace() {
    }

    /**
     * The article's events, each unplaced act on the ground placed at the article's one place; {@code places}: the
     * places the article's sentences name, in text order.
     */
    public static List<Event> fill(List<Event> events, Map<EventType, List<Location>> places) {
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!ON_THE_GROUND.contains(e.type()) || !unplaced(e.location())) {
                continue;
            }
            Location agreed = agreedPlace(places.getOrDefault(e.type(), List.of()), e.location());
            if (agreed == null || e.location() == null && !ofTheSides(e, agreed)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(i, e.merged(e.actor(), e.recipient(), e.date(), agreed, e.size(), e.mentions()));
        }
        return out == null ? events : out;
    }

    /**
     * Whether an event placed nowhere by its clause may be placed at {@code place}: when its sides name countries,
     * the place lies in one of them (a Syrian and a Russian side are not placed at Washington, where the article's
     * speaker stands).
     */
    static boolean ofTheSides(Event e, Location place) {
        String a = e.actor() == null ? null : e.actor().country();
        String r = e.recipient() == null ? null : e.recipient().country();
        if (a == null && r == null) {
            return true;
        }
        String cc = place.countryCode() == null ? "" : CountryCodes.iso3(place.countryCode());
        return cc.equals(a) || cc.equals(r);
    }

    /** No place, or a whole country (too coarse to tell one happening from another). */
    static boolean unplaced(Location l) {
        return l == null || l.lat() == null || country(l);
    }

    private static boolean country(Location l) {
        return l.featureCode() != null && PlaceKind.ofFeatureCode(l.featureCode()) == PlaceKind.COUNTRY;
    }

    /**
     * The first place finer than a country among {@code places} (in the country of {@code own} when it has one),
     * when every other such place lies within {@value #SAME_PLACE_KM} km of it; null when there is none or they
     * disagree.
     */
    static Location agreedPlace(List<Location> places, Location own) {
        String cc = own == null ? null : own.countryCode();
        Location first = null;
        for (Location l : places) {
            if (unplaced(l)) {
                continue;
            }
            if (cc != null && !cc.equals(l.countryCode())) {
                return null; // the article speaks of another country as well: its one place is not known
            }
            if (first == null) {
                first = l;
            } else if (GreatCircle.km(first.lat(), first.lon(), l.lat(), l.lon()) > SAME_PLACE_KM) {
                return null;
            }
        }
        return first;
    }
}
