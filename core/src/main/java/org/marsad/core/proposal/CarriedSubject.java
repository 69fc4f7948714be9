package org.marsad.core.proposal;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.naming.Named;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/**
 * The subject an actorless clause continues. Arabic news leaves a known subject unsaid: after "قصفت القوات
 * التركية قرى في ريف حلب", the next sentence's "وأضافت أن ..." or "كما استهدفت ..." has the same actor, and
 * after "اتهم وزير الخارجية ... " a "وطالب ..." is his. So a candidate event whose clause names no actor takes
 * the actor of the article's latest candidate that had one, unless that actor is the event's own recipient. The
 * actor keeps its own span: it points at the words that named it, in the earlier sentence.
 */
final class CarriedSubject {
    private CarriedSubject() {
    }

    /** {@code events} of one sentence, in order, the actorless ones given the article's subject, which they update. */
    static List<Event> carry(List<Event> events, Named named) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Entity subject = named.subject();
            Event x = e;
            if (e.actor() == null && subject != null && !sameSide(subject, e.recipient())) {
                x = e.merged(subject, e.recipient(), e.date(), e.location(), e.size(), e.mentions());
            } else if (e.actor() != null && e.actor().code() != null) {
                named.subject(e.actor());
            }
            out.add(x);
        }
        return out;
    }

    private static boolean sameSide(Entity a, Entity b) {
        return b != null && a.code() != null && a.code().equals(b.code());
    }
}
