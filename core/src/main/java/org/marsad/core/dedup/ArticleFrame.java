package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.geo.CountryCodes;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

/**
 * What an article's events take from the article around them, as a careful coder reads it:
 * <ul>
 * <li>Country of a bare sector: "الجيش", "الحكومة", "مسلحون", "المدنيين" name a side of the country the event
 *     happens in ("واتهم الجيش" in a report from the Sudanese town is the Sudanese army): a side coded by its sector
 *     alone takes the country of the event's place, else the country most named by the article's other sides. A
 *     sentence coded alone (events from one sentence only) has no article around it and keeps the bare sector.</li>
 * <li>Date of a statement: a call, accusation, denial or threat whose sentence gives no date was made on the
 *     publication day when an earlier event of the same speaker's country in the article is dated that day
 *     ("أعلن الوزير اليوم ... ودعا ..."); a report told as of today goes on today. Violent events never inherit: told without a date, they are background.</li>
 * </ul>
 */
final class ArticleFrame {
    static final Set<EventType> STATEMENTS = EnumSet.of(EventType.REQUEST, EventType.ACCUSE, EventType.REJECT,
            EventType.THREATEN, EventType.SUPPORT);

    private ArticleFrame() {
    }

    /**
     * The events with what the article frames them with. A single event has nothing around it and comes back as it
     * is (most articles code none or one event, so this is the common case).
     */
    static List<Event> apply(List<Event> events) {
        if (events.size() < 2) {
            return events;
        }
        boolean article = moreThanOneSentence(events);
        List<Event> out = new ArrayList<>(events.size());
        Dominant dominant = new Dominant(events);
        for (Event e : events) {
            Event c = article && (bareSector(e.actor()) || bareSector(e.recipient())) ? withCountry(e, dominant) : e;
            out.add(withInheritedDate(c, out));
        }
        return out;
    }

    /**
     * The event with its bare sectors given the country of its place, else the article's dominant one. Only an
     * event with a bare sector asks (an event whose sides are coded, or missing, keeps them as they are).
     */
    private static Event withCountry(Event e, Dominant dominant) {
        String fromPlace = placeCountry(e);
        String country = fromPlace != null ? fromPlace : dominant.get();
        return country == null ? e : e.merged(withCountry(e.actor(), country), withCountry(e.recipient(), country),
                e.date(), e.location(), e.size(), e.mentions());
    }

    /** The article's {@link #dominantCountry}, counted when first asked for. */
    private static final class Dominant {
        private final List<Event> events;
        private boolean known;
        private String country;

        Dominant(List<Event> events) {
            this.events = events;
        }

        String get() {
            if (!known) {
                country = dominantCountry(events);
                known = true;
            }
            return country;
        }
    }

    /** A side coded by its sector alone ("MIL"): the one kind {@link #withCountry(Entity, String)} changes. */
    static boolean bareSector(Entity x) {
        return x != null && x.country() == null && x.sector() != null && x.sector().name().equals(x.code());
    }

    /** True when the events come from two sentences or more. */
    static boolean moreThanOneSentence(List<Event> events) {
        for (int i = 1; i < events.size(); i++) {
            if (!ArticleEventMerger.same(events.get(i).sentence(), events.get(0).sentence())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country named most often by the coded sides of the article's events, the greatest code on a tie; null on
     * none. Counted by hand over the few sides an article has: a map and a stream cost more than the counting.
     */
    static String dominantCountry(List<Event> events) {
        String[] sides = new String[2 * events.size()];
        int n = 0;
        for (Event e : events) {
            n = addCountry(sides, n, e.actor());
            n = addCountry(sides, n, e.recipient());
        }
        String best = null;
        int bestCount = 0;
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < n; j++) {
                count += sides[i].equals(sides[j]) ? 1 : 0;
            }
            if (count > bestCount || count == bestCount && sides[i].compareTo(best) > 0) {
                best = sides[i];
                bestCount = count;
            }
        }
        return best;
    }

    private static int addCountry(String[] sides, int n, Entity x) {
        if (x != null && x.country() != null && x.country().length() == 3) {
            sides[n] = x.country();
            return n + 1;
        }
        return n;
    }

    /** The ISO-3 country of the event's resolved place; null when unknown. */
    static String placeCountry(Event e) {
        String cc = e.location() == null ? null : e.location().countryCode();
        if (cc == null || cc.length() != 2) {
            return null;
        }
        String iso3 = CountryCodes.iso3(cc);
        return iso3.isEmpty() ? null : iso3;
    }

    /** A side coded by its sector alone ("MIL"), with the country put in front; any other side unchanged. */
    static Entity withCountry(Entity x, String country) {
        if (!bareSector(x)) {
            return x;
        }
        return new Entity(x.text(), x.start(), x.end(), country + x.sector(), country, x.sector(), x.nameEn(), true);
    }

    private static String published(Event e) {
        return e.source() == null ? null : e.source().published();
    }

    private static Event withInheritedDate(Event e, List<Event> earlier) {
        if (!STATEMENTS.contains(e.type()) || e.status() != EventStatus.OCCURRED || e.date().value() != null
                || e.actor() == null || e.actor().country() == null) {
            return e;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event o = earlier.get(i);
            EventDate d = o.date();
            if (d.value() != null && d.precision() == DatePrecision.DAY && d.value().equals(published(e))
                    && o.actor() != null && e.actor().country().equals(o.actor().country())) {
                return e.merged(e.actor(), e.recipient(), d, e.location(), e.size(), e.mentions());
            }
        }
        return e;
    }
}
