package org.marsad.core.geo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One name in a locative phrase: its cues start at token {@code cueStart} (a bare preposition left out), the name
 * covers tokens {@code [first, end)} (trailing direction adjectives included); {@code candidates} are the gazetteer
 * entries it may be (empty when the name is unknown), {@code commonWord} tells that the name is also an ordinary
 * word.
 */
record PhrasePart(int cueStart, int first, int end, List<Place> candidates, Set<Cue> cues, boolean commonWord) {
    PhrasePart {
        candidates = List.copyOf(candidates);
        cues = cues.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(cues));
        if (cueStart > first || first >= end) {
            throw new IllegalArgumentException("need cueStart <= first < end: " + cueStart + "," + first + "," + end);
        }
    }

    boolean has(Cue cue) {
        return cues.contains(cue);
    }

    boolean hasStrongCue() {
        for (Cue c : cues) {
            if (c.strong()) {
                return true;
            }
        }
        return false;
    }

    /** A cue that says what the name is: a town, a province, a countryside ("مدينة الباب", "ريف حماة"). */
    boolean hasNamingCue() {
        return has(Cue.SETTLEMENT) || has(Cue.ADMIN) || has(Cue.RURAL);
    }
}
