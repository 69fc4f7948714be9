package org.marsad.eval.articles;

import java.util.Locale;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Location;

/** Short one-line descriptions of gold and system events for the verbose report. */
final class Describe {
    private Describe() {
    }

    static String gold(GoldEvent g) {
        return "g" + g.index() + " " + g.type() + " " + g.status().toString().toLowerCase(Locale.ROOT) + " " + g.actor()
                + (g.symmetric() ? " <-> " : " -> ") + g.recipient()
                + " date=" + g.date() + " place=" + g.place() + " dead=" + g.dead()
                + (g.trigger() == null ? "" : " \"" + g.trigger() + "\"") + (g.optional() ? " [optional]" : "");
    }

    static String system(Event e) {
        return e.type() + " " + e.status().json() + " " + code(e.actor()) + " -> " + code(e.recipient())
                + " date=" + e.date().value() + " place=" + place(e.location()) + " dead=" + e.size().dead()
                + " \"" + e.trigger().text() + "\"@" + e.trigger().start() + (e.rule() == null ? "" : " rule=" + e.rule());
    }

    static String code(Entity e) {
        return e == null ? "null" : e.code() == null ? "?(" + e.text() + ")" : e.code();
    }

    static String place(Location l) {
        if (l == null) {
            return "null";
        }
        String name = l.nameAr() != null ? l.nameAr() : l.text();
        return l.lat() == null ? name : String.format(Locale.ROOT, "%s(%.3f,%.3f)", name, l.lat(), l.lon());
    }

    /** The fields of a matched pair, a wrong one followed by the system's value. */
    static String fields(Judgement j) {
        Event s = j.system();
        return field("recipient", j.recipient(), code(s.recipient())) + field(" date", j.date(), date(s))
                + field(" place", j.place(), placeWithDistance(s.location(), j.gold()))
                + field(" dead", j.dead(), String.valueOf(s.size().dead()))
                + field(" status", j.status(), s.status().json())
                + field(" country", j.country(), s.location() == null ? "null" : s.location().countryCode());
    }

    /** The system's date with how it was read: its precision, and the expression when the text gave one. */
    static String date(Event s) {
        String how = s.date().precision().json() + (s.date().text() == null ? "" : " \"" + s.date().text() + "\"");
        return s.date().value() + " " + how;
    }

    private static String field(String name, boolean right, String systemValue) {
        return name + (right ? " ok" : " WRONG(" + systemValue + ")");
    }

    private static String placeWithDistance(Location l, GoldEvent g) {
        GoldPlace p = g.place().primary();
        if (l == null || l.lat() == null || l.lon() == null || p == null || !p.hasCoordinates()) {
            return place(l);
        }
        double km = FieldRules.km(l.lat(), l.lon(), p.lat(), p.lon());
        return place(l) + String.format(Locale.ROOT, " %.0f km off", km);
    }

    /** The event's sentence from the page text, on one line and cut to a readable length. */
    static String sentence(Event e, String text) {
        if (e.sentence().end() > text.length()) {
            return "(sentence " + e.sentence() + " lies outside the page text)";
        }
        return headline(e.sentence().of(text), 160);
    }

    static String headline(String h, int max) {
        if (h == null) {
            return "(none)";
        }
        String one = h.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
