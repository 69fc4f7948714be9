package org.marsad.core.geo;

import java.util.List;
import java.util.Set;

/**
 * One name in a locative phrase: tokens {@code [first, end)} (trailing direction adjectives included), the
 * gazetteer entries it may be (empty when the name is unknown), the cues right before it, and whether the name
 * is also an ordinary word.
 */
record PhrasePart(int first, int end, List<Place> candidates, Set<Cue> cues, boolean commonWord) {
    PhrasePart {
        candidates = List.copyOf(candidates);
        cues = Set.copyOf(cues);
    }

    boolean has(Cue cue) {
        return cues.contains(cue);
    }

    boolean hasStrongCue() {
        return cues.stream().anyMatch(Cue::strong);
    }
}
