package org.marsad.core.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Size;

/**
 * A vague plural is no number: "قتل عشرات المدنيين" (dozens killed) tells that people died, not how many, so the
 * event record gives no {@code dead} for it and keeps {@code approximate} true (docs/event-record.md; the annotation
 * guidelines leave "dozens" null likewise). A candidate still carries the plural's lower bound (عشرات = 10, its
 * sentence counts the dead: the event decider reads that); the article's events drop it when they are put
 * together, after the merge, so a number written in another report of the same happening ("ارتفعت الحصيلة إلى
 * 42") stays. Stateless.
 */
public final class VagueCounts {
    private VagueCounts() {
    }

    /**
     * The events, each slot whose value is only a vague plural of its sentences emptied: a slot stays when one of
     * the event's sentences (its own, its mentions') writes that value as a number.
     *
     * @param counts the counts of each sentence, by the sentence's start offset
     */
    public static List<Event> dropped(List<Event> events, Map<Integer, List<CountMention>> counts) {
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Size s = e.size();
            if (s == null || !s.approximate()) {
                continue;
            }
            List<CountMention> told = told(e, counts);
            Size kept = new Size(keep(s.dead(), CountSlot.DEAD, told), keep(s.injured(), CountSlot.INJURED, told),
                    keep(s.arrested(), CountSlot.ARRESTED, told), keep(s.displaced(), CountSlot.DISPLACED, told), true);
            if (kept.equals(s)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(i, e.merged(e.actor(), e.recipient(), e.date(), e.location(), kept, e.mentions()));
        }
        return out == null ? events : out;
    }

    /** The value, or null when it is the value of a vague plural of its slot and no written count gives it. */
    static Integer keep(Integer value, CountSlot slot, List<CountMention> told) {
        if (value == null) {
            return null;
        }
        boolean vague = false;
        for (CountMention c : told) {
            if (c.slot() != slot || c.value() != value) {
                continue;
            }
            if (!c.vague()) {
                return value;
            }
            vague = true;
        }
        return vague ? null : value;
    }

    private static List<CountMention> told(Event e, Map<Integer, List<CountMention>> counts) {
        List<CountMention> out = new ArrayList<>(counts.getOrDefault(e.sentence().start(), List.of()));
        for (Mention m : e.mentions()) {
            out.addAll(counts.getOrDefault(m.sentence().start(), List.of()));
        }
        return out;
    }
}
