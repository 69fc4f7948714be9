package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Location;
import org.marsad.model.Mention;
import org.marsad.model.Size;

/**
 * Merges the reports of one happening inside an article. Each event is folded into the first earlier event it
 * is {@link Compatibility#sameHappening compatible} with; the survivor keeps its id and trigger, takes the most
 * specific actor, recipient, date and place of the two, the larger counts, and lists the other report as a
 * mention. Events from one sentence are never merged with each other (a sentence that names two meetings
 * names two meetings).
 */
public final class ArticleEventMerger {

    public List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int into = target(out, e);
            if (into < 0) {
                out.add(e);
            } else {
                out.set(into, fold(out.get(into), e));
            }
        }
        return out;
    }

    private static int target(List<Event> kept, Event e) {
        for (int i = 0; i < kept.size(); i++) {
            Event k = kept.get(i);
            if (!k.sentence().equals(e.sentence()) && !mentions(k, e) && Compatibility.sameHappening(k, e)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mentions(Event k, Event e) {
        return k.mentions().stream().anyMatch(m -> m.sentence().equals(e.sentence()));
    }

    static Event fold(Event keep, Event other) {
        boolean swapped = !(Compatibility.entities(keep.actor(), other.actor())
                && Compatibility.entities(keep.recipient(), other.recipient()));
        Entity otherActor = swapped ? other.recipient() : other.actor();
        Entity otherRecipient = swapped ? other.actor() : other.recipient();
        List<Mention> mentions = new ArrayList<>(keep.mentions());
        mentions.add(new Mention(other.sentence(), other.trigger()));
        mentions.addAll(other.mentions());
        return keep.merged(finer(keep.actor(), otherActor), finer(keep.recipient(), otherRecipient),
                finer(keep.date(), other.date()), finer(keep.location(), other.location()),
                larger(keep.size(), other.size()), mentions);
    }

    /** The entity with the longer code (a sector beats a bare country), the kept one on a tie. */
    private static Entity finer(Entity a, Entity b) {
        if (a == null || a.code() == null) {
            return b != null && b.code() != null ? b : a;
        }
        return b != null && b.code() != null && b.code().length() > a.code().length() ? b : a;
    }

    private static EventDate finer(EventDate a, EventDate b) {
        if (a.value() == null) {
            return b;
        }
        return b.value() != null && b.precision().ordinal() < a.precision().ordinal() ? b : a;
    }

    private static Location finer(Location a, Location b) {
        if (a == null) {
            return b;
        }
        if (b == null || b.lat() == null) {
            return a;
        }
        if (a.lat() == null) {
            return b;
        }
        int pa = a.precision() == null ? 3 : a.precision();
        int pb = b.precision() == null ? 3 : b.precision();
        return pb < pa ? b : a;
    }

    private static Size larger(Size a, Size b) {
        return new Size(max(a.dead(), b.dead()), max(a.injured(), b.injured()), max(a.arrested(), b.arrested()),
                max(a.displaced(), b.displaced()), a.approximate() || b.approximate());
    }

    private static Integer max(Integer x, Integer y) {
        if (x == null) {
            return y;
        }
        return y == null ? x : Math.max(x, y);
    }
}
