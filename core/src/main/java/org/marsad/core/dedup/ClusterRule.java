package org.marsad.core.dedup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * Whether two reports from different articles tell the same happening: the same type and status, dates known
 * to the day and at most {@value #MAX_DAYS} day apart, places within {@value Compatibility#SAME_PLACE_KM} km or
 * of the same name, and actors compatible (the within-article test of {@link Compatibility}, either way round).
 * Reports from one article are never linked: the within-article merge has already judged them.
 */
public final class ClusterRule {
    /** How many days apart two reports of one happening may date it. */
    public static final int MAX_DAYS = 1;
    /** How far apart (km) two reports with coordinates may place one happening. */
    public static final double MAX_KM = Compatibility.SAME_PLACE_KM;

    private ClusterRule() {
    }

    public static boolean linked(Event a, Event b) {
        if (a.type() != b.type() || a.status() != b.status() || sameArticle(a, b)) {
            return false;
        }
        OptionalLong da = day(a);
        OptionalLong db = day(b);
        if (da.isEmpty() || db.isEmpty() || Math.abs(da.getAsLong() - db.getAsLong()) > MAX_DAYS) {
            return false;
        }
        if (a.location() == null || b.location() == null || !Compatibility.places(a.location(), b.location())) {
            return false;
        }
        return Compatibility.entities(a.actor(), b.actor()) && Compatibility.entities(a.recipient(), b.recipient())
                || Compatibility.swapped(a, b);
    }

    /**
     * The report with only what {@link #linked} reads (ids, type, status, day, place, actor and recipient codes):
     * what a shuffle needs to carry, a fraction of the full record. {@code linked} gives the same answer on it.
     */
    public static Event essentials(Event e) {
        Location l = e.location();
        Location place = l == null ? null : new Location(l.text(), 0, 0, null, l.nameAr(), null, l.lat(), l.lon(),
                null, null, null, null);
        EventDate d = e.date();
        return new Event(e.id(), e.docId(), e.article(), e.type(), null, List.of(), null, null, e.status(),
                codes(e.actor()), codes(e.recipient()), new Trigger("", 0, 0),
                new EventDate(d.value(), d.precision(), null, null, null), place, Size.NONE, new Span(0, 0), null,
                null, 0);
    }

    private static Entity codes(Entity x) {
        return x == null ? null : new Entity("", 0, 0, x.code(), x.country(), x.sector(), null);
    }

    /** Whether the report can be linked to any other at all (a day-precise date and a place). */
    public static boolean linkable(Event e) {
        return e.location() != null && day(e).isPresent();
    }

    /** The event's day as an epoch day, when its date is known to the day. */
    public static OptionalLong day(Event e) {
        if (e.date().precision() != DatePrecision.DAY || e.date().value() == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(LocalDate.parse(e.date().value()).toEpochDay());
        } catch (DateTimeException ex) {
            return OptionalLong.empty();
        }
    }

    private static boolean sameArticle(Event a, Event b) {
        return a.article() == b.article() && a.docId() != null && a.docId().equals(b.docId());
    }
}
