package org.marsad.core.time;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.geo.ArticlePlace;
import org.marsad.core.geo.GreatCircle;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Location;

/**
 * The day of one happening told again. An act on the ground whose sentence gives no date ("وتعهدت واشنطن بالرد على
 * الهجوم على البلدة") is the article's other report of that kind at the same place, when the article dates those
 * reports, all to one day ("قصفت الطائرات البلدة فجر السبت"): the happening's day, not the report's. Reports of
 * that kind at the same place dated to two days (a strike on Saturday and another on Monday) leave it undated, as
 * does an act placed nowhere or only at a country. The acts and the distance are {@link ArticlePlace}'s: an act told
 * again by its place. Stateless.
 */
public final class ArticleDate {
    private ArticleDate() {
    }

    /**
     * The article's events, each undated act on the ground dated by the one day of {@code reports} (the article's
     * reports, kept or not, and its references: happenings told of without being reported, dated by a day written
     * after the mention, {@link org.marsad.core.proposal.Candidates#references()}) of its type at its place.
     */
    public static List<Event> fill(List<Event> events, List<Event> reports) {
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!ArticlePlace.ON_THE_GROUND.contains(e.type()) || e.date().value() != null || !fine(e.location())) {
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
                    || km(e.location(), o.location()) > ArticlePlace.SAME_PLACE_KM) {
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
