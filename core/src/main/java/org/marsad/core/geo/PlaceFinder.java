package org.marsad.core.geo;

import java.util.List;
import org.marsad.core.text.Sentence;

/** Finds and resolves places. FIRST VERSION: finds nothing. */
public final class PlaceFinder {

    public List<PlaceMention> find(String text, Sentence sentence) {
        return List.of();
    }
}
