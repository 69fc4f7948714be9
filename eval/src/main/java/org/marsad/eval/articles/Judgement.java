package org.marsad.eval.articles;

import org.marsad.model.Event;

/**
 * One system event held against one gold event: whether they match (type, and actor's first three letters),
 * whether the gold's sides were swapped to get there (symmetric events only), and which fields agree.
 * {@code country} is reported but takes no part in the pairing order (the spec's five fields do).
 */
public record Judgement(GoldEvent gold, Event system, boolean matches, boolean swapped, boolean recipient,
                        boolean date, boolean place, boolean dead, boolean status, boolean country,
                        boolean trigger) {

    /** The judgement under the better orientation: as given, or swapped when the gold event is symmetric. */
    public static Judgement of(GoldEvent gold, Event system) {
        Judgement direct = oriented(gold, gold, system, false);
        if (!gold.symmetric()) {
            return direct;
        }
        Judgement swapped = oriented(gold, gold.swapped(), system, true);
        return swapped.agreement() > direct.agreement() ? swapped : direct;
    }

    /** Judges {@code s} against {@code g}, the gold event as given or swapped; the record keeps {@code gold}. */
    private static Judgement oriented(GoldEvent gold, GoldEvent g, Event s, boolean swapped) {
        boolean matches = FieldRules.type(s.type(), g.type()) && FieldRules.actor(s.actor(), g.actor());
        return new Judgement(gold, s, matches, swapped,
                FieldRules.code(s.recipient(), g.recipient()),
                FieldRules.date(s.date(), g.date()),
                FieldRules.place(s.location(), g.place()),
                FieldRules.dead(s.size().dead(), g.dead()),
                FieldRules.status(s.status(), g.status()),
                FieldRules.country(s.location(), g.country()),
                sameTrigger(g.trigger(), s.trigger().text()));
    }

    /** Gold and system trigger share their folded text (one inside the other). */
    public static boolean sameTrigger(String gold, String system) {
        String g = FieldRules.key(gold);
        String s = FieldRules.key(system);
        return !g.isEmpty() && !s.isEmpty() && (g.contains(s) || s.contains(g));
    }

    /** How many of recipient, date, place, dead, status agree. */
    public int fieldsRight() {
        return (recipient ? 1 : 0) + (date ? 1 : 0) + (place ? 1 : 0) + (dead ? 1 : 0) + (status ? 1 : 0);
    }

    /** Pairing order: agreeing fields, the trigger as a half-point tie-breaker; -1 for a pair that does not match. */
    public double agreement() {
        return matches ? fieldsRight() + (trigger ? 0.5 : 0) : -1;
    }
}
