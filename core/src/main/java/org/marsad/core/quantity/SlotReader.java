package org.marsad.core.quantity;

import java.util.List;
import java.util.Optional;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.quantity.CountCues.Cue;
import org.marsad.core.quantity.CountCues.Role;

/**
 * Decides what a number counts from the words around it, in this order: a cue right before it
 * ({@code مقتل 7}), the noun right after it ({@code 7 قتلى}), the nearest cue up to {@value #BACK} words back in
 * the same clause ({@code اعتقلت الشرطة 20}), then a cue up to {@value #AHEAD} words after it
 * ({@code 3 أشخاص لقوا حتفهم}), or {@value #AHEAD_OF_SUBJECT} after a counted subject ({@code 30 عنصرا من
 * المسلحين الأجانب لقوا مصرعهم}). Numbers naming or measuring something else are refused.
 */
final class SlotReader {
    static final int BACK = 6;
    static final int AHEAD = 4;
    /** How far the verb may stand after a counted subject ({@link #counted}): its qualifiers come between. */
    static final int AHEAD_OF_SUBJECT = 8;
    private static final String CLAUSE_ENDS = ".،,؛;:!?()[]«»\"'|";

    /** What a candidate counts; {@code rangeIsUpdate} when {@code من 5 إلى 7} updates a running toll. */
    record Reading(CountSlot slot, boolean cumulative, CountUnit unit, boolean rangeIsUpdate) {
    }

    private final CountCues cues;

    SlotReader(CountCues cues) {
        this.cues = cues;
    }

    Optional<Reading> read(List<Lexeme> t, Candidate c) {
        if (refused(t, c)) {
            return Optional.empty();
        }
        Lexeme next = c.to() < t.size() ? t.get(c.to()) : null;
        boolean family = c.dual() == null && next != null && cues.is(Role.FAMILY, next);
        CountSlot slot = slot(t, c, next, family);
        if (slot == null || family && slot != CountSlot.DISPLACED) {
            return Optional.empty();
        }
        boolean cumulative = cumulative(t, c);
        boolean update = cumulative && c.max() > c.value() && c.from() < c.numFrom() && t.get(c.from()).is("من");
        return Optional.of(new Reading(slot, cumulative, family ? CountUnit.FAMILIES : CountUnit.PEOPLE, update));
    }

    private CountSlot slot(List<Lexeme> t, Candidate c, Lexeme next, boolean family) {
        if (c.dual() != null && c.dual().slot() != null) {
            return c.dual().slot();
        }
        int k = c.from() - 1;
        if (k >= 0 && isPreposition(t.get(k))) {
            k--;
        }
        Cue adjacent = k >= 0 ? cues.cue(Role.TRIGGER, t.get(k)) : null;
        if (adjacent != null) {
            return adjacent.slot();
        }
        Cue noun = next == null || c.dual() != null ? null : cues.cue(Role.NOUN, next);
        if (noun != null) {
            return noun.slot();
        }
        CountSlot back = backward(t, c.from() - 1);
        if (back != null) {
            return back;
        }
        return forward(t, c.to());
    }

    private CountSlot backward(List<Lexeme> t, int k) {
        for (int seen = 0; k >= 0 && seen < BACK && !clauseEnd(t.get(k)); k--, seen++) {
            Cue cue = cues.cue(Role.TRIGGER, t.get(k));
            if (cue == null) {
                cue = cues.cue(Role.NOUN, t.get(k));
            }
            if (cue != null) {
                return cue.slot();
            }
        }
        return null;
    }

    private CountSlot forward(List<Lexeme> t, int from) {
        int k = Math.min(from, t.size());
        int ahead = k < t.size() && counted(t.get(k)) ? AHEAD_OF_SUBJECT : AHEAD;
        for (int seen = 0; k < t.size() && seen < ahead && !clauseEnd(t.get(k)); k++, seen++) {
            if (t.get(k).isNumber()) {
                return null;
            }
            Cue cue = cues.cue(Role.TRAILING, t.get(k));
            if (cue != null) {
                return cue.slot();
            }
        }
        return null;
    }

    /**
     * A counted noun right after the number, the subject its verb follows ("30 عنصرا من المسلحين لقوا مصرعهم",
     * "16 شخصا على الأقل قد قتلوا", "ثلاثة فلسطينيين قتلوا"): the accusative singular (ending in ا) or a sound
     * plural (ين، ون).
     */
    private static boolean counted(Lexeme l) {
        String w = l.text();
        return l.isWord() && w.length() > 2 && (w.endsWith("ا") || w.endsWith("ين") || w.endsWith("ون"));
    }

