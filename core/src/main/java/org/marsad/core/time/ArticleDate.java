package org.marsad.core.time;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.geo.GreatCircle;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Location;

/**
 * The day of one happening told again. An act on the ground whose sentence gives no date ("وتعهدت واشنطن بالرد على
 * الهجوم على البلدة") is the article's other report of that kind at the same place, when the article dates those
 * reports, all to one day ("قصفت الطائرات البلدة فجر السبت"): the happening's day, not the report's. Reports of
 * that kind at the same place dated to two days (a strike on Saturday and another on Monday) leave it undated, as
 * does an act placed nowhere or only at a country. Stateless.
 */
public final class ArticleDate {
    /** The acts told again by their place: force, protest, arrest, deployment, withdrawal. */
    static final Set<EventType> ON_THE_GROUND = EnumSet.of(EventType.ASSAULT, EventType.PROTEST, EventType.COERCE,
            EventType.MOBILIZE, EventType.RETREAT);
    /** How far apart two places may stand and still be one happening's (km). */
    static final double SAME_PLACE_KM = 25;

    private ArticleDate() {
    }

    /**
     * The article's events, each undated act on the ground dated by the one day of {@code reports} (the article's
     * reports, kept or not) of its type at its place.
     */
    public static List<Event> fill(List<Event> events, List<Event> reports) {
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!ON_THE_GROUND.contains(e.type()) || e.date().value() != null || !fine(e.location())) {
                continue;
            }
            EventDate day = agreedDay(reports, e);
            if (day == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(i, e.merged(e.actor(), e.recipient(), day, e.location(), e.size(), e.mentions()));
        }
        return out == null ? events : out;
    }

    /** A place finer than a country, with coordinates. */
    static boolean fine(Location l) {
        return l != null && l.lat() != null && l.lon() != null
                && (l.featureCode() == null || !l.featureCode().startsWith("PCL"));
    }

    /** The one day the reports of {@code e}'s type at its place are dated to; null when none or two. */
    static EventDate agreedDay(List<Event> reports, Event e) {
        EventDate day = null;
        for (Event o : reports) {
            EventDate d = o.date();
            if (o.type() != e.type() || d.precision() != DatePrecision.DAY || d.value() == null || !fine(o.location())
                    || km(e.location(), o.location()) > SAME_PLACE_KM) {
                continue;
            }
            if (day == null) {
                day = d;
            } else if (!day.value().equals(d.value())) {
                return null;
            }
        }
        return day;
    }

    private static double km(Location a, Location b) {
        return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
