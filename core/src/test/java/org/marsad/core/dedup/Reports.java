package org.marsad.core.dedup;

import java.util.List;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** Hand-made reports for the cluster tests: one event per article, fields given by the test. */
final class Reports {
    private Reports() {
    }

    static Entity actor(String code, String country, String sector) {
        return new Entity("قوات", 0, 4, code, country, Sector.fromJson(sector), null);
    }

    static Location place(String nameAr, Double lat, Double lon, Integer precision) {
        return new Location(nameAr, 10, 10 + nameAr.length(), null, nameAr, null, lat, lon, "SY", null, null, GeoPrecision.of(precision));
    }

    static EventDate day(String iso) {
        return new EventDate(iso, DatePrecision.DAY, "أمس", 20, 23);
    }

    static Event report(String doc, EventType type, Entity actor, EventDate date, Location place, Size size) {
        Trigger t = new Trigger("قصفت", 5, 9);
        String id = Event.idFor(doc, 0, t, type);
        return new Event(id, doc, 0, type, null, List.of(), null, null, EventStatus.OCCURRED, actor, null, t, date,
                place, size, new Span(0, 40), new Source(null, "example.org", date.value(), null), "test", 0.8);
    }

    static Event report(String doc, EventType type, EventDate date, Location place) {
        return report(doc, type, null, date, place, Size.NONE);
    }
}
