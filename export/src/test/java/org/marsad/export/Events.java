package org.marsad.export;

import java.util.List;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mode;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** Events made up for the export tests (the Arabic is written for them, not taken from any corpus). */
final class Events {
    static final Location IDLIB = new Location("إدلب", 50, 54, "Idlib", "إدلب", 169387L, 35.930000001, 36.63, "SY",
            "Idlib", "PPLA", GeoPrecision.TOWN);
    static final Location TYRE = new Location("صور", 50, 53, "Tyre", "صور", 267008L, 33.27333, 35.19389, "LB",
            "South Governorate", "PPLA", GeoPrecision.TOWN);
    static final Entity SYRIAN_ARMY = new Entity("الجيش السوري", 5, 17, "SYRMIL", "SYR", Sector.MIL, "Syrian armed forces");
    static final Entity CIVILIANS = new Entity("المدنيين", 20, 28, "SYRCVL", "SYR", Sector.CVL, "civilians");
    static final Entity REBELS = new Entity("الفصائل المسلحة", 20, 35, "SYRREB", "SYR", Sector.REB, "armed factions");
    static final Entity CROWD = new Entity("المتظاهرون", 5, 15, "LBNCVL", "LBN", Sector.CVL, "protesters");
    static final Entity MINISTER = new Entity("وزير الخارجية", 5, 18, "LBNGOV", "LBN", Sector.GOV, "foreign minister");

    private Events() {
    }

    static Event of(String id, EventType type, String mode, String cameo, EventStatus status, Entity actor,
                    Entity recipient, EventDate date, Location where, Integer dead) {
        return new Event(id, "d-1", 0, type, Mode.fromJson(mode), List.of("military"), cameo, type.quadClass(), status, actor,
                recipient, new Trigger("قصفت", 0, 4), date, where, new Size(dead, null, null, null, false),
                new Span(0, 60), new Source("https://example.org/news/1", "example.org", "2024-11-10", null),
                type.name() + "/test#1", 0.8);
    }

    static EventDate day(String v) {
        return new EventDate(v, DatePrecision.DAY, "السبت", 40, 45);
    }

    static Event shelling() {
        return of("e-0a1b2c3d4e5f6071", EventType.ASSAULT, "heavy-weapons", "194", EventStatus.OCCURRED, SYRIAN_ARMY,
                REBELS, day("2024-11-09"), IDLIB, 3);
    }

    static Event airstrikeOnCivilians() {
        return of("e-1a1b2c3d4e5f6071", EventType.ASSAULT, "heavy-weapons", "195", EventStatus.OCCURRED, SYRIAN_ARMY,
                CIVILIANS, day("2024-11-08"), IDLIB, 5);
    }

    static Event protest() {
        return of("e-2a1b2c3d4e5f6071", EventType.PROTEST, "demo", "141", EventStatus.OCCURRED, CROWD, null,
                new EventDate("2024-10", DatePrecision.MONTH, "الشهر الماضي", 40, 52), TYRE, null);
    }

    static Event statement() {
        return of("e-3a1b2c3d4e5f6071", EventType.ACCUSE, null, "112", EventStatus.OCCURRED, MINISTER, SYRIAN_ARMY,
                day("2024-11-09"), TYRE, null);
    }

    static Event plannedMeeting() {
        return of("e-4a1b2c3d4e5f6071", EventType.CONSULT, "visit", "042", EventStatus.PLANNED, MINISTER, null,
                new EventDate("2024-11-12", DatePrecision.WEEK, "الأسبوع المقبل", 40, 54), null, null);
    }

    static Event arrest() {
        return of("e-5a1b2c3d4e5f6071", EventType.COERCE, "arrest", "173", EventStatus.OCCURRED, SYRIAN_ARMY,
                CIVILIANS, day("2024-11-07"), IDLIB, null);
    }

    static Event riot() {
        return of("e-6a1b2c3d4e5f6071", EventType.PROTEST, "riot", "145", EventStatus.OCCURRED, CROWD, null,
                day("2024-11-06"), TYRE, null);
    }

    static Event clashWithoutPlace() {
        return of("e-7a1b2c3d4e5f6071", EventType.ASSAULT, "firearms", "193", EventStatus.OCCURRED, SYRIAN_ARMY, REBELS,
                day("2024-11-05"), null, 1);
    }

    static List<Event> all() {
        return List.of(shelling(), airstrikeOnCivilians(), protest(), statement(), plannedMeeting(), arrest(), riot(),
                clashWithoutPlace());
    }
}
