package org.marsad.core.quantity;

import java.util.List;
import org.marsad.core.text.Sentence;

/** Finds casualty and people counts. FIRST VERSION: finds nothing. */
public final class CountFinder {

    public List<CountMention> find(String text, Sentence sentence) {
        return List.of();
    }
}
