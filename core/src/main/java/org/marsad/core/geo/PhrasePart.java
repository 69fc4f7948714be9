package org.marsad.core.geo;

import java.util.List;
import java.util.Set;

/**
 * One name in a locative phrase: its cues start at token {@code cueStart} (a bare preposition left out), the name
 * covers tokens {@code [first, end)} (trailing direction adjectives included); {@code candidates} are the gazetteer
 * entries it may be (empty when the name is unknown), {@code commonWord} tells that the name is also an ordinary
 * word.
 */
record PhrasePart(int cueStart, int first, int end, List<Place> candidates, Set<Cue> cues, boolean commonWord) {
    /** The naming cues: a town, a province, a countryside ("مدينة الباب", "ريف حماة"). */
    private static final int NAMING = CueSet.bit(Cue.SETTLEMENT) | CueSet.bit(Cue.ADMIN) | CueSet.bit(Cue.RURAL);

    PhrasePart {
        candidates = List.copyOf(candidates);
        cues = CueSet.copyOf(cues);
        if (cueStart > first || first >= end) {
            throw new IllegalArgumentException("need cueStart <= first < end: " + cueStart + "," + first + "," + end);
        }
    }

    boolean has(Cue cue) {
        return ((CueSet) cues).has(cue);
    }

    /** True when one of the cues whose {@link CueSet#bit}s are {@code mask} introduces the name. */
    boolean hasAny(int mask) {
        return ((CueSet) cues).hasAny(mask);
    }

    boolean hasStrongCue() {
        return hasAny(CueSet.STRONG);
    }

    /** A cue that says what the name is: a town, a province, a countryside ("مدينة الباب", "ريف حماة"). */
    boolean hasNamingCue() {
        return hasAny(NAMING);
    }
}