    /** Numbers that name, date or measure: refused whatever cue is near. */
    private boolean refused(List<Lexeme> t, Candidate c) {
        if (c.dual() != null) {
            return false;
        }
        Lexeme first = t.get(c.numFrom());
        Lexeme prev = c.from() > 0 ? t.get(c.from() - 1) : null;
        int after = c.to() < t.size() && isQuote(t.get(c.to())) ? c.to() + 1 : c.to();
        Lexeme next = after < t.size() ? t.get(after) : null;
        if (prev != null && (cues.is(Role.LABEL, prev) || cues.endingAt(Role.SUBSET, t, c.from()).isPresent())) {
            return true;
        }
        boolean glued = prev != null && c.from() == c.numFrom() && prev.end() == first.start();
        if (glued && (prev.text().equals("ال") || prev.kind() == Lexeme.Kind.PUNCT && "/:-.".contains(prev.text()))) {
            return true;
        }
        if (next == null) {
            return year(first, null);
        }
        if (cues.is(Role.UNIT, next) || next.isPunct('%') || next.isPunct('٪')
                || next.is("في") && c.to() + 1 < t.size() && (t.get(c.to() + 1).is("المئه") || t.get(c.to() + 1).is("المائه"))) {
            return true;
        }
        if (next.kind() == Lexeme.Kind.PUNCT && next.start() == t.get(c.to() - 1).end() && "/:-.".contains(next.text())
                && c.to() + 1 < t.size() && t.get(c.to() + 1).isNumber()) {
            return true;
        }
        return year(first, next);
    }

    /** A bare four-digit number 1900-2100 is a year unless a people noun follows it. */
    private boolean year(Lexeme first, Lexeme next) {
        if (!first.isNumber() || first.text().length() != 4) {
            return false;
        }
        long v = first.digitValue();
        return v >= 1900 && v <= 2100 && (next == null || !cues.is(Role.NOUN, next) && !cues.is(Role.FAMILY, next));
    }

    /**
     * A running toll: back to the previous number or the sentence's end (across commas, up to 20 words) a
     * cumulative word ({@code الإجمالية}, {@code ليصل}) or a rising verb followed by {@code حصيلة}/{@code عدد}
     * ({@code ارتفعت الحصيلة}); or {@code منذ بدء/اندلاع} after the number in its clause.
     */
    private boolean cumulative(List<Lexeme> t, Candidate c) {
        for (int k = c.from() - 1, seen = 0; k >= 0 && seen < 20 && !sentenceEnd(t.get(k)); k--, seen++) {
            if (t.get(k).isNumber()) {
                break;
            }
            if (cues.endingAt(Role.CUMULATIVE, t, k + 1).isPresent() || since(t, k) || rise(t, k, c.from())) {
                return true;
            }
        }
        for (int k = c.to(), seen = 0; k < t.size() && seen < 10 && !clauseEnd(t.get(k)); k++, seen++) {
            if (since(t, k)) {
                return true;
            }
            if (t.get(k).isNumber()) {
                break;
            }
        }
        return false;
    }

    private boolean rise(List<Lexeme> t, int k, int limit) {
        if (!cues.is(Role.RISE, t.get(k))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(limit, k + 4); j++) {
            if (t.get(j).is("حصيله") || t.get(j).is("الحصيله") || t.get(j).is("عدد")) {
                return true;
            }
        }
        return false;
    }

    private boolean since(List<Lexeme> t, int k) {
        return t.get(k).is("منذ") && k + 1 < t.size() && (cues.is(Role.SINCE, t.get(k + 1)) || t.get(k + 1).isNumber());
    }

    private static boolean isQuote(Lexeme l) {
        return l.kind() == Lexeme.Kind.PUNCT && "\"'«»()".indexOf(l.text().charAt(0)) >= 0;
    }

    private static boolean isPreposition(Lexeme l) {
        return l.is("عن") || l.is("علي") || l.is("الي") || l.is("بحق") || l.is("في");
    }

    private static boolean sentenceEnd(Lexeme l) {
        return l.kind() == Lexeme.Kind.PUNCT && ".!?؟;؛".indexOf(l.text().charAt(0)) >= 0;
    }

    static boolean clauseEnd(Lexeme l) {
        return l.kind() == Lexeme.Kind.PUNCT && CLAUSE_ENDS.indexOf(l.text().charAt(0)) >= 0;
    }
}
