package org.marsad.eval.articles;

import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** Builds synthetic system events for the scorer's tests; only the fields the scorer reads are set. */
final class Sys {
    private final EventType type;
    private EventStatus status = EventStatus.OCCURRED;
    private String actor;
    private String recipient;
    private String date;
    private String placeName;
    private Double lat;
    private Double lon;
    private String country;
    private Integer dead;
    private String trigger = "حدث";
    private int at;
    private Span sentence;

    private Sys(EventType type) {
        this.type = type;
    }

    static Sys event(EventType type) {
        return new Sys(type);
    }

    Sys actor(String code) {
        actor = code;
        return this;
    }

    Sys recipient(String code) {
        recipient = code;
        return this;
    }

    Sys date(String value) {
        date = value;
        return this;
    }

    Sys place(String nameAr, Double lat, Double lon) {
        placeName = nameAr;
        this.lat = lat;
        this.lon = lon;
        return this;
    }

    /** The resolved country of the place (ISO alpha-2); gives the event a place of its own if it has none. */
    Sys country(String code) {
        country = code;
        return this;
    }

    Sys dead(Integer n) {
        dead = n;
        return this;
    }

    Sys status(EventStatus s) {
        status = s;
        return this;
    }

    Sys trigger(String text, int start) {
        trigger = text;
        at = start;
        return this;
    }

    /** The event's sentence (default: the trigger's own span). */
    Sys sentence(int start, int end) {
        sentence = new Span(start, end);
        return this;
    }

    Event build() {
        EventDate d = date == null ? EventDate.UNKNOWN
                : new EventDate(date, date.length() == 10 ? DatePrecision.DAY : DatePrecision.MONTH, null, null, null);
        return new Event("e-test" + at, "d-test", 0, type, null, List.of(), null, null, status, entity(actor),
                entity(recipient), new Trigger(trigger, at, at + trigger.length()), d, location(),
                new Size(dead, null, null, null, false), sentence == null ? new Span(at, at + trigger.length()) : sentence, null, "test", 1.0);
    }

    private Location location() {
        if (placeName == null && country == null) {
            return null;
        }
        String name = placeName == null ? "" : placeName;
        return new Location(name, 0, name.length(), null, placeName, null, lat, lon, country, null, null, GeoPrecision.TOWN);
    }

    private static Entity entity(String code) {
        return code == null ? null : new Entity("جهة", 0, 3, code, code.substring(0, 3), null, null);
    }
}
