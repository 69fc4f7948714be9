package org.marsad.core.dedup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * Whether two reports from different articles tell the same happening, as an analyst would merge them
 * (docs/annotation.md, "Happenings across outlets"; issue 20):
 * <ul>
 *   <li>the same type and status;</li>
 *   <li>dates that can be one day: two days at most {@value #DAY_SLACK} day apart; a {@code reported} date (the
 *       text gave none, the value is the publication day, an upper bound) matches a day up to
 *       {@value #REPORTED_REACH} days before it, and another reported date at most {@value #REPORTED_REACH} days
 *       apart (a follow-up a week later, "the chemical attack on Douma" with no day, still tells the
 *       happening);</li>
 *   <li>places within {@value Compatibility#SAME_PLACE_KM} km or of the same name;</li>
 *   <li>compatible tolls: when both give the dead, the larger is at most {@value #TOLL_FACTOR} times the smaller
 *       (a running toll rises from 3 to 60 in a day; "560 killed in ten days" is a campaign total, not the day's
 *       shelling);</li>
 *   <li>actors compatible: an unknown side matches any; the same country with the same or an unknown sector
 *       ({@code RUS} ~ {@code RUSMIL}), the state's sectors ({@code GOV}, {@code MIL}, {@code COP}, {@code SPY})
 *       alike; a side whose country is unknown matches on its sector. Recipients (the victims, the other party) are
 *       compared by country only, since outlets name the same dead as civilians, residents or fighters. Roles
 *       read differently (the victims coded as the actor) still match when the two name at most two countries
 *       between them ({@link #parties});</li>
 *   <li>a statement (ACCUSE, REQUEST, REJECT, THREATEN, SUPPORT, CONCEDE) merges only when both reports name the
 *       speaker and the speakers are compatible, to the same recipient: two governments' reactions to one strike
 *       are two happenings.</li>
 * </ul>
 * Reports from one article are never linked: the within-article merge has already judged them. The rule reads only
 * what {@link #essentials} keeps, so that reports of one signature link alike ({@link LinkSignatures}).
 */
public final class ClusterRule {
    /**
     * How many days apart two linked reports' {@link #day}s may be: the widest of the date rules below
     * ({@link #DAY_SLACK}, {@link #REPORTED_REACH}). The store's candidate search and the open clusters look this
     * far; blocking looks as far as each report's own date rule reaches ({@link ClusterKeys#visits}).
     */
    public static final int MAX_DAYS = 7;
    /** How many days apart two day-precise dates of one happening may be. */
    public static final int DAY_SLACK = 1;
    /**
     * How many days before its publication a report without a date may tell a dated happening, and how far apart
     * two such reports may be: a week, as follow-ups recall a happening ("the attack on Douma") days after it.
     */
    public static final int REPORTED_REACH = 7;
    /** How much larger one report's dead may be than the other's, for one happening. */
    public static final int TOLL_FACTOR = 25;
    /** Types whose reports are statements: one happening only when one speaker says it. */
    static final java.util.Set<EventType> STATEMENTS = java.util.EnumSet.of(EventType.ACCUSE, EventType.REQUEST,
            EventType.REJECT, EventType.THREATEN, EventType.SUPPORT, EventType.CONCEDE);
    private static final java.util.Set<String> STATE = java.util.Set.of("GOV", "MIL", "COP", "SPY");
    /** How far apart (km) two reports with coordinates may place one happening. */
    public static final double MAX_KM = Compatibility.SAME_PLACE_KM;

    private ClusterRule() {
    }

    public static boolean linked(Event a, Event b) {
        if (a.type() != b.type() || a.status() != b.status() || sameArticle(a, b)) {
            return false;
        }
        if (!dates(a.date(), b.date())) {
            return false;
        }
        if (a.location() == null || b.location() == null || !places(a.location(), b.location())) {
            return false;
        }
        if (!tolls(a.size().dead(), b.size().dead())) {
            return false;
        }
        return roles(a, b);
    }

    /** The actor and recipient rule (statements: the same named speaker). */
    private static boolean roles(Event a, Event b) {
        if (STATEMENTS.contains(a.type())) {
            return named(a.actor()) && named(b.actor()) && sides(a.actor(), b.actor())
                    && countries(a.recipient(), b.recipient());
        }
        return sides(a.actor(), b.actor()) && countries(a.recipient(), b.recipient())
                || named(a.actor()) && named(b.recipient()) && named(a.recipient()) && named(b.actor())
                && sides(a.actor(), b.recipient()) && sides(a.recipient(), b.actor())
                || parties(a, b);
    }

    /**
     * Why two reports are not {@link #linked}: the keys the rule refuses them on, in the rule's order
     * ({@code type}, {@code status}, {@code article}, {@code date}, {@code no-place}, {@code place}, {@code dead},
     * {@code speaker}, {@code actor}); empty exactly when they are linked. For the evaluation's listing of the
     * gold pairs left apart.
     */
    public static List<String> apart(Event a, Event b) {
        List<String> out = new java.util.ArrayList<>();
        if (a.type() != b.type()) {
            out.add("type");
        }
        if (a.status() != b.status()) {
            out.add("status");
        }
        if (sameArticle(a, b)) {
            out.add("article");
        }
        if (!dates(a.date(), b.date())) {
            out.add("date");
        }
        if (a.location() == null || b.location() == null) {
            out.add("no-place");
        } else if (!places(a.location(), b.location())) {
            out.add("place");
        }
        if (!tolls(a.size().dead(), b.size().dead())) {
            out.add("dead");
        }
        if (!roles(a, b)) {
            out.add(STATEMENTS.contains(a.type()) ? "speaker" : "actor");
        }
        return out;
    }

    /**
     * An act on the ground whose roles the reports may have read differently ("the army fired on protesters" /
     * "protesters were killed by fire", the victims read as the actor): the two reports name at most two countries
     * between them, either side, unless each names only an attacker and the attackers differ (a Syrian and a
     * Russian strike on one town are two happenings). Three countries between them: two happenings.
     */
    static boolean parties(Event a, Event b) {
        java.util.Set<String> x = countriesOf(a);
        java.util.Set<String> y = countriesOf(b);
        if (x == null || y == null || x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (onlyActor(a) && onlyActor(b) && !x.equals(y)) {
            return false;
        }
        java.util.Set<String> all = new java.util.HashSet<>(x);
        all.addAll(y);
        return all.size() <= 2;
    }

    private static boolean onlyActor(Event e) {
        return named(e.actor()) && !named(e.recipient());
    }

    /** The countries an event's sides name; null when a named side has no country. */
    private static java.util.Set<String> countriesOf(Event e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Entity side : new Entity[] {e.actor(), e.recipient()}) {
            if (named(side)) {
                if (side.country() == null) {
                    return null;
                }
                out.add(side.country());
            }
        }
        return out;
    }

    /**
     * Whether two places can be one happening's: within {@value Compatibility#SAME_PLACE_KM} km or of the same name,
     * or a province and a town of it ({@link Areas}).
     */
    static boolean places(Location x, Location y) {
        return Compatibility.places(x, y) || Areas.nested(x, y);
    }

    /** Whether two dates can be one happening's (see the class comment); both need a {@link #day}. */
    static boolean dates(EventDate x, EventDate y) {
        OptionalLong dx = day(x);
        OptionalLong dy = day(y);
        if (dx.isEmpty() || dy.isEmpty()) {
            return false;
        }
        long gap = dy.getAsLong() - dx.getAsLong();
        boolean rx = x.precision() == DatePrecision.REPORTED;
        boolean ry = y.precision() == DatePrecision.REPORTED;
        if (rx && ry) {
            return Math.abs(gap) <= REPORTED_REACH;
        }
        if (rx == ry) {
            return Math.abs(gap) <= DAY_SLACK;
        }
        long reportedAfter = ry ? gap : -gap;
        return reportedAfter >= 0 && reportedAfter <= REPORTED_REACH;
    }

    /** Both tolls known and far apart: not one happening (a campaign total against one incident). */
    static boolean tolls(Integer x, Integer y) {
        if (x == null || y == null) {
            return true;
        }
        int lo = Math.max(1, Math.min(x, y));
        return Math.max(x, y) <= (long) TOLL_FACTOR * lo;
    }

    /** Whether a side names someone (a code). */
    static boolean named(Entity x) {
        return x != null && x.code() != null;
    }

    /** Actors: unknown matches any; same code; same country with compatible sectors; else by sector alone. */
    static boolean sides(Entity x, Entity y) {
        if (!named(x) || !named(y) || x.code().equals(y.code())) {
            return true;
        }
        if (x.country() != null && y.country() != null && !x.country().equals(y.country())) {
            return false;
        }
        return x.sector() == null || y.sector() == null || family(x.sector().name()).equals(family(y.sector().name()));
    }

    /** Recipients: unknown matches any; else the same country, or the same code when no country is known. */
    static boolean countries(Entity x, Entity y) {
        if (!named(x) || !named(y) || x.code().equals(y.code())) {
            return true;
        }
        if (x.country() == null || y.country() == null) {
            return x.country() == null && y.country() == null && family(String.valueOf(x.sector()))
                    .equals(family(String.valueOf(y.sector())));
        }
        return x.country().equals(y.country());
    }

    private static String family(String sector) {
        return STATE.contains(sector) ? "STATE" : sector;
    }

    /**
     * The report with only what {@link #linked} reads (ids, type, status, date, place, dead, actor and recipient
     * codes):
     * what a shuffle needs to carry, a fraction of the full record. {@code linked} gives the same answer on it.
     */
    public static Event essentials(Event e) {
        Location l = e.location();
        Location place = l == null ? null : new Location(l.text(), 0, 0, null, l.nameAr(), null, l.lat(), l.lon(),
                l.countryCode(), l.admin1(), l.featureCode(), null);
        EventDate d = e.date();
        return new Event(e.id(), e.docId(), e.article(), e.type(), null, List.of(), null, null, e.status(),
                codes(e.actor()), codes(e.recipient()), new Trigger("", 0, 0),
                new EventDate(d.value(), d.precision(), null, null, null), place,
                e.size().dead() == null ? Size.NONE : new Size(e.size().dead(), null, null, null, false),
                new Span(0, 0), null,
                null, 0);
    }

    private static Entity codes(Entity x) {
        return x == null ? null : new Entity("", 0, 0, x.code(), x.country(), x.sector(), null);
    }

    /** Whether the report can be linked to any other at all (a {@link #day} and a place). */
    public static boolean linkable(Event e) {
        return e.location() != null && day(e).isPresent();
    }

    /**
     * The event's day as an epoch day, when its date is known to the day or is a {@code reported} date (the
     * publication day, an upper bound; {@link #dates} reads it as such).
     */
    public static OptionalLong day(Event e) {
        return day(e.date());
    }

    static OptionalLong day(EventDate d) {
        if (d.precision() != DatePrecision.DAY && d.precision() != DatePrecision.REPORTED || d.value() == null) {
            return OptionalLong.empty();
        }
        String v = d.value();
        try {
            if (isoDay(v)) { // as LocalDate.parse reads it, without the formatter (clustering asks this very often)
                return OptionalLong.of(LocalDate.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10)).toEpochDay());
            }
            return OptionalLong.of(LocalDate.parse(v).toEpochDay());
        } catch (DateTimeException ex) {
            return OptionalLong.empty();
        }
    }

    /** Whether {@code v} is {@code yyyy-mm-dd} in ASCII digits. */
    private static boolean isoDay(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    private static boolean sameArticle(Event a, Event b) {
        return a.article() == b.article() && a.docId() != null && a.docId().equals(b.docId());
    }
}
